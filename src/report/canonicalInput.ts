import type { ProgramData } from '../model/program';

/**
 * The typed inputs as canonical text, in chunks, for the input fingerprint (dashboards.md,
 * Definitions: "a fingerprint (hash) of the inputs, so a reviewer can tell whether two refreshes saw
 * the same data"). Built from the records, not the cells, so Excel (serial dates) and an .xlsx file
 * (Date cells) of the same data give the same text; the shell hashes it (node:crypto on the command
 * line, SubtleCrypto in the task pane). Fields in a fixed order, separated by U+001F, records by a
 * newline; attributes sorted by name.
 *
 * HireDate and the Measures sheet (impact.md) came later: a Participants line ends with HireDate
 * only when the workbook has that column (or a record has one), and the Measures section is there
 * only when the workbook has that sheet (or there are measures), so a workbook without them keeps
 * the fingerprint it had before. The Preferences sheet (matching.md) likewise: its section, after
 * Measures, is there only when the workbook has that sheet (or there are preferences).
 */
export function* canonicalInput(data: ProgramData, chunkSize = 1 << 16): Generator<string> {
  let buf = '';
  const line = (fields: readonly unknown[]) => {
    buf += fields.map((f) => (f === undefined ? '' : String(f))).join('\u001f') + '\n';
  };
  const attrs = (a: Readonly<Record<string, string>>) =>
    Object.keys(a)
      .sort()
      .map((k) => `${k}=${a[k]}`)
      .join('\u001e');
  const withHireDate = data.columns.Participants.includes('HireDate') || data.participants.some((p) => p.hireDate !== undefined);
  const sections: [string, readonly unknown[], (r: never) => readonly unknown[]][] = [
    ['Participants', data.participants, (p: ProgramData['participants'][number]) => [
      p.personId, p.name, p.inProgram, p.cohort, p.track, p.businessUnit, p.function, p.location, p.level, p.managerId,
      p.highPotential, p.eligibleDate, p.programStart, p.programEnd, p.status, p.exitDate, p.exitType, p.regrettable,
      p.readyDate, p.excludedFromReadiness, p.readinessRating, p.targetRole, attrs(p.attributes),
      ...(withHireDate ? [p.hireDate] : []),
    ]],
    ['Mentors', data.mentors, (m: ProgramData['mentors'][number]) => [
      m.mentorId, m.name, m.mentorType, m.level, m.businessUnit, m.function, m.location, m.managerId, m.capacity,
      m.capacityHours, m.vendor, attrs(m.attributes),
    ]],
    ['Pairings', data.pairings, (x: ProgramData['pairings'][number]) => [
      x.personId, x.mentorId, x.role, x.start, x.end, x.endReason, x.sessions, x.hours, x.lastMeeting,
    ]],
    ['Rotations', data.rotations, (r: ProgramData['rotations'][number]) => [
      r.personId, r.function, r.start, r.end, r.checkpointDate, r.checkpointRating, r.status,
    ]],
    ['Surveys', data.surveys, (s: ProgramData['surveys'][number]) => [
      s.respondentId, s.respondentRole, s.date, s.instrument, s.item, s.score, s.scaleMax, s.aboutId,
    ]],
  ];
  if (data.columns.Measures.length > 0 || data.measures.length > 0) {
    sections.push(['Measures', data.measures, (x: ProgramData['measures'][number]) => [x.personId, x.date, x.measure, x.value ?? undefined]]);
  }
  if (data.columns.Preferences.length > 0 || data.preferences.length > 0) {
    sections.push(['Preferences', data.preferences, (x: ProgramData['preferences'][number]) => [x.personId, x.mentorId, x.rank]]);
  }
  for (const [name, records, fields] of sections) {
    buf += `#${name} ${records.length}\n`;
    for (const r of records) {
      line(fields(r as never));
      if (buf.length >= chunkSize) {
        yield buf;
        buf = '';
      }
    }
  }
  if (buf) yield buf;
}
