import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { METRIC_DEFINITIONS } from './definitions';

describe('the metric definitions (the Definitions sheet’s source)', () => {
  test.each(METRIC_DEFINITIONS.map((d) => [d.name, d] as const))('%s names code that exists and cites the same spec', (_name, d) => {
    const [path, fn] = d.code.split('#');
    const module = jest.requireActual<Record<string, unknown>>(join(__dirname, '..', path));
    expect(typeof module[fn]).toBe('function');
    // the implementing file's documentation cites the same specification file
    const source = readFileSync(join(__dirname, '..', `${path}.ts`), 'utf8');
    expect(source).toContain(d.spec.split(',')[0]);
  });

  test('every definition is filled in', () => {
    for (const d of METRIC_DEFINITIONS) {
      for (const field of ['name', 'words', 'formula', 'population', 'spec', 'code'] as const) expect(d[field].length).toBeGreaterThan(5);
    }
  });
});
