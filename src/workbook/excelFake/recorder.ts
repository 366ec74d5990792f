import type { FakeContext } from './context';

/**
 * Write-only parts of charts and conditional formats (chart.title, chart.axes.valueAxis.title,
 * conditionalFormat.cellValue.format.fill, …). Each property set is queued like any Office.js set
 * and, at sync, recorded under its dotted path in the owner's `properties`, after the owner's
 * checks (it still exists, its sheet is not protected). Reading these properties is not supported.
 */
export interface RecorderShape {
  props?: readonly string[];
  children?: Readonly<Record<string, RecorderShape>>;
}

export function recorder(
  ctx: FakeContext,
  path: string,
  dotted: string,
  shape: RecorderShape,
  record: (key: string, value: unknown) => void,
): Record<string, unknown> {
  const node: Record<string, unknown> = {};
  for (const prop of shape.props ?? []) {
    const key = dotted === '' ? prop : `${dotted}.${prop}`;
    Object.defineProperty(node, prop, {
      enumerable: true,
      get(): never {
        throw new Error(`The Excel fake records ${path}.${prop} but cannot read it back; inspect it through the fake's workbook API.`);
      },
      set(value: unknown) {
        ctx.enqueue({ request: { path, set: prop, value }, location: `${path}.${prop}`, execute: () => record(key, value) });
      },
    });
  }
  for (const [name, child] of Object.entries(shape.children ?? {})) {
    const childNode = recorder(ctx, `${path}.${name}`, dotted === '' ? name : `${dotted}.${name}`, child, record);
    Object.defineProperty(node, name, { enumerable: true, value: childNode });
  }
  return node;
}

export const FORMAT_SHAPE: RecorderShape = {
  children: {
    fill: { props: ['color'] },
    font: { props: ['bold', 'italic', 'color', 'name', 'size', 'underline', 'strikethrough'] },
    borders: { props: ['color', 'style'] },
  },
  props: ['numberFormat'],
};
