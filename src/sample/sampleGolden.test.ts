import { createHash } from 'crypto';
import { dayFromYmd } from '../calendar/dayFromYmd';
import type { Day } from '../model/day';
import { generateSample, type SampleSize } from './generateSample';

/**
 * Golden hashes of the sample program: the generator's output must stay byte-for-byte the same for
 * every size and seed (demo workbooks, tests and benchmarks rely on the seeded output). Recorded
 * from the generator as it stood before it was split into one module per sheet and planted finding;
 * re-recorded when the mentoring phase was made to last as long as the participant is in the program
 * (`pairingPlan.ts`), which changes the mentor pairings' dates and what is drawn from them
 * (sessions, capacities, survey answers); and again when the sample gained HireDate and the
 * Measures sheet, and the pool's HighPotential came to depend on how long one stays (impact.md:
 * selection planted for the matched comparison).
 *
 * `data`: sha256 of JSON.stringify({ sheets, numberFormats, asOf }), the workbook itself.
 * `planted`: sha256 of JSON.stringify({ planted, counts, targets }), what the generator reports.
 */
const sha256 = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

interface GoldenCase {
  readonly size: SampleSize;
  readonly seed: number;
  readonly balanced?: boolean;
  readonly asOf?: Day;
  readonly data: string;
  readonly planted: string;
}

const GOLDEN: readonly GoldenCase[] = [
  { size: 'standard', seed: 42, data: '5676cac5f5322cc50bd7909130ba64f3d40e71eceeb62a03f59f3c81b089ef67', planted: '4e06d318bc732236699229e55bed4606bb12869cb999fe7f70410e9564d0d2de' },
  { size: 'standard', seed: 7, data: '3a5a0344ffd332db8183c6f689d3064f4f5c0f9568d41e9aa958a2a06824c5b1', planted: '557d384543351c17115d924f605c191658b8bca18e4c2af751763115b0981e03' },
  { size: 'standard', seed: 2026, data: '58d959d1f23a28f62e5532b9e276e259ac15166a356cd9054948a4ac727c955b', planted: '5aee59bf5a0c3be39f459a0148f7747317a08253fe8710b119ead8e98ca07154' },
  { size: 50, seed: 42, data: '14e07514359eab74f3e175fea6d2476dc93a2fe2b629db8fe57065ee7920e84b', planted: '9b41b71df1439f452e623b37de91cd8fd794077001f3ee0460c90d7df2f608d5' },
  { size: 50, seed: 7, data: 'c6cd80398898ffe111e561368e635cff5d24f04a2f45bce5d440d0c401c1cf0e', planted: '860ccab19cf7d1ebe1b46a8610cd44937b719f56f5d8c0e68066e06d32dab469' },
  { size: 50, seed: 2026, data: '67dc478cc40302b9ad2787f991ef1a5f36b7a5467c683f8c2535f818d75188dd', planted: 'f7a22e8778bc76b13824ec741a9dd1833aa2d42ed18cbe4bc086beb89e271ccc' },
  { size: 60, seed: 42, data: 'ba1d8e6bcf02f500dc9efa4daa2ba52f050edaa03e954bc95e2959208e0ef046', planted: '2006c6135b6865dbbfd8a603dfe4bc80a471eccf04e8ea0360fe3263ebb28b5c' },
  { size: 60, seed: 7, data: '62adeb5b55cad26f9ca9b092687663fb04c9672f1d51598badb8c8cb529c7be4', planted: 'b516ecc9e95b1dc133a53febb68c2af28ab3545dbe6d3ae5cedd60f8b8e7c089' },
  { size: 60, seed: 2026, data: '3e53087099913cc89f21f3993c12ab640819edef8a596e5a5c229b48a803a6e1', planted: '5c31ad0df7df626505f7e3e025487420d322cecdef6ad43820a65ae997f13e52' },
  { size: 150, seed: 42, data: '23e6e19a5620933b3b70e5378454b962a82dc9c8644f559545caeb5e32435e03', planted: '0d2e229e94be3883bb25144b910abb88909af44bfec7ae33e60a69d483446017' },
  { size: 150, seed: 7, data: '41dc09a4af9f3ffcead2f5cdb3d9cfe8f152780f9db9e3892375bf273e8b0378', planted: 'adcdfdf88273acfd9a25dc317175bbfa069a4cdd34c691b94a4914250fdc7377' },
  { size: 150, seed: 2026, data: 'c9ee4841c1f01e99120aa98c2d337a16323bc600ed6d9d7e75a4f7057428fad8', planted: 'fce02ffac8ebd5740173d9110da4465eaa65b2eb43e4b48522acb71eefc4c99b' },
  { size: 400, seed: 42, data: '721c5f411d94a9c2f6084e2d9b2173a9bceaa3c9f6c6501237c1dffe2a7b1b56', planted: 'ab3dff4098b7be1a1ff18babd9e9bf3d787ee4650cd91344e7251f84f0f1ec6c' },
  { size: 400, seed: 7, data: 'efede5f9015c4b907966f71d298593bc9c2ac6ee7bad5d9b26fc90e7fabf5059', planted: 'eb8a5b6aee20ebca3f26b0a57e4e719c91919539075fb0d22a7ef5f765e52551' },
  { size: 400, seed: 2026, data: 'de119a213e3a86031ec90c2656f0e5d744db60012490881f4033e0623d6f90a2', planted: 'b07941367a460a316cf20df0004b779900bce8e6552754dfd9c8c2d396ecf450' },
  { size: 'standard', seed: 42, balanced: true, data: 'f60d77fcb4faed9f80f529d34865a222317fedb5819a8af80b86187c4d6b4e2d', planted: 'cd68dcfe6c42c4f0656f27b14204a670508943c4df70198a390ea8cf7a63c469' },
  { size: 150, seed: 3, asOf: dayFromYmd(2025, 3, 31), data: '24e9c707e366ee0dc26eff220483bb4fa1b5059e513ec6c13edbb5d180242d65', planted: 'b354cb3877366c9cb6cf3ef77969c4205da83566acc7ad3761c8c5a6701d6e55' },
];

const LARGE = {
  data: '2daf8457b07f83315dc49ceb26fa4127741d8b4290254223e2fbbe3760cf18e3',
  planted: 'f76df6523abb79debb295a50f1cc15da3f3cc63115aa21cedd07d8677eeb1001',
};

function hashes(size: SampleSize, seed: number, balanced?: boolean, asOf?: Day): { data: string; planted: string } {
  const w = generateSample({ size, seed, balanced, asOf });
  return {
    data: sha256({ sheets: w.sheets, numberFormats: w.numberFormats, asOf: w.asOf }),
    planted: sha256({ planted: w.planted, counts: w.counts, targets: w.targets }),
  };
}

describe('the sample program is the same for every size and seed', () => {
  test.each(GOLDEN.map((g) => [`${g.size} seed ${g.seed}${g.balanced ? ' balanced' : ''}${g.asOf !== undefined ? ` as of ${g.asOf}` : ''}`, g] as const))(
    '%s',
    (_name, g) => {
      expect(hashes(g.size, g.seed, g.balanced, g.asOf)).toEqual({ data: g.data, planted: g.planted });
    },
  );

  // about 3 s (generation and hashing of a million survey answers)
  test('large seed 42', () => {
    expect(hashes('large', 42)).toEqual(LARGE);
  }, 120_000);
});
