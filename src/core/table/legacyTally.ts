import { cellAddress } from "../cells/cellAddress";
import { convertLegacyText, decodeLegacyText, type LegacyEncoding } from "../text/legacyEncoding";
import { finding, type Finding } from "../model/finding";

/**
 * Converts cells typed in a legacy encoding and counts them, so the sheet gets one finding rather than
 * one per cell. Once a cell proves the sheet's encoding, short words that prove nothing alone ("Hé" for
 * "Hộ") are converted too, as long as they hold nothing beyond Latin-1.
 *
 * @example const tally = new LegacyTally(); tally.decode("Sè hé", 1, 1) === "Số hộ"; tally.findings("Nà Lầu").length === 1
 */
export class LegacyTally {
  private count = 0;
  private first: { row: number; column: number; encoding: LegacyEncoding } | null = null;

  constructor(private encoding: LegacyEncoding | null = null) {}

  decode(text: string, row: number, column: number): string {
    const decoded = decodeLegacyText(text);
    if (decoded !== null) {
      this.encoding ??= decoded.encoding;
      this.note(decoded.encoding, row, column);
      return decoded.text;
    }
    if (this.encoding === null || !LATIN1_ACCENTED.test(text) || BEYOND_LATIN1.test(text)) return text;
    const converted = convertLegacyText(text, this.encoding);
    if (converted !== text.normalize("NFC")) this.note(this.encoding, row, column);
    return converted;
  }

  private note(encoding: LegacyEncoding, row: number, column: number): void {
    this.count++;
    this.first ??= { row, column, encoding };
  }

  findings(sheet: string): Finding[] {
    if (this.first === null) return [];
    const { row, column, encoding } = this.first;
    return [finding("text/legacy-encoding", { sheet, cell: cellAddress(row, column), details: { encoding, cells: this.count } })];
  }
}

const LATIN1_ACCENTED = /[\u00a1-\u00ff]/u;
// Real Unicode Vietnamese has letters beyond Latin-1 ("ộ"); legacy text only Windows-1252 punctuation.
const BEYOND_LATIN1 = /[^\p{ASCII}\u0080-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/u;
