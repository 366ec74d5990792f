import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputFingerprint } from '../cli/inputFingerprint';
import { DEFAULT_SHEET_NAMES } from '../dashboard/buildPlan';
import type { WorkbookPlan } from '../dashboard/plan';
import { planDefects } from '../dashboard/planDefects';
import { SUGGESTIONS_SHEET } from '../dashboard/suggestionsSheet';
import type { SheetValues } from '../model/cell';
import { floorInProcess } from '../matching';
import { generateSample } from '../sample/generateSample';
import { createExcelFake } from '../workbook/excelFake';
import { fakeSheets, refreshOptions } from '../workbook/office/office.test-helpers';
import { OfficeSource } from '../workbook/office/read/officeSource';
import { OfficePlanWriter } from '../workbook/office/write/officePlanWriter';
import { OWNERSHIP_SETTING } from '../workbook/office/ownership';
import { SheetsSource } from '../workbook/sheetsSource';
import { XlsxSource } from '../workbook/xlsx/read/xlsxSource';
import { writeSheetsXlsx } from '../workbook/xlsx/write/xlsxWrite';
import { refreshWorkbook } from '../taskpane/workbook/officeUseCases';
import type { PlanWriter } from './planWriter';
import { RefreshStopped } from './refreshStopped';
import { FAIRNESS_FLOOR_NEEDS_SOLVER, type SuggestOptions, suggest } from './suggest';

const sample = generateSample({ size: 300, seed: 7 });
const options: SuggestOptions = { asOf: sample.asOf, role: 'Coach', minGroup: 5, fingerprint: inputFingerprint };

function recordingWriter(): PlanWriter & { plans: WorkbookPlan[] } {
  const plans: WorkbookPlan[] = [];
  return {
    plans,
    write: async (plan) => {
      plans.push(plan);
      return { sheets: plan.sheets.map((s) => ({ name: s.name, role: s.role })), warnings: [] };
    },
  };
}

