/** Which workbook the preview starts with (`?workbook=`). */
export type StartingWorkbook = 'empty' | 'sample' | 'messy';

export interface PreviewOptions {
  /** `empty` (default): one empty sheet, for the first-run flow; `sample`: the sample program's five input sheets; `messy`: the messy workbook of the tests */
  readonly workbook: StartingWorkbook;
  /** `write`: the first write batch of the first refresh fails, as a dropped connection would */
  readonly fail: 'write' | null;
  /** the colour theme of the page and the task pane; null: the browser's preference */
  readonly theme: 'light' | 'dark' | null;
  /** parameters that were not understood, in plain words (shown on the page) */
  readonly problems: readonly string[];
}

const WORKBOOKS: readonly StartingWorkbook[] = ['empty', 'sample', 'messy'];

/**
 * The preview's query parameters: `?workbook=empty|sample|messy`, `?fail=write`, `?theme=light|dark`.
 * A value not understood is reported and the default used.
 *
 * @example parsePreviewOptions('?workbook=sample&theme=dark') // { workbook: 'sample', fail: null, theme: 'dark', problems: [] }
 */
export function parsePreviewOptions(search: string): PreviewOptions {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | null => {
    const value = params.get(name);
    if (value === null || value === '') return null;
    const lower = value.trim().toLowerCase();
    if ((allowed as readonly string[]).includes(lower)) return lower as T;
    problems.push(`${name}=${value} is not one of ${allowed.join(', ')}; ignored`);
    return null;
  };
  return {
    workbook: pick('workbook', WORKBOOKS) ?? 'empty',
    fail: pick('fail', ['write'] as const),
    theme: pick('theme', ['light', 'dark'] as const),
    problems,
  };
}

/** the query string for a set of options (defaults left out), for the links between starting points */
export function previewSearch(options: Pick<PreviewOptions, 'workbook' | 'fail' | 'theme'>): string {
  const params = new URLSearchParams();
  if (options.workbook !== 'empty') params.set('workbook', options.workbook);
  if (options.fail) params.set('fail', options.fail);
  if (options.theme) params.set('theme', options.theme);
  const text = params.toString();
  return text === '' ? '?' : `?${text}`;
}
