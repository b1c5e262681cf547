import type { CellModel, CellStyle, SheetModel } from "../../src/core/model/sheetModel";

const FONT = "Times New Roman";
const base: CellStyle = { font: { name: FONT, size: 12 } };
const head: CellStyle = { font: { name: FONT, size: 12, bold: true }, horizontal: "center", vertical: "middle", wrap: true, border: { top: true, bottom: true, left: true, right: true }, fill: "#D9E1F2" };
const body: CellStyle = { font: { name: FONT, size: 12 }, border: { top: true, bottom: true, left: true, right: true } };

/**
 * A ranking sheet as the core describes one (docs/outputs.md#what-the-add-in-and-the-command-line-write), built by hand so the adapter is tested on its
 * own: a two-sided document header, a title, a table of `villages`, a chart beside it, A4 landscape.
 */
export function rankingModel(villages: string[], name = "Xếp hạng thi đua 2024"): SheetModel {
  const cells: CellModel[] = [
    { address: "A1", value: "ỦY BAN NHÂN DÂN", style: { ...base, horizontal: "center" } },
    { address: "A2", value: "XÃ KHUÔN LÙNG", style: { ...base, font: { name: FONT, size: 12, bold: true }, horizontal: "center" } },
    { address: "D1", value: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: { ...base, font: { name: FONT, size: 12, bold: true }, horizontal: "center" } },
    { address: "D2", value: "Độc lập - Tự do - Hạnh phúc", style: { ...base, font: { name: FONT, size: 13, bold: true, underline: true }, horizontal: "center" } },
    { address: "D4", value: "Khuôn Lùng, ngày 10 tháng 12 năm 2024", style: { ...base, font: { name: FONT, size: 12, italic: true }, horizontal: "right" } },
    { address: "A5", value: "KẾT QUẢ XẾP HẠNG THI ĐUA NĂM 2024", style: { ...base, font: { name: FONT, size: 14, bold: true }, horizontal: "center" } },
    ...["Hạng", "Thôn", "Tổng điểm", "Số chỉ tiêu đạt/tổng số", "Chỉ tiêu chưa đạt", "Đề nghị giải", "Tiền thưởng (đồng)", "Ghi chú"].map(
      (label, i): CellModel => ({ address: `${"ABCDEFGH"[i]}7`, value: label, style: head }),
    ),
  ];
  villages.forEach((village, i) => {
    const r = 8 + i;
    const prize = i < 3 ? ["Giải Nhất", "Giải Nhì", "Giải Ba"][i] : null;
    cells.push(
      { address: `A${r}`, value: i + 1, style: { ...body, horizontal: "center" } },
      { address: `B${r}`, value: village, style: body },
      { address: `C${r}`, value: Math.round((110 - i * 0.01) * 100) / 100, style: { ...body, numberFormat: "0.00" } },
      { address: `D${r}`, value: `${40 - (i % 5)}/46`, style: { ...body, horizontal: "center" } },
      { address: `E${r}`, value: i % 5 ? "Thu ngân sách" : "", style: { ...body, wrap: true } },
      { address: `F${r}`, value: prize, style: body },
      { address: `G${r}`, value: prize ? [5000000, 3000000, 1000000][i] : null, style: { ...body, numberFormat: "#,##0" } },
      { address: `H${r}`, value: null, style: body },
    );
  });
  const last = 7 + villages.length;
  cells.push({ address: `E${last + 2}`, value: "TM. ỦY BAN NHÂN DÂN", style: { ...base, font: { name: FONT, size: 12, bold: true }, horizontal: "center" } });
  cells.push({ address: `E${last + 3}`, value: "CHỦ TỊCH", style: { ...base, font: { name: FONT, size: 12, bold: true }, horizontal: "center" } });
  return {
    name,
    cells,
    merges: ["A1:C1", "A2:C2", "D1:H1", "D2:H2", "D4:H4", "A5:H5", `E${last + 2}:H${last + 2}`, `E${last + 3}:H${last + 3}`],
    columnWidths: [6, 24, 10, 12, 30, 12, 16, 12],
    rowHeights: { 5: 24, 7: 36 },
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: 1, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 }, centerHorizontally: true },
    chart: { title: "Tổng điểm thi đua", categories: `B8:B${last}`, values: `C8:C${last}`, from: "J7", to: "Q26" },
    printTitleRows: "7:7",
    freezeAt: "A8",
  };
}

export function villageNames(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `Thôn ${i + 1}`);
}
