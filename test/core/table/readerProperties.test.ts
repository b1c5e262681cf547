import fc from "fast-check";
import { checkReport } from "../../../src/core/checks/checkReport";
import type { SheetCells } from "../../../src/core/model/cells";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";

// A village report of groups and indicators, as data; each variation below writes it differently.
interface Table {
  groups: { name: string; indicators: { name: string; unit: string; target: number; actual: number }[] }[];
}

const NAMES = ["Diện tích trồng lúa", "Số hộ thoát nghèo", "Tỷ lệ trẻ tiêm chủng", "Sản lượng ngô", "Số lao động có việc làm", "Đàn trâu bò", "Km đường bê tông", "Số thôn văn hóa"];
const GROUPS = ["Kinh tế", "Văn hóa - xã hội", "Môi trường", "Quốc phòng - an ninh"];
const UNITS = ["Ha", "Hộ", "%", "Tấn", "Lao động", "Con", "Km", "Thôn"];
const ROMAN = ["I", "II", "III", "IV"];

const table: fc.Arbitrary<Table> = fc
  .array(
    fc.array(fc.record({ name: fc.integer({ min: 0, max: NAMES.length - 1 }), unit: fc.constantFrom(...UNITS), target: fc.integer({ min: 1, max: 5000 }), actual: fc.integer({ min: 0, max: 6000 }) }), { minLength: 1, maxLength: 5 }),
    { minLength: 1, maxLength: 4 },
  )
  .map((groups) => ({
    groups: groups.map((indicators, g) => ({
      name: GROUPS[g],
      // the same names may repeat under different groups; within a group each is numbered apart
      indicators: indicators.map((indicator, i) => ({ ...indicator, name: `${NAMES[indicator.name]} loại ${i + 1}` })),
    })),
  }));

type Header = "one" | "two" | "three";
type Numbering = "tt" | "name-counter" | "name-empty";

function grid(t: Table, header: Header, numbering: Numbering, extra: { blankAt: number | null; totalAt: number | null }): SheetCells {
  const head: unknown[][] =
    header === "one"
      ? [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"]]
      : header === "two"
        ? [["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", ""], ["TT", "Chỉ tiêu", "ĐVT", "KH", "TH"]]
        : [["TT", "Chỉ tiêu", "ĐVT", "Kết quả", ""], ["", "", "", "Năm 2024", ""], ["", "", "", "Kế hoạch", "Thực hiện"]];
  const body: unknown[][] = [];
  let counter = 0;
  t.groups.forEach((group, g) => {
    counter++;
    if (numbering === "tt") body.push([ROMAN[g], group.name, "", "", ""]);
    else body.push([numbering === "name-counter" ? counter : "", `${ROMAN[g]}. ${group.name}`, "", "", ""]);
    for (const indicator of group.indicators) {
      counter++;
      const tt = numbering === "tt" ? "-" : numbering === "name-counter" ? counter : "";
      const name = numbering === "tt" ? indicator.name : `- ${indicator.name}`;
      body.push([tt, name, indicator.unit, indicator.target, indicator.actual]);
    }
  });
  const insert = (at: number | null, row: unknown[]) => {
    if (at !== null) body.splice(Math.min(at, body.length), 0, row);
  };
  insert(extra.totalAt, ["", "Tổng cộng", "", "", ""]);
  insert(extra.blankAt, ["", "", "", "", ""]);
  return { name: "Thôn Khuổi Vùa", values: [["BÁO CÁO KẾT QUẢ NĂM 2024"], ...head, ...body], formats: [] };
}

function meaning(sheet: SheetCells) {
  const read = readIndicatorTable(sheet);
  const checked = checkReport(sheet);
  return {
    layout: read.layout,
    indicators: read.indicators.map((indicator) => [indicator.id, indicator.path, indicator.name, indicator.unit, indicator.target]),
    actuals: checked.indicators.map((indicator) => [indicator.indicator.name, indicator.actual, indicator.status]),
    groups: read.groups.map((group) => group.path),
  };
}

const variation = fc.record({
  header: fc.constantFrom<Header>("one", "two", "three"),
  numbering: fc.constantFrom<Numbering>("tt", "name-counter", "name-empty"),
  blankAt: fc.option(fc.nat({ max: 30 })),
  totalAt: fc.option(fc.nat({ max: 30 })),
});

describe("a table's meaning does not change with how it is written (docs/reading-tables.md#layouts)", () => {
  it("header over one to three rows, numbering in TT or in the name, a blank or total row inserted", () => {
    fc.assert(
      fc.property(table, variation, (t, v) => {
        const plain = meaning(grid(t, "one", "tt", { blankAt: null, totalAt: null }));
        expect(plain.indicators).toHaveLength(t.groups.reduce((sum, group) => sum + group.indicators.length, 0));
        expect(meaning(grid(t, v.header, v.numbering, { blankAt: v.blankAt, totalAt: v.totalAt }))).toEqual(plain);
      }),
      { numRuns: 150 },
    );
  });
});

describe("the reader never throws on grids shaped like the tables of other communes", () => {
  const label = fc.constantFrom(
    "STT", "Mã số", "Tên tiêu chí", "Nội dung đánh giá", "DVT", "Đơn vị \ntính", "KH 2024", "KH2024", "ƯTH2024", "TH\n2023", "KQ", "Tỉ lệ",
    "ƯTH/KH", "ƯTH2020/ƯTH2019", "So sánh %", "Toàn huyện", "Ủy Ban Nhân Dân Xã Tu Tra", "ĐIỂM", "Năm 2024", "", "",
  );
  const cell = fc.oneof(label, fc.string(), fc.integer({ min: -5, max: 3000 }), fc.double(), fc.constantFrom("E. SẢN XUẤT", "I.Diện tích", "1.2.Củ năng", "a) x", "(5) y", "- Diện tích", "+ Lúa", "* Khu vực", "Tổng cộng", "Cộng tiêu chí 1", "15.40", "1.417", "≥ 95%", "04/09 thôn"));
  it("reads any such grid without throwing", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 25 }), (values) => {
        const sheet = { name: "Biểu", values, formats: [] };
        expect(() => readIndicatorTable(sheet)).not.toThrow();
        expect(() => checkReport(sheet)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
