import { intake } from '../intake/intake';
import { generateSample, type SampleWorkbook } from '../sample/generateSample';
import { computeAccessEquity } from './accessEquity';
import type { AccessTest } from './equityResults';

function accessTests(sample: SampleWorkbook): AccessTest[] {
  const { data } = intake(sample.sheets, { asOf: sample.asOf });
  return computeAccessEquity(data, sample.asOf, 5);
}

const label = (t: AccessTest) => `${t.resource} × ${t.attribute} × ${t.group}`;

describe('the standard sample (seed 42): the planted coach gap is the only adverse finding', () => {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const tests = accessTests(sample);

  test('External coach × Gender × Woman is adverse, against Man', () => {
    const woman = tests.find((t) => t.resource === 'External coach' && t.attribute === 'Gender' && t.group === 'Woman')!;
    expect(woman.status).toBe('adverse');
    expect(woman.reference).toBe('Man');
    expect(woman.impactRatio!).toBeLessThan(0.8);
    expect(woman.pAdjusted!).toBeLessThan(0.05);
    expect(woman.shortfall!).toBeGreaterThanOrEqual(1);
    // the generator's own count of participants with a Coach pairing started by A, per Gender group
    for (const [group, observed] of Object.entries(sample.planted.coachGap.observed)) {
      const t = tests.find((x) => x.resource === 'External coach' && x.attribute === 'Gender' && x.group === group)!;
      expect([t.n, t.count]).toEqual([observed.n, observed.count]);
    }
  });

  test('nothing else is adverse', () => {
    expect(tests.filter((t) => t.status === 'adverse').map(label)).toEqual(['External coach × Gender × Woman']);
  });

  test('every resource and attribute of the sample is tested', () => {
    expect([...new Set(tests.map((t) => t.resource))]).toEqual([
      'Program selection',
      'Internal mentor',
      'External coach',
      'Sponsor',
      'Senior mentor',
      'Rotation',
      'Rotation: Customer Experience',
      'Rotation: Finance',
      'Rotation: Operations',
      'Rotation: Product',
      'Ready now',
    ]);
    expect([...new Set(tests.map((t) => t.attribute))]).toEqual(['Gender', 'Ethnicity', 'BusinessUnit', 'Location', 'Level band']);
  });
});

describe('false positives: balanced samples (no planted gap), seeds 1..10', () => {
  // Measured when this test was written (standard size, k = 5): 176 Fisher tests per seed, 1,760 in all;
  // adverse 0; watch 171 (27, 17, 20, 19, 14, 15, 11, 15, 14, 19 for seeds 1..10), every one of them
  // from the four-fifths screen alone (IR < 0.80 with adjusted p = 1: small groups such as Non-binary or
  // one location, and resources with low base rates such as Rotation in F and Ready now); no adjusted
  // p was below 0.05 (the smallest was 1 on every seed).
  test('no test is adverse', () => {
    const adverse: string[] = [];
    let watch = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const tests = accessTests(generateSample({ size: 'standard', seed, balanced: true }));
      for (const t of tests) {
        if (t.status === 'adverse') adverse.push(`seed ${seed}: ${label(t)}`);
        if (t.status === 'watch') watch++;
        if (t.pAdjusted !== null) expect(t.pAdjusted).toBeGreaterThanOrEqual(0.05);
      }
    }
    expect(adverse).toEqual([]);
    expect(watch).toBeGreaterThan(0); // the screen does flag noise as "watch": that is its job
  }, 30_000);
});
