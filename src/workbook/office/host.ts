import { OfficeAdapterError, listText } from './officeAdapterError';

/**
 * `Excel.run`, or anything shaped like it (the Excel fake's `fake.run`): runs a batch with a fresh
 * request context and resolves with the batch's result.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`, injectable (tests pass the fake's). */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/**
 * The lowest ExcelApi version the Office.js adapter can work with: workbook settings (where
 * ownership is recorded), `getItemOrNullObject` and `names.add` are ExcelApi 1.4. Everything newer
 * is optional and guarded (see `FEATURES`). The add-in as a whole asks for more
 * (`ADD_IN_EXCEL_API` in taskpane/officeHost.ts, 1.12, the manifest's), so in practice every guard
 * passes in Excel; the guards keep the adapter honest on older hosts and in the fake.
 */
export const ADAPTER_MIN_EXCEL_API = '1.4';

/**
 * `Office.context.requirements.isSetSupported` when Office is loaded; without Office (a test, the
 * preview outside Excel) every set is taken as supported, and an API the host lacks then fails at
 * sync with Excel's own ApiNotFound error.
 */
export function defaultIsSetSupported(): IsSetSupported {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (requirements && typeof requirements.isSetSupported === 'function') {
    return (name, minVersion) => requirements.isSetSupported(name, minVersion);
  }
  return () => true;
}

/** Throws a plain UnsupportedHost error when the host is below `ADAPTER_MIN_EXCEL_API`. */
export function requireExcelApi(isSetSupported: IsSetSupported): void {
  if (!isSetSupported('ExcelApi', ADAPTER_MIN_EXCEL_API)) {
    throw new OfficeAdapterError(
      'UnsupportedHost',
      `Cadre needs Excel JavaScript API ${ADAPTER_MIN_EXCEL_API} or later (it records the sheets it owns in the workbook's settings); this Excel is older. Use Excel 2021, Microsoft 365 or Excel on the web.`,
    );
  }
}

/** An optional feature: the requirement set it needs, and how a warning names it. */
interface Feature {
  /** what is not applied, as a warning says it ("print settings") */
  readonly label: string;
  /** the label is a plural ("print settings need …") */
  readonly plural?: boolean;
  /** the lowest ExcelApi version that has it (from the API reference) */
  readonly excelApi: string;
  /** the API member, for the warning when the host has the set but not the member (the Excel fake) */
  readonly member: string;
}

/** Every API above `ADAPTER_MIN_EXCEL_API` the adapter uses, with its requirement set. */
export const FEATURES = {
  suspendCalculation: { label: 'pausing calculation during the write', excelApi: '1.6', member: 'Application.suspendApiCalculationUntilNextSync' },
  suspendScreen: { label: 'pausing screen updating during the write', excelApi: '1.9', member: 'Application.suspendScreenUpdatingUntilNextSync' },
  conditionalFormats: { label: 'conditional formats', plural: true, excelApi: '1.6', member: 'Range.conditionalFormats' },
  freeze: { label: 'frozen panes', plural: true, excelApi: '1.7', member: 'Worksheet.freezePanes' },
  tabColor: { label: 'tab colours', plural: true, excelApi: '1.7', member: 'Worksheet.tabColor' },
  chartSeries: { label: 'chart series (names, ranges, x values, line styles)', plural: true, excelApi: '1.7', member: 'Chart.series' },
  gridlines: { label: 'hidden gridlines', plural: true, excelApi: '1.8', member: 'Worksheet.showGridlines' },
  axisNumberFormat: { label: 'chart axis number formats', plural: true, excelApi: '1.8', member: 'ChartAxis.numberFormat' },
  print: { label: 'print settings', plural: true, excelApi: '1.9', member: 'Worksheet.pageLayout' },
  unmerge: { label: 'unmerging the cells of a rewritten sheet', excelApi: '1.2', member: 'Range.unmerge' },
} as const satisfies Record<string, Feature>;

export type FeatureName = keyof typeof FEATURES;

/**
 * Decides, feature by feature, whether to use an optional API, and collects one plain warning per
 * feature that is not applied (naming the sheets concerned). A feature is used when the host
 * supports its ExcelApi set and, where the caller checks it, the API object has the member (the
 * Excel fake does not model every member; real Office.js proxies always have them).
 */
export class FeatureGate {
  private readonly missing = new Map<FeatureName, { reason: 'set' | 'member'; where: Set<string> }>();

  constructor(private readonly isSetSupported: IsSetSupported) {}

  /** true when `feature` may be used; otherwise records it (for `where`, e.g. a sheet name) */
  allows(feature: FeatureName, where?: string, hasMember: boolean = true): boolean {
    const f = FEATURES[feature];
    const reason = !this.isSetSupported('ExcelApi', f.excelApi) ? 'set' : !hasMember ? 'member' : null;
    if (reason === null) return true;
    const entry = this.missing.get(feature) ?? { reason, where: new Set<string>() };
    if (where !== undefined) entry.where.add(where);
    this.missing.set(feature, entry);
    return false;
  }

  /** one plain message per feature not applied, e.g. "print settings need ExcelApi 1.9; not applied (Board Dashboard)" */
  warnings(): string[] {
    return [...this.missing].map(([name, { reason, where }]) => {
      const f = FEATURES[name];
      const on = where.size > 0 ? ` (${listText([...where])})` : '';
      return reason === 'set'
        ? `${f.label} ${'plural' in f && f.plural ? 'need' : 'needs'} ExcelApi ${f.excelApi}; not applied${on}`
        : `${f.label}: this Excel has no ${f.member}; not applied${on}`;
    });
  }
}

/** Whether a proxy object has a member (Office.js proxies always do; the fake may not). */
export function hasMember(object: object, member: string): boolean {
  return member in object;
}
