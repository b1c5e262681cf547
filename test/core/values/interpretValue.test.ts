import type { IndicatorKind } from "../../../src/core/model/indicator";
import { interpretValue, type Interpretation } from "../../../src/core/values/interpretValue";
import { readCell } from "../../../src/core/values/readCell";

const ok = (value: Interpretation & { ok: true } extends { value: infer V } ? V : never): Interpretation => ({ ok: true, value });
const fail = (reason: "missing" | "error" | "invalid"): Interpretation => ({ ok: false, reason });

describe("interpretValue", () => {
  it.each<[unknown, string | undefined, IndicatorKind, Interpretation]>([
    // number
    [1417, undefined, "number", ok(1417)],
    ["1.417", undefined, "number", ok(1417)],
    ["264.000 kg", undefined, "number", ok(264000)],
    [0.975, "0.0%", "number", ok(97.5)],
    ["Đạt", undefined, "number", fail("invalid")],
    ["khoảng 40", undefined, "number", fail("invalid")],
    [true, undefined, "number", fail("invalid")],
    ["", undefined, "number", fail("missing")],
    ["—", undefined, "number", fail("missing")],
    ["#DIV/0!", undefined, "number", fail("error")],
    [NaN, undefined, "number", fail("error")],
    // pass
    ["Đạt", undefined, "pass", ok("Đạt")],
    ["Ñaït", undefined, "pass", ok("Đạt")],
    ["§¹t", undefined, "pass", ok("Đạt")],
    ["Chưa đạt", undefined, "pass", ok("Không đạt")],
    [true, undefined, "pass", ok("Đạt")],
    [false, undefined, "pass", ok("Không đạt")],
    [1, undefined, "pass", fail("invalid")],
    ["Tốt", undefined, "pass", fail("invalid")],
    [null, undefined, "pass", fail("missing")],
    ["#N/A", undefined, "pass", fail("error")],
    // none
    ["Không xảy ra", undefined, "none", ok("Không xảy ra")],
    ["Kh«ng x¶y ra", undefined, "none", ok("Không xảy ra")],
    [0, undefined, "none", ok("Không xảy ra")],
    ["0", undefined, "none", ok("Không xảy ra")],
    ["0 vụ", undefined, "none", ok("Không xảy ra")],
    [2, undefined, "none", ok("Xảy ra")],
    ["2 vụ", undefined, "none", ok("Xảy ra")],
    ["Có", undefined, "none", ok("Xảy ra")],
    [-1, undefined, "none", fail("invalid")],
    [0.5, undefined, "none", fail("invalid")],
    ["Đạt", undefined, "none", fail("invalid")],
    // rating
    ["Tốt", undefined, "rating", ok("Tốt")],
    ["Hoàn thành xuất sắc nhiệm vụ", undefined, "rating", ok("Xuất sắc")],
    ["Kém", undefined, "rating", ok("Kém")],
    [5, undefined, "rating", fail("invalid")],
    ["Đạt", undefined, "rating", fail("invalid")],
    ["...", undefined, "rating", fail("missing")],
  ])("%p (format %j) as %s", (value, format, kind, expected) => {
    expect(interpretValue(readCell(value, format), kind)).toEqual(expected);
  });
});
