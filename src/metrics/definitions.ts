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
