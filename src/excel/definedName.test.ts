import { DEFINED_NAME_MAX_LENGTH, definedNameProblem } from './definedName';

describe("Excel's rule for defined names and table names", () => {
  test.each(['Cadre.Retention12m', 'CadreEquity', '_private', '\\slash', 'Équité', 'XFE1', 'AAAA1', 'A0', 'Rx', 'CA', 'x'.repeat(DEFINED_NAME_MAX_LENGTH)])(
    '%j is accepted',
    (name) => {
      expect(definedNameProblem(name)).toBeNull();
    },
  );

  test.each([
    ['', 'length'],
    ['x'.repeat(DEFINED_NAME_MAX_LENGTH + 1), 'length'],
    ['1st', 'characters'],
    ['two words', 'characters'],
    ['.dot', 'characters'],
    ['a-b', 'characters'],
    ['R', 'rowOrColumnLetter'],
    ['c', 'rowOrColumnLetter'],
    ['R1C1', 'r1c1Reference'],
    ['RC', 'r1c1Reference'],
    ['R2', 'r1c1Reference'],
    ['c7', 'r1c1Reference'],
    ['A1', 'cellReference'],
    ['ab12', 'cellReference'],
    ['XFD1048576', 'cellReference'],
  ])('%j breaks the rule: %s', (name, problem) => {
    expect(definedNameProblem(name)).toBe(problem);
  });
});
