import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The fake also runs in the in-browser preview: its implementation files may import only each other,
// and the portable byte measure it shares with the Office.js adapter.
const SHARED = ['../jsonBytes'];

describe('portability of the implementation files', () => {
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'testUtil.ts');

  it.each(files)('%s imports only sibling modules and uses no Node globals', (file) => {
    const text = readFileSync(join(__dirname, file), 'utf8');
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    expect(imports.filter((i) => !i.startsWith('./') && !SHARED.includes(i))).toEqual([]);
    expect(text).not.toMatch(/\b(Buffer|process|require|__dirname|setImmediate)\b/);
  });

  it.each(SHARED)('%s, shared with the adapter, imports nothing and uses no Node globals', (module) => {
    const text = readFileSync(join(__dirname, `${module}.ts`), 'utf8');
    expect(text).not.toMatch(/\bfrom '/);
    expect(text).not.toMatch(/\b(Buffer|process|require|__dirname|setImmediate)\b/);
  });
});
