import { assignTargetsSheet } from "../../../src/core/assignTargets/assignTargetsSheet";
import { isAssignTargetsSheetName } from "../../../src/core/assignTargets/assignTargetsSheetName";
import { checkAssignedShares } from "../../../src/core/assignTargets/checkAssignedShares";
import { checkReport } from "../../../src/core/checks/checkReport";
import type { SheetCells, SheetModel } from "../../../src/core/model";
import { formatFinding } from "../../../src/core/messages";
import { readTable } from "../../../src/core/table/readIndicatorTable";
import { TEMPLATE_COLUMN } from "../../../src/core/template/buildTemplateSheet";
import { villageTemplates } from "../../../src/core/template/villageTemplates";
import { seedTargetSheet } from "../../fixtures/seedTargetSheet";
import { sheetCellsOf } from "../config/sheetCellsOf";

const VILLAGES = ["Nà Lầu", "Khuổi Khâm", "Bản Tát Mạ"];
const built = assignTargetsSheet(seedTargetSheet(), {
  villages: VILLAGES,
  year: 2024,
  rules: [{ match: "thu ngân sách", template: false }],
});
if (!built.ok) throw new Error("no sheet");
const { sheet } = built.value;

const cell = (model: SheetModel, address: string) =>
  model.cells.find((c) => c.address === address);
const rowOf = (cells: SheetCells, start: string) =>
  cells.values.findIndex(
    (row) => typeof row[1] === "string" && row[1].startsWith(start),
  );
const letter = (column: number) => String.fromCharCode(65 + column);

/** The clerk types each village's share into its KH cell (E, G, I) of a row. */
function typeShares(
  cells: SheetCells,
  start: string,
  shares: (number | string)[],
): SheetCells {
  const values = cells.values.map((row) => [...row]);
  const row = rowOf(cells, start);
  shares.forEach((share, index) => {
    while (values[row].length <= 4 + index * 2) values[row].push("");
    values[row][4 + index * 2] = share;
  });
  return { ...cells, values };
}

describe("the Giao chỉ tiêu sheet (docs/outputs.md#giving-villages-their-targets)", () => {
  const cells = sheetCellsOf(sheet);

  it("is named for the year, with the commune's target and one KH | TH pair per village under its name", () => {
    expect(sheet.name).toBe("Giao chỉ tiêu 2024");
    expect(cell(sheet, "A2")?.value).toBe(
      "GIAO CHỈ TIÊU THI ĐUA CHO CÁC THÔN NĂM 2024",
    );
    expect(
      ["A5", "B5", "C5", "D5", "E5", "G5", "I5", "K5", "L5"].map(
        (a) => cell(sheet, a)?.value,
      ),
    ).toEqual([
      "TT",
      "Chỉ tiêu",
      "ĐVT",
      "Mục tiêu của xã",
      "Nà Lầu",
      "Khuổi Khâm",
      "Bản Tát Mạ",
      "Cộng các thôn",
      "Đối chiếu",
    ]);
    expect(["E6", "F6", "G6", "H6"].map((a) => cell(sheet, a)?.value)).toEqual([
      "KH",
      "TH",
      "KH",
      "TH",
    ]);
    expect(sheet.merges).toContain("E5:F5");
  });

  it("prefills level indicators with the commune's target and leaves cumulative ones to share out, with a sum and a check as formulas", () => {
    const rate = rowOf(cells, "Tỷ lệ giải ngân") + 1;
    expect(
      ["D", "E", "G", "I"].map((c) => cell(sheet, `${c}${rate}`)?.value),
    ).toEqual([100, 100, 100, 100]);
    const grain = rowOf(cells, "Tổng sản lượng lương thực") + 1;
    expect(
      ["D", "E", "G", "I"].map((c) => cell(sheet, `${c}${grain}`)?.value),
    ).toEqual([1417, null, null, null]);
    expect(cell(sheet, `E${grain}`)?.style?.fill).toBe("#FFF2CC");
    expect(cell(sheet, `K${grain}`)?.formula).toBe(
      `SUM(E${grain},G${grain},I${grain})`,
    );
    expect(cell(sheet, `L${grain}`)?.formula).toContain(
      `ABS(SUM(E${grain},G${grain},I${grain})-D${grain})`,
    );
    expect(cell(sheet, `K${rate}`)?.formula).toBeUndefined();
    expect(built.ok && built.value.firstShare).toMatch(/^E\d+$/);
  });

  it("leaves out what a rule template: false keeps for the commune", () => {
    expect(
      cells.values.some(
        (row) => row[1] === "Thu ngân sách nhà nước trên địa bàn",
      ),
    ).toBe(false);
  });

  it("reads back as a consolidated sheet with each village's KH column", () => {
    const table = readTable(cells);
    expect(table.parsed.layout).toBe("consolidated");
    expect(
      table.header?.villages.map((v) => [v.village, v.targetColumn !== null]),
    ).toEqual(VILLAGES.map((v) => [v.replace(/^Bản /, ""), true]));
  });

  it.each([
    [[1417 - 600, 400, 200], 0, null],
    [[600, 400, 400], 1, 1400],
    [[600, 400, ""], 1, 1000],
    [["", "", ""], 0, null],
  ])(
    "shares %j of 1.417 Tấn give %d mismatch (sum %s)",
    (shares, count, sum) => {
      const findings = checkAssignedShares(
        readTable(typeShares(cells, "Tổng sản lượng lương thực", shares)),
      );
      expect(findings).toHaveLength(count);
      if (count > 0) {
        expect(findings[0]).toMatchObject({
          code: "target/shares-mismatch",
          severity: "warning",
          expected: 1417,
          actual: sum,
          indicator: "Tổng sản lượng lương thực có hạt",
        });
        expect(findings[0].cell).toBe(
          `D${rowOf(cells, "Tổng sản lượng lương thực") + 1}`,
        );
        expect(formatFinding(findings[0], "vi")).toContain(
          "khác với mục tiêu của xã là 1.417 Tấn",
        );
        expect(formatFinding(findings[0], "en")).toContain(
          "unlike the commune's target of 1,417 Tấn",
        );
      }
    },
  );
});

