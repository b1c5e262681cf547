import fc from "fast-check";
import { classifySheet } from "../../../src/core/checks/classifySheet";
import { checkReport } from "../../../src/core/checks/checkReport";
import { readVillageReports } from "../../../src/core/checks/readVillageReports";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import { rosterKey } from "../../../src/core/config/rosterKey";
import type { SheetCells } from "../../../src/core/model/cells";
import { isExempt } from "../../../src/core/ranking/isExempt";
import { rankReportsOnce } from "../../../src/core/ranking/rankReportsOnce";
import { sampleConsolidatedSheet, sampleTargetSheet, sampleVillageSheet, SAMPLE_VILLAGES } from "../../../src/core/samples";
import { readTable } from "../../../src/core/table/readIndicatorTable";
import { readTitle } from "../../../src/core/table/readTitle";
import { villageName } from "../../../src/core/table/villageName";
import { VILLAGE_WORDS } from "../../../src/core/table/villageWords";
import { sheetCellsOf } from "../config/sheetCellsOf";

// docs/reading-tables.md#layouts item 2: the country's village words, a labelled line first, never a word inside the commune's
// name, one pass over the title block; docs/scoring.md#roster: one village key.

const ROWS: [string, string, number][] = [
  ["Số hộ nghèo giảm trong năm", "Hộ", 6],
  ["Tỷ lệ huy động trẻ 5 tuổi đến lớp", "%", 97],
  ["Số lao động được giải quyết việc làm", "Lao động", 10],
];

