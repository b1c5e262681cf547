import { checkReport } from "../../../src/core/checks/checkReport";
import type { SheetCells } from "../../../src/core/model/cells";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";

// The commune's table as a clerk types it: one target not given yet, one count without its unit.
const communeSheet: SheetCells = {
  name: "Chỉ tiêu 2024",
  values: [
    ["CHỈ TIÊU THI ĐUA NĂM 2024"],
    ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"],
    ["I", "KINH TẾ", "", ""],
    [1, "Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", 54],
    [2, "Số hộ nuôi cá lồng", "", 12],
    [3, "Diện tích trồng rừng mới", "ha", "chưa giao"],
  ],
  formats: [],
};

const villageSheet: SheetCells = {
  name: "Nà Lầu",
  values: [
    ["Thôn: Nà Lầu"],
    ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"],
    ["I", "KINH TẾ", "", "", ""],
    [1, "Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", 54, 60],
    [2, "Số hộ nuôi cá lồng", "", 12, 13],
    [3, "Diện tích trồng rừng mới", "ha", "", 4],
  ],
  formats: [],
};

const said = (findings: { code: string; cell?: string | null }[], code: string) =>
  findings.filter((f) => f.code === code).map((f) => f.cell);

describe("a missing target or unit is said by one rule", () => {
  it("the commune's table says it at the target and unit cells, with the words written there", () => {
    const { findings } = readIndicatorTable(communeSheet);
    expect(said(findings, "target/missing")).toEqual(["D6"]);
    expect(findings.find((f) => f.code === "target/missing")?.actual).toBe("chưa giao");
    expect(said(findings, "unit/missing")).toEqual(["C5"]);
  });

  it("a village's report checked alone says it at the same cells of its own rows", () => {
    const { findings } = checkReport(villageSheet);
    expect(said(findings, "target/missing")).toEqual(["D6"]);
    expect(said(findings, "unit/missing")).toEqual(["C5"]);
  });

  it("against the commune's table, the report is told about the targets that apply, not its own blanks", () => {
    // a level indicator takes the commune's target; a cumulative one still needs the village's own share
    const rate = (target: unknown, actual?: unknown) => [3, "Tỷ lệ hộ dùng nước sạch", "%", target, ...(actual === undefined ? [] : [actual])];
    const report = { ...villageSheet, values: villageSheet.values.map((row, index) => (index === 5 ? rate("", 96) : row)) };
    const targets = { ...communeSheet, values: communeSheet.values.map((row, index) => (index === 5 ? rate(95) : row)) };
    const { findings } = checkReport(report, { targets });
    expect(said(findings, "target/missing")).toEqual([]);
    expect(said(checkReport(report).findings, "target/missing")).toEqual(["D6"]);
  });
});
