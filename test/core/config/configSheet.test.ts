import { CONFIG_SHEET_NAME, configRuleCells, configSheetModel, readConfigSheet } from "../../../src/core/config/configSheet";
import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";
import type { SheetCells } from "../../../src/core/model/cells";
import { sheetCellsOf } from "./sheetCellsOf";

const FULL: RankingConfig = {
  year: 2024,
  period: "half",
  cap: 1.5,
  commune: "Khuôn Lùng",
  place: "Khuôn Lùng",
  prizes: [
    { name: "Giải Nhất", amount: 5_000_000 },
    { name: "Giải Nhì", amount: 3_000_000 },
    { name: "Giải Ba", amount: 1_000_000 },
    { name: "Giải Khuyến khích", amount: 500_000 },
  ],
  indicators: [
    { match: "an toàn về an ninh, trật tự", mandatory: true, weight: 2 },
    { match: "suy dinh dưỡng", direction: "lower" },
    { match: "thu ngân sách", exclude: true, mandatory: false, template: false },
    { match: "tuyển quân", direction: "higher", weight: 0 },
    { match: "trẻ 5 tuổi", exempt: ["Khuổi Thử", "Nà Lầu"] },
  ],
};

const POINTS: RankingConfig = {
  ...defaultConfig(2024),
  prizes: [
    { name: "Giải Nhất", amount: 5_000_000 },
    { name: "Giải khuyến khích", amount: 500_000, count: 2 },
  ],
  indicators: [{ match: "hộ nghèo", points: 10 }, { match: "an ninh", mandatory: true, points: 5.5 }],
  method: "points",
  award: "all-or-nothing",
  bands: [
    { below: 95, points: -2 },
    { from: 95, below: 100, points: -1 },
    { above: 100, to: 119.5, points: 1 },
    { from: 120, points: 2 },
  ],
  maxBonus: 1.5,
  maxDeduction: 2,
  communeFilled: true,
  tiers: [{ name: "Xuất sắc", min: 90, minShare: 0.85, groupMinShare: 0.5 }, { name: "Tốt", min: 80 }, { name: "Đạt", groupMinShare: 0.4 }],
  villages: ["Nà Lầu", "Khuổi Khâm", "Nặm Đin"],
  adjustments: [{ village: "Nà Lầu", points: 10, reason: "Cờ thi đua" }, { village: "Nặm Đin", points: -2 }],
};

/** The A1 address of the cell holding `text` in the sheet written for `config`. */
function addressOf(config: RankingConfig, text: string): string {
  const cell = configSheetModel(config).cells.find((c) => c.value === text);
  if (!cell) throw new Error(`no cell ${text}`);
  return cell.address;
}

/** The address `down` rows below and `right` columns right of `address`. */
function shift(address: string, down: number, right = 0): string {
  const match = /^([A-Z])(\d+)$/.exec(address)!;
  return `${String.fromCharCode(match[1].charCodeAt(0) + right)}${Number(match[2]) + down}`;
}

function cellValue(cells: SheetCells, address: string): unknown {
  const match = /^([A-Z])(\d+)$/.exec(address)!;
  return cells.values[Number(match[2]) - 1]?.[match[1].charCodeAt(0) - 65];
}

function edited(config: RankingConfig, edits: Record<string, unknown>): SheetCells {
  const cells = sheetCellsOf(configSheetModel(config));
  for (const [address, value] of Object.entries(edits)) {
    const match = /^([A-Z])(\d+)$/.exec(address)!;
    const row = Number(match[2]) - 1;
    while (cells.values.length <= row) cells.values.push([]);
    cells.values[row][match[1].charCodeAt(0) - 65] = value;
  }
  return cells;
}