/** A village's report as a clerk types it: title rows in merged cells (their text in column A), then the table. */
function report(name: string, title: string[], actuals: number[]): SheetCells {
  const values: unknown[][] = [...title.map((line) => [line, "", "", "", ""]), ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"]];
  ROWS.forEach(([indicator, unit, target], index) => values.push([index + 1, indicator, unit, target, actuals[index]]));
  return { name, values, formats: [] };
}

describe("the country's village words", () => {
  it.each([
    [["Ấp: Tân Hòa"], "Ấp Tân Hòa"],
    [["Tên ấp: Tân Hòa"], "Ấp Tân Hòa"],
    [["ẤP TÂN HÒA"], "Ấp Tân Hòa"],
    [["BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024 CỦA ẤP TÂN HÒA"], "Ấp Tân Hòa"],
    [["Xóm: Mới"], "Xóm Mới"],
    [["Làng: Chài"], "Làng Chài"],
    [["KHÓM 3"], "Khóm 3"],
    [["Buôn: Đôn"], "Buôn Đôn"],
    [["Bon: Bu Prâng"], "Bon Bu Prâng"],
    [["Plơi: Ia Grai"], "Plei Ia Grai"],
    [["Sóc: Trà Cú"], "Sóc Trà Cú"],
    [["TDP 3"], "Tổ dân phố 3"],
    [["Khu phố 2"], "Khu phố 2"],
    [["Khu dân cư: Bình Minh"], "Khu dân cư Bình Minh"],
    [["TIỂU KHU 5"], "Tiểu khu 5"],
    [["KHU 4"], "Khu 4"],
    [["TỔ 7"], "Tổ 7"],
    [["Bản: Pá Ràng"], "Pá Ràng"],
    [["Tổ chức thực hiện"], null],
    [["KHU VỰC MIỀN NÚI"], null],
    [["Làng nghề truyền thống"], null],
    [["BÁO CÁO KẾT QUẢ CÔNG TÁC CHĂM SÓC SỨC KHỎE NHÂN DÂN NĂM 2024"], null],
    [["KẾT QUẢ PHONG TRÀO XÂY DỰNG LÀNG VĂN HÓA NĂM 2024"], null],
    [["BÁO CÁO KẾT QUẢ THI ĐUA CỦA XÓM MỚI"], "Xóm Mới"],
    [["BÁO CÁO KẾT QUẢ THI ĐUA SÓC 3 NĂM 2024"], "Sóc 3"],
    [["Báo cáo kết quả thi đua năm 2024 của ấp Tân Hòa"], "Ấp Tân Hòa"],
    [["Kết quả của tổ chức đoàn thể"], null],
  ])("reads %p as the village %p", (texts, village) => {
    expect(readTitle(texts).village).toBe(village);
  });

  it('never takes a word inside the commune\'s name for a village: "UBND XÃ BẢN LUỐC" above "Thôn: Tát Ngà" is Tát Ngà', () => {
    expect(readTitle(["UBND XÃ BẢN LUỐC", "BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024", "Thôn: Tát Ngà"])).toEqual({
      village: "Tát Ngà",
      commune: "Bản Luốc",
      year: 2024,
      issuer: "UBND XÃ BẢN LUỐC",
    });
    expect(readTitle(["ỦY BAN NHÂN DÂN PHƯỜNG ẤP BẮC", "BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024"]).village).toBeNull();
    expect(readTitle(["XÃ THÔN MỚI"]).village).toBeNull();
  });

  it("reads a labelled village line over any title cell, whatever village word the commune's name holds (property)", () => {
    const syllable = fc.constantFrom("Tát", "Ngà", "Luốc", "Pá", "Ràng", "Tân", "Hòa", "Khuổi", "Khâm", "Lũng", "Vài", "Mới", "Đôn", "Chài");
    const name = fc.array(syllable, { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));
    const word = fc.constantFrom(...VILLAGE_WORDS.map((entry) => entry.word));
    const body = fc.constantFrom("UBND XÃ", "ỦY BAN NHÂN DÂN XÃ", "UBND PHƯỜNG", "XÃ", "Ủy ban nhân dân thị trấn");
    fc.assert(
      fc.property(body, word, name, word, name, fc.boolean(), fc.boolean(), fc.nat(3), (kind, communeWord, communeName, ownWord, ownName, capitals, named, at) => {
        const commune = `${kind} ${communeWord} ${communeName}`;
        const lines = [capitals ? commune.toLocaleUpperCase("vi") : commune, "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA NĂM 2024"];
        if (named) lines.push(`THÔN ${communeName.toLocaleUpperCase("vi")}`);
        const labelled = `${ownWord}: ${ownName}`;
        lines.splice(Math.min(at, lines.length), 0, labelled);
        const read = readTitle(lines);
        expect(read.village).toBe(villageName(labelled));
        expect(rosterKey(read.village!)).toBe(rosterKey(`${ownWord} ${ownName}`));
        // and so the reader names the report, through the whole table
        expect(checkReport(report("Sheet1", lines, [6, 97, 10])).village).toBe(read.village);
      }),
      { numRuns: 300 },
    );
  });

  it("ends the title block at the header: an indicator starting with Xã is never the commune", () => {
    const sheet: SheetCells = {
      name: "Chỉ tiêu",
      values: [["CÁC CHỈ TIÊU THI ĐUA NĂM 2024"], ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"], [1, "Xã đạt chuẩn nông thôn mới nâng cao", "Đạt", "Đạt"], [2, "Số hộ nghèo giảm", "Hộ", 6]],
      formats: [],
    };
    expect(classifySheet(sheet)).toEqual({ layout: "targets", village: null, year: 2024, commune: null });
    expect(readTitle(["Xã đạt chuẩn nông thôn mới nâng cao"]).commune).toBeNull();
    expect(readTitle(["UBND XÃ KHUÔN LÙNG, HUYỆN BẮC QUANG"]).commune).toBe("Khuôn Lùng");
  });
});

describe("one village key", () => {
  it('makes "Thôn 3", "Thôn số 3", "Thôn 03" one village, and keeps "Thôn 3" and "Tổ dân phố 3" two', () => {
    expect(new Set(["Thôn 3", "Thôn số 3", "Thôn 03", "THÔN SỐ 03", "Tên thôn: 3"].map(rosterKey))).toEqual(new Set([rosterKey("Thôn 3")]));
    expect(rosterKey("Thôn 3")).not.toBe(rosterKey("Tổ dân phố 3"));
    expect(rosterKey("TDP 03")).toBe(rosterKey("Tổ dân phố số 3"));
    expect(rosterKey("Ấp Tân Hòa")).toBe(rosterKey("tan hoa"));
    expect(rosterKey("Plơi Ia Grai")).toBe(rosterKey("Plei Ia Grai"));
  });

  it("gives every spelling of a village's number one key, and two village words two keys (property)", () => {
    const words = VILLAGE_WORDS.map((entry) => entry.word);
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom(...words), fc.integer({ min: 1, max: 99 }), (word, other, n) => {
        const spellings = [`${word} ${n}`, `${word} số ${n}`, `${word} 0${n}`, `${word} số 0${n}`, `${word} ${n}`.toLocaleUpperCase("vi"), `Tên ${word.toLowerCase()}: ${n}`];
        expect(new Set(spellings.map(rosterKey)).size).toBe(1);
        expect(rosterKey(`${word} ${n}`) === rosterKey(`${other} ${n}`)).toBe(word === other);
        expect(rosterKey(villageName(`${word}: số 0${n}`)!)).toBe(rosterKey(`${word} ${n}`));
      }),
      { numRuns: 300 },
    );
  });

  it('holds back "Thôn 3", "Thôn số 3" and "Thôn 03" with different figures as village/duplicate-report, and ranks Thôn 4 and Tổ dân phố 3', () => {
    const sheets = [
      report("Sheet1", ["THÔN 3"], [6, 97, 10]),
      report("Sheet2", ["Thôn: số 3"], [3, 90, 5]),
      report("Sheet3", ["BÁO CÁO KẾT QUẢ THI ĐUA CỦA THÔN 03 NĂM 2024"], [7, 99, 12]),
      report("Sheet4", ["Thôn: 4"], [6, 97, 10]),
      report("Sheet5", ["Tổ dân phố: 3"], [6, 97, 10]),
    ];
    const { reports } = readVillageReports(sheets);
    const { ranking } = rankReportsOnce(reports, defaultConfig(2024));
    expect(ranking.villages.map((village) => village.village).sort()).toEqual(["Thôn 4", "Tổ dân phố 3"]);
    expect(ranking.findings).toContainEqual(expect.objectContaining({ code: "village/duplicate-report", sheet: "Sheet1", details: expect.objectContaining({ village: "Thôn 3", more: 1 }) }));
    expect(ranking.unranked).toEqual(["Thôn 3"]);
  });

  it("applies adjustments and exemptions written with another spelling of a village's number", () => {
    const { reports } = readVillageReports([report("Sheet1", ["THÔN 3"], [6, 97, 10]), report("Sheet2", ["Tổ dân phố: 3"], [6, 97, 10])]);
    const config = { ...defaultConfig(2024), adjustments: [{ village: "Thôn số 03", points: 5 }] };
    const { ranking } = rankReportsOnce(reports, config);
    const thon3 = ranking.villages.find((village) => village.village === "Thôn 3")!;
    const tdp3 = ranking.villages.find((village) => village.village === "Tổ dân phố 3")!;
    expect(thon3.score).toBeCloseTo(tdp3.score + 5, 6);
    expect(ranking.findings.filter((f) => f.code === "village/adjustment-without-report")).toEqual([]);
    expect(isExempt("Thôn 3", ["thôn số 03"])).toBe(true);
    expect(isExempt("Tổ dân phố 3", ["thôn số 03"])).toBe(false);
    expect(isExempt("Ấp Tân Hòa", ["Tân Hòa"])).toBe(true);
  });

  it('recognises Southern hamlets ("Ấp: Tân Hòa") against a roster: no hamlet missing, none outside the roster', () => {
    const sheets = [report("Sheet1", ["UBND XÃ TÂN PHÚ", "Ấp: Tân Hòa"], [6, 97, 10]), report("Sheet1 (2)", ["UBND XÃ TÂN PHÚ", "Tên ấp: Tân Lợi"], [5, 97, 9])];
    const { reports } = readVillageReports(sheets);
    const config = { ...defaultConfig(2024), villages: ["Ấp Tân Hòa", "Ấp Tân Lợi", "Ấp Mỹ Hòa"] };
    const { ranking } = rankReportsOnce(reports, config);
    expect(ranking.villages.map((village) => village.village).sort()).toEqual(["Ấp Tân Hòa", "Ấp Tân Lợi"]);
    expect(ranking.missing).toEqual(["Ấp Mỹ Hòa"]);
    expect(ranking.findings.filter((f) => f.code === "village/not-in-roster")).toEqual([]);
  });

  it('reads two villages of the commune "Bản Luốc" as two villages, not one "Luốc"', () => {
    const sheets = [report("Sheet1", ["UBND XÃ BẢN LUỐC", "Thôn: Tát Ngà"], [6, 97, 10]), report("Sheet2", ["UBND XÃ BẢN LUỐC", "Thôn: Nà Ngần"], [5, 97, 9])];
    const { reports } = readVillageReports(sheets);
    expect(reports.map((r) => r.village)).toEqual(["Tát Ngà", "Nà Ngần"]);
    const { ranking } = rankReportsOnce(reports, defaultConfig(2024));
    expect(ranking.villages).toHaveLength(2);
    expect(ranking.findings.filter((f) => f.code.startsWith("village/"))).toEqual([]);
  });

  it('checks the village "Bản Pá Ràng" against its own KH column (40,5), named with or without its word', () => {
    const targets: SheetCells = {
      name: "Giao chỉ tiêu 2024",
      values: [
        ["UBND XÃ KHUÔN LÙNG"],
        ["GIAO CHỈ TIÊU THI ĐUA CHO CÁC THÔN NĂM 2024"],
        ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu xã", "Bản Pá Ràng", "", "Nà Lầu", ""],
        ["", "", "", "", "KH", "TH", "KH", "TH"],
        [1, "Tỷ lệ che phủ rừng", "%", 41, 40.5, "", 45, ""],
      ],
      formats: [],
    };
    const own: SheetCells = { name: "Sheet1", values: [["Bản: Pá Ràng"], ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"], [1, "Tỷ lệ che phủ rừng", "%", 40.5, 40.5]], formats: [] };
    for (const village of [undefined, "Bản Pá Ràng", "Pá Ràng", "BAN PA RANG"]) {
      const checked = checkReport(own, { targets, ...(village === undefined ? {} : { village }) });
      expect(checked.indicators[0]).toEqual(expect.objectContaining({ status: "met", indicator: expect.objectContaining({ target: 40.5 }) }));
      expect(checked.findings.filter((f) => f.code === "target/changed")).toEqual([]);
    }
  });
});

describe("the pane's classification is the reader's own", () => {
  // The consolidated sheet of the issue: village names merged over KH | TH, the second header row
  // repeating TT | Chỉ tiêu | ĐVT, a title naming one village.
  const villages = ["Nà Lầu", "Khuổi Khâm", "Tát Mạ", "Pác Nặm", "Lũng Vài", "Nặm Đin"];
  const repeated: SheetCells = {
    name: "Tổng hợp 2024",
    values: [
      ["BẢNG TỔNG HỢP KẾT QUẢ THI ĐUA NĂM 2024"],
      ["Thôn: Nà Lầu"],
      ["TT", "Chỉ tiêu", "ĐVT", ...villages.flatMap((village) => [village, ""])],
      ["TT", "Chỉ tiêu", "ĐVT", ...villages.flatMap(() => ["KH", "TH"])],
      [1, "Số hộ nghèo giảm trong năm", "Hộ", ...villages.flatMap(() => [6, 7])],
    ],
    formats: [],
  };
  const sheets: SheetCells[] = [
    repeated,
    sheetCellsOf(sampleTargetSheet()),
    sheetCellsOf(sampleConsolidatedSheet()),
    ...SAMPLE_VILLAGES.map((village) => sheetCellsOf(sampleVillageSheet(village))),
    report("Sheet1", ["UBND XÃ BẢN LUỐC", "Thôn: Tát Ngà"], [6, 97, 10]),
    report("Ấp", ["ẤP TÂN HÒA"], [6, 97, 10]),
  ];

  it.each(sheets.map((sheet) => [sheet.name, sheet] as const))("classifies %s as the reader reads it", (_, sheet) => {
    const found = classifySheet(sheet);
    const table = readTable(sheet);
    expect(found.layout).toBe(table.parsed.layout);
    expect(found.year).toBe(table.parsed.title.year);
    expect(found.commune).toBe(table.parsed.title.commune);
    if (found.layout === "report") expect(found.village).toBe(checkReport(sheet).village);
    else if (found.layout === "consolidated") expect(found.village).toBeNull();
  });

  it("lists the consolidated sheet of six villages as consolidated, never as one village's report", () => {
    expect(classifySheet(repeated)).toEqual(expect.objectContaining({ layout: "consolidated", village: null }));
    expect(readVillageReports([repeated]).reports.map((r) => r.village)).toEqual(villages);
  });
});
