import { intake } from '../intake/intake';
import type { CellValue } from '../model/cell';
import { refreshReport } from '../report/refreshReport';
import { generateSample } from '../sample/generateSample';
import { equitySheet } from './equitySheet';

function sampleReport(tiny: boolean) {
  const sample = generateSample({ size: 'standard', seed: 42 });
  if (tiny) {
    const p = sample.sheets.find((s) => s.name === 'Participants')!;
    const header = p.values[0] as string[];
    const rows = p.values.slice(1).filter((r) => r[header.indexOf('InProgram')] === 'Y').slice(0, 4) as CellValue[][];
    for (const r of rows) r[header.indexOf('Gender')] = 'Tiny';
  }
  return refreshReport({ asOf: sample.asOf, minGroup: 5, refreshedAt: new Date(0), inputFingerprint: 'sha256:x' }, intake(sample.sheets, { asOf: sample.asOf }));
}

describe('Equity Detail', () => {
  const report = sampleReport(true);
  const sheet = equitySheet(report);
  const access = sheet.blocks[2].values;

  test('one row per access test, the planted coach gap adverse with its reason', () => {
    expect(access.length - 1).toBe(report.equity.tests.length);
    const coach = access.find((r) => r[0] === 'External coach' && r[1] === 'Gender' && r[2] === 'Woman')!;
    expect(coach[13]).toBe('adverse');
    expect(coach[14]).toMatch(/significant after adjustment/);
    expect(typeof coach[5]).toBe('number');
  });

  test('a group of 4 shows its labels and "fewer than 5", never a figure', () => {
    const tiny = access.filter((r) => r[2] === 'Tiny');
    expect(tiny.length).toBeGreaterThan(0);
    for (const r of tiny) {
      expect(r[3]).toBe('fewer than 5');
      expect(r.filter((v) => typeof v === 'number')).toEqual([]);
      expect(r[13]).toBe('suppressed');
    }
    const outcomes = sheet.blocks[4].values.filter((r) => r[2] === 'Tiny');
    for (const r of outcomes) expect(r.filter((v) => typeof v === 'number')).toEqual([]);
  });

  test('tables cover their blocks; statuses coloured; blocks rectangular', () => {
    for (const b of sheet.blocks) for (const row of b.values) expect(row).toHaveLength(b.values[0].length);
    expect(sheet.tables[0].range).toBe(`A3:O${3 + access.length - 1}`);
    expect(sheet.conditionalFormats[0].rules.map((r) => r.equals)).toEqual(['adverse', 'watch', 'ok', 'reference', 'suppressed']);
    expect(sheet.conditionalFormats[0].range).toBe(`N4:N${3 + access.length - 1}`);
  });
});
