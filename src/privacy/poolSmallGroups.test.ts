import type { Participant } from '../model/records';
import { POOLED_GROUP, pooledGroupOf, poolingFor } from './poolSmallGroups';

const asOf = 20000;
let row = 1;
const person = (gender: string, inProgram = true, programStart: number | undefined = 19000): Participant => ({
  row: row++,
  personId: `P${row}`,
  inProgram,
  programStart,
  attributes: { Gender: gender },
});
const people = (counts: Record<string, number>, inProgram = true): Participant[] =>
  Object.entries(counts).flatMap(([g, n]) => Array.from({ length: n }, () => person(g, inProgram)));
const gender = [{ attribute: 'Gender', groupOf: (p: Participant) => p.attributes.Gender }];

describe('poolingFor', () => {
  test('two groups under k that together reach k are pooled', () => {
    const pooling = poolingFor(people({ Man: 125, Woman: 109, 'Non-binary': 3, 'Another gender': 2 }), gender, asOf, 5);
    expect([...pooling.get('Gender')!]).toEqual([
      ['Non-binary', POOLED_GROUP],
      ['Another gender', POOLED_GROUP],
    ]);
  });

  test('one small group beside large ones is not pooled (it would be itself under another name)', () => {
    expect(poolingFor(people({ Man: 125, Woman: 112, 'Non-binary': 3 }), gender, asOf, 5).has('Gender')).toBe(false);
  });

  test('small groups that together stay under k are not pooled', () => {
    expect(poolingFor(people({ Man: 125, 'Non-binary': 2, 'Another gender': 2 }), gender, asOf, 5).has('Gender')).toBe(false);
  });

  test('only participants count: the comparison pool and people not yet started do not', () => {
    const everyone = [
      ...people({ Man: 50, 'Non-binary': 3, 'Another gender': 1 }),
      ...people({ 'Another gender': 10 }, false), // comparison pool
      person('Another gender', true, asOf + 1), // starts after A
    ];
    // participants: Non-binary 3 + Another gender 1 = 4 < 5: no pooling
    expect(poolingFor(everyone, gender, asOf, 5).has('Gender')).toBe(false);
  });

  test('pooledGroupOf reads a pooled group as the pooled group, others as they are', () => {
    const pooling = new Map([['Gender', new Map([['Non-binary', POOLED_GROUP]])]]);
    const groupOf = pooledGroupOf({ pooling }, 'Gender', (p) => p.attributes.Gender);
    expect(groupOf(person('Non-binary'))).toBe(POOLED_GROUP);
    expect(groupOf(person('Woman'))).toBe('Woman');
    expect(pooledGroupOf({ pooling }, 'Ethnicity', (p) => p.attributes.Gender)(person('Non-binary'))).toBe('Non-binary');
  });
});
