import { readdirSync } from "node:fs";
import { readWorkbookFile } from "../../src/cli/xlsx/readWorkbookFile";
import { formProgrammes, SAMPLE_VILLAGES, sampleConfig, sampleWorkbooks } from "../../src/core/samples";
import { readIndicatorTable } from "../../src/core/table/readIndicatorTable";
import { sampleFiles, type SampleFiles } from "./helpers/sampleFiles";

let samples: SampleFiles;

beforeAll(async () => {
  samples = await sampleFiles();
}, 60_000);

describe("the sample workbooks", () => {
  it("are written by writeSamples: the target sheet, six village reports, the consolidated sheet and the configuration, the points commune's, and the programmes scored on forms", () => {
    expect(readdirSync(samples.dir).sort()).toEqual(
      [
        "ban-tat-ma.xlsx", "cau-hinh-xep-hang-2024.json", "chi-tieu-xa-2024.xlsx", "thon-khuoi-kham.xlsx", "thon-lung-vai.xlsx",
        "thon-na-lau.xlsx", "thon-nam-din.xlsx", "thon-pac-nam.xlsx", "tong-hop-2024.xlsx",
        "tan-lap-chi-tieu-diem-2024.xlsx", "tan-lap-cau-hinh-diem-2024.json", "tan-lap-thon-na-pong.xlsx", "tan-lap-thon-khuoi-ngoa.xlsx",
        "tan-lap-ban-pieng.xlsx", "tan-lap-thon-pac-cap.xlsx", "tan-lap-thon-lung-pang.xlsx",
        "quang-minh-bang-cham-diem-2024.xlsx", "quang-minh-cau-hinh-van-hoa-2024.json", "quang-minh-thon-dong-tam.xlsx", "quang-minh-thon-tan-tien.xlsx",
        "quang-minh-thon-hop-nhat.xlsx", "quang-minh-to-dan-pho-bac-son.xlsx", "quang-minh-to-dan-pho-nam-son.xlsx", "quang-minh-thon-khe-ma.xlsx",
        "quang-minh-tieu-chi-ntm-2024.xlsx", "quang-minh-cau-hinh-ntm-2024.json", "quang-minh-ntm-thon-na-hin.xlsx", "quang-minh-ntm-thon-phieng-luong.xlsx",
        "quang-minh-ntm-thon-co-muong.xlsx", "quang-minh-ntm-ban-chieng.xlsx",
      ].sort(),
    );
  });

  it("keep the commune's target sheet as the seed lays it out: 46 indicators, 7 groups and 3 sub-groups", async () => {
    const read = await readWorkbookFile(samples.targets);
    if (!read.ok) throw new Error("unreadable");
    const table = readIndicatorTable(read.value[0]);
    expect(table.layout).toBe("targets");
    expect(table.indicators).toHaveLength(46);
    expect(table.groups.map((g) => g.tt)).toEqual(["8", "9", "10", "-", "-", "-", "11", "12", "13", "14"]);
    expect(table.title).toMatchObject({ commune: "Khuôn Lùng", year: 2024 });
  });

  it("give each of the six villages a report sheet that names the village", async () => {
    for (const village of SAMPLE_VILLAGES) {
      const read = await readWorkbookFile(samples.village[village.village]);
      if (!read.ok) throw new Error("unreadable");
      const table = readIndicatorTable(read.value[0]);
      expect(table.layout).toBe("report");
      expect(village.village).toContain(table.title.village);
      expect(table.indicators.length).toBeGreaterThanOrEqual(16);
    }
  });

  it("carry the flaws real reports have", async () => {
    const cellsOf = async (file: string) => {
      const read = await readWorkbookFile(file);
      if (!read.ok) throw new Error("unreadable");
      return read.value[0];
    };
    const tatMa = await cellsOf(samples.village["Bản Tát Mạ"]);
    expect(tatMa.values.flat()).toEqual(expect.arrayContaining(["205,5", "98%", "15,5"]));
    const pacNam = await cellsOf(samples.village["Thôn Pác Nặm"]);
    expect(pacNam.formats.flat()).toContain("0.0%");
    expect(pacNam.values.flat()).toContain(0.155);
    const lungVai = await cellsOf(samples.village["Thôn Lũng Vài"]);
    expect(lungVai.values.flat()).toContain("264.000 kg");
    expect(lungVai.name).toBe("Sheet1");
    const khuoiKham = await cellsOf(samples.village["Thôn Khuổi Khâm"]);
    expect(khuoiKham.values.flat()).toContain("Số hộ sử dụng nước sạch hợp vệ sinh");
    expect(khuoiKham.values.flat()).toContain("Hộ gia đình");
    const namDin = await cellsOf(samples.village["Thôn Nặm Đin"]);
    expect(namDin.values.flat()).toContain("Số hộ được công nhận gia đình văn hóa");
    expect(namDin.values.flat()).toContain("Chưa đạt");
  });

  it("read the consolidated sheet with one KH and TH column pair per village", async () => {
    const read = await readWorkbookFile(samples.consolidated);
    if (!read.ok) throw new Error("unreadable");
    const table = readIndicatorTable(read.value[0]);
    expect(table.layout).toBe("consolidated");
    expect(table.villageColumns.map((c) => c.village)).toEqual(["Nà Lầu", "Khuổi Khâm", "Tát Mạ", "Pác Nặm", "Lũng Vài", "Nặm Đin"]);
  });

  it("are pure data the add-in can write as well: sheet models with unique addresses and valid sheet names", () => {
    for (const workbook of [...sampleWorkbooks(), ...formProgrammes().flatMap((programme) => programme.workbooks)]) {
      for (const sheet of workbook.sheets) {
        const addresses = sheet.cells.map((c) => c.address);
        expect(new Set(addresses).size).toBe(addresses.length);
        expect(sheet.name.length).toBeLessThanOrEqual(31);
        expect(sheet.name).not.toMatch(/[\\/?*:[\]]/);
      }
    }
  });

  it("come with a configuration whose rules all match an indicator of the reports", () => {
    const texts = sampleWorkbooks()
      .filter((w) => w.kind === "village")
      .flatMap((w) => w.sheets.flatMap((s) => s.cells.map((c) => String(c.value ?? ""))));
    for (const rule of sampleConfig().indicators) expect(texts.some((text) => text.includes(rule.match))).toBe(true);
  });
});
