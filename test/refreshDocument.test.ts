import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { intake } from '../src/intake/intake';
import type { ProtectedDocument } from '../src/privacy/protectedDocument';
import { REFRESH_DOCUMENT_KEYS, type RefreshDocument } from '../src/report/refreshDocument';
import { refreshReport, unprotectedReport } from '../src/report/refreshReport';
import { generateSample, type SampleOptions } from '../src/sample/generateSample';

/**
 * The refresh document's types (src/report/refreshDocument.ts, src/privacy/protectedDocument.ts)
 * and schema/refresh.schema.json say the same thing: the same top-level keys (checked by the
 * compiler and here), the same fields, required fields, nullable fields and alternatives
 * (not available, suppressed) all the way down (read from the types with the TypeScript compiler),
 * and documents refreshed from several programs, before and after the privacy pass, validate.
 */

const SCHEMA_FILE = join(__dirname, '..', 'schema', 'refresh.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as SchemaNode & { readonly definitions: Readonly<Record<string, SchemaNode>> };

// ----- compile-time: the key list is exactly the type's keys, and both forms have the same keys ----

/** `true` when A and B are the same type (not merely assignable). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Fails to compile unless T is `true`. */
type Assert<T extends true> = T;
export type KeysListed = Assert<Equal<(typeof REFRESH_DOCUMENT_KEYS)[number], keyof RefreshDocument>>;
export type ProtectedKeys = Assert<Equal<keyof ProtectedDocument, keyof RefreshDocument>>;

// ----- the schema, read as a tree ------------------------------------------------------------------

interface SchemaNode {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly oneOf?: readonly SchemaNode[];
  readonly anyOf?: readonly SchemaNode[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
}

type Kind = 'null' | 'string' | 'number' | 'boolean' | 'array' | 'object' | 'notAvailable' | 'suppressed';

const resolve = (node: SchemaNode): SchemaNode => (node.$ref ? resolve(schema.definitions[node.$ref.replace('#/definitions/', '')]) : node);

/** The alternatives of a schema node, each with the kind of value it accepts. */
function alternatives(node: SchemaNode): { kind: Kind; node: SchemaNode }[] {
  const n = resolve(node);
  if (n.oneOf || n.anyOf) return [...(n.oneOf ?? []), ...(n.anyOf ?? [])].flatMap(alternatives);
  if (n.properties?.available) return [{ kind: 'notAvailable', node: n }];
  if ((n.properties?.suppressed as SchemaNode | undefined)?.const === true) return [{ kind: 'suppressed', node: n }];
  if (n.const !== undefined) return [{ kind: kindOfValue(n.const), node: n }];
  if (n.enum) return [...new Set(n.enum.map(kindOfValue))].map((kind) => ({ kind, node: n }));
  const types = typeof n.type === 'string' ? [n.type] : (n.type ?? []);
  return types.map((t) => ({ kind: (t === 'integer' ? 'number' : t) as Kind, node: n }));
}

const kindOfValue = (v: unknown): Kind => (v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as Kind));

// ----- the types, read with the TypeScript compiler ------------------------------------------------

const program = ts.createProgram([join(__dirname, '..', 'src', 'privacy', 'protectedDocument.ts'), join(__dirname, '..', 'src', 'report', 'refreshDocument.ts')], {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  skipLibCheck: true,
  noEmit: true,
});
const checker = program.getTypeChecker();

function exportedType(file: string, name: string): ts.Type {
  const source = program.getSourceFile(join(__dirname, '..', 'src', ...file.split('/')))!;
  const symbol = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).find((s) => s.name === name)!;
  return checker.getDeclaredTypeOfSymbol(symbol);
}

const isArray = (t: ts.Type): boolean => checker.isArrayType(t) || (t.symbol?.name === 'ReadonlyArray' && (t as ts.TypeReference).typeArguments !== undefined);
const property = (t: ts.Type, name: string) => checker.getPropertyOfType(t, name);
const nonUndefined = (t: ts.Type): ts.Type[] => (t.isUnion() ? t.types : [t]).filter((p) => !(p.flags & ts.TypeFlags.Undefined));

function kindOfType(t: ts.Type): Kind {
  if (t.flags & ts.TypeFlags.Null) return 'null';
  if (t.flags & ts.TypeFlags.StringLike) return 'string';
  if (t.flags & ts.TypeFlags.NumberLike) return 'number';
  if (t.flags & ts.TypeFlags.BooleanLike) return 'boolean';
  if (isArray(t)) return 'array';
  const suppressed = property(t, 'suppressed');
  if (suppressed && checker.typeToString(checker.getTypeOfSymbol(suppressed)) === 'true') return 'suppressed';
  if (property(t, 'available')) return 'notAvailable';
  return 'object';
}

/** Fields every shown row of a group table may have, which the schema declares where the pass adds them. */
const MARKS = new Set(['suppressed', 'withheld', 'suppressedFields']);

