import type { IntakeResult } from '../intake/intake';
import { isoFromDay } from '../calendar/isoFromDay';
import type { Day } from '../model/day';
import { SHEETS } from '../intake/schema';

const HOW: Record<string, string> = { name: 'by name', headers: 'by its headers', mapped: 'from the mapping' };
const SEVERITY_WORD: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };

/** sheets whose absence is no problem at all (Measures, Preferences): said to be optional where they are not found */
const QUIET_WHEN_MISSING: ReadonlySet<string> = new Set(SHEETS.filter((s) => s.quietWhenMissing).map((s) => s.name));

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/**
 * The human summary `cadre validate` prints: sheets and columns recognised (and how), then problems.
 * `asOfNote` follows the as-of date when it was not chosen (`DEFAULT_AS_OF_NOTE`).
 */
export function formatValidation(file: string, asOf: Day, result: IntakeResult, limit = 50, asOfNote?: string): string {
  const lines: string[] = [`Cadre validate: ${file} (as of ${isoFromDay(asOf)}${asOfNote ? `, ${asOfNote}` : ''})`, '', 'Sheets'];
  for (const s of result.sheets) {
    if (!s.sheet) {
      lines.push(`  ${s.canonical.padEnd(13)} not found${QUIET_WHEN_MISSING.has(s.canonical) ? ' (optional)' : ''}`);
      continue;
    }
    lines.push(
      `  ${s.canonical.padEnd(13)} "${s.sheet}" (${HOW[s.how ?? 'name']}), header row ${s.headerRow}, ${plural(s.rowsRead, 'row')} read${
        s.rowsLeftOut ? `, ${s.rowsLeftOut.toLocaleString('en-US')} left out` : ''
      }`,
    );
    const cols = s.columns.filter((c) => c.how !== 'attribute');
    if (cols.length) {
      lines.push(
        `      columns: ${cols.map((c) => (c.how === 'exact' ? c.canonical : `${c.canonical} ← "${c.header}" (${c.how})`)).join(', ')}`,
      );
    }
    const attrs = s.columns.filter((c) => c.how === 'attribute');
    if (attrs.length) lines.push(`      attributes: ${attrs.map((c) => c.canonical).join(', ')}`);
    if (s.unrecognised.length) lines.push(`      not used: ${s.unrecognised.join(', ')}`);
  }
  const count = (sev: string) => result.problems.filter((p) => p.severity === sev).length;
  lines.push('', `Problems: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}`);
  for (const p of result.problems.slice(0, limit)) {
    const where = p.cell ? `${p.sheet}!${p.cell}` : p.sheet;
    lines.push(`  ${SEVERITY_WORD[p.severity].padEnd(8)} ${where}: ${p.message}`, `           ${' '.repeat(0)}→ ${p.fix}`);
  }
  if (result.problems.length > limit) {
    lines.push(`  … and ${(result.problems.length - limit).toLocaleString('en-US')} more (write them all with --json FILE)`);
  }
  if (result.problems.some((p) => p.code === 'missing-sheet' || p.code === 'no-sheets')) {
    // the fixes of these problems point at "the templates": the task pane inserts them, and so does this
    lines.push('', 'The templates: cadre templates --out FILE.xlsx writes the input sheets with the columns Cadre reads.');
  }
  if (!result.canCompute) lines.push('', 'Nothing can be computed until the errors about the Participants sheet are fixed.');
  return lines.join('\n') + '\n';
}
