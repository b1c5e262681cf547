import type { SheetCells } from "../../../src/core/model";
import { readTable } from "../../../src/core/table/readIndicatorTable";
import {
  templateIndicators,
  templateRule,
} from "../../../src/core/template/templateIndicators";
import { villageTemplates } from "../../../src/core/template/villageTemplates";
import { seedTargetSheet } from "../../fixtures/seedTargetSheet";

const sheet = (name: string, values: unknown[][]): SheetCells => ({
  name,
  values,
  formats: [],
});

// A consolidated sheet as the commune keeps it: each village's KH and TH under its merged name, and rows the
// commune keeps for itself (budget revenue, disbursement) with no village target.
const consolidated = sheet("Tổng hợp 2024", [
  ["ỦY BAN NHÂN DÂN XÃ KHUÔN LÙNG"],
  ["BẢNG TỔNG HỢP CHỈ TIÊU THI ĐUA CÁC THÔN NĂM 2024"],
  ["TT", "Chỉ tiêu", "ĐVT", "Nà Lầu", "", "Khuổi Khâm", ""],
  ["", "", "", "KH", "TH", "KH", "TH"],
  [1, "Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", "", "", "", ""],
  [2, "Tổng sản lượng lương thực có hạt", "Tấn", 260, "", 240, ""],
  [3, "Tỷ lệ giải ngân các nguồn vốn đầu tư", "%", "", "", "", ""],
  [4, "Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 98, "", "", ""],
]);

// A village's report of last year, typed by the village with its own spelling.
const report = sheet("Nà Lầu", [
  ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA NĂM 2023"],
  ["Thôn: Nà Lầu"],
  ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"],
  [1, "Tong san luong luong thuc co hat", "Tấn", 250, 255],
  [2, "Thu nhập bình quân đầu người", "Triệu đồng", 36, 37],
]);

const names = (chosen: ReturnType<typeof templateIndicators>) =>
  chosen.indicators.filter((i) => i.included).map((i) => i.name);

describe("which indicators go into the villages' templates (docs/outputs.md#which-indicators-go-into-a-template)", () => {
  it("takes those with a village's own target from a consolidated KH sheet", () => {
    const chosen = templateIndicators(readTable(consolidated), [], []);
    expect(chosen.basis).toBe("village-targets");
    expect(names(chosen)).toEqual([
      "Tổng sản lượng lương thực có hạt",
      "Tỷ lệ hộ dùng nước hợp vệ sinh",
    ]);
    expect(chosen.indicators).toHaveLength(4);
  });

  it("else those the villages' own reports hold, matched as checks match names", () => {
    const chosen = templateIndicators(
      readTable(seedTargetSheet()),
      [report],
      [],
    );
    expect(chosen.basis).toBe("village-reports");
    expect(names(chosen)).toEqual([
      "Thu nhập bình quân đầu người",
      "Tổng sản lượng lương thực có hạt",
    ]);
  });

  it("else all of them", () => {
    const chosen = templateIndicators(readTable(seedTargetSheet()), [], []);
    expect(chosen.basis).toBe("all");
    expect(names(chosen)).toHaveLength(46);
  });

  it.each([
    [[{ match: "thu ngân sách", template: false }], 45, false],
    [
      [
        { match: "thu ngân sách", template: false },
        { match: "thu ngan sach nha nuoc", template: true },
      ],
      46,
      true,
    ],
    [[{ match: "thu ngân sách", exclude: true }], 46, true],
  ])(
    "rules %j leave %d indicators in (budget revenue in: %s)",
    (rules, count, budgetIn) => {
      const chosen = templateIndicators(
        readTable(seedTargetSheet()),
        [],
        rules,
      );
      expect(names(chosen)).toHaveLength(count);
      expect(
        names(chosen).includes("Thu ngân sách nhà nước trên địa bàn"),
      ).toBe(budgetIn);
    },
  );

  it("lets a rule template: true put in an indicator the basis leaves out, and says a rule decided it", () => {
    const chosen = templateIndicators(
      readTable(consolidated),
      [],
      [{ match: "giải ngân", template: true }],
    );
    expect(names(chosen)).toContain("Tỷ lệ giải ngân các nguồn vốn đầu tư");
    expect(
      chosen.indicators.find((i) => i.name.startsWith("Tỷ lệ giải ngân"))
        ?.byRule,
    ).toBe(true);
    expect(
      chosen.indicators.find((i) => i.name.startsWith("Thu ngân sách"))?.byRule,
    ).toBe(false);
  });

  it.each([
    [[], null],
    [[{ match: "sản lượng", template: false }], false],
    [
      [
        { match: "sản lượng", template: false },
        { match: "lương thực", template: true },
      ],
      true,
    ],
    [[{ match: "sản lượng", weight: 2 }], null],
  ])("the rule deciding an indicator %j → %s", (rules, expected) => {
    expect(templateRule(rules, "Tổng sản lượng lương thực có hạt")).toBe(
      expected,
    );
  });

  it("gives each village's template only the chosen indicators, the reports' choice included", () => {
    const built = villageTemplates(seedTargetSheet(), {
      villages: ["Nà Lầu", "Khuổi Khâm"],
      year: 2024,
      period: "year",
      rules: [],
      reports: [report],
    });
    expect(built.templates.map((t) => t.indicators)).toEqual([2, 2]);
    expect(built.selection.basis).toBe("village-reports");
    const fromKh = villageTemplates(consolidated, {
      villages: ["Nà Lầu"],
      year: 2024,
      period: "year",
      rules: [],
    });
    expect(
      fromKh.templates[0].sheet.cells.some(
        (cell) => cell.value === "Thu ngân sách nhà nước trên địa bàn",
      ),
    ).toBe(false);
    expect(fromKh.templates[0].indicators).toBe(2);
  });
});
