import { netPromoterScore } from './netPromoterScore';

describe('netPromoterScore', () => {
  test('by hand: 10, 9, 8, 6 → p_P = 1/2, p_D = 1/4, score 25, se = 100√((3/4 − 1/16)/4) = 100√(11/64)', () => {
    const r = netPromoterScore([10, 9, 8, 6]);
    expect(r).toMatchObject({ n: 4, promoters: 2, passives: 1, detractors: 1 });
    expect(r.score).toBeCloseTo(25, 13);
    expect(r.se).toBeCloseTo(100 * Math.sqrt(11 / 64), 12);
  });

  test('the boundaries: 6 is a detractor, 7 and 8 passives, 9 a promoter; 0 and 10 count', () => {
    expect(netPromoterScore([0, 6, 6.5, 7, 8, 8.5, 9, 10])).toMatchObject({ promoters: 2, passives: 3, detractors: 3 });
  });

  test('all promoters: +100 with se 0; all detractors: −100; all passives: 0 with se 0', () => {
    expect(netPromoterScore([9, 10, 10])).toEqual({ n: 3, promoters: 3, passives: 0, detractors: 0, score: 100, se: 0 });
    expect(netPromoterScore(Uint8Array.of(0, 3))).toMatchObject({ score: -100, se: 0 });
    expect(netPromoterScore([7, 8])).toMatchObject({ score: 0, se: 0 });
  });

  test('half promoters, half detractors: score 0, se = 100√(1/n) (the largest possible)', () => {
    // p_P = p_D = 1/2: (1/2 + 1/2 − 0)/n = 1/n; n = 100 → se 10
    const r = netPromoterScore([...new Array<number>(50).fill(10), ...new Array<number>(50).fill(0)]);
    expect(r.score).toBe(0);
    expect(r.se).toBeCloseTo(10, 13);
  });

  test('no answers: counts 0, no score', () => {
    expect(netPromoterScore([])).toEqual({ n: 0, promoters: 0, passives: 0, detractors: 0, score: null, se: null });
  });

  test('answers off the scale are refused', () => {
    expect(() => netPromoterScore([11])).toThrow(RangeError);
    expect(() => netPromoterScore([-1])).toThrow(RangeError);
    expect(() => netPromoterScore([NaN])).toThrow(RangeError);
  });
});
