import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The adapter runs in the task pane (a browser): its implementation files use no Node API and do not
// reach into the command line, the .xlsx adapters or the Excel fake.
describe('portability of the Office.js adapter', () => {
  // this folder and its read/ and write/ folders
  const files = (readdirSync(__dirname, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.test-helpers.ts'));

  it.each(files)('%s imports no Node module, command line, ExcelJS code or fake, and uses no Node globals', (file) => {
    const text = readFileSync(join(__dirname, file), 'utf8');
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    expect(imports.filter((i) => !i.startsWith('.') || /\/(cli|excelFake|xlsx|taskpane)\b|xlsx(Source|Write)/.test(i))).toEqual([]);
    expect(text).not.toMatch(/\b(Buffer|process|require|__dirname|setImmediate)\b/);
  });
});
