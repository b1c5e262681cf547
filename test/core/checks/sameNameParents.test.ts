import { checkReport } from "../../../src/core/checks/checkReport";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import { formatFinding } from "../../../src/core/messages";
import type { SheetCells } from "../../../src/core/model/cells";
import { finding } from "../../../src/core/model/finding";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { resultTotals } from "../../../src/core/results/resultTotals";
import { readIndicatorTable, readTable } from "../../../src/core/table/readIndicatorTable";
import { templateRows } from "../../../src/core/template/templateRows";
import { villageTemplates } from "../../../src/core/template/villageTemplates";
import { sheetCellsOf } from "../config/sheetCellsOf";
import { CROPS_TARGETS, cropsReport, SCHOOLS_TARGETS } from "../../fixtures/sameNameParents";

const targets: SheetCells = { name: "Chỉ tiêu", values: CROPS_TARGETS, formats: [] };
const report = (village: string, values: unknown[][]): SheetCells => ({ name: village, values, formats: [] });
const AT_TARGET = { lua: [120, 55, 660], ngo: [40, 50, 200], poor: 12 };

describe("rows of one name under different parents, checked and ranked (issue 23)", () => {
  it("checks each crop's rows against its own crop's targets, and reports an empty Ngô yield as value/missing", () => {
    const checked = checkReport(report("Khuổi Lùng", cropsReport("Khuổi Lùng", { lua: [132, 60.5, 726], ngo: [20, "", 100], poor: 12 })), { targets });
    expect(checked.indicators.map((line) => [line.indicator.path.at(-1), line.indicator.name, line.indicator.target, line.actual, line.scored])).toEqual([
      ["Lúa", "Diện tích", 120, 132, true],
      ["Lúa", "Năng suất", 55, 60.5, true],
      ["Lúa", "Sản lượng", 660, 726, true],
      ["Ngô", "Diện tích", 40, 20, true],
      ["Ngô", "Năng suất", 50, null, true],
      ["Ngô", "Sản lượng", 200, 100, true],
      ["Sản xuất nông nghiệp", "Số hộ nghèo giảm trong năm", 12, 12, true],
    ].map(([parent, ...rest]) => [parent === "Sản xuất nông nghiệp" ? undefined : parent, ...rest]));
    expect(checked.findings).toContainEqual(expect.objectContaining({ code: "value/missing", cell: "E11", indicator: "Năng suất" }));
    expect(checked.findings.map((f) => f.code)).not.toContain("row/duplicate-indicator");
    expect(checked.findings.map((f) => f.code)).not.toContain("row/unknown-indicator");
  });

  it("matches a report that drops the crop rows by the order of the repeated names under the nearest group", () => {
    const checked = checkReport(report("Tát Mạ", cropsReport("Tát Mạ", { lua: [120, 55, 660], ngo: [36, 50, 180], poor: 12 }, true)), { targets });
    expect(checked.indicators.map((line) => [line.indicator.path.at(-1), line.indicator.name, line.actual])).toEqual([
      ["Lúa", "Diện tích", 120],
      ["Lúa", "Năng suất", 55],
      ["Lúa", "Sản lượng", 660],
      ["Ngô", "Diện tích", 36],
      ["Ngô", "Năng suất", 50],
      ["Ngô", "Sản lượng", 180],
      [undefined, "Số hộ nghèo giảm trong năm", 12],
    ]);
    expect(checked.findings.filter((f) => f.code.startsWith("row/"))).toEqual([]);
  });

  it("gives row/ambiguous-indicator, never a guess, where a report without the crop rows holds a name fewer times than the targets", () => {
    const values = cropsReport("Nà Mèo", { lua: [120, 55, 660], ngo: [40, 50, 200], poor: 12 }, true).slice(0, 7);
    const checked = checkReport(report("Nà Mèo", [...values, ["2", "Số hộ nghèo giảm trong năm", "Hộ", 12, 12]]), { targets });
    const rows = checked.findings.filter((f) => f.code === "row/ambiguous-indicator");
    expect(rows.map((f) => [f.cell, f.indicator, f.details?.parents, f.details?.firstParent])).toEqual([
      ["B5", "Diện tích", "Lúa, Ngô", "Lúa"],
      ["B6", "Năng suất", "Lúa, Ngô", "Lúa"],
      ["B7", "Sản lượng", "Lúa, Ngô", "Lúa"],
    ]);
    expect(checked.indicators.filter((line) => line.scored && line.indicator.name === "Diện tích")).toEqual([]);
    expect(checked.findings.map((f) => f.code)).not.toContain("row/unknown-indicator");
  });

  it("never matches a row under one school to the other school's target", () => {
    const schools: SheetCells = { name: "Chỉ tiêu", values: SCHOOLS_TARGETS, formats: [] };
    const values = [
      ["Thôn: Nà Lầu"],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
      ["1", "Trường tiểu học", "", "", ""],
      ["-", "Tỷ lệ phòng học kiên cố", "%", 90, 92],
      ["2", "Trường mầm non", "", "", ""],
      ["-", "Tỷ lệ phòng học kiên cố", "%", 80, 70],
    ];
    const checked = checkReport(report("Nà Lầu", values), { targets: schools });
    const rooms = checked.indicators.filter((line) => line.indicator.name === "Tỷ lệ phòng học kiên cố");
    expect(rooms.map((line) => [line.indicator.path.at(-1), line.indicator.target, line.actual, line.status])).toEqual([
      ["Trường tiểu học", 90, 92, "exceeded"],
      ["Trường mầm non", 80, 70, "shortfall"],
    ]);
    expect(checked.findings.map((f) => f.code)).not.toContain("row/duplicate-indicator");
  });

  it("ranks on every crop's rows: a village that leaves its Ngô yield empty does not rise on its Lúa", () => {
    const reports = [
      checkReport(report("Nà Lầu", cropsReport("Nà Lầu", AT_TARGET)), { targets }),
      checkReport(report("Khuổi Lùng", cropsReport("Khuổi Lùng", { lua: [132, 60.5, 726], ngo: [20, "", 100], poor: 12 })), { targets }),
      checkReport(report("Tát Mạ", cropsReport("Tát Mạ", { ...AT_TARGET, poor: 10 }, true)), { targets }),
    ];
    const ranking = rankVillages(reports, defaultConfig(2024));
    // Nà Lầu 7 × 1 → 100; Tát Mạ 6 + 10/12 → 97.62; Khuổi Lùng 3 × 1.1 + 0.5 + 0 + 0.5 + 1 = 5.3 → 75.71
    expect(ranking.villages.map((v) => [v.village, v.rank, v.score, `${v.met}/${v.scored}`, v.prize])).toEqual([
      ["Nà Lầu", 1, 100, "7/7", "Giải Nhất"],
      ["Tát Mạ", 2, 97.62, "6/7", "Giải Nhì"],
      ["Khuổi Lùng", 3, 75.71, "4/7", "Giải Ba"],
    ]);
  });
});

