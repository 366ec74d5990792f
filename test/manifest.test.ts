import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ADD_IN_EXCEL_API } from '../src/taskpane/officeHost';

/*
 * The add-in's XML manifest (manifest.xml) against the OfficeApp 1.1 (TaskPaneApp) and
 * TaskPaneAppVersionOverrides V1_0 schemas, and the icons it points at.
 *
 * Element order: the schema's xs:sequence, as listed in Microsoft's "How to find the proper order of
 * manifest elements" (learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering).
 * Limits: resource ids ≤ 32 characters, short strings ≤ 125, long strings ≤ 250, URLs ≤ 2048
 * (learn.microsoft.com/javascript/api/manifest/resources). Icon sizes: IconUrl 32 × 32 and
 * HighResolutionIconUrl 64 × 64 for task pane add-ins (…/manifest/iconurl, …/highresolutioniconurl).
 */

const ROOT = path.resolve(__dirname, '..');
const MANIFEST_PATH = path.join(ROOT, 'manifest.xml');
const DEV_ORIGIN = 'https://localhost:3000';

// ---- a small ordered tree over fast-xml-parser's preserveOrder output -----------------------------------

interface XmlNode {
  /** the qualified name as written, e.g. "bt:Image" */
  readonly name: string;
  /** the name without its namespace prefix, e.g. "Image" */
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  readonly text: string;
}

type Ordered = Record<string, unknown>;

function toNodes(items: readonly Ordered[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const item of items) {
    const name = Object.keys(item).find((key) => key !== ':@');
    if (name === undefined || name === '#text' || name.startsWith('?') || name === '#comment') continue;
    const content = (item[name] ?? []) as Ordered[];
    const attrs = (item[':@'] ?? {}) as Record<string, string>;
    const text = content
      .filter((c) => '#text' in c)
      .map((c) => String(c['#text']))
      .join('');
    nodes.push({ name, local: name.replace(/^.*:/, ''), attrs, children: toNodes(content), text });
  }
  return nodes;
}

const xml = fs.readFileSync(MANIFEST_PATH, 'utf8');
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
});
const roots = toNodes(parser.parse(xml) as Ordered[]);
const app = roots[0]!;

function child(node: XmlNode, local: string): XmlNode {
  const found = node.children.filter((c) => c.local === local);
  if (found.length !== 1) throw new Error(`<${node.name}> has ${found.length} <${local}> children, expected 1`);
  return found[0]!;
}

function childrenNamed(node: XmlNode, local: string): XmlNode[] {
  return node.children.filter((c) => c.local === local);
}

function* walk(node: XmlNode, ancestors: readonly XmlNode[] = []): Generator<{ node: XmlNode; ancestors: readonly XmlNode[] }> {
  yield { node, ancestors };
  for (const c of node.children) yield* walk(c, [...ancestors, node]);
}

/** Every child of `node` is in `order`, in that order, each at most once, and all of `required` are present. */
function expectSchemaOrder(node: XmlNode, order: readonly string[], required: readonly string[] = []): void {
  const names = node.children.map((c) => c.local);
  for (const name of names) expect(order).toContain(name);
  const positions = names.map((name) => order.indexOf(name));
  const sorted = [...positions].sort((a, b) => a - b);
  expect({ element: node.name, order: positions.map((p) => order[p]) }).toEqual({
    element: node.name,
    order: sorted.map((p) => order[p]),
  });
  expect(new Set(names).size).toBe(names.length);
  for (const name of required) expect({ element: node.name, has: name, present: names.includes(name) }).toEqual({ element: node.name, has: name, present: true });
}

// ---- PNG reading ---------------------------------------------------------------------------------------

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colorType: number;
}

