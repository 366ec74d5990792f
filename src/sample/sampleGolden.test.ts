import { createHash } from 'crypto';
import { dayFromYmd } from '../calendar/dayFromYmd';
import type { Day } from '../model/day';
import { generateSample, type SampleSize } from './generateSample';

/**
 * Golden hashes of the sample program: the generator's output must stay byte-for-byte the same for
 * every size and seed (demo workbooks, tests and benchmarks rely on the seeded output). Recorded
 * from the generator as it stood before it was split into one module per sheet and planted finding.
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
  { size: 'standard', seed: 42, data: '06a4131fd192285828280577d7ea0d1ecb8017e922b22bd105ee83dca93c4e44', planted: '7e7b12fc95c44eb9c328ee04f9a1dba82308da920d8f7263f7e9c431cd1f2fe1' },
  { size: 'standard', seed: 7, data: 'd1caf2964b89b2aa8ea5a46875f4115de0d744a12a3ab9c32af4f2ac2f81f1b1', planted: '67619400a897dbfaaa686fb7b5aa1c629e044499c7cdf7946a6f1703b1546dc2' },
  { size: 'standard', seed: 2026, data: '36ce1304e4b4961ddcdfc95d184058981b2c4f1be8b02c7c241616d317bd1823', planted: '06404a72cbe70a426dce0d31ed436fe928b0e2471bf1643bf6de48dd11befbb9' },
  { size: 50, seed: 42, data: '0d1d108bc9b6e4c025c8baba52125c75d0317c0958b0adcc60bfb86994153b84', planted: 'e940a56ef0e337ba9a65858cd212689caaaefcbb080e841a3b7d49d95c27238f' },
  { size: 50, seed: 7, data: '03af7a0aacb54ae786c2328a2dfcfc69685e01328c5713205337c604129f7957', planted: 'd568182a49d4e1cbd972552cfe1a215741fa65a4bf860c601a59d2fa8f40123a' },
  { size: 50, seed: 2026, data: '4ec77e39792a57b36ec5fe5605c4faf2d9afea71d450d7503c7efc3d8e2f7bdb', planted: '72535956afc08bac49aa1ab52d79a06f410b8c552265fd0ea009ee1fc783a2cc' },
  { size: 60, seed: 42, data: '2bf6390be2c833f3861ff679d987531d75fb1cd2bffc4e5deec17cf6b358188c', planted: '3a2a07ebaf0d30e55d91291c19ae89835c5f44148486ba240cc071c383334481' },
  { size: 60, seed: 7, data: '5d2fa58c237dae0f25d0d73342119b1543f2274ecef11bafaebf4fb25d8bf95e', planted: '89b87d410bcec5ed5066c7ce7f65fb2cfc8e4fd49a1c04012d9da9a387ba74fa' },
  { size: 60, seed: 2026, data: '5a1169eaed2dc2d6d3203ae42b5a8370132a27dd45da6f840c764b2178f8490f', planted: '49deefa422168aaaa92873fe8b556c86fb6ec38b60b77f4bf5a5162a08758902' },
  { size: 150, seed: 42, data: '4e062da0b006d5fcfbccec9bf8bec2a3c22078883a5b6594a02e6d5d116dac70', planted: 'd6e60de5bc3dda7774adf43620a268866bea0273194ff4424969be13ced08afe' },
  { size: 150, seed: 7, data: '2201016f77a907ef1eb9c96510541031cfcccb2a92cb3a9cfaf0af9dcc8b799d', planted: '23b6e27757d30fb673449676c924ac2488599484ae881a68b9e5f63e50e91537' },
  { size: 150, seed: 2026, data: 'ce3182101739f72bc445b36eb3ec71a6b2045b484a62d709116712912423fedb', planted: '392573746bda6c42653c34856adc908b8ea59f4df6b4ead273391ade3fdb5343' },
  { size: 400, seed: 42, data: '2d796418ac69d08c302db9fc1d082fad6cf968d1cfdce639b0eae76673898011', planted: 'da1b58cca84d62714acd56297a91503e2c4432bb8d6fadf056e3f69ecf8a3c9a' },
  { size: 400, seed: 7, data: 'cde64fa486c1309f05679f5d32d16ee5c979d36257f226f52032bc214f5a1ff8', planted: 'aa3b1af409cfb672240ff35b8c1bb8ecc85bfe2cb87590baa933f5b67882b3e3' },
  { size: 400, seed: 2026, data: '9d206141b5cb52f6b71975a82ac388a7cd7b4295dcdb02454bc492db8bb2f70a', planted: '12449949a88e52d7c03fa50c63b4612294346b5c09fc7ded249be0ba045c3a27' },
  { size: 'standard', seed: 42, balanced: true, data: '120224c6872c55cbc5da7b57bdbc3bbee111ba7857ebcbdaabe8f3fe7bff92d2', planted: '063bb477cd13023fb14e9e773444edd9b781a7f24a04bf879ddbc48e5af89306' },
  { size: 150, seed: 3, asOf: dayFromYmd(2025, 3, 31), data: '1267a040d5eb4991597ba2a3a6d1c3a05538e35c9dfc4a75fa04ca5f63e35e02', planted: '2db848a36d3eb911fff154291e70139fdf1aff1f2a779189763bb9d38a5f0ee2' },
];

const LARGE = {
  data: '985523ead2d7cc43c2770d70ff614ca683fbf2875f9457fb6e4de3a2ed521e1d',
  planted: '62c5edc8776f23982799bacb7ca1ee9cb537e21315d21d3237881ce24b1d7756',
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
