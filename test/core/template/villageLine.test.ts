import { checkReport } from "../../../src/core/checks/checkReport";
import { readVillageReports } from "../../../src/core/checks/readVillageReports";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import { rosterKey } from "../../../src/core/config/rosterKey";
import { rankReportsOnce } from "../../../src/core/ranking/rankReportsOnce";
import { villageLine } from "../../../src/core/template/buildTemplateSheet";
import { SLUG_MAX, templateFileNames } from "../../../src/core/template/templateFileName";
import { villageTemplates } from "../../../src/core/template/villageTemplates";
import { VILLAGE_WORDS } from "../../../src/core/table/villageWords";
import { seedTargetSheet } from "../../fixtures/seedTargetSheet";
import { sheetCellsOf } from "../config/sheetCellsOf";

// docs/outputs.md#report-templates: a line naming the village with its own word, which the reader takes back as that village,
// for every village word of docs/reading-tables.md#layouts item 2. Names compare without their word (docs/scoring.md#roster): one commune's
// villages have names of their own ("Xóm Mới" and "Làng Mới" would be one village).
const NAMES = ["Mới", "Chài", "Tân Hòa", "Đôn", "Bu Prâng", "Ia Grai", "Trà Cú", "Cổ Loa", "Trung", "Bình Minh", "Tây", "Đông", "Nam Sơn", "Bắc Hà", "Hạ", "Thượng"];
const VILLAGES = [
  "Nà Lầu",
  ...VILLAGE_WORDS.map((entry, index) => `${entry.word} ${NAMES[index]}`),
  ...VILLAGE_WORDS.map((entry) => `${entry.word} 3`),
  "TDP 5",
  "Plơi Ia Kha",
];

describe("the templates' village line", () => {
  it.each([
    ["Nà Lầu", "Thôn: Nà Lầu"],
    ["Bản Tát Mạ", "Bản: Tát Mạ"],
    ["Xóm Mới", "Xóm: Mới"],
    ["Làng Chài", "Làng: Chài"],
    ["Ấp Tân Hòa", "Ấp: Tân Hòa"],
    ["Tổ dân phố 3", "Tổ dân phố: 3"],
    ["TDP 3", "Tổ dân phố: 3"],
    ["khu dân cư Bình Minh", "Khu dân cư: Bình Minh"],
  ])("names %s as %s", (village, line) => {
    expect(villageLine(village)).toBe(line);
  });

  it("comes back as its village for every village word, and the roster finds every one of them", () => {
    const { templates } = villageTemplates(seedTargetSheet(), { villages: VILLAGES, year: 2024, period: "year", rules: [] });
    const sheets = templates.map((template) => sheetCellsOf(template.sheet));
    sheets.forEach((sheet, index) => expect(rosterKey(checkReport({ ...sheet, name: "Sheet1" }).village)).toBe(rosterKey(VILLAGES[index])));
    const { reports } = readVillageReports(sheets.map((sheet, index) => ({ ...sheet, name: `Sheet${index + 1}` })));
    const config = { ...defaultConfig(2024), villages: VILLAGES, adjustments: VILLAGES.map((village) => ({ village, points: 1 })) };
    const { ranking } = rankReportsOnce(reports, config);
    expect(ranking.missing).toEqual([]);
    expect(ranking.findings.filter((f) => f.code.startsWith("village/"))).toEqual([]);
    expect(ranking.villages.map((village) => village.village).sort()).toEqual([...VILLAGES].sort());
  });

  it("writes working templates for a village named in 290 characters: a short file name, a sheet name Excel takes, the name read back", () => {
    const long = `Thôn ${"Khuổi Khâm Nà Lầu Pác Nặm Lũng Vài Nặm Đin ".repeat(7)}Cuối`.trim();
    expect(long.length).toBeGreaterThan(280);
    const { templates } = villageTemplates(seedTargetSheet(), { villages: [long, "Nà Lầu"], year: 2024, period: "year", rules: [] });
    expect(templates[0].sheet.name.length).toBeLessThanOrEqual(31);
    expect(templates[0].renamed).toBe(true);
    const [file] = templateFileNames([long], 2024);
    expect(file).toBe(`bao-cao-${"khuoi-kham-na-lau-pac-nam-lung-vai-nam-din-khuoi-kham-na-lau"}-2024.xlsx`);
    expect(file.length).toBeLessThanOrEqual(SLUG_MAX + "bao-cao--2024.xlsx".length);
    const back = checkReport({ ...sheetCellsOf(templates[0].sheet), name: "Sheet1" });
    expect(rosterKey(back.village)).toBe(rosterKey(long));
  });

  it("reads back a village named in thousands of characters from its template's village line", () => {
    const huge = `Ấp ${"Tân Hòa Mỹ Lợi ".repeat(400)}Cuối`;
    const { templates } = villageTemplates(seedTargetSheet(), { villages: [huge], year: 2024, period: "year", rules: [] });
    expect(templates[0].sheet.name.length).toBeLessThanOrEqual(31);
    expect(checkReport({ ...sheetCellsOf(templates[0].sheet), name: "Sheet1" }).village).toBe(huge);
  });
});
