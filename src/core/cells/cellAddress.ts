/**
 * The letters of a 0-based column: 0 → "A", 25 → "Z", 26 → "AA".
 *
 * @example columnLetters(4) === "E"
 */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The A1 address of a cell given its 0-based row and column, without the sheet name.
 *
 * @example cellAddress(11, 4) === "E12"
 */
export function cellAddress(row: number, column: number): string {
  return `${LETTERS[column] ?? columnLetters(column)}${row + 1}`;
}

// Tables sit in the first columns; their letters are worked out once.
const LETTERS = Array.from({ length: 64 }, (_, column) => columnLetters(column));
