import type { SheetModel } from "../../../src/core/model/sheetModel";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { buildRankingSheet } from "../../../src/core/rankingSheet/buildRankingSheet";
import { rankingSheetName } from "../../../src/core/rankingSheet/rankingSheetName";
import { placeDateLine } from "../../../src/core/rankingSheet/placeDateLine";
import { exampleConfig, GRAIN, sixVillages } from "../ranking/seedExample";
import { report, indicator } from "../ranking/reportBuilder";
import { defaultConfig } from "../../../src/core/config/rankingConfig";

const HEADER = { commune: "Khuôn Lùng", place: "Khuôn Lùng", date: { day: 10, month: 12, year: 2024 }, chart: true };

function at(model: SheetModel, address: string) {
  return model.cells.find((cell) => cell.address === address);
}

function row(model: SheetModel, rowNumber: number, columns = "ABCDEFGH"): unknown[] {
  return [...columns].map((column) => at(model, `${column}${rowNumber}`)?.value ?? "");
}

function rowOf(model: SheetModel, text: string): number {
  const cell = model.cells.find((c) => c.value === text);
  if (!cell) throw new Error(`no cell "${text}"`);
  return Number(/\d+$/.exec(cell.address)![0]);
}

describe("buildRankingSheet", () => {
  const ranking = rankVillages(sixVillages(), exampleConfig());
  const model = buildRankingSheet(ranking, HEADER);

  it("is named for the year, and for the mid-year review", () => {
    expect(model.name).toBe("Xếp hạng thi đua 2024");
    expect(rankingSheetName(2024, "half")).toBe("Xếp hạng thi đua 2024 (sơ kết)");
    expect(rankingSheetName(2024, "half").length).toBeLessThanOrEqual(31);
  });

  it("opens as Nghị định 30/2020 lays out a document", () => {
    expect(at(model, "A1")?.value).toBe("ỦY BAN NHÂN DÂN");
    expect(at(model, "A2")).toMatchObject({ value: "XÃ KHUÔN LÙNG", style: { font: { bold: true, underline: true } } });
    expect(at(model, "D1")).toMatchObject({ value: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: { font: { bold: true } } });
    expect(at(model, "D2")?.value).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(at(model, "D4")).toMatchObject({ value: "Khuôn Lùng, ngày 10 tháng 12 năm 2024", style: { font: { italic: true } } });
    expect(at(model, "A6")).toMatchObject({ value: "BẢNG XẾP HẠNG THI ĐUA CÁC THÔN NĂM 2024", style: { font: { bold: true } } });
    expect(model.merges).toEqual(expect.arrayContaining(["A1:C1", "A2:C2", "D1:H1", "D2:H2", "A6:H6"]));
  });

  it("has the table's headers and each village's row in rank order", () => {
    expect(row(model, 9)).toEqual([
      "Hạng",
      "Thôn",
      "Tổng điểm",
      "Số chỉ tiêu đạt/tổng số",
      "Chỉ tiêu chưa đạt",
      "Đề nghị giải",
      "Tiền thưởng (đồng)",
      "Ghi chú",
    ]);
    const security = sixVillages()[0].indicators[4].indicator.name;
    expect(row(model, 10)).toEqual([1, "Nà Lầu", 105.96, "6/6", "", "Giải Nhất", 5_000_000, ""]);
    expect(row(model, 11)).toEqual([2, "Nặm Rịa", 97.13, "5/6", security, "", "", `Không xét giải: chưa đạt chỉ tiêu điểm liệt: ${security}`]);
    expect(row(model, 12)).toEqual([3, "Khuổi Khon", 82.86, "4/6", expect.any(String), "Giải Nhì", 3_000_000, "Đồng hạng — Hội đồng xem xét"]);
    expect(row(model, 13)).toEqual([3, "Nà Lạn", 82.86, "4/6", expect.any(String), "Giải Nhì", 3_000_000, "Đồng hạng — Hội đồng xem xét"]);
    expect(row(model, 14)).toEqual([5, "Bản Tàng", 71.43, "5/6", GRAIN.name, "", "", ""]);
    expect(row(model, 15).slice(0, 4)).toEqual([6, "Nà Mèo", 65.71, "2/6"]);
  });

  it("formats amounts so they print 5.000.000, scores with two decimals", () => {
    const format = at(model, "G10")?.style?.numberFormat;
    expect(format).toBe('[>=1000000]#"."###"."###;[>=1000]#"."###;0');
    expect(renderAmount(5_000_000, format!)).toBe("5.000.000");
    expect(renderAmount(500_000, format!)).toBe("500.000");
    expect(renderAmount(750, format!)).toBe("750");
    expect(renderAmount(1_000, format!)).toBe("1.000");
    expect(renderAmount(12_345_678, format!)).toBe("12.345.678");
    expect(renderAmount(0, format!)).toBe("0");
    // without the conditions a single pattern would print a stray dot
    expect(renderAmount(500_000, '#"."###"."###')).toBe(".500.000");
    expect(at(model, "C10")?.style?.numberFormat).toBe("0.00");
  });

  it("keeps the seed's condition on prizes under the table", () => {
    expect(at(model, "A16")?.value).toBe("(Giải thưởng chỉ được trao nếu xã đạt giải thưởng cấp huyện.)");
  });

  it("puts a chart of the scores beside the table", () => {
    expect(model.chart).toEqual({ title: "Tổng điểm các thôn", categories: "B10:B15", values: "C10:C15", from: "J9", to: "P25" });
  });

  it("details completion per indicator and village, marking shortfalls and missing values", () => {
    const header = rowOf(model, "MỨC ĐỘ HOÀN THÀNH CHỈ TIÊU CỦA CÁC THÔN (%)") + 1;
    expect(header).toBeGreaterThan(25);
    expect(row(model, header, "ABFGHIJK")).toEqual(["TT", "Chỉ tiêu", "Nà Lầu", "Nặm Rịa", "Khuổi Khon", "Nà Lạn", "Bản Tàng", "Nà Mèo"]);
    const grainRow = header + 1;
    expect(at(model, `B${grainRow}`)?.value).toBe(GRAIN.name);
    expect(at(model, `F${grainRow}`)).toMatchObject({ style: { numberFormat: "0%" } });
    expect(at(model, `F${grainRow}`)?.value).toBeCloseTo(1500 / 1417, 6);
    expect(at(model, `H${grainRow}`)).toMatchObject({ style: { fill: "#FFC7CE" } });
    expect(at(model, `J${grainRow}`)).toMatchObject({ value: "—", style: { fill: "#FFC7CE" } });
    expect(at(model, `A${header + 7}`)?.value).toBe("—: chưa có số liệu dùng được; ô nền đỏ: chưa đạt chỉ tiêu.");
  });

  it("closes with the signature block", () => {
    const tm = rowOf(model, "TM. ỦY BAN NHÂN DÂN");
    expect(at(model, `F${tm + 1}`)?.value).toBe("CHỦ TỊCH");
    expect(tm).toBeGreaterThan(rowOf(model, "MỨC ĐỘ HOÀN THÀNH CHỈ TIÊU CỦA CÁC THÔN (%)"));
  });

  it("prints in Times New Roman on A4 landscape, one page wide", () => {
    expect(model.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: 1 });
    expect(model.cells.every((cell) => !cell.style?.font || cell.style.font.name === "Times New Roman")).toBe(true);
    expect(model.columnWidths.slice(0, 8)).toEqual([7, 22, 10, 12, 42, 13, 14, 30]);
  });

  it("keeps village text as text, even when it looks like a formula", () => {
    const grain = indicator("Tổng sản lượng lương thực có hạt", "Tấn", 1417);
    const sheet = buildRankingSheet(rankVillages([report("=HYPERLINK(\"x\")", [[grain, 1417]])], defaultConfig(2024)), HEADER);
    expect(at(sheet, "B10")?.value).toBe('=HYPERLINK("x")');
  });

  it("titles the mid-year review and leaves dots for an unknown commune and place", () => {
    const half = buildRankingSheet({ ...ranking, period: "half" }, { commune: null, place: null, date: { day: 5, month: 2, year: 2024 } });
    expect(at(half, "A6")?.value).toBe("BẢNG XẾP HẠNG THI ĐUA CÁC THÔN SƠ KẾT 6 THÁNG ĐẦU NĂM 2024");
    expect(at(half, "A2")?.value).toBe("XÃ ……");
    expect(at(half, "D4")?.value).toBe("……, ngày 05 tháng 02 năm 2024");
    expect(placeDateLine("Khuôn Lùng", { day: 28, month: 11, year: 2026 })).toBe("Khuôn Lùng, ngày 28 tháng 11 năm 2026");
  });

  it("says so when there is no village, without a chart", () => {
    const empty = buildRankingSheet(rankVillages([], defaultConfig(2024)), HEADER);
    expect(at(empty, "A10")?.value).toBe("Chưa có thôn nào để xếp hạng.");
    expect(empty.chart).toBeNull();
  });
});

