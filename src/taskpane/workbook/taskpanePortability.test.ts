import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The task pane's workbook runs in a browser (Excel's task pane, and the preview over the Excel
 * fake): everything `officeTaskpaneWorkbook` reaches, and everything the Excel fake reaches, must be
 * bundleable without Node. This follows their imports through the source tree (not only this folder).
 */
const SRC = resolve(__dirname, '../..');
/** packages checked to run in a browser (pure JavaScript, no Node API); a new one is added here knowingly */
const BROWSER_PACKAGES = /^(simple-statistics|@stdlib\/[a-z-]+)$/;
const ENTRIES = [join(__dirname, 'officeTaskpaneWorkbook.ts'), join(SRC, 'workbook/excelFake/index.ts')];

function resolveImport(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  throw new Error(`${relative(SRC, from)}: cannot resolve ${spec}`);
}

function closure(entries: readonly string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const todo = [...entries];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    // type-only imports vanish from the bundle; every other import is followed
    const specs = [...text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)].filter((m) => !m[1]).map((m) => m[2]!);
    seen.set(file, specs);
    for (const spec of specs) if (spec.startsWith('.')) todo.push(resolveImport(file, spec));
  }
  return seen;
}

describe('portability of the task pane’s workbook and the Excel fake (followed through their imports)', () => {
  const files = closure(ENTRIES);

  it('reaches no Node module, and only the packages known to run in a browser (the engine’s pure-JS statistics)', () => {
    const outside = [...files].flatMap(([file, specs]) => specs.filter((s) => !s.startsWith('.') && !BROWSER_PACKAGES.test(s)).map((s) => `${relative(SRC, file)} imports ${s}`));
    expect(outside).toEqual([]);
  });

  it('reaches no command line, .xlsx adapter or test code, and uses no Node global', () => {
    const names = [...files.keys()].map((f) => relative(SRC, f));
    expect(names.filter((n) => /^(cli|bench)\/|workbook\/xlsx\/|xlsx(Plan|Charts|Source|Write)|\.test(-helpers)?\.ts$/.test(n))).toEqual([]);
    const globals = names.filter((n) => /\b(Buffer|process|require|__dirname|__filename|setImmediate|global)\b/.test(readFileSync(join(SRC, n), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
    expect(globals).toEqual([]);
    // the sample generator, intake and the engine are among them: the preview inserts and refreshes the sample
    expect(names).toEqual(expect.arrayContaining(['sample/generateSample.ts', 'intake/intake.ts', 'report/refreshReport.ts', 'workbook/excelFake/dataValidation.ts']));
  });
});
