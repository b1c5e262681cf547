import { compareUnits, convertToUnit, isRateUnit, unitKey, type UnitComparison } from "../../../src/core/units/unitCatalogue";

describe("unitKey: every alias of docs/reading-tables.md#units-and-semantics", () => {
  it.each<[string | null, string | null]>([
    ["%", "%"],
    ["(%)", "%"],
    ["Phần trăm", "%"],
    ["Tỷ lệ", "%"],
    ["Tỷ lệ (%)", "%"],
    ["ha", "ha"],
    ["Ha", "ha"],
    ["Héc-ta", "ha"],
    ["hecta", "ha"],
    ["Tấn", "tấn"],
    ["TẤN", "tấn"],
    ["Triệu đồng", "triệu đồng"],
    ["triệu đồng".normalize("NFD"), "triệu đồng"],
    ["Tr.đồng", "triệu đồng"],
    ["tr.đ", "triệu đồng"],
    ["Trđ", "triệu đồng"],
    ["Mét", "mét"],
    ["m", "mét"],
    ["Hộ", "hộ"],
    ["Hộ gia đình", "hộ"],
    ["Thôn", "thôn"],
    ["Bản", "thôn"],
    ["Thôn bản", "thôn"],
    ["Thôn, bản", "thôn"],
    ["Học viên", "học viên"],
    ["Lao động", "lao động"],
    ["LĐ", "lao động"],
    ["Cuộc", "cuộc"],
    ["Mô hình", "mô hình"],
    ["Tiêu chí", "tiêu chí"],
    ["Lần", "lần"],
    ["Số lần", "lần"],
    ["Số lượng", "số lượng"],
    // convertible sources
    ["kg", "kg"],
    ["Kg", "kg"],
    ["tạ", "tạ"],
    ["m²", "m²"],
    ["m2", "m²"],
    ["M2", "m²"],
    ["đồng", "đồng"],
    ["đ", "đồng"],
    ["VNĐ", "đồng"],
    ["nghìn đồng", "nghìn đồng"],
    ["Ngàn đồng", "nghìn đồng"],
    ["tỷ đồng", "tỷ đồng"],
    ["tỉ đồng", "tỷ đồng"],
    ["km", "km"],
    // unknown or empty
    ["Giảm 3 tiêu chí", null],
    ["Đạt", null],
    ["Xếp loại", null],
    ["Vụ", null],
    ["", null],
    ["  ", null],
    [null, null],
  ])("%j → %j", (unit, expected) => {
    expect(unitKey(unit)).toBe(expected);
  });
});

describe("compareUnits", () => {
  const converted = (factor: number, from: string, to: string): UnitComparison => ({ kind: "converted", factor, from, to });
  it.each<[string | null, string | null, UnitComparison]>([
    // same key, however written
    ["Tấn", "tấn", { kind: "same" }],
    ["hộ gia đình", "Hộ", { kind: "same" }],
    ["tr.đ", "Triệu đồng", { kind: "same" }],
    ["%", "%", { kind: "same" }],
    ["LĐ", "Lao động", { kind: "same" }],
    // unknown but identical once folded
    ["Vụ", "vụ", { kind: "same" }],
    ["Đạt", "đạt", { kind: "same" }],
    ["Giảm 3 tiêu chí", "Giảm 3 tiêu chí", { kind: "same" }],
    // every conversion of docs/reading-tables.md#units-and-semantics
    ["kg", "Tấn", converted(0.001, "kg", "tấn")],
    ["tạ", "Tấn", converted(0.1, "tạ", "tấn")],
    ["m²", "Ha", converted(0.0001, "m²", "ha")],
    ["m2", "ha", converted(0.0001, "m²", "ha")],
    ["đồng", "Triệu đồng", converted(0.000001, "đồng", "triệu đồng")],
    ["đ", "Triệu đồng", converted(0.000001, "đồng", "triệu đồng")],
    ["VNĐ", "Triệu đồng", converted(0.000001, "đồng", "triệu đồng")],
    ["nghìn đồng", "Triệu đồng", converted(0.001, "nghìn đồng", "triệu đồng")],
    ["tỷ đồng", "Triệu đồng", converted(1000, "tỷ đồng", "triệu đồng")],
    ["km", "Mét", converted(1000, "km", "mét")],
    // and the way back
    ["Tấn", "kg", converted(1000, "tấn", "kg")],
    // mismatches
    ["Ha", "Tấn", { kind: "mismatch" }],
    ["kg", "Ha", { kind: "mismatch" }],
    ["%", "Hộ", { kind: "mismatch" }],
    ["Hộ", "Thôn", { kind: "mismatch" }],
    ["Người", "Hộ", { kind: "mismatch" }],
    ["Vụ", "Cuộc", { kind: "mismatch" }],
    ["m", "Ha", { kind: "mismatch" }],
    // missing on either side
    [null, "Tấn", { kind: "missing" }],
    ["Tấn", null, { kind: "missing" }],
    ["", "Tấn", { kind: "missing" }],
    [null, null, { kind: "missing" }],
  ])("%j against %j", (actual, expected, comparison) => {
    expect(compareUnits(actual, expected)).toEqual(comparison);
  });
});

describe("convertToUnit", () => {
  it.each<[number, string, string, number]>([
    [264000, "kg", "Tấn", 264],
    [1000000, "đồng", "Triệu đồng", 1],
    [54000000, "đ", "Triệu đồng", 54],
    [4005000, "m²", "ha", 400.5],
    [14170, "tạ", "Tấn", 1417],
    [1.4, "km", "Mét", 1400],
    [0.054, "tỷ đồng", "triệu đồng", 54],
    [38000, "nghìn đồng", "Triệu đồng", 38],
    [7, "Tấn", "tấn", 7],
    [7, "Ha", "Tấn", 7],
  ])("%p %s in %s → %p", (value, from, to, expected) => {
    expect(convertToUnit(value, compareUnits(from, to))).toBe(expected);
  });
});

describe("units met in other communes' and districts' tables", () => {
  it.each([
    ["Tạ/Ha", "tạ/ha"],
    ["tấn/ha", "tấn/ha"],
    ["Ster", "ster"],
    ["m3", "m³"],
    ["M³", "m³"],
    ["m", "mét"],
    ["1.000 cây", "nghìn cây"],
    ["Nghìn cây", "nghìn cây"],
    ["Cây", "cây"],
    ["Con", "con"],
    ["Lượt", "lượt"],
    ["Người", "người"],
    ["lần/người/năm", "lần/người/năm"],
    ["Công trình", "công trình"],
    ["Trường", "trường"],
    ["Điểm", "điểm"],
    ["Tỷ đồng", "tỷ đồng"],
  ])("%p is %p", (unit, key) => {
    expect(unitKey(unit)).toBe(key);
  });

  it("converts tạ/ha into tấn/ha and thousands of trees into trees", () => {
    expect(compareUnits("tạ/ha", "Tấn/ha")).toEqual({ kind: "converted", factor: 0.1, from: "tạ/ha", to: "tấn/ha" });
    expect(compareUnits("1.000 cây", "Cây")).toEqual({ kind: "converted", factor: 1000, from: "nghìn cây", to: "cây" });
    expect(compareUnits("Tạ/ha", "Tạ")).toEqual({ kind: "mismatch" });
  });

  it.each([
    ["Tạ/Ha", true],
    ["triệu đồng/người/năm", true],
    ["lần/người/năm", true],
    ["thôn/bản", false],
    ["Tấn", false],
    [null, false],
  ])("isRateUnit(%p) is %p", (unit, rate) => {
    expect(isRateUnit(unit)).toBe(rate);
  });
});