describe("templates and results totals keep rows of one name under different parents apart", () => {
  it("writes the crop rows into a village's template and reads them back as the same indicators", () => {
    const { templates } = villageTemplates(targets, { villages: ["Nà Lầu"], year: 2024, period: "year", rules: [] });
    const back = readIndicatorTable(sheetCellsOf(templates[0].sheet));
    const wanted = readIndicatorTable(targets).indicators;
    expect(back.indicators.map((indicator) => [indicator.path.at(-1), indicator.name])).toEqual(wanted.map((indicator) => [indicator.path.at(-1), indicator.name]));
    expect(back.findings.map((f) => f.code)).not.toContain("row/duplicate-indicator");
  });

  it("writes a parent row with its own figures once, as an indicator", () => {
    const grain: SheetCells = {
      name: "Chỉ tiêu",
      formats: [],
      values: [
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
        ["1", "Tổng sản lượng lương thực có hạt", "Tấn", 860],
        ["-", "Lúa", "Tấn", 660],
        ["-", "Ngô", "Tấn", 200],
      ],
    };
    const rows = templateRows(readTable(grain), "Nà Lầu", []);
    expect(rows.map((row) => (row.kind === "group" ? `group ${row.name}` : row.indicator.name))).toEqual(["Tổng sản lượng lương thực có hạt", "Lúa", "Ngô"]);
  });

  it("totals each crop's rows on their own", () => {
    const reports = [
      checkReport(report("Nà Lầu", cropsReport("Nà Lầu", AT_TARGET)), { targets }),
      checkReport(report("Tát Mạ", cropsReport("Tát Mạ", { ...AT_TARGET, ngo: [36, 50, 180] }, true)), { targets }),
    ];
    const totals = resultTotals(reports, readIndicatorTable(targets).indicators, "year");
    expect(totals.filter((total) => total.name === "Diện tích").map((total) => [total.id, total.total, total.target])).toEqual([
      ["1 san xuat nong nghiep/lua/dien tich", 240, 120],
      ["1 san xuat nong nghiep/ngo/dien tich", 76, 40],
    ]);
  });
});

describe("what a village reads about a repeated name", () => {
  const duplicate = finding("row/duplicate-indicator", { sheet: "Nà Lầu", cell: "B9", indicator: "Diện tích", details: { firstCell: "B5" } });

  it.each([
    ["vi", 'Trang "Nà Lầu", ô B9: chỉ tiêu "Diện tích" bị lặp lại trong cùng một mục (đã có ở ô B5), dòng này không được tính. Nếu đây là chỉ tiêu của một mục khác, hãy ghi tên mục đó (ví dụ "b) Ngô") ở dòng phía trên; nếu là dòng nhập trùng, hãy bỏ dòng trùng.'],
    ["en", 'Sheet "Nà Lầu", cell B9: the indicator "Diện tích" appears twice under the same heading (first at cell B5); this row is not counted. If it belongs to another heading, write that heading\'s row (such as "b) Ngô") above it; if it was typed twice, remove the copy.'],
  ] as const)("asks in %s for the heading row first, never plainly to delete the row", (lang, text) => {
    expect(formatFinding(duplicate, lang)).toBe(text);
  });
});