/** the rows of a sample sheet as objects by header (the header is the sheet's first row) */
function rowsOf(name: string): Record<string, unknown>[] {
  const sheet = sample.sheets.find((s) => s.name === name)!;
  const [header, ...rows] = sheet.values;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** every text cell of a plan's sheet */
const texts = (plan: WorkbookPlan) => plan.sheets.flatMap((s) => s.blocks.flatMap((b) => b.values.flat())).filter((v): v is string => typeof v === 'string');

describe('suggest (the use case over its two ports)', () => {
  it('reads, computes, writes the document and then the one sheet; the plan is partial and sound', async () => {
    const log: string[] = [];
    const writer = recordingWriter();
    const outcome = await suggest(
      { source: new SheetsSource(sample.sheets), writer: { write: async (p, o) => (log.push('plan'), writer.write(p, o)) }, documentWriter: async () => void log.push('document') },
      options,
    );
    expect(log).toEqual(['document', 'plan']);
    expect(writer.plans).toHaveLength(1);
    const plan = writer.plans[0];
    expect(plan.partial).toBe(true);
    expect(plan.names).toEqual([]);
    expect(plan.sheets.map((s) => [s.name, s.role])).toEqual([[SUGGESTIONS_SHEET, 'suggestions']]);
    expect(planDefects(plan)).toEqual([]);
    expect(outcome.written?.sheets).toEqual([{ name: SUGGESTIONS_SHEET, role: 'suggestions' }]);
    expect(outcome.document.role).toBe('Coach');
    expect(outcome.document.asOf).toBe('2026-09-30'); // the sample's as-of date
  });

  it('mentees are the active participants without an active coach pairing; each suggestion names one of them and a coach', async () => {
    const { document } = await suggest({ source: new SheetsSource(sample.sheets) }, options);
    // independently from the sample's sheets: the External coach MentorIDs, and who has an active coach pairing
    const coaches = new Set(rowsOf('Mentors').filter((m) => m.MentorType === 'External coach').map((m) => String(m.MentorID)));
    const asOf = sample.asOf;
    const withCoach = new Set(
      rowsOf('Pairings')
        .filter((p) => p.Role === 'Coach' && typeof p.Start === 'number' && p.Start <= asOf && (p.End === null || p.End === undefined || p.End === '' || (p.End as number) > asOf))
        .map((p) => String(p.PersonID)),
    );
    expect(document.suggestions.length + document.unmatched.length).toBe(document.mentees);
    for (const s of document.suggestions) {
      expect(coaches.has(s.mentorId)).toBe(true);
      expect(withCoach.has(s.personId)).toBe(false);
      // the contributions add up to the score (each rounded to 0.001)
      const sum = Object.values(s.criteria).reduce((a, b) => a + (b ?? 0), 0);
      expect(Math.abs(sum - s.score)).toBeLessThan(0.01);
    }
    const everyone = [...document.suggestions.map((s) => s.personId), ...document.unmatched.map((u) => u.personId)];
    expect(new Set(everyone).size).toBe(everyone.length);
    expect(document.fairnessFloor).toBeNull();
    expect(document.priceOfFairness).toBeNull();
    // the sample has a Preferences sheet (issue 15): the preference criterion is in the score
    expect(document.absentCriteria.map((a) => a.name)).not.toContain('preference');
    expect(document.criteria.find((c) => c.name === 'preference')).toMatchObject({ weight: 3, defaultWeight: 3, missing: null });
  });

  it("names mentees and givers on the sheet by the workbook's Name columns", async () => {
    const writer = recordingWriter();
    const { document } = await suggest({ source: new SheetsSource(sample.sheets), writer }, options);
    const people = new Map(rowsOf('Participants').map((p) => [String(p.PersonID), p.Name]));
    const mentors = new Map(rowsOf('Mentors').map((m) => [String(m.MentorID), m.Name]));
    const sheet = writer.plans[0].sheets[0];
    const cells = sheet.blocks.flatMap((b) => b.values);
    const first = document.suggestions[0];
    const row = cells.find((r) => r[0] === first.personId && r[2] === first.mentorId)!;
    expect(row[1]).toBe(people.get(first.personId));
    expect(row[3]).toBe(mentors.get(first.mentorId) ?? people.get(first.mentorId));
  });

  it('suppresses the audit below k: a group of fewer than k mentees shows only its labels, on the sheet "fewer than 5"', async () => {
    const standard = generateSample({ size: 'standard', seed: 42 });
    const writer = recordingWriter();
    const { document, result } = await suggest({ source: new SheetsSource(standard.sheets), writer }, { ...options, asOf: standard.asOf });
    // the mentees per Gender group, counted from the Participants sheet
    const [header, ...rows] = standard.sheets.find((s) => s.name === 'Participants')!.values;
    const gender = new Map(rows.map((r) => [String(r[header.indexOf('PersonID')]), String(r[header.indexOf('Gender')])]));
    const sizes = new Map<string, number>();
    for (const id of result.mentees) sizes.set(gender.get(id)!, (sizes.get(gender.get(id)!) ?? 0) + 1);
    const small = [...sizes].filter(([, n]) => n < 5);
    expect(small.length).toBeGreaterThan(0);
    for (const [group] of small) {
      const test = document.audit.tests.find((t) => t.resource === 'Suggestion' && t.attribute === 'Gender' && t.group === group)!;
      expect(test).toMatchObject({ suppressed: true, status: 'suppressed', reason: 'fewer than 5 people: suppressed' });
      expect('n' in test ? test.n : null).toBeNull();
      expect('rate' in test ? test.rate : null).toBeNull();
      const score = document.audit.scores.find((s) => s.attribute === 'Gender' && s.group === group)!;
      expect(score.suppressed).toBe(true);
      expect('meanScore' in score ? score.meanScore : null).toBeNull();
      // on the sheet: the group's row says "fewer than 5" and holds no figure
      const row = writer.plans[0].sheets[0].blocks.flatMap((b) => b.values).find((r) => r[0] === 'Gender' && r[1] === group)!;
      expect(row[2]).toBe('fewer than 5');
      expect(row.slice(3, 11).every((v) => v === null)).toBe(true);
      expect(row[11]).toBe('suppressed');
    }
    // the groups of k or more beside it: their exact counts withheld, so the small one cannot be had by subtraction
    for (const [group] of [...sizes].filter(([, n]) => n >= 5)) {
      const test = document.audit.tests.find((t) => t.resource === 'Suggestion' && t.attribute === 'Gender' && t.group === group)!;
      expect(test.suppressed).toBeUndefined();
      expect('n' in test ? test.n : undefined).toBeNull();
      expect('withheld' in test ? test.withheld : []).toEqual(expect.arrayContaining(['n', 'count']));
    }
  });

  it('stops before writing as a refresh does: k invalid, nothing to compute', async () => {
    const writer = recordingWriter();
    const written: unknown[] = [];
    const ports = { writer, documentWriter: async (d: unknown) => void written.push(d) };
    await expect(suggest({ ...ports, source: new SheetsSource(sample.sheets) }, { ...options, minGroup: 2 })).rejects.toMatchObject({ stop: { code: 'InvalidOption', minGroup: 2 } });
    const noParticipants: SheetValues[] = sample.sheets.filter((s) => s.name !== 'Participants');
    const stopped = suggest({ ...ports, source: new SheetsSource(noParticipants) }, options);
    await expect(stopped).rejects.toBeInstanceOf(RefreshStopped);
    await expect(stopped).rejects.toMatchObject({ stop: { code: 'CannotCompute' } });
    expect(writer.plans).toEqual([]);
    expect(written).toEqual([]);
  });

  it('refuses a fairness floor without a solver, and one that is not a share', async () => {
    await expect(suggest({ source: new SheetsSource(sample.sheets) }, { ...options, fairnessFloor: 0.8 })).rejects.toThrow(FAIRNESS_FLOOR_NEEDS_SOLVER);
    const runFloor = jest.fn(() => Promise.reject(new Error('not to be run')));
    await expect(suggest({ source: new SheetsSource(sample.sheets), runFloor }, { ...options, fairnessFloor: 1.5 })).rejects.toThrow('the fairness floor must be a share above 0 and at most 1 (got 1.5)');
    expect(runFloor).not.toHaveBeenCalled();
  });

  it('a floor the suggestions already meet loads no solver, reports the same suggestions and a price of fairness of 1', async () => {
    const loadSolver = jest.fn(() => Promise.reject(new Error('not to be loaded')));
    const plain = await suggest({ source: new SheetsSource(sample.sheets) }, options);
    // a floor of 0.01: every group with a suggestion rate above 1% of the best meets it; the floor's groups are checked by the floor code itself
    const floored = await suggest({ source: new SheetsSource(sample.sheets), runFloor: floorInProcess(loadSolver) }, { ...options, fairnessFloor: 0.01 });
    expect(loadSolver).not.toHaveBeenCalled();
    expect(floored.document.fairnessFloor).toBe(0.01);
    expect(floored.document.floorOutcome).toMatchObject({ floorMet: true, message: null });
    expect(floored.document.priceOfFairness).toBe(1);
    expect(floored.document.suggestions).toEqual(plain.document.suggestions);
    expect(plain.document.floorOutcome).toBeNull();
  });

  it('gives the same document from the .xlsx file as from the sheets in memory', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cadre-suggest-')), 'book.xlsx');
    await writeSheetsXlsx(file, sample.sheets, sample.numberFormats);
    const fromFile = await suggest({ source: new XlsxSource(readFileSync(file)) }, options);
    const inMemory = await suggest({ source: new SheetsSource(sample.sheets) }, options);
    expect(fromFile.document.suggestions.length).toBeGreaterThan(0);
    expect(fromFile.document).toEqual(inMemory.document);
  });
});

