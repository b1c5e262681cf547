import type { IndicatorKind, Value } from "../model/indicator";
import type { CellReading } from "./readCell";
import { readWord } from "./readWord";

/** A reading given the meaning of its indicator's kind, or why it has none. */
export type Interpretation = { ok: true; value: Value } | { ok: false; reason: "missing" | "error" | "invalid" };

/**
 * Gives a cell reading its meaning for an indicator kind (docs/reading-tables.md#values).
 *
 * - `number`: numbers only; any text is invalid. Units are left to the caller (`compareUnits`).
 * - `pass`, `rating`: words only (see `readWord`); a number is invalid.
 * - `none`: words, or a count of occurrences: 0 is "Không xảy ra", a positive whole count
 *   "Xảy ra"; a negative or fractional count is invalid.
 *
 * @example interpretValue(readCell("1.417"), "number") // { ok: true, value: 1417 }
 * @example interpretValue(readCell("Chưa đạt"), "pass") // { ok: true, value: "Không đạt" }
 * @example interpretValue(readCell("2 vụ"), "none") // { ok: true, value: "Xảy ra" }
 */
export function interpretValue(reading: CellReading, kind: IndicatorKind): Interpretation {
  switch (reading.type) {
    case "missing":
      return { ok: false, reason: "missing" };
    case "error":
    case "uncalculated":
      return { ok: false, reason: "error" };
    case "number":
      return interpretNumber(reading.value, kind);
    case "text": {
      const word = kind === "number" ? null : readWord(reading.text, kind);
      return word === null ? { ok: false, reason: "invalid" } : { ok: true, value: word };
    }
  }
}

function interpretNumber(value: number, kind: IndicatorKind): Interpretation {
  if (kind === "number") return { ok: true, value };
  if (kind === "none" && value === 0) return { ok: true, value: "Không xảy ra" };
  if (kind === "none" && value > 0 && Number.isInteger(value)) return { ok: true, value: "Xảy ra" };
  return { ok: false, reason: "invalid" };
}
