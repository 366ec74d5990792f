import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

describe('src/impact is pure', () => {
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.includes('.test'));

  test.each(files)('%s imports only model, stats, metrics, equity, privacy and src/impact', (file) => {
    const source = readFileSync(join(__dirname, file), 'utf8');
    const imports = [...source.matchAll(/^\s*(?:import|export)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    const allowed = /^(?:\.\/|\.\.\/(?:model|stats|metrics|equity|privacy)\/)[A-Za-z0-9]+$/;
    expect(imports.filter((spec) => !allowed.test(spec!))).toEqual([]);
  });
});