describe("the configuration sheet", () => {
  it("lays out labels staff can read, one row per rule", () => {
    const cells = sheetCellsOf(configSheetModel(FULL));
    expect(configSheetModel(FULL).name).toBe(CONFIG_SHEET_NAME);
    expect(cells.values.slice(3, 9).map((row) => row.slice(0, 2))).toEqual([
      ["Thiết lập chung"],
      ["Năm", 2024],
      ["Kỳ đánh giá", "Sơ kết (6 tháng)"],
      ["Hệ số tối đa", 1.5],
      ["Tên xã", "Khuôn Lùng"],
      ["Địa danh", "Khuôn Lùng"],
    ]);
    expect(cells.values[11].slice(0, 2)).toEqual(["Giải", "Tiền thưởng (đồng)"]);
    expect(cells.values[12].slice(0, 2)).toEqual(["Giải Nhất", 5_000_000]);
    expect(cells.values[18]).toEqual([
      "Chỉ tiêu có chứa",
      "Điểm liệt (Có/Không)",
      "Trọng số",
      "Chiều (Cao hơn là tốt / Thấp hơn là tốt)",
      "Không tính điểm (Có/Không)",
      "Thôn được miễn (cách nhau bởi dấu ;)",
      "Điểm chuẩn",
      "Đưa vào mẫu (Có/Không)",
      "Mục tiêu (khi bảng không ghi)",
    ]);
    expect(cells.values[19]).toEqual(["an toàn về an ninh, trật tự", "Có", 2, "", "", "", "", "", ""]);
    expect(cells.values[21]).toEqual(["thu ngân sách", "Không", "", "", "Có", "", "", "Không", ""]);
    expect(cells.values[22]).toEqual(["tuyển quân", "", 0, "Cao hơn là tốt", "", "", "", "", ""]);
    expect(cells.values[23]).toEqual(["trẻ 5 tuổi", "", "", "", "", "Khuổi Thử; Nà Lầu", "", "", ""]);
  });

  it("writes amounts with a format that prints 5.000.000 in any locale", () => {
    const amount = configSheetModel(FULL).cells.find((cell) => cell.address === "B13")!;
    expect(amount.style?.numberFormat).toBe('[>=1000000]#"."###"."###;[>=1000]#"."###;0');
  });

  it.each([
    ["defaults", defaultConfig(2024)],
    ["every key set", FULL],
    ["no prizes", { ...defaultConfig(2025), prizes: [] }],
    ["the points method", POINTS],
  ])("reads back what it wrote (%s)", (_, config) => {
    expect(readConfigSheet(sheetCellsOf(configSheetModel(config)), { year: 1999 })).toEqual({ ok: true, value: config });
  });

  it("tolerates numbers as text, yes/no in any case or as x, and inserted blank rows", () => {
    const cells = edited(FULL, {
      B5: " 2025 ",
      B6: "tổng kết",
      B7: "1,2",
      B13: "6.000.000",
      B14: "3.500.000 đồng",
      B20: "CÓ",
      C20: "3",
      B21: "x",
      D21: "thấp",
      E22: "có",
    });
    cells.values.splice(16, 0, [], ["", ""]);
    const result = readConfigSheet(cells, { year: 1999 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ year: 2025, period: "year", cap: 1.2 });
    expect(result.value.prizes.slice(0, 2).map((p) => p.amount)).toEqual([6_000_000, 3_500_000]);
    expect(result.value.indicators.slice(0, 3)).toEqual([
      { match: "an toàn về an ninh, trật tự", mandatory: true, weight: 3 },
      { match: "suy dinh dưỡng", mandatory: true, direction: "lower" },
      { match: "thu ngân sách", exclude: true, mandatory: false, template: false },
    ]);
  });

  it("finds the rules' columns by their headers, in any order, and tells where each rule is", () => {
    const cells = sheetCellsOf(configSheetModel(FULL));
    for (const row of cells.values.slice(18)) row.splice(0, 2, row[1], row[0]);
    const result = readConfigSheet(cells, { year: 2024 });
    expect(result).toMatchObject({ ok: true, value: { indicators: FULL.indicators } });
    expect([0, 3, 4, 5].map(configRuleCells(cells))).toEqual(["B20", "B23", "B24", null]);
  });

  it("takes today's year when Năm is blank, and the defaults for a sheet with no blocks", () => {
    expect(readConfigSheet(edited(FULL, { B5: "" }), { year: 2026 })).toMatchObject({ ok: true, value: { year: 2026 } });
    expect(readConfigSheet({ name: CONFIG_SHEET_NAME, values: [], formats: [] }, { year: 2026 })).toEqual({ ok: true, value: defaultConfig(2026) });
  });

  it("locates each bad field at its cell", () => {
    const result = readConfigSheet(
      edited(FULL, { B7: "0,8", B14: "ba triệu", C21: -1, B22: "chắc chắn", D23: "ngang", A24: "", C24: 2 }),
      { year: 2024 },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failures.map((f) => [f.code, f.sheet, f.cell, f.details?.field, f.details?.problem, f.actual])).toEqual([
      ["config/invalid", CONFIG_SHEET_NAME, "B7", "cap", "below-one", 0.8],
      ["config/invalid", CONFIG_SHEET_NAME, "B14", "prizes[1].amount", "not-number", "ba triệu"],
      ["config/invalid", CONFIG_SHEET_NAME, "C21", "indicators[1].weight", "negative", -1],
      ["config/invalid", CONFIG_SHEET_NAME, "B22", "indicators[2].mandatory", "not-yes-no", "chắc chắn"],
      ["config/invalid", CONFIG_SHEET_NAME, "D23", "indicators[3].direction", "not-allowed-value", "ngang"],
      ["config/invalid", CONFIG_SHEET_NAME, "A24", "indicators[4].match", "required", ""],
    ]);
  });

  it("points at the prizes' header when there are too many prizes", () => {
    const many = { ...FULL, prizes: Array.from({ length: 21 }, (_, i) => ({ name: `Giải ${i + 1}`, amount: 100_000 })) };
    const result = readConfigSheet(sheetCellsOf(configSheetModel(many)), { year: 2024 });
    expect(result).toMatchObject({ ok: false, failures: [{ cell: "A12", actual: 21, details: { field: "prizes", problem: "too-many" } }] });
  });

  it("says the allowed direction words of the sheet", () => {
    const result = readConfigSheet(edited(FULL, { D23: "ngang" }), { year: 2024 });
    expect(result).toMatchObject({ ok: false, failures: [{ cell: "D23", expected: "Cao hơn là tốt | Thấp hơn là tốt" }] });
  });

  it("gives the sheet's cell of Kỳ đánh giá when the period is not one of the two", () => {
    const result = readConfigSheet(edited(FULL, { B6: "quý 3" }), { year: 2024 });
    expect(result).toMatchObject({ ok: false, failures: [{ cell: "B6", details: { field: "period", problem: "not-allowed-value" }, actual: "quý 3", expected: "Tổng kết (cả năm) | Sơ kết (6 tháng)" }] });
  });

  it("survives cells that are not what a sheet holds", () => {
    const cells = { name: CONFIG_SHEET_NAME, values: [["Năm", { odd: true }], "not a row", [null, undefined]], formats: [] } as unknown as SheetCells;
    expect(readConfigSheet(cells, { year: 2024 })).toEqual({ ok: true, value: defaultConfig(2024) });
    expect(cellValue(sheetCellsOf(configSheetModel(FULL)), "A1")).toBe("CẤU HÌNH XẾP HẠNG THI ĐUA");
  });

  describe("the template key and the dropdowns", () => {
    it("explains Đưa vào mẫu in one line and reads back a rule staff add on the sheet created with defaults", () => {
      const base = defaultConfig(2024);
      const model = configSheetModel(base);
      expect(model.cells.map((cell) => cell.value)).toContain("Đưa vào mẫu: Không thì chỉ tiêu chỉ của xã không có trong mẫu báo cáo gửi các thôn (để trống là Có).");
      const header = addressOf(base, "Chỉ tiêu có chứa");
      expect(addressOf(base, "Đưa vào mẫu (Có/Không)")).toBe(shift(header, 0, 7));
      const cells = edited(base, {
        [shift(header, 1, 0)]: "thu ngân sách",
        [shift(header, 1, 4)]: "Có",
        [shift(header, 1, 7)]: "không",
      });
      expect(readConfigSheet(cells, { year: 2024 })).toEqual({ ok: true, value: { ...base, indicators: [{ match: "thu ngân sách", exclude: true, template: false }] } });
    });

    it("leaves a blank Đưa vào mẫu unset (the indicator goes into the templates) and keeps Có as true", () => {
      const config = { ...defaultConfig(2024), indicators: [{ match: "hộ nghèo" }, { match: "an ninh", template: true }] };
      expect(readConfigSheet(sheetCellsOf(configSheetModel(config)), { year: 2024 })).toEqual({ ok: true, value: config });
    });

    it("locates a word that is not Có or Không in Đưa vào mẫu at its cell", () => {
      const rule = shift(addressOf(FULL, "thu ngân sách"), 0, 7);
      const result = readConfigSheet(edited(FULL, { [rule]: "tùy" }), { year: 2024 });
      expect(result).toMatchObject({ ok: false, failures: [{ code: "config/invalid", cell: rule, actual: "tùy", details: { field: "indicators[2].template", problem: "not-yes-no" } }] });
    });

    it("makes Kỳ đánh giá, Cách xếp hạng and Cách tính điểm chỉ tiêu dropdowns of the sheet's words", () => {
      const base = defaultConfig(2024);
      const lists = Object.fromEntries(
        (configSheetModel(base).validations ?? []).map((validation) => [validation.range, validation.rule.type === "list" ? validation.rule.items : null]),
      );
      expect(lists).toEqual({
        B6: ["Tổng kết (cả năm)", "Sơ kết (6 tháng)"],
        [shift(addressOf(base, "Cách xếp hạng"), 0, 1)]: ["Tỷ lệ hoàn thành", "Thang điểm"],
        [shift(addressOf(base, "Cách tính điểm chỉ tiêu"), 0, 1)]: ["Theo tỷ lệ", "Đạt mới có điểm", "Có số liệu là đủ điểm"],
      });
    });

    it("keeps every dropdown within Excel's limits, and each word it offers reads back as its key", () => {
      const base = defaultConfig(2024);
      const model = configSheetModel(base);
      for (const validation of model.validations ?? []) {
        expect(validation.prompt.title.length).toBeLessThanOrEqual(32);
        expect(validation.error.title.length).toBeLessThanOrEqual(32);
        expect(validation.prompt.message.length).toBeLessThanOrEqual(255);
        expect(validation.error.message.length).toBeLessThanOrEqual(255);
        if (validation.rule.type !== "list") continue;
        expect(validation.rule.items.join(",").length).toBeLessThanOrEqual(255);
        for (const word of validation.rule.items) {
          expect(word).not.toContain(",");
          const result = readConfigSheet(edited(base, { [validation.range]: word }), { year: 2024 });
          expect(result.ok).toBe(true);
        }
      }
      const method = shift(addressOf(base, "Cách xếp hạng"), 0, 1);
      const award = shift(addressOf(base, "Cách tính điểm chỉ tiêu"), 0, 1);
      expect(readConfigSheet(edited(base, { [method]: "Thang điểm", [award]: "Đạt mới có điểm" }), { year: 2024 })).toEqual({
        ok: true,
        value: { ...base, method: "points", award: "all-or-nothing" },
      });
    });
  });

  describe("the points method's keys", () => {
    it("explains every key in one line on the sheet created with defaults", () => {
      const texts = configSheetModel(defaultConfig(2024)).cells.map((cell) => cell.value);
      for (const label of ["Cách xếp hạng", "Cách tính điểm chỉ tiêu", "Điểm cộng tối đa mỗi chỉ tiêu", "Điểm trừ tối đa mỗi chỉ tiêu", "Bậc điểm theo tỷ lệ hoàn thành", "Xếp loại thi đua", "Danh sách thôn", "Điểm điều chỉnh (Hội đồng quyết định)", "Số giải", "Điểm chuẩn"]) {
        expect(texts).toContain(label);
      }
      expect(texts.filter((text) => typeof text === "string" && /để trống|mỗi dòng|xếp từ cao/i.test(text)).length).toBeGreaterThanOrEqual(6);
    });

    it("reads back staff's edits: the method, a band, a tier, a village and an adjustment", () => {
      const base = defaultConfig(2024);
      const bandHeader = addressOf(base, "Từ (≥ %)");
      const tierHeader = addressOf(base, "Tên xếp loại");
      const rosterHeader = addressOf(base, "Tên thôn");
      const adjustmentHeader = addressOf(base, "Thôn được điều chỉnh");
      const method = shift(addressOf(base, "Cách xếp hạng"), 0, 1);
      // the tables are edited bottom first so that inserted rows do not move the ones above
      const cells = edited(base, {
        [method]: "thang điểm",
        [shift(bandHeader, 1, 0)]: 95,
        [shift(bandHeader, 1, 2)]: "100",
        [shift(bandHeader, 1, 4)]: "-1",
        [shift(tierHeader, 1, 0)]: "Xuất sắc",
        [shift(tierHeader, 1, 1)]: 90,
        [shift(tierHeader, 1, 2)]: "85%",
        [shift(rosterHeader, 1, 0)]: "Nà Lầu",
        [shift(adjustmentHeader, 1, 0)]: "Nà Lầu",
        [shift(adjustmentHeader, 1, 1)]: "+10",
        [shift(adjustmentHeader, 1, 2)]: "Cờ thi đua",
      });
      const result = readConfigSheet(cells, { year: 2024 });
      expect(result).toEqual({
        ok: true,
        value: {
          ...base,
          method: "points",
          bands: [{ from: 95, below: 100, points: -1 }],
          tiers: [{ name: "Xuất sắc", min: 90, minShare: 0.85 }],
          villages: ["Nà Lầu"],
          adjustments: [{ village: "Nà Lầu", points: 10, reason: "Cờ thi đua" }],
        },
      });
    });

    it("locates overlapping bands, unordered tiers and a village twice on their cells", () => {
      const bandHeader = addressOf(POINTS, "Từ (≥ %)");
      const tierHeader = addressOf(POINTS, "Tên xếp loại");
      const rosterHeader = addressOf(POINTS, "Tên thôn");
      const cells = edited(POINTS, {
        [shift(bandHeader, 2, 0)]: 94,
        [shift(tierHeader, 2, 1)]: 95,
        [shift(rosterHeader, 3, 0)]: "Thôn Nà Lầu",
        [shift(addressOf(POINTS, "Cách xếp hạng"), 0, 1)]: "tính bằng mắt",
      });
      const result = readConfigSheet(cells, { year: 2024 });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.failures.map((f) => [f.cell, f.details?.field, f.details?.problem, f.details?.other ?? null])).toEqual([
        [shift(addressOf(POINTS, "Cách xếp hạng"), 0, 1), "method", "not-allowed-value", null],
        [shift(bandHeader, 2, 0), "bands[1]", "band-overlap", "bands[0]"],
        [shift(tierHeader, 2, 1), "tiers[1].min", "tier-order", "tiers[0]"],
        [shift(rosterHeader, 3, 0), "villages[2]", "duplicate-village", "villages[0]"],
      ]);
      expect(result.failures[0].expected).toBe("Tỷ lệ hoàn thành | Thang điểm");
    });
  });
});
