import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

describe('src/excel is pure', () => {
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.includes('.test'));

  test.each(files)('%s imports only other modules of src/excel', (file) => {
    const source = readFileSync(join(__dirname, file), 'utf8');
    const imports = [...source.matchAll(/^\s*(?:import|export)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(imports.filter((spec) => !/^\.\/[A-Za-z0-9]+$/.test(spec!))).toEqual([]);
  });
});
