import type { MentorLoad } from '../equity/equityResults';
import type { RefreshReport } from '../report/refreshReport';
import type { SheetPlan } from './plan';
import { isShown, reasonOf } from './reportValues';
import { SheetBuilder } from './sheetBuilder';

/** How a blank matching value reads (as the balance table's level of a blank). */
const BLANK_VALUE = '(blank)';

/**
 * Analyst Detail (dashboards.md, 4; equity.md, Privacy): the person-level findings, with ids, for the
 * program's analysts — conflicts of interest, mentors over capacity and hour overruns, inactive pairings,
 * low-satisfaction pairings — each with the Pairings row it concerns where there is one — and the
 * combinations of matching values that left participants without a matched colleague (impact.md). Never needed
 * by the board; the settings (and `--no-analyst-detail`) leave it out of a shared copy.
 */
export function analystSheet(report: RefreshReport, name = 'Analyst Detail'): SheetPlan {
  const b = new SheetBuilder('analyst', name);
  b.title(`Analyst detail as of ${report.asOf}: person-level findings`);
  b.line('Names the people concerned by id. For the program’s analysts only: leave this sheet out of a copy shared with the board (setting “Analyst Detail”, or cadre refresh --no-analyst-detail).', {
    italic: true,
    color: '9C0006',
  });

  const conflicts = report.conflicts;
  b.section(`Conflicts of interest (${conflicts.length})`);
  b.table({
    header: ['Kind', 'Mentee (PersonID)', 'Mentor (MentorID)', 'Pairings row', 'What was found'],
    rows: conflicts.map((c) => [c.kind, c.personId, c.mentorId, c.pairingRow, c.detail]),
    formats: [undefined, undefined, undefined, '0'],
    tableName: 'CadreConflicts',
    empty: 'none found',
  });

  const loadHeader = ['Mentor (MentorID)', 'Type', 'Active mentees', 'Capacity', 'Hours per month', 'Capacity hours'];
  const loadRow = (m: MentorLoad) => [m.mentorId, m.mentorType, m.activeMentees, m.capacity, m.hoursPerMonth, m.capacityHours];
  const over = report.load.overCapacity;
  b.section(`Mentors over capacity: more active mentees than their Capacity (${over.length})`);
  b.table({ header: loadHeader, rows: over.map(loadRow), formats: [undefined, undefined, '0', '0', '0.0', '0.0'], tableName: 'CadreOverCapacity', empty: 'none' });

  const overHours = report.load.overHours;
  b.section(`Hour overruns: more hours per month than CapacityHours, not counted as over capacity (${overHours.length})`);
  b.table({ header: loadHeader, rows: overHours.map(loadRow), formats: [undefined, undefined, '0', '0', '0.0', '0.0'], tableName: 'CadreOverHours', empty: 'none' });

  const findings = report.pairingFindings;
  b.section(`Inactive pairings: no meeting in the 90 days before ${report.asOf} (${findings.inactive.length})`);
  b.table({
    header: ['Mentee (PersonID)', 'Mentor (MentorID)', 'Role', 'Start', 'Last meeting', 'Days since', 'Pairings row'],
    rows: findings.inactive.map((p) => [p.personId, p.mentorId, p.role, p.start, p.lastMeeting, p.daysSinceMeeting, p.pairingRow]),
    formats: [undefined, undefined, undefined, undefined, undefined, '0', '0'],
    tableName: 'CadreInactivePairings',
    empty: 'none',
  });

  b.section(`Low-satisfaction pairings: the mentee’s mean score about the mentor this quarter at most 40% of the scale (${findings.lowSatisfaction.length})`);
  b.table({
    header: ['Mentee (PersonID)', 'Mentor (MentorID)', 'Role', 'Instrument', 'Answers', 'Mean score', 'Scale max', 'Pairings row'],
    rows: findings.lowSatisfaction.map((p) => [p.personId, p.mentorId, p.role, p.instrument, p.answers, p.meanScore, p.scaleMax, p.pairingRow]),
    formats: [undefined, undefined, undefined, undefined, '0', '0.00', '0', '0'],
    tableName: 'CadreLowSatisfaction',
    empty: 'none',
  });

  // impact.md: "A participant with no candidate is unmatched (counted, listed for the analyst, with the
  // variable combination that had no candidate)": the combination and how many, no ids
  const matching = report.impact.matching;
  if (isShown(matching)) {
    const combinations = matching.unmatchedCombinations;
    b.section(`Participants with no matched colleague: the combinations of matching values that had no candidate control (${matching.unmatched} participants, ${combinations.length} combinations)`);
    b.table({
      header: [...matching.variables, 'Unmatched participants'],
      rows: combinations.map((c) => [...matching.variables.map((v) => c.values[v] ?? BLANK_VALUE), c.participants]),
      formats: [...matching.variables.map(() => undefined), '0'],
      tableName: 'CadreUnmatchedCombinations',
      empty: 'none: every participant has at least one matched colleague',
    });
  } else {
    b.section('Participants with no matched colleague');
    b.line(reasonOf(matching));
  }

  return b.build({ columnWidths: [24, 20, 20, 14, 48, 14, 12, 14], freeze: { rows: 1, columns: 0 }, tabColor: 'C00000' });
}
