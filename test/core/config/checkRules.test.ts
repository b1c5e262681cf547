import { checkRules } from "../../../src/core/config/checkRules";
import { matchesRule } from "../../../src/core/config/matchesRule";
import { defaultConfig } from "../../../src/core/config/rankingConfig";

const NAMES = [
  "Phân đấu xã, thị trấn đạt tiêu chuẩn “ an toàn về an ninh, trật tự ”",
  "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn (theo cân nặng)",
];

describe("rules", () => {
  it.each([
    ["an toàn về an ninh, trật tự", NAMES[0], true],
    ["AN TOAN VE AN NINH TRAT TU", NAMES[0], true],
    ["suy dinh dưỡng", NAMES[1], true],
    ["Suy  Dinh Duong", NAMES[1], true],
    ["tuyển quân", NAMES[0], false],
    ["", NAMES[0], false],
  ])("match %j in %j: %p", (match, name, expected) => {
    expect(matchesRule(match, name)).toBe(expected);
  });

  it("names each rule that matches nothing, with its cell when known", () => {
    const config = { ...defaultConfig(2024), indicators: [{ match: "suy dinh dưỡng" }, { match: "thu ngân sách" }, { match: "tuyển quân" }] };
    expect(checkRules(config, NAMES, { sheet: "Cấu hình xếp hạng", cellOf: (index) => `A${20 + index}` })).toEqual([
      {
        code: "config/rule-matches-nothing",
        severity: "error",
        sheet: "Cấu hình xếp hạng",
        cell: "A21",
        actual: "thu ngân sách",
        details: { field: "indicators[1].match", rule: "thu ngân sách" },
      },
      expect.objectContaining({ cell: "A22", details: { field: "indicators[2].match", rule: "tuyển quân" } }),
    ]);
    expect(checkRules(config, NAMES, { sheet: "cauhinh.json" })[0]).toMatchObject({ sheet: "cauhinh.json", cell: null });
  });
});