function pngHeader(file: string): PngHeader {
  const data = fs.readFileSync(file);
  if (!data.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${file} is not a PNG`);
  if (data.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file}: first chunk is not IHDR`);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), bitDepth: data[24]!, colorType: data[25]! };
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** RGBA pixels of an 8-bit RGBA, non-interlaced PNG (all five filter types). */
function pngPixels(file: string): { width: number; height: number; rgba: Buffer } {
  const data = fs.readFileSync(file);
  const header = pngHeader(file);
  if (header.bitDepth !== 8 || header.colorType !== 6) throw new Error(`${file}: expected 8-bit RGBA`);
  const idat: Buffer[] = [];
  for (let offset = 8; offset < data.length; ) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('ascii', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    expect(crc32(data.subarray(offset + 4, offset + 8 + length))).toBe(data.readUInt32BE(offset + 8 + length));
    if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const { width, height } = header;
  const stride = width * 4;
  const rgba = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? rgba[y * stride + x - 4]! : 0;
      const b = y > 0 ? rgba[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4]! : 0;
      let predictor: number;
      if (filter === 0) predictor = 0;
      else if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else throw new Error(`${file}: bad filter ${filter}`);
      rgba[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, rgba };
}

/** Files the build writes rather than copies (webpack.config.js): the URL → what makes it. */
const BUILT_FILES: Readonly<Record<string, string>> = {
  '/functions.js': "the `functions` entry, filename 'functions.js'",
  '/functions.json': "CustomFunctionsMetadataPlugin, output 'functions.json'",
};

/** The repository file a dev-server URL is served from (a built file: webpack.config.js, which makes it). */
function sourceOfUrl(url: string): string {
  expect(url.startsWith(`${DEV_ORIGIN}/`)).toBe(true);
  const pathname = new URL(url).pathname;
  if (pathname.startsWith('/assets/')) return path.join(ROOT, pathname);
  if (pathname in BUILT_FILES) return path.join(ROOT, 'webpack.config.js');
  return path.join(ROOT, 'src', 'taskpane', pathname);
}

// ---- resources ------------------------------------------------------------------------------------------

const versionOverrides = child(app, 'VersionOverrides');
const resources = child(versionOverrides, 'Resources');

function resourceMap(collection: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of child(resources, collection).children) {
    const id = entry.attrs['id']!;
    expect(map.has(id)).toBe(false);
    map.set(id, entry.attrs['DefaultValue']!);
  }
  return map;
}

const images = resourceMap('Images');
const urls = resourceMap('Urls');
const shortStrings = resourceMap('ShortStrings');
const longStrings = resourceMap('LongStrings');

/** which resource collection a resid on an element with this name refers to */
function collectionFor(referrer: XmlNode, ancestors: readonly XmlNode[]): Map<string, string> {
  const parent = ancestors[ancestors.length - 1]?.local;
  switch (referrer.local) {
    case 'Image':
      return images;
    case 'SourceLocation':
    case 'LearnMoreUrl':
    case 'FunctionFile':
    case 'Runtime':
      return urls;
    case 'Label':
    case 'Title':
    case 'Namespace':
      return shortStrings;
    case 'Description':
      return parent === 'VersionOverrides' || parent === 'Supertip' || parent === 'GetStarted' ? longStrings : shortStrings;
    default:
      throw new Error(`unexpected resid on <${referrer.name}>`);
  }
}

// ---- the tests ------------------------------------------------------------------------------------------

