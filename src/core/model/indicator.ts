/** `number`: numeric target; `pass`: Đạt / Không đạt; `none`: Không xảy ra; `rating`: Xuất sắc … Kém. */
export type IndicatorKind = "number" | "pass" | "none" | "rating";

export type Direction = "higher" | "lower";

/** Canonical words a qualitative cell reads as (docs/reading-tables.md#values). */
export type Word =
  | "Đạt"
  | "Không đạt"
  | "Không xảy ra"
  | "Xảy ra"
  | "Xuất sắc"
  | "Tốt"
  | "Khá"
  | "Trung bình"
  | "Yếu"
  | "Kém";

/** A cell's meaning once read: a number (already in the indicator's unit) or a canonical word. */
export type Value = number | Word;

/** A group row ("9 | Chỉ tiêu về Nông thôn mới") or sub-group row ("- Chỉ tiêu Giáo dục"). */
export interface Group {
  tt: string;
  name: string;
  /** Names of the enclosing groups, outermost first, ending with this group's own name. */
  path: string[];
  /** 1-based sheet row. */
  row: number;
}

/**
 * One indicator row of a table (docs/reading-tables.md#layouts, docs/reading-tables.md#units-and-semantics).
 *
 * @example
 * { id: "10 chi tieu ve van hoa xa hoi/chi tieu giao duc/ty le huy dong tre 5 tuoi den lop",
 *   tt: "+", path: ["Chỉ tiêu về văn hóa - xã hội", "Chỉ tiêu Giáo dục"],
 *   name: "Tỷ lệ huy động trẻ 5 tuổi đến lớp", unit: "%", unitKey: "%", kind: "number",
 *   target: 97.5, direction: "higher", cumulative: false, sheet: "Chỉ tiêu", row: 31 }
 */
export interface Indicator {
  /** Group path (parent rows included: "…/lua/dien tich", "…/ngo/dien tich") plus normalized name: stable across sheets that keep the same names. */
  id: string;
  tt: string;
  path: string[];
  name: string;
  /** The unit as written (trimmed, NFC), null when empty. */
  unit: string | null;
  /** The unit's key in the catalogue ("%", "tấn", "triệu đồng" …), null when unknown or empty. */
  unitKey: string | null;
  kind: IndicatorKind;
  target: Value | null;
  direction: Direction;
  cumulative: boolean;
  sheet: string;
  /** 1-based sheet row of the indicator (its first row when a continuation row follows). */
  row: number;
  /** Maximum points (Điểm chuẩn) where the table has a points column and the row a value (docs/scoring.md#points-method). */
  maxPoints?: number;
  /** How the target compares, when its cell says so ("≥ 95%", "dưới 5%", "7,5 - 8,0%"); absent otherwise. */
  comparison?: ">=" | ">" | "<=" | "<" | "range";
  /** The upper bound of a range target ("7,5 - 8,0%" → 8). */
  targetMax?: number;
  /**
   * A share of a whole ("Cơ cấu kinh tế …", "Tỷ trọng …") that no rule gives a direction: read and shown,
   * neither met nor short, not scored (docs/reading-tables.md#units-and-semantics).
   */
  context?: true;
  /**
   * A target compared with the commune's own figure ("bằng hoặc cao hơn tỷ lệ chung của xã"): filled by a
   * rule's `target` or the commune sheet's actual for the indicator (docs/reading-tables.md#values).
   */
  relative?: "commune";
}
