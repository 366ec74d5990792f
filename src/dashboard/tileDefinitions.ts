/**
 * What each Board Dashboard tile counts: its headline figure and the one population it is about
 * (dashboards.md, 1 and 6). The tiles take their labels from here and the Definitions sheet lists the
 * same rows, so the page and its definitions cannot drift apart (a test checks the tiles against this
 * list). The figures the tiles do not show go to Metrics Detail.
 */
export interface TileDefinition {
  /** the tile's label, as printed on it */
  readonly label: string;
  /** the headline figure, and the secondary line where there is one */
  readonly figure: string;
  /** who is counted: the one headline population */
  readonly population: string;
}

/** the change line every tile carries */
export const TILE_CHANGE =
  'Change since the previous quarter: this figure minus the previous quarter’s in History, whether a refresh wrote it (Source refresh) or the first refresh recomputed it (Source recomputed).';

export const TILE_DEFINITIONS = {
  active: {
    label: 'Participants (active)',
    figure: 'The number of active participants at the as-of date.',
    population: 'Participants in the program who started by the as-of date, have not left, and are not Withdrawn or Completed by then (those count from their ProgramEnd).',
  },
  retention: {
    label: '12-month retention',
    figure:
      'The share of participants still employed 12 months after they started (Kaplan–Meier). Below it: where matching ran, matched participants minus their matched colleagues at 12 months, in points, with its 95% interval; then participants minus the whole comparison pool, with its interval (else the log-rank p). The matched gap is the fairer comparison: participants are selected, the pool is not. Either is an association, not proof that the program caused it.',
    population: 'Participants who started by the as-of date, from ProgramStart; for the matched gap the matched participants and their matched colleagues (impact.md), for the pool gap the comparison pool, from EligibleDate.',
  },
  regrettable: {
    label: 'Regrettable attrition, 12 months',
    figure: 'The share of participants who left regrettably within 12 months of starting (1 − Kaplan–Meier of regrettable exits), with its 95% interval.',
    population: 'Participants who started by the as-of date, from ProgramStart.',
  },
  medianReady: {
    label: 'Median months to ready',
    figure: 'Months from program start until half of the participants are ready now for a critical role; "not reached" while fewer than half are.',
    population: 'Participants who started by the as-of date (leaving first counts as not becoming ready).',
  },
  ready24: {
    label: 'Ready by 24 months',
    figure: 'The share of participants ready now for a critical role within 24 months of starting (Aalen–Johansen), with its 95% interval. Below it: how many are ready so far, at any time since they started.',
    population: 'Participants who started by the as-of date (leaving first counts as not becoming ready).',
  },
  promotion: {
    label: 'Promoted by 24 months',
    figure:
      'The share of matched participants promoted within 24 months of starting (Aalen–Johansen; leaving first is not a promotion). Below it: the same share of their matched colleagues, and the difference in points with its 95% interval. An association, not proof that the program caused it.',
    population: 'Matched participants, from ProgramStart, and their matched colleagues, from the same day (the Measures sheet’s Promotion rows).',
  },
  satisfaction: {
    label: 'Mentee satisfaction',
    figure: 'The mean score of the mentee survey this quarter, with its top-2-box share.',
    population: 'Mentees who answered the mentee survey in the reporting quarter (people, not answers).',
  },
  match: {
    label: 'Match rate',
    figure: 'The share of active participants with an active mentor, coach or sponsor, and the two counts.',
    population: 'Active participants, as on the first tile.',
  },
  equity: {
    label: 'Equity flags: adverse',
    figure: 'How many group rows of the access tests are adverse (impact ratio below 0.80, significant after adjustment, at least one person short); the watch count beside it.',
    population: 'Every group row of Equity Detail’s access tests (resource × attribute × group).',
  },
  overCapacity: {
    label: 'Mentors over capacity',
    figure: 'How many mentors have more active mentees than their Capacity. Hour overruns (hours per month above CapacityHours) are a separate figure, on Metrics Detail.',
    population: 'Mentors of every type on the Mentors sheet (internal mentors, external coaches, sponsors).',
  },
  conflicts: {
    label: 'Conflicts of interest found',
    figure: 'How many pairings have a conflict of interest, by kind: the mentor in the mentee’s reporting chain (or the reverse), the same person as mentor and sponsor, a self-pairing, two coaches from one vendor. Mentor load is not a conflict.',
    population: 'Pairings active at, or started by, the as-of date.',
  },
} as const satisfies Record<string, TileDefinition>;
