import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

describe('src/matching is pure', () => {
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.includes('.test'));

  test.each(files)('%s imports only the pure modules of src and the munkres package (and the highs package\'s types only)', (file) => {
    // the fairness floor names HiGHS's types; the solver itself is injected (FloorSettings.loadSolver)
    const source = readFileSync(join(__dirname, file), 'utf8').replace(/^import type \{[^}]*\} from 'highs';$/gm, '');
    const imports = [...source.matchAll(/^\s*(?:import|export)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
    const allowed = (spec: string) =>
      /^\.\/[A-Za-z0-9]+$/.test(spec) || /^\.\.\/(model|calendar|stats|metrics|equity|graph|privacy)\/[A-Za-z0-9]+$/.test(spec) || spec === '../stats' || spec === '../intake/foldHeader' || spec === 'munkres';
    expect(imports.filter((spec) => !allowed(spec))).toEqual([]);
  });
});
