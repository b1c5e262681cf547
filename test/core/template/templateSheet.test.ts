import { checkReport } from "../../../src/core/checks/checkReport";
import type { SheetModel } from "../../../src/core/model";
import { sampleConsolidatedSheet, SAMPLE_VILLAGES } from "../../../src/core/samples";
import { COMMUNE_TARGET_FILL, communeTotalNote } from "../../../src/core/template/buildTemplateSheet";
import { templateFileNames, villageSlug } from "../../../src/core/template/templateFileName";
import { templateSheetName } from "../../../src/core/template/templateSheetName";
import { villageTemplates } from "../../../src/core/template/villageTemplates";
import { seedTargetSheet } from "../../fixtures/seedTargetSheet";
import { sheetCellsOf } from "../config/sheetCellsOf";

const at = (model: SheetModel, address: string) => model.cells.find((cell) => cell.address === address)?.value;
const covers = (range: string, row: number) => {
  const [from, to = from] = range.split(":");
  return Number(from.slice(1)) <= row && row <= Number(to.slice(1));
};
const rowOf = (model: SheetModel, text: string) => Number(model.cells.find((cell) => typeof cell.value === "string" && cell.value.startsWith(text))!.address.slice(1));

describe("template sheet names (Excel: no []:*?/\\, at most 31 characters)", () => {
  it.each([
    ["Nà Lầu", new Set<string>(), { name: "Mẫu Nà Lầu", changed: false }],
    ["Thôn 1/2 [cũ]", new Set<string>(), { name: "Mẫu Thôn 1 2 cũ", changed: true }],
    ["A:B*C?D\\E", new Set<string>(), { name: "Mẫu A B C D E", changed: true }],
    ["Thôn Khuổi Khâm Trên Đồi Cao Nhất Xã", new Set<string>(), { name: "Mẫu Thôn Khuổi Khâm Trên Đồi Ca", changed: true }],
    ["Nà Lầu", new Set(["mẫu nà lầu"]), { name: "Mẫu Nà Lầu (2)", changed: false }],
    ["???", new Set<string>(), { name: "Mẫu thôn", changed: true }],
  ])("%s → %o", (village, taken, expected) => {
    const result = templateSheetName(village, taken);
    expect(result).toEqual(expected);
    expect(result.name.length).toBeLessThanOrEqual(31);
  });
});

describe("template file names (docs/outputs.md#command-line)", () => {
  it.each([
    ["Thôn Nà Lầu", "na-lau"],
    ["Bản Tát Mạ", "tat-ma"],
    ["Tổ dân phố 3", "to-dan-pho-3"],
    ["Khuổi Khâm", "khuoi-kham"],
    ["[*]", "thon"],
  ])("%s → %s", (village, slug) => expect(villageSlug(village)).toBe(slug));

  it("gives two villages whose names fold alike distinct files", () => {
    expect(templateFileNames(["Nà Lầu", "Thôn Na Lau", "Na Lau 2"], 2024)).toEqual([
      "bao-cao-na-lau-2024.xlsx",
      "bao-cao-na-lau-2-2024.xlsx",
      "bao-cao-na-lau-2-2-2024.xlsx",
    ]);
  });
});