describe('manifest.xml', () => {
  test('is well-formed XML with an OfficeApp 1.1 task pane root', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(roots).toHaveLength(1);
    expect(app.name).toBe('OfficeApp');
    expect(app.attrs['xmlns']).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(app.attrs['xmlns:xsi']).toBe('http://www.w3.org/2001/XMLSchema-instance');
    expect(app.attrs['xmlns:bt']).toBe('http://schemas.microsoft.com/office/officeappbasictypes/1.0');
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
  });

  test('identifies Cadre: a GUID Id, version, provider, locale, name and description', () => {
    const id = child(app, 'Id').text;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(id).not.toBe('05c2e1c9-3e1d-406e-9a91-e9ac64854143'); // the yo office template's id
    expect(child(app, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(app, 'ProviderName').text).toBe('Cadre');
    expect(child(app, 'DefaultLocale').text).toBe('en-US');
    expect(child(app, 'DisplayName').attrs['DefaultValue']).toBe('Cadre');
    const description = child(app, 'Description').attrs['DefaultValue']!;
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(250);
    expect(child(app, 'Permissions').text).toBe('ReadWriteDocument');
  });

  test('the top-level OfficeApp elements follow the TaskPaneApp schema order', () => {
    expectSchemaOrder(
      app,
      [
        'Id',
        'AlternateId',
        'Version',
        'ProviderName',
        'DefaultLocale',
        'DisplayName',
        'Description',
        'IconUrl',
        'HighResolutionIconUrl',
        'SupportUrl',
        'AppDomains',
        'Hosts',
        'Requirements',
        'DefaultSettings',
        'Permissions',
        'Dictionary',
        'VersionOverrides',
        'ExtendedOverrides',
      ],
      ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'],
    );
  });

  test('the VersionOverrides elements follow the TaskPaneAppVersionOverrides V1_0 schema order', () => {
    expect(versionOverrides.attrs['xmlns']).toBe('http://schemas.microsoft.com/office/taskpaneappversionoverrides');
    expect(versionOverrides.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    expectSchemaOrder(versionOverrides, ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins']);
    expectSchemaOrder(resources, ['Images', 'Urls', 'ShortStrings', 'LongStrings']);
    const orders: Readonly<Record<string, readonly string[]>> = {
      Host: ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'],
      Runtimes: ['Runtime'],
      AllFormFactors: ['ExtensionPoint'],
      DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
      GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
      Group: ['Label', 'Icon', 'Control'],
      Control: ['Label', 'Supertip', 'Icon', 'Action', 'Enabled', 'Items'],
      Supertip: ['Title', 'Description'],
      Action: ['TaskpaneId', 'SourceLocation', 'Title', 'FunctionName'],
    };
    let checked = 0;
    for (const { node } of walk(child(versionOverrides, 'Hosts'))) {
      const order = orders[node.local];
      if (order) {
        expectSchemaOrder(node, order);
        checked++;
      }
    }
    expect(checked).toBe(Object.keys(orders).length);
  });

  test('runs in Excel (Workbook) and requires ExcelApi 1.12 (the set the task pane checks), SharedRuntime 1.1 and CustomFunctionsRuntime 1.1', () => {
    expect(child(app, 'Hosts').children.map((h) => [h.local, h.attrs['Name']])).toEqual([['Host', 'Workbook']]);
    const sets = child(child(app, 'Requirements'), 'Sets');
    expect(sets.attrs['DefaultMinVersion']).toBe('1.1');
    expect(sets.children.map((s) => [s.attrs['Name'], s.attrs['MinVersion']])).toEqual([
      ['ExcelApi', '1.12'],
      ['SharedRuntime', '1.1'],
      ['CustomFunctionsRuntime', '1.1'],
    ]);
    expect(ADD_IN_EXCEL_API).toBe('1.12');
    expect(child(child(versionOverrides, 'Hosts'), 'Host').attrs['xsi:type']).toBe('Workbook');
  });

  test('every URL is https and well-formed', () => {
    const found: string[] = [];
    for (const { node } of walk(app)) {
      for (const value of [...Object.entries(node.attrs).filter(([k]) => !k.startsWith('xmlns')).map(([, v]) => v), node.text]) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) found.push(value);
      }
    }
    for (const local of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) found.push(child(app, local).attrs['DefaultValue']!);
    found.push(child(child(app, 'DefaultSettings'), 'SourceLocation').attrs['DefaultValue']!);
    for (const domain of child(app, 'AppDomains').children) found.push(domain.text);
    found.push(...images.values(), ...urls.values());

    expect(found.length).toBeGreaterThanOrEqual(12);
    for (const url of found) {
      expect(url).toMatch(/^https:\/\//);
      expect(new URL(url).protocol).toBe('https:');
      expect(url.length).toBeLessThanOrEqual(2048);
    }
  });

  test('every page the manifest points at exists in the repository', () => {
    const pages = [
      child(child(app, 'DefaultSettings'), 'SourceLocation').attrs['DefaultValue']!,
      child(app, 'SupportUrl').attrs['DefaultValue']!,
      ...urls.values(),
    ];
    for (const url of pages) {
      expect({ url, exists: fs.existsSync(sourceOfUrl(url)) }).toEqual({ url, exists: true });
    }
    // the built files: webpack.config.js makes them (test/functionsMetadata.test.ts reads the build's functions.json)
    const config = fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
    expect(config).toMatch(/new CustomFunctionsMetadataPlugin\(\{ input: FUNCTIONS_SOURCE, output: 'functions\.json' \}\)/);
    expect(config).toMatch(/functions: \{ import: FUNCTIONS_SOURCE, filename: 'functions\.js'/);
    expect(child(child(app, 'DefaultSettings'), 'SourceLocation').attrs['DefaultValue']).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  test('IconUrl and HighResolutionIconUrl are 32 × 32 and 64 × 64 PNGs in assets/', () => {
    for (const [local, size] of [
      ['IconUrl', 32],
      ['HighResolutionIconUrl', 64],
    ] as const) {
      const url = child(app, local).attrs['DefaultValue']!;
      const file = sourceOfUrl(url);
      expect(path.dirname(file)).toBe(path.join(ROOT, 'assets'));
      expect(fs.existsSync(file)).toBe(true);
      const header = pngHeader(file);
      expect({ local, width: header.width, height: header.height }).toEqual({ local, width: size, height: size });
      expect(path.basename(file)).toBe(`icon-${size}.png`);
    }
  });

  test('every bt:Image is a PNG in assets/ of the size its id and file name claim', () => {
    expect(images.size).toBeGreaterThanOrEqual(3);
    for (const [id, url] of images) {
      const claimed = /\.(\d+)x(\d+)$/.exec(id);
      expect({ id, claimed: claimed !== null }).toEqual({ id, claimed: true });
      const [width, height] = [Number(claimed![1]), Number(claimed![2])];
      const file = sourceOfUrl(url);
      expect(fs.existsSync(file)).toBe(true);
      expect(path.basename(file)).toBe(`icon-${width}.png`);
      const header = pngHeader(file);
      expect({ id, width: header.width, height: header.height }).toEqual({ id, width, height });
    }
  });

  test('every ribbon Icon has 16, 32 and 80 px images whose resources are PNGs of that size', () => {
    let icons = 0;
    for (const { node } of walk(versionOverrides)) {
      if (node.local !== 'Icon') continue;
      icons++;
      const sizes = node.children.map((image) => Number(image.attrs['size']));
      expect(sizes).toEqual([16, 32, 80]);
      for (const image of node.children) {
        const url = images.get(image.attrs['resid']!);
        expect(url).toBeDefined();
        const header = pngHeader(sourceOfUrl(url!));
        expect([header.width, header.height]).toEqual([Number(image.attrs['size']), Number(image.attrs['size'])]);
      }
    }
    expect(icons).toBe(2); // the group's and the button's
  });

  test('the Home tab has a Cadre group with one "Open Cadre" button that shows the task pane', () => {
    const formFactor = child(child(child(versionOverrides, 'Hosts'), 'Host'), 'DesktopFormFactor');
    const extensionPoint = child(formFactor, 'ExtensionPoint');
    expect(extensionPoint.attrs['xsi:type']).toBe('PrimaryCommandSurface');
    const tab = child(extensionPoint, 'OfficeTab');
    expect(tab.attrs['id']).toBe('TabHome');
    const group = child(tab, 'Group');
    expect(shortStrings.get(child(group, 'Label').attrs['resid']!)).toBe('Cadre');

    const controls = childrenNamed(group, 'Control');
    expect(controls).toHaveLength(1);
    const button = controls[0]!;
    expect(button.attrs['xsi:type']).toBe('Button');
    expect(shortStrings.get(child(button, 'Label').attrs['resid']!)).toBe('Open Cadre');

    const action = child(button, 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(child(action, 'TaskpaneId').text).not.toBe('');
    const sourceResid = child(action, 'SourceLocation').attrs['resid']!;
    expect(urls.has(sourceResid)).toBe(true);
    expect(urls.get(sourceResid)).toBe(child(child(app, 'DefaultSettings'), 'SourceLocation').attrs['DefaultValue']);
  });

  test('one shared runtime, lifetime long, on the task pane page: the button, the runtime and the functions\' Page name the same resource', () => {
    const host = child(child(versionOverrides, 'Hosts'), 'Host');
    const runtimes = childrenNamed(child(host, 'Runtimes'), 'Runtime');
    expect(runtimes.map((r) => [r.attrs['resid'], r.attrs['lifetime']])).toEqual([['Cadre.Taskpane.Url', 'long']]);
    const button = child(child(child(child(child(host, 'DesktopFormFactor'), 'ExtensionPoint'), 'OfficeTab'), 'Group'), 'Control');
    expect(child(child(button, 'Action'), 'SourceLocation').attrs['resid']).toBe('Cadre.Taskpane.Url');
    const functions = child(child(host, 'AllFormFactors'), 'ExtensionPoint');
    expect(child(child(functions, 'Page'), 'SourceLocation').attrs['resid']).toBe('Cadre.Taskpane.Url');
    expect(urls.get('Cadre.Taskpane.Url')).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  test('the CustomFunctions extension point: namespace CADRE, the script, the task pane page and the generated metadata, in schema order', () => {
    const host = child(child(versionOverrides, 'Hosts'), 'Host');
    const points = childrenNamed(child(host, 'AllFormFactors'), 'ExtensionPoint');
    expect(points.map((p) => p.attrs['xsi:type'])).toEqual(['CustomFunctions']);
    const point = points[0]!;
    expect(point.children.map((c) => c.local)).toEqual(['Script', 'Page', 'Metadata', 'Namespace']);
    const url = (element: string) => urls.get(child(child(point, element), 'SourceLocation').attrs['resid']!);
    expect(url('Script')).toBe(`${DEV_ORIGIN}/functions.js`);
    expect(url('Page')).toBe(`${DEV_ORIGIN}/taskpane.html`);
    expect(url('Metadata')).toBe(`${DEV_ORIGIN}/functions.json`);
    // the namespace: upper case letters, as formulas write it (=CADRE.RETENTION(…))
    expect(shortStrings.get(child(point, 'Namespace').attrs['resid']!)).toBe('CADRE');
  });

  test('every resid is defined in the right Resources collection, and every resource is used', () => {
    const used = new Set<string>();
    let references = 0;
    for (const { node, ancestors } of walk(versionOverrides)) {
      const resid = node.attrs['resid'];
      if (resid === undefined) continue;
      references++;
      used.add(resid);
      const collection = collectionFor(node, ancestors);
      expect({ element: node.name, resid, defined: collection.has(resid) }).toEqual({ element: node.name, resid, defined: true });
    }
    expect(references).toBeGreaterThanOrEqual(12);
    for (const id of [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()]) {
      expect({ id, used: used.has(id) }).toEqual({ id, used: true });
    }
  });

  test('resource ids and strings are within the documented limits', () => {
    const ids = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
    for (const value of shortStrings.values()) expect(value.length).toBeLessThanOrEqual(125);
    for (const value of longStrings.values()) expect(value.length).toBeLessThanOrEqual(250);
    for (const value of [...shortStrings.values(), ...longStrings.values()]) expect(value.trim()).not.toBe('');
  });
});

describe('assets/', () => {
  // scripts/draw-icons.js is plain node JavaScript; load it without type information
  const drawIcons = require('../scripts/draw-icons.js') as {
    rasterise(size: number): Buffer;
    SIZES: readonly number[];
  };

  test.each([16, 32, 64, 80, 128])('icon-%i.png is an RGBA PNG of that size', (size) => {
    const header = pngHeader(path.join(ROOT, 'assets', `icon-${size}.png`));
    expect(header).toEqual({ width: size, height: size, bitDepth: 8, colorType: 6 });
  });

  test('the committed PNGs are what scripts/draw-icons.js draws (regenerate with node scripts/draw-icons.js)', () => {
    expect([...drawIcons.SIZES]).toEqual([16, 32, 64, 80, 128]);
    for (const size of drawIcons.SIZES) {
      const png = pngPixels(path.join(ROOT, 'assets', `icon-${size}.png`));
      expect({ size, same: png.rgba.equals(drawIcons.rasterise(size)) }).toEqual({ size, same: true });
    }
  });

  test('the icons are drawn, not blank: a teal tile with white and mint marks and transparent corners', () => {
    const { rgba, width } = pngPixels(path.join(ROOT, 'assets', 'icon-64.png'));
    const at = (x: number, y: number) => [...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)];
    expect(at(0, 0)[3]).toBe(0); // transparent corner
    const colours = new Set<string>();
    let opaque = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i + 3] === 255) {
        opaque++;
        colours.add(`${rgba[i]},${rgba[i + 1]},${rgba[i + 2]}`);
      }
    }
    expect(opaque / (rgba.length / 4)).toBeGreaterThan(0.8);
    expect(colours.has('255,255,255')).toBe(true); // the C
    expect(colours.has('155,235,207')).toBe(true); // the arrow
    const [r, g, b] = at(4, 32); // the tile's left edge, below the rounded corner
    expect(g! > r! && g! > b! * 1.1).toBe(true); // teal-green
  });

  test('icon.svg exists and is the SVG the script writes', () => {
    const { svg } = require('../scripts/draw-icons.js') as { svg(): string };
    expect(fs.readFileSync(path.join(ROOT, 'assets', 'icon.svg'), 'utf8')).toBe(svg());
    expect(XMLValidator.validate(svg())).toBe(true);
  });
});