describe("the sheet is known by its name, the commune's targets, not a village's report", () => {
  it.each([
    ["Giao chỉ tiêu 2024", true],
    ["Giao chỉ tiêu 2024 (2)", true],
    ["GIAO CHỈ TIÊU 2025", true],
    ["Tổng hợp 2024", false],
    ["Giao chỉ tiêu", false],
    ["Giao chỉ tiêu 2024 Nà Lầu", false],
  ])("%s → %s", (name, expected) =>
    expect(isAssignTargetsSheetName(name)).toBe(expected),
  );
});

describe("round trip: give the shares, make the templates from the sheet, check the reports against it", () => {
  const given = typeShares(
    sheetCellsOf(sheet),
    "Tổng sản lượng lương thực",
    [617, 500, 300],
  );

  it("gives each village its own share as its template's target, and no mismatch", () => {
    const templates = villageTemplates(given, {
      villages: VILLAGES,
      year: 2024,
      period: "year",
      rules: [],
    });
    expect(templates.findings).toEqual([]);
    const shares = templates.templates.map((template) => {
      const back = sheetCellsOf(template.sheet);
      return back.values[rowOf(back, "Tổng sản lượng lương thực")][
        TEMPLATE_COLUMN.target
      ];
    });
    expect(shares).toEqual([617, 500, 300]);
    const rates = templates.templates.map((template) => {
      const back = sheetCellsOf(template.sheet);
      return back.values[rowOf(back, "Tỷ lệ giải ngân")][
        TEMPLATE_COLUMN.target
      ];
    });
    expect(rates).toEqual([100, 100, 100]);
    expect(
      templates.templates[0].communeCells.some(
        (address) =>
          Number(address.slice(1)) ===
          rowOf(
            sheetCellsOf(templates.templates[0].sheet),
            "Tổng sản lượng lương thực",
          ) +
            1,
      ),
    ).toBe(false);
  });

  it("checks a filled template against its village's share", () => {
    const template = villageTemplates(given, {
      villages: ["Khuổi Khâm"],
      year: 2024,
      period: "year",
      rules: [],
    }).templates[0];
    const back = sheetCellsOf(template.sheet);
    const values = back.values.map((row) => [...row]);
    const grain = rowOf(back, "Tổng sản lượng lương thực");
    values[grain][TEMPLATE_COLUMN.actual] = 480;
    values[grain][TEMPLATE_COLUMN.target] = 450;
    const checked = checkReport(
      { ...back, name: "Khuổi Khâm", values },
      { targets: given },
    );
    const row = checked.indicators.find((i) =>
      i.indicator.name.startsWith("Tổng sản lượng lương thực"),
    );
    expect(row?.indicator.target).toBe(500);
    expect(checked.findings).toContainEqual(
      expect.objectContaining({
        code: "target/changed",
        expected: 500,
        actual: 450,
        cell: `${letter(TEMPLATE_COLUMN.target)}${grain + 1}`,
      }),
    );
    expect(checked.findings).toContainEqual(
      expect.objectContaining({
        code: "target/shortfall",
        indicator: "Tổng sản lượng lương thực có hạt",
      }),
    );
  });

  it("says the shares that do not add up when the templates are made", () => {
    const off = typeShares(
      sheetCellsOf(sheet),
      "Tổng sản lượng lương thực",
      [617, 500, 250],
    );
    const templates = villageTemplates(off, {
      villages: VILLAGES,
      year: 2024,
      period: "year",
      rules: [],
    });
    expect(
      templates.findings.map((f) => [f.code, f.expected, f.actual]),
    ).toEqual([["target/shares-mismatch", 1417, 1367]]);
  });
});
