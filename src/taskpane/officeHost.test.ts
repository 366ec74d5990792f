import {
  connectOffice,
  describeOfficeHost,
  readOfficeGlobal,
  ADD_IN_EXCEL_API,
  themeOf,
  unavailableHost,
  type OfficeApi,
} from './officeHost';

// The real office.js namespace must satisfy the small interface this module reads (compile-time check).
type RealOfficeFits = typeof Office extends OfficeApi ? true : false;
const realOfficeFits: RealOfficeFits = true;

interface FakeOptions {
  host?: unknown;
  platform?: unknown;
  background?: string;
  /** the highest ExcelApi minor version supported, e.g. 12 for 1.12; undefined for no requirements object */
  excelApiMinor?: number;
}

/** A fake `Office` with just what officeHost reads; records isSetSupported calls. */
function fakeOffice(options: FakeOptions = {}): OfficeApi & { calls: Array<[string, string | undefined]> } {
  const calls: Array<[string, string | undefined]> = [];
  return {
    calls,
    onReady: () => Promise.resolve({ host: 'host' in options ? options.host : 'Excel', platform: options.platform ?? 'PC' }),
    context: {
      officeTheme: options.background === undefined ? undefined : { bodyBackgroundColor: options.background },
      requirements:
        options.excelApiMinor === undefined
          ? undefined
          : {
              isSetSupported(name: string, minVersion?: string): boolean {
                calls.push([name, minVersion]);
                if (name !== 'ExcelApi' || minVersion === undefined) return false;
                const [major, minor] = minVersion.split('.').map(Number);
                return major === 1 && minor! <= options.excelApiMinor!;
              },
            },
    },
  };
}

describe('readOfficeGlobal', () => {
  const globals = globalThis as { Office?: unknown };
  afterEach(() => {
    delete globals.Office;
  });

  test('is undefined when office.js is not loaded', () => {
    expect(realOfficeFits).toBe(true);
    expect('Office' in globalThis).toBe(false);
    expect(readOfficeGlobal()).toBeUndefined();
  });

  test('returns the global Office when there is one', () => {
    const fake = fakeOffice();
    globals.Office = fake;
    expect(readOfficeGlobal()).toBe(fake);
  });
});

describe('connectOffice', () => {
  test('without office.js: preview, nothing supported', async () => {
    const host = await connectOffice(undefined);
    expect(host).toMatchObject({ available: false, reason: 'office-js-missing', host: null, platform: null, theme: null });
    expect(host.supportsExcelApi('1.1')).toBe(false);
  });

  test('in Excel with ExcelApi 1.12: available, and asks Office about the ExcelApi set', async () => {
    const office = fakeOffice({ platform: 'OfficeOnline', excelApiMinor: 12, background: '#FFFFFF' });
    const host = await connectOffice(office);
    expect(host).toMatchObject({ available: true, host: 'Excel', platform: 'OfficeOnline', theme: 'light' });
    expect(host.reason).toBeUndefined();
    expect(host.supportsExcelApi(ADD_IN_EXCEL_API)).toBe(true);
    expect(host.supportsExcelApi('1.13')).toBe(false);
    expect(office.calls).toEqual([
      ['ExcelApi', '1.12'],
      ['ExcelApi', '1.13'],
    ]);
  });

  test('in an older Excel: available, but ExcelApi 1.12 is not supported', async () => {
    const host = await connectOffice(fakeOffice({ excelApiMinor: 9 }));
    expect(host.available).toBe(true);
    expect(host.supportsExcelApi('1.9')).toBe(true);
    expect(host.supportsExcelApi('1.12')).toBe(false);
  });

  test('a host without a requirements object supports nothing', async () => {
    const host = await connectOffice(fakeOffice({ excelApiMinor: undefined }));
    expect(host.available).toBe(true);
    expect(host.supportsExcelApi('1.1')).toBe(false);
  });

  test('office.js in a plain browser tab (onReady reports no host): preview', async () => {
    const host = await connectOffice(fakeOffice({ host: null, platform: null, excelApiMinor: 12 }));
    expect(host).toMatchObject({ available: false, reason: 'no-host' });
    expect(host.supportsExcelApi('1.1')).toBe(false);
  });

  test('onReady failing: preview with reason error', async () => {
    const office: OfficeApi = { onReady: () => Promise.reject(new Error('boom')) };
    await expect(connectOffice(office)).resolves.toMatchObject({ available: false, reason: 'error' });
    const throwing: OfficeApi = {
      onReady: () => {
        throw new Error('sync boom');
      },
    };
    await expect(connectOffice(throwing)).resolves.toMatchObject({ available: false, reason: 'error' });
  });

  test('onReady never resolving: preview with reason timeout after the given time', async () => {
    const office: OfficeApi = { onReady: () => new Promise(() => undefined) };
    const started = Date.now();
    const host = await connectOffice(office, 30);
    expect(host).toMatchObject({ available: false, reason: 'timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  test('reads the theme from Office.context.officeTheme', async () => {
    await expect(connectOffice(fakeOffice({ background: '#262626' }))).resolves.toMatchObject({ theme: 'dark' });
    await expect(connectOffice(fakeOffice({ background: '#f3f3f3' }))).resolves.toMatchObject({ theme: 'light' });
    await expect(connectOffice(fakeOffice({}))).resolves.toMatchObject({ theme: null });
  });
});

describe('describeOfficeHost', () => {
  test('never throws when the context cannot be read', () => {
    const office: OfficeApi = {
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'Mac' }),
      get context(): never {
        throw new Error('context is not available yet');
      },
    };
    const host = describeOfficeHost(office, { host: 'Excel', platform: 'Mac' });
    expect(host).toMatchObject({ available: true, host: 'Excel', platform: 'Mac', theme: null });
    expect(host.supportsExcelApi('1.12')).toBe(false);
  });

  test('an isSetSupported that throws counts as unsupported', () => {
    const office: OfficeApi = {
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error('not ready');
          },
        },
      },
    };
    expect(describeOfficeHost(office, { host: 'Excel', platform: 'PC' }).supportsExcelApi('1.12')).toBe(false);
  });

  test('the descriptions are frozen', () => {
    expect(Object.isFrozen(unavailableHost('timeout'))).toBe(true);
    expect(Object.isFrozen(describeOfficeHost(fakeOffice(), { host: 'Excel', platform: 'PC' }))).toBe(true);
  });
});

describe('themeOf', () => {
  test.each([
    ['#FFFFFF', 'light'],
    ['#ffffff', 'light'],
    ['#E6E6E6', 'light'],
    ['#808080', 'light'], // mid grey: black text contrasts more
    ['#6A6A6A', 'dark'], // Office "dark grey" territory: white text contrasts more
    ['#444444', 'dark'],
    ['#262626', 'dark'],
    ['#000000', 'dark'],
    ['#000', 'dark'],
    ['fff', 'light'],
    [' #0F6E5A ', 'dark'],
  ] as const)('%s is %s', (color, expected) => {
    expect(themeOf(color)).toBe(expected);
  });

  test.each([undefined, null, '', 'white', '#12345', '#GGGGGG', 'rgb(0,0,0)'])('%p is unknown', (color) => {
    expect(themeOf(color)).toBeNull();
  });
});
