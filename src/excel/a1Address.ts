/**
 * Column letters of a 1-based column number, as Excel names them.
 *
 * @example columnLetters(1) // "A"
 * @example columnLetters(28) // "AB"
 */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * A1 address of a 1-based row and column.
 *
 * @example cellAddress(7, 2) // "B7"
 */
export function cellAddress(row: number, column: number): string {
  return columnLetters(column) + row;
}
