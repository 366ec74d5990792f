import { RESERVED_SHEET_NAME, SHEET_NAME_MAX_LENGTH, sheetNameProblem } from './sheetName';

describe("Excel's rule for sheet names", () => {
  test.each(['Board Dashboard', 'x'.repeat(SHEET_NAME_MAX_LENGTH), "Mentor's load", 'Historic', '2026-Q3', 'Équité', ' padded '])('%j is accepted', (name) => {
    expect(sheetNameProblem(name)).toBeNull();
  });

  test.each([
    ['', 'blank'],
    ['x'.repeat(SHEET_NAME_MAX_LENGTH + 1), 'tooLong'],
    ...[':', '\\', '/', '?', '*', '[', ']'].map((ch) => [`Q3${ch}Q4`, 'forbiddenCharacter']),
    ["'quoted", 'apostropheAtEnd'],
    ["quoted'", 'apostropheAtEnd'],
    [RESERVED_SHEET_NAME, 'reserved'],
    ['HISTORY', 'reserved'],
    ['history', 'reserved'],
  ])('%j breaks the rule: %s', (name, problem) => {
    expect(sheetNameProblem(name)).toBe(problem);
  });
});