describe('suggest inside Excel (the Office.js adapter over the Excel fake)', () => {
  it('writes the Cadre Suggestions sheet beside the dashboards and keeps both: neither write removes the other', async () => {
    const fake = createExcelFake({ sheets: fakeSheets(sample.sheets) });
    await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    const dashboards = Object.values(DEFAULT_SHEET_NAMES);
    const names = fake.workbook.names().map((n) => n.name).sort();
    expect(names.length).toBeGreaterThan(0);

    const isSetSupported = (n: string, v?: string) => fake.isSetSupported(n, v);
    const writer = new OfficePlanWriter(fake.run, { isSetSupported });
    const outcome = await suggest({ source: new OfficeSource(fake.run), writer }, options);
    expect(outcome.written?.warnings).toEqual([]);
    expect(fake.workbook.sheetNames()).toEqual(expect.arrayContaining([...dashboards, SUGGESTIONS_SHEET]));
    expect(fake.workbook.names().map((n) => n.name).sort()).toEqual(names);
    const owned = fake.workbook.settings()[OWNERSHIP_SETTING] as { role: string }[];
    expect(owned.map((o) => o.role).sort()).toEqual([...Object.keys(DEFAULT_SHEET_NAMES), 'suggestions'].sort());
    const suggested = fake.workbook.sheet(SUGGESTIONS_SHEET).values();
    expect(suggested[0][0]).toBe(`Pairing suggestions: coach as of ${outcome.document.asOf}`);

    // a refresh after it: the suggestions stay, and are not read as an input sheet
    const again = await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    expect(again.warnings).toEqual([]);
    expect(fake.workbook.sheet(SUGGESTIONS_SHEET).values()).toEqual(suggested);
    // suggesting again rewrites the sheet in place, the same
    await suggest({ source: new OfficeSource(fake.run), writer: new OfficePlanWriter(fake.run, { isSetSupported }) }, options);
    expect(fake.workbook.sheet(SUGGESTIONS_SHEET).values()).toEqual(suggested);
    expect(fake.workbook.sheetNames().filter((n) => n === SUGGESTIONS_SHEET)).toHaveLength(1);
  });
});

describe('the sheet plan holds ids and names only on the Cadre Suggestions sheet', () => {
  it('no refresh sheet is in the plan, and the ids of the suggestions are all on it', async () => {
    const writer = recordingWriter();
    const { document } = await suggest({ source: new SheetsSource(sample.sheets), writer }, options);
    const cells = new Set(texts(writer.plans[0]));
    for (const s of document.suggestions) {
      expect(cells.has(s.personId)).toBe(true);
      expect(cells.has(s.mentorId)).toBe(true);
    }
    expect(writer.plans[0].sheets.every((s) => s.role === 'suggestions')).toBe(true);
  });
});
