import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { CliIo } from "../../../src/cli/io";
import { runCli } from "../../../src/cli/runCli";

/**
 * `thidua validate` without --json writes its text a piece at a time: the same bytes as the text it
 * printed whole before (fixtures/validate-text.txt, recorded from that output), and the same bytes
 * whether it is written in pieces or whole.
 */
const dir = mkdtempSync(path.join(tmpdir(), "thidua-text-"));

// Findings of every severity: shortfalls, a rate written wrong, a unit converted, a value that is no number.
async function report(indicators: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Thôn Nà Lầu");
  sheet.addRow(["UBND XÃ KHUÔN LÙNG"]);
  sheet.addRow(["THÔN NÀ LẦU"]);
  sheet.addRow(["BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024"]);
  sheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Tỷ lệ (%)", "Ghi chú"]);
  for (let index = 0; index < indicators; index++) {
    if (index % 10 === 0) sheet.addRow([String(index / 10 + 1), `Nhóm chỉ tiêu số ${index / 10 + 1}`]);
    const rows = [
      ["-", `Tỷ lệ hộ dùng nước sạch đạt trên 98% nhóm ${index}`, "%", "98", 0.97, "", ""],
      ["-", `Công tác tuyên truyền số ${index} \u001b[2J`, "Đạt", "Đạt", "Không đạt", "", ""],
      ["-", `Tổng sản lượng lương thực có hạt, một tên dài hơn sáu mươi chữ để được rút gọn ${index}`, "Tấn", "1.417", "", "", ""],
      ["-", `Số hộ nghèo giảm còn ${index}`, "Hộ", index, "abc", "", ""],
      ["-", `Diện tích trồng rừng mới ${index}`, "Ha", 12.5, 1250, 0.9, ""],
      ["-", `Xếp loại chi bộ ${index}`, "Xếp loại", "Tốt", "Khá", "", ""],
      ["-", `Số hộ tham gia mô hình sản xuất số ${index + 1}`, "Hộ", 40 + (index % 50), 38 + (index % 55), 0.95, "Đã kiểm tra"],
    ];
    sheet.addRow(rows[index % 7]).getCell(6).numFmt = "0%";
  }
  const file = path.join(dir, `bao-cao-${indicators}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function validateText(file: string, pieces: boolean): Promise<{ text: string; writes: number }> {
  let text = "";
  let writes = 0;
  const io: CliIo = {
    out: (line) => void (text += `${line}\n`),
    err: () => undefined,
    ...(pieces ? { write: (chunk: string) => void ((text += chunk), writes++) } : {}),
  };
  await runCli(["validate", file], io);
  return { text, writes };
}

describe("thidua validate's text", () => {
  it("is the text it printed whole before, byte for byte", async () => {
    const file = await report(200);
    const recorded = readFileSync(path.join(__dirname, "fixtures", "validate-text.txt"), "utf8").replace("{file}", file);
    expect((await validateText(file, true)).text).toBe(recorded);
    expect((await validateText(file, false)).text).toBe(recorded);
  });

  it("is written in pieces of about a megabyte, the same bytes as written whole", async () => {
    const file = await report(4000);
    const whole = await validateText(file, false);
    const pieces = await validateText(file, true);
    expect(whole.text.length).toBeGreaterThan(1 << 20);
    expect(pieces.writes).toBeGreaterThan(1);
    expect(pieces.text).toBe(whole.text);
  });
});
