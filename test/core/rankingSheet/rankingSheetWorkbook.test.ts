import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeWorkbook } from "../../../src/cli/writeWorkbook/writeWorkbook";
import { readWorkbookFile } from "../../../src/cli/xlsx/readWorkbookFile";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { buildRankingSheet } from "../../../src/core/rankingSheet/buildRankingSheet";
import { exampleConfig, sixVillages } from "../ranking/seedExample";

// What Excel will find in the file: numbers stay numbers with their formats, text stays text.
describe("the ranking sheet through a real workbook", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "xep-hang-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps scores and amounts as numbers with their formats, and names as text", async () => {
    const model = buildRankingSheet(rankVillages(sixVillages(), exampleConfig()), { commune: "Khuôn Lùng", place: "Khuôn Lùng", date: { day: 10, month: 12, year: 2024 } });
    const file = path.join(dir, "xep-hang.xlsx");
    await writeWorkbook(file, [model]);
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error("unreadable");
    const sheet = read.value.find((cells) => cells.name === "Xếp hạng thi đua 2024")!;
    expect(sheet.values[9].slice(0, 4)).toEqual([1, "Nà Lầu", 105.96, "6/6"]);
    expect(sheet.values[9][6]).toBe(5_000_000);
    expect(sheet.formats[9][6]).toBe('[>=1000000]#"."###"."###;[>=1000]#"."###;0');
    expect(sheet.formats[9][2]).toBe("0.00");
    expect(sheet.values[11][7]).toBe("Đồng hạng — Hội đồng xem xét");
  });
});