/** Where the type and the schema disagree, from `path` down. */
function disagreements(type: ts.Type, node: SchemaNode, path: string): string[] {
  const out: string[] = [];
  const parts = nonUndefined(type);
  const alts = alternatives(node);
  const typeKinds = [...new Set(parts.map(kindOfType))].sort();
  const schemaKinds = [...new Set(alts.map((a) => a.kind))].sort();
  if (typeKinds.join() !== schemaKinds.join()) out.push(`${path}: the type is ${typeKinds.join(' | ')}, the schema ${schemaKinds.join(' | ')}`);
  for (const part of parts) {
    const kind = kindOfType(part);
    const alt = alts.find((a) => a.kind === kind)?.node;
    if (!alt) continue;
    if (kind === 'array' && alt.items) out.push(...disagreements(checker.getTypeArguments(part as ts.TypeReference)[0], alt.items, `${path}[]`));
    if (kind !== 'object') continue;
    const declared = alt.properties ?? {};
    const required = new Set(alt.required ?? []);
    for (const p of checker.getPropertiesOfType(part)) {
      const propType = checker.getTypeOfSymbol(p);
      if (MARKS.has(p.name) && !(p.name in declared)) {
        // a mark the type allows everywhere: the schema must declare it where the pass can add it
        if (nonUndefined(propType).length > 0 && p.name !== 'suppressed') out.push(`${path}.${p.name}: in the type, not in the schema`);
        continue;
      }
      if (!(p.name in declared)) {
        out.push(`${path}.${p.name}: in the type, not in the schema`);
        continue;
      }
      const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
      if (optional === required.has(p.name)) out.push(`${path}.${p.name}: ${optional ? 'optional' : 'required'} in the type, ${optional ? 'required' : 'optional'} in the schema`);
      out.push(...disagreements(propType, declared[p.name], `${path}.${p.name}`));
    }
    for (const name of Object.keys(declared)) if (!property(part, name) && !MARKS.has(name)) out.push(`${path}.${name}: in the schema, not in the type`);
  }
  return out;
}

// ----- documents to validate -----------------------------------------------------------------------

function documents(size: SampleOptions['size'], k: number) {
  const sample = generateSample({ size, seed: 42 });
  const settings = { asOf: sample.asOf, minGroup: k, refreshedAt: new Date(0), inputFingerprint: `sha256:${'0'.repeat(64)}` };
  const result = intake(sample.sheets, { asOf: sample.asOf });
  return { protectedDocument: refreshReport(settings, result), unprotected: unprotectedReport(settings, result) };
}

const validate = new Ajv({ allErrors: true }).compile(schema);
const errorsOf = (doc: unknown) => (validate(JSON.parse(JSON.stringify(doc))) ? [] : validate.errors);

describe('the refresh document: its types and schema/refresh.schema.json agree', () => {
  test('the schema requires exactly the keys of RefreshDocument, in the order the document writes them', () => {
    expect(schema.required).toEqual([...REFRESH_DOCUMENT_KEYS]);
    expect(Object.keys(schema.properties ?? {})).toEqual([...REFRESH_DOCUMENT_KEYS]);
    expect(Object.keys(documents('standard', 5).protectedDocument)).toEqual([...REFRESH_DOCUMENT_KEYS]);
  });

  test('ProtectedDocument and the schema agree on every field: name, required, null, not available, suppressed', () => {
    expect(disagreements(exportedType('privacy/protectedDocument.ts', 'ProtectedDocument'), schema, '$')).toEqual([]);
  });

  test('the check of the fields can fail: a type with a renamed, a missing and a nullable field disagrees', () => {
    const counts = resolve((schema as { properties: Record<string, SchemaNode> }).properties.counts);
    const doc = exportedType('report/refreshDocument.ts', 'RefreshDocument');
    const countsType = checker.getTypeOfSymbol(property(doc, 'counts')!);
    expect(disagreements(countsType, counts, '$.counts')).toEqual([]);
    const renamed = { ...counts, properties: { ...counts.properties, surveys: counts.properties!.surveyAnswers }, required: [...counts.required!.filter((r) => r !== 'surveyAnswers'), 'surveys'] };
    delete (renamed.properties as Record<string, SchemaNode>).surveyAnswers;
    expect(disagreements(countsType, renamed, '$.counts')).toEqual(['$.counts.surveyAnswers: in the type, not in the schema', '$.counts.surveys: in the schema, not in the type']);
    const nullable = { ...counts, properties: { ...counts.properties, mentors: { type: ['integer', 'null'] } } };
    expect(disagreements(countsType, nullable, '$.counts')).toEqual(['$.counts.mentors: the type is number, the schema null | number']);
  });

  test.each([
    ['the standard sample, k = 5', 'standard', 5],
    ['the standard sample, k = 12', 'standard', 12],
    ['a program of 60 people, k = 5', 60, 5],
    ['a pool of 50 people, k = 40 (the figures about the whole program suppressed too)', 50, 40],
  ] as const)('%s: the document validates, before and after the privacy pass', (_name, size, k) => {
    const { protectedDocument, unprotected } = documents(size, k);
    expect(errorsOf(protectedDocument)).toEqual([]);
    expect(errorsOf(unprotected)).toEqual([]);
  });

  test('the small pool with a large k has what only the types of the protected form allow: suppressed figures about the whole program', () => {
    const { protectedDocument: doc } = documents(50, 40);
    expect(doc.readiness).toMatchObject({ suppressed: true, reason: 'fewer than 40 people: suppressed' });
    expect(doc.operations.matchRate).toMatchObject({ suppressed: true });
    expect(errorsOf(doc)).toEqual([]);
  });
});
