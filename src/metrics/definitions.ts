/**
 * Every metric in plain words, with its formula, its population and the code that computes it: the one
 * source the Definitions sheet is generated from (dashboards.md, 6; metrics.md, Reporting rules). Each
 * entry names the function that implements it, whose doc comment cites the same section of the spec;
 * a test checks that every named function exists, so the sheet and the code cannot drift apart
 * silently.
 */
export interface MetricDefinition {
  readonly name: string;
  /** what it means, for a board member */
  readonly words: string;
  readonly formula: string;
  readonly population: string;
  /** the section of the product specification */
  readonly spec: string;
  /** "module path (from src/) # exported function" */
  readonly code: string;
}

export const METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  {
    name: 'Retention at 12 and 24 months',
    words: 'The share of people still employed 12 (24) months after they started, counting everyone for as long as we have seen them.',
    formula: 'Kaplan–Meier: S(t) = Π over exit times tᵢ ≤ t of (1 − dᵢ/nᵢ); 95% log-log band; 12 months = 365.25 days.',
    population: 'Participants from ProgramStart; the comparison pool (not in the program, with an EligibleDate) from EligibleDate; people who started after the as-of date are left out.',
    spec: 'metrics.md, Retention',
    code: 'metrics/retention#computeRetention',
  },
  {
    name: 'Median months retained, restricted mean months retained (24 months)',
    words: 'When half of a group has left (if it has), and how many of their first 24 months people stayed on average.',
    formula: 'Median = smallest t with S(t) ≤ 0.5; RMST = area under S from 0 to 24 months.',
    population: 'As retention.',
    spec: 'metrics.md, Retention',
    code: 'metrics/survivalSummary#survivalSummary',
  },
  {
    name: 'Participants vs comparison pool (log-rank test)',
    words: 'Whether participants and the comparison pool leave at different rates beyond what chance explains.',
    formula: 'χ² = (Σ (d₁ⱼ − E₁ⱼ))² / Σ Vⱼ over all exit times, 1 degree of freedom.',
    population: 'Participants and the comparison pool.',
    spec: 'metrics.md, Retention',
    code: 'metrics/retention#computeRetention',
  },
  {
    name: 'Regrettable attrition',
    words: 'Leaving that the organisation regrets (Regrettable = yes; without that column, voluntary exits).',
    formula: 'Kaplan–Meier with only regrettable exits as events; other exits end follow-up at their ExitDate.',
    population: 'As retention.',
    spec: 'metrics.md, Retention',
    code: 'metrics/retention#computeRetention',
  },
  {
    name: 'Period retention and turnover',
    words: 'The standard HR rates for the quarter to date and the twelve months ending at the as-of date.',
    formula: 'Retention = employed at start and end ÷ employed at start; turnover = exits ÷ average headcount; annualised × 365.25 / days.',
    population: 'Participants and the comparison pool, separately.',
    spec: 'metrics.md, Retention (period figures)',
    code: 'metrics/periodFigures#periodFigures',
  },
  {
    name: 'Ready by 12 and 24 months, median months to ready',
    words: 'The share of participants rated ready now for a critical role within 12 (24) months of starting; leaving first counts as not becoming ready.',
    formula: 'Aalen–Johansen cumulative incidence F(t) = Σ S(tᵢ−)·dᵢ/nᵢ, leaving as a competing event; 95% delta-method interval.',
    population: 'Participants who started by the as-of date, except those whose ReadyDate is before ProgramStart.',
    spec: 'metrics.md, Time-to-readiness',
    code: 'metrics/readiness#computeReadiness',
  },
  {
    name: 'Bench strength for critical roles',
    words: 'For each critical role participants aim for, how many are rated ready now, ready in 1–2 years, in 3 or more, or not ready; the roles with nobody ready now; and the ready-now candidates per role.',
    formula: 'Counts of the current ReadinessRating per TargetRole, and each as a share of the role’s people; bench ratio = ready-now candidates ÷ roles (a role counts once). On the Board Dashboard the roles without a ready-now successor come first; roles under k are not listed or counted.',
    population: 'Participants employed at the as-of date (started, not left) with a TargetRole.',
    spec: 'metrics.md, Time-to-readiness (current bench)',
    code: 'metrics/readinessBench#readinessBench',
  },
  {
    name: 'Satisfaction: mean, top-2-box, eNPS, response rate, change',
    words: 'Average scores of each survey this quarter with their uncertainty, the share of the two best answers, the net promoter score, who answered, and whether the change from last quarter is more than chance.',
    formula: 'Mean ± t₀.₉₇₅,ₙ₋₁·s/√n; top-2-box = share ≥ ScaleMax − 1 (Wilson interval); eNPS = 100 × (share 9–10 − share 0–6); Welch’s t-test of the change.',
    population: 'Answers dated in the quarter containing the as-of date, up to it; the previous quarter for the change.',
    spec: 'metrics.md, Satisfaction',
    code: 'metrics/satisfaction#computeSatisfaction',
  },
  {
    name: 'Match rate, active and inactive pairings, rotations',
    words: 'How many active participants have a mentor, coach or sponsor; which pairings have stopped meeting; how far rotations have got.',
    formula: 'Match rate = active participants with an active pairing ÷ active participants; inactive = no meeting in the 90 days before the as-of date. An active participant: in the program, started by the as-of date, not left, and not Withdrawn or Completed by then (a Status of Withdrawn or Completed counts from its ProgramEnd).',
    population: 'Active participants and active pairings at the as-of date.',
    spec: 'metrics.md, Program operations',
    code: 'metrics/operations#computeOperations',
  },
  {
    name: 'Inactive and low-satisfaction pairings (Analyst Detail)',
    words: 'The pairings, named by id for the program’s analysts only, that have stopped meeting or whose mentee rates that mentor low this quarter.',
    formula: 'Inactive: active pairing with LastMeeting more than 90 days before the as-of date. Low satisfaction: the mentee’s answers about that mentor this quarter average at most 40% of the scale maximum (2 on 1–5).',
    population: 'Active pairings at the as-of date; for satisfaction, the mentee’s own answers with AboutID = the pairing’s mentor.',
    spec: 'metrics.md, Program operations',
    code: 'metrics/pairingFindings#pairingFindings',
  },
  {
    name: 'Access equity (who gets what)',
    words: 'For each resource and each group, how often the group gets it compared with the group that gets it most; a screening rule, not a legal finding.',
    formula: 'Rate with Wilson interval; impact ratio = rate ÷ reference rate (four-fifths screen below 0.80); Fisher’s exact test, Benjamini–Hochberg across the refresh; shortfall = n × reference rate − count. Adverse: ratio < 0.80, adjusted p < 0.05 and shortfall ≥ 1; watch: one of the two signals.',
    population: 'Per resource: everyone eligible (program selection) or participants (mentors, coaches, sponsors, rotations, ready now).',
    spec: 'equity.md, Access equity',
    code: 'equity/accessEquity#computeAccessEquity',
  },
  {
    name: 'Outcome equity',
    words: 'Retention at 12 months, readiness by 24 months and mentee satisfaction of each group, and the gap to the best group.',
    formula: 'As the metrics above, per group; log-rank test across groups for retention.',
    population: 'Participants, per group of each attribute.',
    spec: 'equity.md, Outcome equity',
    code: 'equity/outcomeEquity#computeOutcomeEquity',
  },
  {
    name: 'Mentor load',
    words: 'Mentors with more active mentees than their Capacity (over capacity), mentors logging more hours than they can give (hour overruns, a separate figure), and how evenly mentees are spread.',
    formula: 'Over capacity: active mentees > Capacity, for mentors of every type (the one meaning of over capacity). Hour overrun: hours per month (Σ Hours ÷ months active of each active pairing) > CapacityHours. Gini coefficient of active mentees across internal mentors.',
    population: 'Mentors of every type on the Mentors sheet, at the as-of date; the Gini coefficient internal mentors only.',
    spec: 'equity.md, Mentor load',
    code: 'equity/loadFigures#computeLoad',
  },
  {
    name: 'Conflicts of interest',
    words: 'Pairings where the mentor manages the mentee (directly or higher up), and the other conflicts the program rules out. Mentor load is not a conflict: it is counted once, under mentor load.',
    formula: 'Reporting chain from ManagerID across Participants and Mentors, either way; self-pairing; the same person as mentor and sponsor; two coaches of one mentee from one vendor.',
    population: 'Pairings active at, or started by, the as-of date.',
    spec: 'equity.md, Conflicts of interest',
    code: 'equity/conflicts#findConflicts',
  },
  {
    name: 'Matched colleagues (the matched comparison)',
    words:
      'Participants are selected (high potential, sponsor support), so comparing them with every eligible non-participant overstates what the program does. Each participant is compared instead with up to k colleagues who, on the day the participant started, were employed, eligible and not yet in the program, and had exactly the same values of the matching variables (level band, business unit, high-potential flag, tenure band, last performance rating before that day; a blank is its own value). Demographic attributes are never matching variables. A participant with no such colleague is unmatched: counted on Metrics Detail, its combination of values listed on Analyst Detail.',
    formula:
      'Participants in order of ProgramStart (then PersonID); for each, the unused candidates with the same values on every matching variable; the k (default 3) with the smallest |EligibleDate − ProgramStart| (ties by PersonID), each used once (1:k nearest EligibleDate, without replacement). A colleague’s clock starts on its participant’s ProgramStart; a colleague who later joins the program is followed only until its own ProgramStart (censored then). A matching variable whose column is absent or blank for everyone is skipped and named.',
    population: 'Participants who started by the as-of date; candidates: Participants rows not in the program, or starting it later, with EligibleDate on or before the participant’s start and no exit by then.',
    spec: 'impact.md, The matched comparison group',
    code: 'impact/matchedComparison#matchedComparison',
  },
  {
    name: 'Balance of the matched comparison (SMD)',
    words: 'Whether participants and their comparison look alike on each matching variable and demographic attribute, before matching (all participants vs the comparison pool) and after (matched participants vs matched colleagues). An absolute difference under 0.1 counts as balanced.',
    formula: 'Standardised mean difference (x̄₁ − x̄₀) / √((s₁² + s₀²) / 2), variances with divisor n; for each level of a categorical variable the same on its 0/1 indicator (s² = p(1 − p)); 0 when both variances are 0. Balanced: |SMD| < 0.1 (Austin 2009).',
    population: 'Before: every participant at its ProgramStart and the comparison pool at its EligibleDate; after: matched participants and their colleagues, both at the participant’s ProgramStart. A level about fewer than k people on a side is not shown.',
    spec: 'impact.md, The matched comparison group (balance table)',
    code: 'impact/balanceTable#balanceTable',
  },
  {
    name: 'Retention compared with matched colleagues',
    words: 'The share of matched participants still employed 12 (24) months after they started, against the same share of their matched colleagues from the same day, and the difference in points.',
    formula: 'Kaplan–Meier of each side as retention; difference S₁ − S₀ at 12 and 24 months with the 95% interval ± z·√(V₁ + V₀), V = S²·G (Greenwood); restricted mean months of the first 24 of each side and their difference; log-rank test between the sides.',
    population: 'Matched participants from ProgramStart; their matched colleagues from the same day, until they leave, reach the as-of date or join the program.',
    spec: 'impact.md, Effects (Retention)',
    code: 'impact/retentionEffect#retentionEffect',
  },
  {
    name: 'Promotion compared with matched colleagues',
    words: 'The share of matched participants promoted within 12 (24) months of starting, against their matched colleagues over the same time; leaving before any promotion is a competing outcome, not a promotion. Also promotions per person-year in the first 24 months and their ratio.',
    formula: 'Aalen–Johansen cumulative incidence of the first Promotion dated after the start, leaving first competing; difference F₁ − F₀ with ± z·√(V₁ + V₀), V the delta-method variance (as readiness). Rate = promotions ÷ person-years in the first 24 months; rate ratio RR with exp(ln RR ± z·√(1/a + 1/b)), a and b the promotions (none when either is 0).',
    population: 'As retention compared with matched colleagues; the promotions are the Measures sheet’s Promotion rows.',
    spec: 'impact.md, Effects (Promotion)',
    code: 'impact/promotionEffect#promotionEffect',
  },
  {
    name: 'Other measures compared with matched colleagues (difference in differences)',
    words: 'For each measure (a performance rating, engagement, any KPI): how much it changed for matched participants from the year before they started to 6–18 months after, against the change of their matched colleagues over the same days.',
    formula: 'Per person: before = mean of the values from 365 days before the start to the day before; after = mean of the values 183 to 547 days after, within follow-up; change = after − before, for people with both. Per side: n and the mean change with its t-interval; difference in differences = mean change₁ − mean change₀ with Welch’s 95% interval and p.',
    population: 'Matched participants and their colleagues with a value both before and after; a measure with fewer than k people on a side is not shown.',
    spec: 'impact.md, Effects (each other measure)',
    code: 'impact/measureEffects#measureEffect',
  },
  {
    name: 'An effect is an association, not proof of cause',
    words:
      'Every difference against matched colleagues says how matched participants and colleagues who looked alike on the matching variables went on to differ. It is an association with the program, not proof that the program caused it: people may differ in ways the matching does not see (motivation, a sponsor’s choice). Each effect shows the n of each side and is not shown when either side has fewer than k people.',
    formula: 'No causal adjustment beyond exact matching on the matching variables and the nearest EligibleDate; intervals are 95% (z = 1.959964, or Student’s t for the measures).',
    population: 'Every effect on the Board Dashboard, Metrics Detail and in History compared with matched colleagues.',
    spec: 'impact.md, Effects',
    code: 'impact/computeImpact#computeImpact',
  },
  {
    name: 'History: refreshed and recomputed quarters',
    words:
      'The figures of each quarter, for the changes on the tiles and the trends. A row a refresh wrote (Source refresh) is what that refresh saw. When a board pack is refreshed for the first time and History has no earlier quarter, the four quarter ends before are recomputed from the data as it is now (Source recomputed): every figure as of each quarter end, so the tiles show a change and the charts a trend from day one. A recomputed quarter can differ from what a refresh at the time would have shown (corrections and people added since). A later refresh of a quarter replaces its recomputed rows.',
    formula: 'Recomputed: the same computation as a refresh, with the as-of date set to each of the four previous quarter ends, the same k and settings; rows under k left out as in any refresh.',
    population: 'As each figure.',
    spec: 'dashboards.md, History',
    code: 'refresh/recomputedHistory#recomputedHistory',
  },
  {
    name: 'Small groups',
    words:
      'A figure is about the people behind it: distinct persons, never answers, rows or pairings. No figure about fewer than k people is shown anywhere (sheets, charts, names, History, JSON); its cell says "fewer than k". History applies the k of this refresh to every row it keeps.',
    formula: 'Suppressed when the people a figure is about number 1 to k − 1 (k default 5, never below 3). A resource fewer than k people have is suppressed in every group.',
    population: 'Every group in every table, chart and name; survey figures count respondents, rotation ratings the people rated.',
    spec: 'equity.md, Privacy',
    code: 'privacy/suppressSmallGroups#suppressSmallGroups',
  },
  {
    name: 'Groups under k, combined',
    words:
      'Where an attribute has two or more groups under k whose people together number k or more, they are reported as one group, "groups under k, combined", in every table.',
    formula: 'Among participants (InProgram, ProgramStart ≤ as-of date): groups of 1 to k − 1 people; pooled when there are two or more and their sum is k or more.',
    population: 'Participants, per attribute (demographic attributes, BusinessUnit, Location, Level band, Cohort, Track).',
    spec: 'equity.md, Privacy',
    code: 'privacy/poolSmallGroups#poolingFor',
  },
  {
    name: 'Withheld (no subtraction)',
    words:
      'Where a group of a table is hidden, the exact counts of the other groups that add up to a shown total (n, people with the resource, shortfall, leavers, answers) show "withheld", in that table and in every table that counts the same people, so the hidden group cannot be worked out by subtraction. Rates, intervals, impact ratios, p-values and statuses stay, rounded: a large group\'s finding is never hidden to protect a small one.',
    formula: 'Hidden row in a table → its additive counts withheld in every other row but the total; a group of participants under k in any table → that attribute\'s participant counts withheld in all tables. The figures beside a withheld count are rounded (two decimals; p-values two significant digits): exact ones would give the count back. Rounded rates and intervals can still narrow a withheld count.',
    population: 'Every table with a hidden group; History rows kept from earlier quarters alike.',
    spec: 'equity.md, Privacy',
    code: 'privacy/suppressSmallGroups#suppressSmallGroups',
  },
];
