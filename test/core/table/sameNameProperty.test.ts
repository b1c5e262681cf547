import fc from "fast-check";
import { checkReport } from "../../../src/core/checks/checkReport";
import type { SheetCells } from "../../../src/core/model/cells";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";

// Parents (crops, schools) each holding some of the same figures, as clerks number them.
const PARENTS = ["Lúa", "Ngô", "Khoai lang", "Sắn", "Trường mầm non", "Trường tiểu học", "Trường THCS"];
const CHILDREN = ["Diện tích", "Năng suất", "Sản lượng", "Tỷ lệ phòng học kiên cố", "Số hộ tham gia"];
const UNITS = ["ha", "tạ/ha", "tấn", "%", "hộ"];
const LETTERS = "abcdefg";

interface Parent {
  name: string;
  children: { name: string; unit: string; target: number; actual: number }[];
}

const parents: fc.Arbitrary<Parent[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: PARENTS.length - 1 }), { minLength: 2, maxLength: 4 })
  .chain((chosen) =>
    fc.tuple(
      ...chosen.map((parent) =>
        fc
          .uniqueArray(fc.integer({ min: 0, max: CHILDREN.length - 1 }), { minLength: 1, maxLength: 3 })
          .chain((names) =>
            fc.tuple(...names.map((child) => fc.record({ child: fc.constant(child), target: fc.integer({ min: 1, max: 900 }), actual: fc.integer({ min: 0, max: 990 }) }))),
          )
          .map((children) => ({ name: PARENTS[parent], children: children.map(({ child, target, actual }) => ({ name: CHILDREN[child], unit: UNITS[child], target, actual })) })),
      ),
    ),
  )
  // the same name under at least two parents
  .filter((list) => list.some((parent, index) => list.slice(index + 1).some((other) => other.children.some((child) => parent.children.some((c) => c.name === child.name)))));

/** Where the numbering is written: TT "1 / a) / -", the name "a) Lúa / - Diện tích", TT "I / 1 / +". */
type Numbering = "tt-letters" | "name" | "tt-roman";

function marks(numbering: Numbering, parent: number): { group: [string, string]; parent: [string, string]; child: (name: string) => [string, string] } {
  if (numbering === "name") return { group: ["", "1. Sản xuất nông nghiệp"], parent: ["", `${LETTERS[parent]}) `], child: (name) => ["", `- ${name}`] };
  if (numbering === "tt-roman") return { group: ["I", "Sản xuất nông nghiệp"], parent: [`${parent + 1}`, ""], child: (name) => ["+", name] };
  return { group: ["1", "Sản xuất nông nghiệp"], parent: [`${LETTERS[parent]})`, ""], child: (name) => ["-", name] };
}

function sheet(list: Parent[], numbering: Numbering, report: { village: string; dropParents: boolean } | null, budgetFirst = false): SheetCells {
  const rows: unknown[][] = [report === null ? ["KẾ HOẠCH NĂM 2024"] : [`Thôn: ${report.village}`], report === null ? ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"] : ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"]];
  const { group } = marks(numbering, 0);
  // a group whose rows use the children's marks, higher up the table than the parents
  if (budgetFirst) {
    const [tt, name] = marks(numbering, 0).child("Thu ngân sách");
    rows.push([group[0], group[1].replace("Sản xuất nông nghiệp", "Kinh tế"), "", ""], [tt, name, "Triệu đồng", 54, 54].slice(0, report === null ? 4 : 5));
  }
  rows.push([group[0], group[1], "", "", ""].slice(0, report === null ? 4 : 5));
  list.forEach((parent, index) => {
    const m = marks(numbering, index);
    if (report === null || !report.dropParents) rows.push([m.parent[0], `${m.parent[1]}${parent.name}`, "", ""]);
    for (const child of parent.children) {
      const [tt, name] = m.child(child.name);
      rows.push(report === null ? [tt, name, child.unit, child.target] : [tt, name, child.unit, child.target, child.actual]);
    }
  });
  return { name: report?.village ?? "Chỉ tiêu", values: rows, formats: [] };
}

const numbering = fc.constantFrom<Numbering>("tt-letters", "name", "tt-roman");

describe("rows of one name under different parents (docs/reading-tables.md#layouts), for any such table", () => {
  it("are read as different indicators, never as row/duplicate-indicator", () => {
    fc.assert(
      fc.property(parents, numbering, fc.boolean(), (list, style, budgetFirst) => {
        const table = readIndicatorTable(sheet(list, style, null, budgetFirst));
        const expected = [...(budgetFirst ? [["Kinh tế", "Thu ngân sách", 54]] : []), ...list.flatMap((parent) => parent.children.map((child) => [parent.name, child.name, child.target]))];
        expect(table.indicators.map((indicator) => [indicator.path.at(-1), indicator.name, indicator.target])).toEqual(expected);
        expect(new Set(table.indicators.map((indicator) => indicator.id)).size).toBe(expected.length);
        expect(table.findings.map((f) => f.code)).not.toContain("row/duplicate-indicator");
      }),
      { numRuns: 150 },
    );
  });

  it("are matched each to its own parent's target, whether or not the report keeps the parent rows, and never merge", () => {
    fc.assert(
      fc.property(parents, numbering, fc.boolean(), fc.boolean(), (list, style, dropParents, budgetFirst) => {
        const targets = sheet(list, style, null, budgetFirst);
        const checked = checkReport(sheet(list, style, { village: "Nà Lầu", dropParents }, budgetFirst), { targets });
        const expected = [
          ...(budgetFirst ? [["Kinh tế", "Thu ngân sách", 54, 54, true]] : []),
          ...list.flatMap((parent) => parent.children.map((child) => [parent.name, child.name, child.target, child.actual, true])),
        ];
        expect(checked.indicators.map((line) => [line.indicator.path.at(-1), line.indicator.name, line.indicator.target, line.actual, line.scored])).toEqual(expected);
        expect(new Set(checked.indicators.map((line) => line.indicator.id)).size).toBe(expected.length);
        const codes = checked.findings.map((f) => f.code);
        for (const code of ["row/duplicate-indicator", "row/unknown-indicator", "row/ambiguous-indicator", "row/missing-indicator"] as const) expect(codes).not.toContain(code);
      }),
      { numRuns: 150 },
    );
  });
});
