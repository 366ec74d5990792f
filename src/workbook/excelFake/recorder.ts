import { type FakeContext, type LoadSpec, loadPaths } from './context';
import { fakeError, propertyNotLoaded } from './fakeOfficeError';
import { versionAtLeast } from './model';

/**
 * The leaf parts of charts and conditional formats (chart.title, chart.axes.valueAxis.title,
 * series.format.line, conditionalFormat.cellValue.format.fill, …). Each property set is queued like
 * any Office.js set and, at sync, recorded under its dotted path in the owner's `properties`, after
 * the owner's checks (it still exists, its sheet is not protected). A method call (a chart fill's
 * setSolidColor) records a property the same way. Properties are read back as in Office.js:
 * `load()` them, sync, then read; before that, PropertyNotLoaded. A property never set reads as
 * null (Excel would report its automatic value).
 */
export interface RecorderShape {
  props?: readonly string[];
  children?: Readonly<Record<string, RecorderShape>>;
  /** properties (or methods) newer than the object, by name: { numberFormat: '1.8' } */
  minApi?: Readonly<Record<string, string>>;
  /** methods that record a property: setSolidColor(color) → ["solidColor", color] */
  methods?: Readonly<Record<string, (args: readonly unknown[]) => [prop: string, value: unknown]>>;
}

/** the object that owns the recorded parts: checks and stores a value at sync, or reads one */
export interface RecorderOwner {
  record(key: string, value: unknown): void;
  read(key: string): unknown;
}

export function recorder(ctx: FakeContext, path: string, dotted: string, shape: RecorderShape, owner: RecorderOwner): Record<string, unknown> {
  const node: Record<string, unknown> = {};
  const loaded = new Map<string, unknown>();
  const keyOf = (prop: string): string => (dotted === '' ? prop : `${dotted}.${prop}`);
  const props = shape.props ?? [];
  for (const prop of props) {
    Object.defineProperty(node, prop, {
      enumerable: true,
      get(): unknown {
        if (!loaded.has(prop)) throw propertyNotLoaded(prop, path);
        return loaded.get(prop);
      },
      set(value: unknown) {
        ctx.enqueue({ request: { path, set: prop, value }, location: `${path}.${prop}`, minApi: shape.minApi?.[prop], execute: () => owner.record(keyOf(prop), value) });
      },
    });
  }
  for (const [method, toRecord] of Object.entries(shape.methods ?? {})) {
    Object.defineProperty(node, method, {
      enumerable: false,
      value: (...args: unknown[]) => {
        const [prop, value] = toRecord(args);
        ctx.enqueue({ request: { path, call: method, args }, location: `${path}.${method}()`, minApi: shape.minApi?.[method], execute: () => owner.record(keyOf(prop), value) });
      },
    });
  }
  const children = new Map<string, Record<string, unknown>>();
  for (const [name, child] of Object.entries(shape.children ?? {})) {
    const childNode = recorder(ctx, `${path}.${name}`, keyOf(name), child, owner);
    children.set(name, childNode);
    Object.defineProperty(node, name, { enumerable: true, value: childNode });
  }
  Object.defineProperty(node, 'load', {
    enumerable: false,
    value: (spec?: LoadSpec) => {
      const paths = loadPaths(spec) ?? props.filter((p) => shape.minApi?.[p] === undefined || versionAtLeast(ctx.model.maxExcelApi, shape.minApi[p]!));
      const own: string[] = [];
      for (const p of paths) {
        const slash = p.indexOf('/');
        const child = children.get(slash < 0 ? p : p.slice(0, slash));
        if (child) (child['load'] as (s?: LoadSpec) => unknown)(slash < 0 ? undefined : p.slice(slash + 1));
        else own.push(p);
      }
      const minApi = own.map((p) => shape.minApi?.[p]).filter((v): v is string => v !== undefined).sort((a, b) => (versionAtLeast(a, b) ? -1 : 1))[0];
      ctx.enqueue({
        request: { path, load: own },
        location: path,
        minApi,
        execute: () => {
          for (const p of own) if (!props.includes(p)) throw fakeError('InvalidArgument', `The property '${p}' does not exist on ${path}.`);
          const data = Object.fromEntries(own.map((p) => [p, owner.read(keyOf(p)) ?? null]));
          return { response: data, commit: () => own.forEach((p) => loaded.set(p, data[p])) };
        },
      });
      return node;
    },
  });
  Object.defineProperty(node, 'toJSON', { enumerable: false, value: () => Object.fromEntries(loaded) });
  return node;
}

/** a range format part of a conditional format (ConditionalRangeFormat) */
export const FORMAT_SHAPE: RecorderShape = {
  children: {
    fill: { props: ['color'] },
    font: { props: ['bold', 'italic', 'color', 'name', 'size', 'underline', 'strikethrough'] },
    borders: { props: ['color', 'style'] },
  },
  props: ['numberFormat'],
};

/** Excel.ChartFill: setSolidColor(color) and clear() record "fill.solidColor"; it has no readable colour before ExcelApi 1.16 */
export const CHART_FILL_SHAPE: RecorderShape = {
  methods: {
    setSolidColor: (args) => ['solidColor', args[0]],
    clear: () => ['solidColor', null],
  },
};

export const CHART_FONT_SHAPE: RecorderShape = { props: ['bold', 'italic', 'color', 'name', 'size', 'underline'] };
