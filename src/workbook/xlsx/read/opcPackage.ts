import type { DateSystem } from '../../../model/cell';
import { READ_LIMITS, ReadFault } from './readFault';
import type { ZipArchive } from './zipArchive';
import { attribute, attributes, MAIN_NAMESPACES, namespacePrefix, RELATIONSHIPS_NAMESPACES, startTags } from './xmlTags';

/** One relationship of a part (Open Packaging Conventions, ECMA-376 Part 2, 9.3), its target resolved to a part name. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** the target part's name, without a leading `/` (`xl/worksheets/sheet1.xml`); undefined for an external target */
  readonly part: string | undefined;
}

/** A sheet of the workbook part, in tab order. */
export interface WorkbookSheet {
  readonly name: string;
  readonly kind: 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'other';
  /** the sheet's part name, when its relationship names one */
  readonly part: string | undefined;
}

/** What the workbook part of a package says: its sheets, date system and the parts its cells refer to. */
export interface WorkbookPart {
  readonly part: string;
  readonly sheets: readonly WorkbookSheet[];
  readonly dateSystem: DateSystem;
  readonly sharedStrings: string | undefined;
  readonly styles: string | undefined;
}

/**
 * The workbook part of an .xlsx package, found as OPC says: the package relationship of type
 * officeDocument (`_rels/.rels`), else `xl/workbook.xml`; its sheets from `<sheets>` matched to the
 * workbook's relationships by id; targets resolved whether written relative (`worksheets/sheet1.xml`,
 * as Excel does) or absolute (`/xl/worksheets/sheet1.xml`, as openpyxl does), with `%20`-style
 * escapes and any part name. `undefined` when the package has no workbook part.
 */
export async function readWorkbookPart(zip: ZipArchive): Promise<WorkbookPart | undefined> {
  const packageRels = await relationships(zip, '');
  const office = packageRels.find((r) => r.type.endsWith('/officeDocument') && r.part !== undefined && zip.entry(r.part));
  const part = office?.part ?? (zip.entry('xl/workbook.xml') ? 'xl/workbook.xml' : undefined);
  if (part === undefined) return undefined;
  const xml = await partText(zip, part);
  if (xml === undefined) return undefined;
  const rels = await relationships(zip, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const p = namespacePrefix(xml, MAIN_NAMESPACES) ?? '';
  const sheets: WorkbookSheet[] = [];
  for (const { tag } of startTags(xml, `${p}sheet`)) {
    const attrs = attributes(tag);
    const name = attrs.find(([n]) => n === 'name')?.[1];
    // r:id, on whatever prefix the relationships namespace has in this part
    const id = attrs.find(([n]) => n === 'id' || n.endsWith(':id'))?.[1];
    if (name === undefined) continue;
    const rel = id === undefined ? undefined : byId.get(id);
    sheets.push({ name, kind: sheetKind(rel?.type), part: rel?.part });
  }
  const pr = [...startTags(xml, `${p}workbookPr`)][0]?.tag;
  const date1904 = pr === undefined ? undefined : attribute(pr, 'date1904');
  const dateSystem: DateSystem = date1904 === '1' || date1904 === 'true' ? '1904' : '1900';
  const target = (suffix: string) => rels.find((r) => r.type.endsWith(suffix) && r.part !== undefined && zip.entry(r.part))?.part;
  return { part, sheets, dateSystem, sharedStrings: target('/sharedStrings'), styles: target('/styles') };
}

function sheetKind(type: string | undefined): WorkbookSheet['kind'] {
  if (type === undefined) return 'other';
  for (const kind of ['worksheet', 'chartsheet', 'dialogsheet'] as const) if (type.endsWith(`/${kind}`)) return kind;
  return /\/xlMacrosheet$|\/macrosheet$/i.test(type) ? 'macrosheet' : 'other';
}

/** A small part's text (relationships, workbook, styles), or undefined when the package has no such part. */
export async function partText(zip: ZipArchive, part: string): Promise<string | undefined> {
  const entry = zip.entry(part);
  if (!entry) return undefined;
  try {
    return await zip.text(entry, READ_LIMITS.smallPartBytes);
  } catch (e) {
    if ((e as { kind?: string }).kind === 'tooLarge') throw new ReadFault(`is not an Excel workbook: its part ${part} is larger than any workbook's`);
    throw e;
  }
}

/** The relationships of `part` (`''` for the package), from its `_rels/*.rels` part. */
export async function relationships(zip: ZipArchive, part: string): Promise<Relationship[]> {
  const slash = part.lastIndexOf('/');
  const folder = slash < 0 ? '' : part.slice(0, slash + 1);
  const relsName = `${folder}_rels/${part.slice(slash + 1)}.rels`;
  const xml = await partText(zip, relsName);
  if (xml === undefined) return [];
  const p = namespacePrefix(xml, RELATIONSHIPS_NAMESPACES) ?? '';
  const out: Relationship[] = [];
  for (const { tag } of startTags(xml, `${p}Relationship`)) {
    const id = attribute(tag, 'Id');
    const type = attribute(tag, 'Type');
    const target = attribute(tag, 'Target');
    if (id === undefined || type === undefined || target === undefined) continue;
    const external = attribute(tag, 'TargetMode') === 'External';
    out.push({ id, type, part: external ? undefined : resolveTarget(folder, target) });
  }
  return out;
}

/**
 * A relationship's target as a part name (OPC, ECMA-376 Part 2, 9.3.3 and annex A): an absolute
 * target (`/xl/worksheets/sheet1.xml`) from the package root, a relative one from the source part's
 * folder, `.` and `..` segments resolved, percent-escapes decoded, a fragment or query dropped.
 *
 * Example: `resolveTarget('xl/', '../customXml/item1.xml')` is `'customXml/item1.xml'`;
 * `resolveTarget('xl/', '/xl/worksheets/sheet1.xml')` is `'xl/worksheets/sheet1.xml'`.
 */
export function resolveTarget(sourceFolder: string, target: string): string {
  const path = target.replace(/\\/g, '/').replace(/[?#].*$/, '');
  const joined = path.startsWith('/') ? path.slice(1) : sourceFolder + path;
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  const name = out.join('/');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