// How Excel shows a whole number under a format of the kind used here: up to two [>=n] conditions, "#"
// and "0" placeholders and quoted literals. Literals always print; the leftmost placeholder takes every
// extra leading digit; a "#" with no digit left prints nothing.
function renderAmount(value: number, format: string): string {
  const sections = format.split(";");
  const section =
    sections.find((s) => {
      const condition = /^\[>=(\d+)\]/.exec(s);
      return condition ? value >= Number(condition[1]) : true;
    }) ?? sections[sections.length - 1];
  const tokens = section.replace(/^\[[^\]]*\]/, "").match(/"[^"]*"|[#0]/g) ?? [];
  const slots = tokens.filter((token) => !token.startsWith('"')).length;
  const digits = String(Math.round(value));
  const padded = digits.padStart(slots, " ");
  const extra = Math.max(0, digits.length - slots);
  let index = 0;
  let out = "";
  tokens.forEach((token) => {
    if (token.startsWith('"')) {
      out += token.slice(1, -1);
      return;
    }
    const take = index === 0 ? 1 + extra : 1;
    const chunk = padded.slice(index === 0 ? 0 : index + extra, (index === 0 ? 0 : index + extra) + take).trim();
    index += 1;
    out += chunk === "" ? (token === "0" ? "0" : "") : chunk;
  });
  return out;
}