describe("a template from the commune's target sheet", () => {
  const { templates } = villageTemplates(seedTargetSheet(), { villages: ["Nà Lầu"], year: 2024, period: "half", rules: [{ match: "thu ngân sách", template: false }] });
  const sheet = templates[0].sheet;

  it("has the title, the village, the period and the header, frozen below the header", () => {
    expect(at(sheet, "A2")).toBe("BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA NĂM 2024");
    expect(at(sheet, "A3")).toBe("Thôn: Nà Lầu");
    expect(at(sheet, "A4")).toBe("Kỳ báo cáo: sơ kết 6 tháng đầu năm 2024 (nộp trước ngày 25/6/2024)");
    expect(["A7", "B7", "C7", "D7", "E7", "F7"].map((a) => at(sheet, a))).toEqual(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Ghi chú"]);
    expect(sheet.freezeAt).toBe("A8");
    expect(sheet.print).toMatchObject({ paperSize: "A4", fitToWidth: 1 });
  });

  it("leaves a commune-only indicator out with a template: false rule", () => {
    expect(sheet.cells.some((cell) => cell.value === "Thu ngân sách nhà nước trên địa bàn")).toBe(false);
    expect(templates[0].indicators).toBe(45);
  });

  it.each([
    [[{ match: "thu ngân sách", template: true }], 46, []],
    [[{ match: "THU NGAN SACH", template: false }], 45, []],
    [[{ match: "thu ngân sách", exclude: true }], 46, []],
    [[{ match: "thu ngan sach nha nuoc", template: false }, { match: "giải ngân", template: false }], 44, []],
    [[{ match: "thu ngân sách huyện", template: false }], 46, [{ field: "indicators[0].match", rule: "thu ngân sách huyện" }]],
  ])("rules %j: %d indicators, and an error naming each rule that matches nothing %j", (rules, count, unmatched) => {
    const built = villageTemplates(seedTargetSheet(), { villages: ["Nà Lầu"], year: 2024, period: "year", rules, rulesSheet: "cau-hinh.json" });
    expect(built.templates[0].indicators).toBe(count);
    expect(built.findings.map((f) => [f.code, f.severity, f.sheet, f.details])).toEqual(unmatched.map((details) => ["config/rule-matches-nothing", "error", "cau-hinh.json", details]));
  });

  it("keeps the commune's target for a level indicator, leaves a commune total empty with a note", () => {
    const rate = rowOf(sheet, "Tỷ lệ giải ngân");
    expect(at(sheet, `D${rate}`)).toBe(100);
    const grain = rowOf(sheet, "Tổng sản lượng lương thực");
    expect(at(sheet, `D${grain}`)).toBeNull();
    expect(at(sheet, `F${grain}`)).toBe(communeTotalNote(1417, "Tấn"));
    expect(at(sheet, `F${grain}`)).toBe("Chỉ có mục tiêu chung của xã (1.417 Tấn): xã ghi mục tiêu của thôn vào ô Mục tiêu.");
  });

  it("colours a target the commune must fill apart from the village's yellow inputs, locks it and lists it", () => {
    const grain = rowOf(sheet, "Tổng sản lượng lương thực");
    const style = (address: string) => sheet.cells.find((cell) => cell.address === address)?.style;
    expect(style(`D${grain}`)?.fill).toBe(COMMUNE_TARGET_FILL);
    expect(style(`E${grain}`)?.fill).toBe("#FFF2CC");
    expect(COMMUNE_TARGET_FILL).not.toBe("#FFF2CC");
    expect(sheet.protection?.unlocked.some((range) => range.startsWith("D") && covers(range, grain))).toBe(false);
    expect(templates[0].communeCells).toContain(`D${grain}`);
    expect(templates[0].communeCells).toHaveLength(templates[0].communeOnly);
    const rate = rowOf(sheet, "Tỷ lệ giải ngân");
    expect(templates[0].communeCells).not.toContain(`D${rate}`);
  });

  it("validates every input cell with a Vietnamese message and unlocks only input cells", () => {
    const grain = rowOf(sheet, "Tổng sản lượng lương thực");
    const rate = rowOf(sheet, "Tỷ lệ giải ngân");
    const security = rowOf(sheet, "Phân đấu xã");
    const validation = (address: string) =>
      sheet.validations!.find((v) => {
        const [from, to = from] = v.range.split(":");
        const row = Number(address.slice(1));
        return from[0] === address[0] && Number(from.slice(1)) <= row && row <= Number(to.slice(1));
      });
    expect(validation(`E${grain}`)).toMatchObject({ rule: { type: "decimal", min: 0, max: null }, prompt: { title: "Đơn vị: Tấn" } });
    expect(validation(`E${rate}`)).toMatchObject({ rule: { type: "decimal", min: 0, max: 100 }, prompt: { title: "Tỷ lệ (%)" } });
    expect(validation(`E${security}`)?.rule).toEqual({ type: "list", items: ["Đạt", "Không đạt"] });
    for (const v of sheet.validations!) {
      expect(v.prompt.title.length).toBeLessThanOrEqual(32);
      expect(v.error.title.length).toBeLessThanOrEqual(32);
      expect(v.error.message.length).toBeLessThanOrEqual(255);
    }
    const unlocked = sheet.protection!.unlocked;
    expect(unlocked.every((range) => /^E\d+(:F\d+)?$/.test(range))).toBe(true);
    expect(unlocked.some((range) => range.startsWith("B") || range.startsWith("C"))).toBe(false);
  });
});

describe("a template from a consolidated sheet with each village's KH column", () => {
  it("carries the village's own targets, which read back as its template", () => {
    const village = SAMPLE_VILLAGES[0];
    const { templates } = villageTemplates(sheetCellsOf(sampleConsolidatedSheet()), { villages: [village.village], year: 2024, period: "year", rules: [] });
    const cells = sheetCellsOf(templates[0].sheet);
    const back = checkReport(cells);
    expect(templates[0].communeOnly).toBe(0);
    expect(back.findings.map((f) => f.code)).toEqual(back.indicators.map(() => "value/missing"));
    expect(back.indicators.find((i) => i.indicator.name.startsWith("Tổng sản lượng lương thực"))?.indicator.target).toBe(village.targets.grain);
  });
});
