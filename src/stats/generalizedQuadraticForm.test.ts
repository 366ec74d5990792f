import { generalizedQuadraticForm } from './generalizedQuadraticForm';

describe('generalizedQuadraticForm', () => {
  test('non-singular: u′A⁻¹u', () => {
    // A = [[4, 2], [2, 3]], det 8, A⁻¹ = (1/8)[[3, −2], [−2, 4]]; u = (1, 2): (3 − 8 + 16)/8 = 11/8
    expect(generalizedQuadraticForm([[4, 2], [2, 3]], [1, 2])).toEqual({ value: expect.closeTo(11 / 8, 15), rank: 2 });
    expect(generalizedQuadraticForm([[2]], [3])).toEqual({ value: 4.5, rank: 1 });
    expect(generalizedQuadraticForm([], [])).toEqual({ value: 0, rank: 0 });
  });

  test('singular: a zero or dependent row is dropped and the rank says so', () => {
    expect(generalizedQuadraticForm([[2, 0], [0, 0]], [4, 7])).toEqual({ value: 8, rank: 1 });
    // A = [[1, 1], [1, 1]] (rank 1); u = (2, 2) lies in its column space: u′A⁻u = 2²/1 = 4
    expect(generalizedQuadraticForm([[1, 1], [1, 1]], [2, 2])).toEqual({ value: 4, rank: 1 });
    expect(generalizedQuadraticForm([[0, 0], [0, 0]], [1, 1])).toEqual({ value: 0, rank: 0 });
    // 3 × 3 with the third row the sum of the first two: rank 2, and the value of the 2 × 2 block
    const a = [[4, 2, 6], [2, 3, 5], [6, 5, 11]];
    expect(generalizedQuadraticForm(a, [1, 2, 3])).toEqual({ value: expect.closeTo(11 / 8, 12), rank: 2 });
  });

  test('the shape is checked', () => {
    expect(() => generalizedQuadraticForm([[1, 2]], [1])).toThrow(RangeError);
  });
});
