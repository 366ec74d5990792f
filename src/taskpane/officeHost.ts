/**
 * The one place in the task pane that reads the global `Office` (office.js). Everything else gets an
 * {@link OfficeHost}: a small, typed, immutable description of where the task pane is running.
 *
 * `Office` may be missing altogether: in tests, in an offline preview of taskpane.html, or when the
 * office.js script from Microsoft's CDN failed to load. The task pane then runs in preview mode.
 */

/**
 * The Excel JavaScript API requirement set the add-in as a whole targets (dashboards.md, "Requirement
 * sets"): the manifest asks for it, and the task pane opens the workbook only on a host that has it.
 * Not to be confused with `ADAPTER_MIN_EXCEL_API` (workbook/office/host.ts), the lowest set the
 * Office.js adapter itself can work with.
 */
export const ADD_IN_EXCEL_API = '1.12';

/** How long to wait for `Office.onReady` before giving up and running in preview mode. */
export const OFFICE_READY_TIMEOUT_MS = 15_000;

export type HostTheme = 'light' | 'dark';

/** Why the task pane is not connected to an Office application. */
export type UnavailableReason =
  /** `Office` is not defined: office.js did not load (offline, blocked) or this is a test */
  | 'office-js-missing'
  /** office.js loaded, but the page is not running inside an Office application (a plain browser tab) */
  | 'no-host'
  /** office.js loaded, but `Office.onReady` did not resolve in time */
  | 'timeout'
  /** `Office.onReady` failed */
  | 'error';

export interface OfficeHost {
  /** true when office.js is loaded and an Office application (for Cadre: Excel) reported itself ready */
  readonly available: boolean;
  /** why `available` is false; undefined when it is true */
  readonly reason?: UnavailableReason;
  /** the Office application, e.g. "Excel"; null when not available */
  readonly host: string | null;
  /** the platform, e.g. "PC", "Mac", "OfficeOnline"; null when unknown */
  readonly platform: string | null;
  /** the Office theme's lightness, from `Office.context.officeTheme`; null when the host does not report one */
  readonly theme: HostTheme | null;
  /** whether the host supports the ExcelApi requirement set at this version (always false when not available) */
  supportsExcelApi(version: string): boolean;
}

/**
 * The part of office.js this module uses. The real `Office` namespace satisfies it; tests pass fakes.
 */
export interface OfficeApi {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  readonly context?: {
    readonly officeTheme?: { readonly bodyBackgroundColor?: string } | null;
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean } | null;
  } | null;
}

/** The global `Office`, or undefined when office.js is not loaded. */
export function readOfficeGlobal(): OfficeApi | undefined {
  if (typeof Office === 'undefined' || Office === null) return undefined;
  return Office;
}

/** A host description for when there is no Office application to talk to. */
export function unavailableHost(reason: UnavailableReason): OfficeHost {
  return Object.freeze({
    available: false,
    reason,
    host: null,
    platform: null,
    theme: null,
    supportsExcelApi: () => false,
  });
}

/**
 * Describes the host once `Office.onReady` has resolved with `info`. Never throws: a property that
 * cannot be read is reported as unknown.
 */
export function describeOfficeHost(office: OfficeApi, info: { host: unknown; platform: unknown }): OfficeHost {
  const host = typeof info.host === 'string' && info.host !== '' ? info.host : null;
  if (host === null) return unavailableHost('no-host');
  const platform = typeof info.platform === 'string' && info.platform !== '' ? info.platform : null;
  const theme = themeOf(safely(() => office.context?.officeTheme?.bodyBackgroundColor));
  const requirements = safely(() => office.context?.requirements);
  return Object.freeze({
    available: true,
    host,
    platform,
    theme,
    supportsExcelApi(version: string): boolean {
      if (!requirements) return false;
      return safely(() => requirements.isSetSupported('ExcelApi', version)) === true;
    },
  });
}

/**
 * Waits for office.js (`office`, usually {@link readOfficeGlobal}()) and describes the host. Resolves (never rejects) with a preview description
 * when `Office` is missing, when the page is not inside an Office application, when `onReady` fails,
 * or when it has not resolved after `timeoutMs`.
 */
export async function connectOffice(
  office: OfficeApi | undefined,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
): Promise<OfficeHost> {
  if (office === undefined) return unavailableHost('office-js-missing');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<OfficeHost>((resolve) => {
    timer = setTimeout(() => resolve(unavailableHost('timeout')), timeoutMs);
  });
  const ready = Promise.resolve()
    .then(() => office.onReady())
    .then(
      (info) => describeOfficeHost(office, info ?? { host: null, platform: null }),
      () => unavailableHost('error'),
    );
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether a background colour is dark: the theme whose text contrasts more with it wins. With WCAG
 * relative luminance L, black text has contrast (L + 0.05) / 0.05 and white text 1.05 / (L + 0.05);
 * they are equal at L ≈ 0.179. Returns null for anything that is not a #RGB or #RRGGBB colour.
 */
export function themeOf(backgroundColor: string | undefined | null): HostTheme | null {
  const rgb = parseHexColor(backgroundColor);
  if (!rgb) return null;
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < Math.sqrt(1.05 * 0.05) - 0.05 ? 'dark' : 'light';
}

function parseHexColor(value: string | undefined | null): [number, number, number] | null {
  if (typeof value !== 'string') return null;
  const hex = value.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) {
    return [0, 1, 2].map((i) => parseInt(hex[i]! + hex[i]!, 16)) as [number, number, number];
  }
  if (/^[0-9a-f]{6}$/i.test(hex)) {
    return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  }
  return null;
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
