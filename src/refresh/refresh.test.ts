import { historyRowsOf } from '../dashboard/history';
import type { WorkbookPlan } from '../dashboard/plan';
import type { SheetValues } from '../model/cell';
import { generateSample } from '../sample/generateSample';
import { SheetsSource } from '../workbook/sheetsSource';
import type { ReadProgress, WorkbookOutline, WorkbookSource } from '../workbook/workbookSource';
import { defaultAsOf } from './asOf';
import type { PlanWriter, PreviousHistory } from './planWriter';
import { type RefreshOptions, refresh } from './refresh';
import { RefreshStopped } from './refreshStopped';
import { validate } from './validate';

const sample = generateSample({ size: 300, seed: 7 });
const NOW = new Date('2026-11-23T12:00:00Z');
const options: RefreshOptions = { asOf: sample.asOf, minGroup: 5, analystDetail: true, now: NOW, fingerprint: () => 'sha256:test' };

/** a source that records what is asked of it */
function recordingSource(sheets: readonly SheetValues[], log: string[]): WorkbookSource {
  const inner = new SheetsSource(sheets);
  return {
    describe: async (): Promise<WorkbookOutline> => {
      log.push('describe');
      return inner.describe();
    },
    readSheets: async (names: readonly string[], onProgress?: (p: ReadProgress) => void) => {
      log.push(`read ${names.length}`);
      return inner.readSheets(names, onProgress);
    },
  };
}

/** a writer that records the plan it is given, with the History it holds */
function recordingWriter(log: string[], history: PreviousHistory | null = null): PlanWriter & { plans: WorkbookPlan[] } {
  const plans: WorkbookPlan[] = [];
  return {
    plans,
    previousHistory: async () => {
      log.push('history');
      return history;
    },
    write: async (plan, onProgress) => {
      log.push('write');
      plans.push(plan);
      onProgress?.({ sheetsWritten: plan.sheets.length, sheetsTotal: plan.sheets.length });
      return { sheets: plan.sheets.map((s) => ({ name: s.name, role: s.role })), warnings: [] };
    },
  };
}

describe('refresh (the use case over its two ports)', () => {
  it('reads the target\'s History first, then the inputs, computes everything, then writes the report and the plan', async () => {
    const log: string[] = [];
    const writer = recordingWriter(log);
    const reports: unknown[] = [];
    const outcome = await refresh(
      { source: recordingSource(sample.sheets, log), writer, reportWriter: async (report) => void (log.push('report'), reports.push(report)) },
      options,
    );
    expect(log).toEqual(['history', 'describe', `read ${sample.sheets.length}`, 'report', 'write']);
    expect(reports).toEqual([outcome.report]);
    expect(writer.plans).toEqual([outcome.plan]);
    expect(outcome.report).toMatchObject({ asOf: '2026-09-30', minGroup: 5, inputFingerprint: 'sha256:test' });
    expect(outcome.written?.sheets.map((s) => s.role)).toEqual(outcome.plan!.sheets.map((s) => s.role));
  });

  it('without a writer builds no plan (cadre refresh --json alone)', async () => {
    const outcome = await refresh({ source: new SheetsSource(sample.sheets) }, options);
    expect(outcome.plan).toBeNull();
    expect(outcome.written).toBeNull();
  });

  it('carries the target\'s History forward into the plan', async () => {
    const earlier = await refresh({ source: new SheetsSource(sample.sheets) }, { ...options, asOf: sample.asOf - 92 });
    const previous = historyRowsOf(earlier.report);
    expect(previous.length).toBeGreaterThan(0);
    const alone = await refresh({ source: new SheetsSource(sample.sheets), writer: recordingWriter([]) }, options);
    const carried = await refresh({ source: new SheetsSource(sample.sheets), writer: recordingWriter([], { sheet: 'Cadre History', rows: previous, skipped: [] }) }, options);
    // nothing carried: the four quarters before are recomputed; carried: exactly what the target held
    expect(alone.history.length).toBeGreaterThan(0);
    expect(alone.history.every((h) => h.source === 'recomputed')).toBe(true);
    expect(carried.history).toEqual(previous);
    const historyRows = (o: typeof alone) => o.plan!.sheets.find((sh) => sh.role === 'history')!;
    expect(JSON.stringify(historyRows(carried))).toContain(earlier.report.quarter);
    // carried: the earlier quarter is the refresh's own record, nothing recomputed
    expect(JSON.stringify(historyRows(carried))).not.toContain('"recomputed"]');
    // alone: no earlier quarter, so the previous four are recomputed from today's data
    expect(JSON.stringify(historyRows(alone))).toContain(`["${earlier.report.quarter}","Active participants","All"`);
    expect(JSON.stringify(historyRows(alone))).toContain('"recomputed"]');
  });

  it.each([
    ['k below 3', { minGroup: 2 }, 'InvalidOption'],
    ['k not whole', { minGroup: 4.5 }, 'InvalidOption'],
  ])('stops before reading or writing: %s', async (_, change, code) => {
    const log: string[] = [];
    const error = await refresh({ source: recordingSource(sample.sheets, log), writer: recordingWriter(log) }, { ...options, ...change }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefreshStopped);
    expect((error as RefreshStopped).stop.code).toBe(code);
    expect(log).toEqual([]);
  });

  it('stops before writing when nothing can be computed, naming the first error', async () => {
    const log: string[] = [];
    const noParticipants = sample.sheets.filter((s) => s.name !== 'Participants');
    const error = await refresh({ source: recordingSource(noParticipants, log), writer: recordingWriter(log) }, options).catch((e: unknown) => e);
    expect((error as RefreshStopped).stop).toMatchObject({ code: 'CannotCompute', firstError: { severity: 'error', sheet: 'Participants' } });
    expect(log).not.toContain('write');
  });

  it('stops before writing when the History to carry forward has rows Cadre cannot read', async () => {
    const log: string[] = [];
    const skipped = [{ row: 4, reason: 'the quarter is not a quarter' }];
    const writer = recordingWriter(log, { sheet: 'Cadre History', rows: [], skipped });
    const error = await refresh({ source: recordingSource(sample.sheets, log), writer }, options).catch((e: unknown) => e);
    expect((error as RefreshStopped).stop).toEqual({ code: 'HistoryUnreadable', sheet: 'Cadre History', skipped });
    expect(log).not.toContain('write');
  });

  it('validate reads as refresh does and counts the problems', async () => {
    const { intake, summary } = await validate(new SheetsSource(sample.sheets), { asOf: sample.asOf });
    expect(summary).toMatchObject({ errors: 0, canCompute: true, problems: intake.problems });
    expect(summary.rows.Participants).toBeGreaterThan(0);
  });
});

describe('defaultAsOf: the one as-of default', () => {
  it('is the end of the last completed quarter, or today when today closes a quarter', () => {
    expect(defaultAsOf(Date.UTC(2026, 10, 23) / 86_400_000)).toBe(Date.UTC(2026, 8, 30) / 86_400_000);
    expect(defaultAsOf(Date.UTC(2026, 8, 30) / 86_400_000)).toBe(Date.UTC(2026, 8, 30) / 86_400_000);
    expect(defaultAsOf(Date.UTC(2027, 0, 1) / 86_400_000)).toBe(Date.UTC(2026, 11, 31) / 86_400_000);
  });
});
