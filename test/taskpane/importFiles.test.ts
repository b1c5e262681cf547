import { importFiles } from "../../src/taskpane/state/actions/importFiles";
import { toBase64 } from "../../src/taskpane/state/actions/toBase64";
import { sampleSheets } from "../../src/taskpane/state/actions/sampleSheets";
import { protectedXls, protectedXlsx } from "../fixtures/protectedWorkbooks";
import { zipBytes } from "../fixtures/hostile/zipBytes";
import { xlsxBytes } from "../fixtures/workbookBytes";
import { cellsOf, FakeExcel } from "./fakeExcel";

const file = (name: string, bytes: number[]) => new File([new Uint8Array(bytes)], name);
const xlsxFile = (name: string) => new File([xlsxBytes(name)], name);

describe("toBase64", () => {
  it.each([
    [[], ""],
    [[80, 75, 3, 4], "UEsDBA=="],
    [[255, 254, 253], "//79"],
  ])("encodes %j as %s", (bytes, expected) => {
    expect(toBase64(new Uint8Array(bytes))).toBe(expected);
  });

  it("encodes a workbook-sized file, larger than one slice, exactly", () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});

describe("importFiles", () => {
  it("sends every file to Excel in one call and reports progress file by file", async () => {
    const excel = new FakeExcel();
    const progress: [number, number][] = [];
    const outcome = await importFiles(excel, "vi", [xlsxFile("Nà Lầu.xlsx"), xlsxFile("Khuôn Lùng.XLSX")], (d, t) => progress.push([d, t]));
    expect(outcome).toEqual({ ok: true, value: { names: ["Nà Lầu", "Khuôn Lùng"], skipped: [] } });
    expect(excel.inserted).toEqual([
      [
        { fileName: "Nà Lầu.xlsx", base64: toBase64(xlsxBytes("Nà Lầu.xlsx")) },
        { fileName: "Khuôn Lùng.XLSX", base64: toBase64(xlsxBytes("Khuôn Lùng.XLSX")) },
      ],
    ]);
    expect(progress).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
  });

  it("names a file that is no spreadsheet, saying what to do, and still imports the others", async () => {
    const excel = new FakeExcel();
    const outcome = await importFiles(excel, "vi", [xlsxFile("Nà Lầu.xlsx"), file("Khuôn Lùng.pdf", [0x25, 0x50, 0x44, 0x46, 0])], () => undefined);
    expect(outcome).toMatchObject({
      ok: true,
      value: { skipped: ["Không phải tệp bảng tính (.xlsx, .xlsm, .xls, .ods): Khuôn Lùng.pdf. Hãy lưu lại dưới dạng Sổ làm việc Excel (.xlsx)."] },
    });
    expect(excel.inserted).toEqual([[{ fileName: "Nà Lầu.xlsx", base64: toBase64(xlsxBytes("Nà Lầu.xlsx")) }]]);
  });

  it("names a file Excel cannot open, and still imports the others", async () => {
    const excel = new FakeExcel();
    excel.corrupt.add("Pác Nặm.xlsx");
    const outcome = await importFiles(excel, "vi", [xlsxFile("Nà Lầu.xlsx"), xlsxFile("Pác Nặm.xlsx"), xlsxFile("Tát Mạ.xlsx")], () => undefined);
    expect(outcome.ok && outcome.value.names).toEqual(["Nà Lầu", "Tát Mạ"]);
    expect(outcome.ok && outcome.value.skipped).toEqual([expect.stringMatching(/^Tệp "Pác Nặm\.xlsx" không nhập được: .* Các tệp khác vẫn được nhập/)]);
    expect(outcome.ok && outcome.value.skipped.join(" ")).not.toMatch(/InvalidArgument/);
  });

  it("refuses a .csv, saying why and what to do", async () => {
    const excel = new FakeExcel();
    const outcome = await importFiles(excel, "en", [new File(["TT;Chỉ tiêu;ĐVT\n1;Số hộ nghèo;Hộ\n"], "Pò Pheo.csv")], () => undefined);
    expect(outcome).toMatchObject({ ok: false, notice: { intent: "error", text: expect.stringContaining("Pò Pheo.csv") } });
    expect(excel.calls).toEqual([]);
  });

  it.each([["Khuổi Vùa.xls", "biff8"], ["Khuổi Vùa.ods", "ods"], ["Khuổi Vùa.xlsb", "xlsb"]] as const)(
    "converts %s to .xlsx in the pane before Excel inserts it, values and number formats kept",
    async (name, bookType) => {
      const XLSX = await import("@e965/xlsx");
      const sheet = XLSX.utils.aoa_to_sheet([["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"], [1, "Tỷ lệ hộ nghèo", "%", 0.05, 0.04]]);
      (sheet.E2 as { z?: string }).z = "0%";
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, sheet, "Báo cáo");
      const bytes = new Uint8Array(XLSX.write(book, { type: "array", bookType }) as ArrayBuffer);
      const excel = new FakeExcel();
      await importFiles(excel, "vi", [new File([bytes], name)], () => undefined);
      const sent = excel.inserted[0][0];
      expect(sent.fileName).toBe(name);
      const back = XLSX.read(Buffer.from(sent.base64, "base64"), { type: "buffer", cellNF: true });
      expect(back.SheetNames).toEqual(["Báo cáo"]);
      expect(Buffer.from(sent.base64, "base64").subarray(0, 2).toString()).toBe("PK");
      expect(back.Sheets["Báo cáo"].B2.v).toBe("Tỷ lệ hộ nghèo");
      expect(back.Sheets["Báo cáo"].E2).toMatchObject({ v: 0.04, z: "0%" });
    },
  );

  // SheetJS writes no row heights into an .xls: there only the widths are asked for.
  it.each([["Khuổi Vùa.xls", "biff8", false], ["Khuổi Vùa.xlsb", "xlsb", true]] as const)(
    "keeps %s's merged title, column widths (and row heights), and its percent and thousands formats",
    async (name, bookType, heights) => {
      const XLSX = await import("@e965/xlsx");
      const sheet = XLSX.utils.aoa_to_sheet([
        ["BÁO CÁO KẾT QUẢ THÔN KHUỔI VÙA", "", "", "", ""],
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        [1, "Tỷ lệ hộ nghèo", "%", 0.05, 0.04],
        [2, "Thu nhập bình quân đầu người", "Triệu đồng", 45000000, 46500000],
      ]);
      sheet["!merges"] = [XLSX.utils.decode_range("A1:E1")];
      sheet["!cols"] = [{ wch: 5 }, { wch: 42 }, { wch: 12 }, { wch: 11 }, { wch: 11 }];
      sheet["!rows"] = [{ hpt: 32 }];
      for (const cell of ["D3", "E3"]) (sheet[cell] as { z?: string }).z = "0.0%";
      for (const cell of ["D4", "E4"]) (sheet[cell] as { z?: string }).z = "#,##0";
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, sheet, "Báo cáo");
      const excel = new FakeExcel();
      await importFiles(excel, "vi", [new File([new Uint8Array(XLSX.write(book, { type: "array", bookType }) as ArrayBuffer)], name)], () => undefined);
      const back = XLSX.read(Buffer.from(excel.inserted[0][0].base64, "base64"), { type: "buffer", cellNF: true, cellStyles: true }).Sheets["Báo cáo"];
      expect(back["!merges"]).toEqual([XLSX.utils.decode_range("A1:E1")]);
      expect(back["!cols"]?.map((column) => column.wch)).toEqual([5, 42, 12, 11, 11]);
      if (heights) expect(back["!rows"]?.[0]).toMatchObject({ hpt: 32 });
      expect([back.D3.z, back.E3.z, back.D4.z, back.E4.z]).toEqual(["0.0%", "0.0%", "#,##0", "#,##0"]);
    },
  );

  it.each([
    ["an Excel 97–2003 .xls", "Nà Hu.xls", protectedXls],
    ["an .xlsx", "Nà Hu.xlsx", protectedXlsx],
    ["an .xls saved as .xlsx", "Nà Hu (2).xlsx", protectedXls],
  ])("refuses a password-protected workbook (%s) before inserting anything, saying what to do", async (_label, name, bytes) => {
    const excel = new FakeExcel();
    const outcome = await importFiles(excel, "vi", [new File([new Uint8Array(bytes())], name)], () => undefined);
    expect(outcome).toEqual({
      ok: false,
      notice: { intent: "error", text: `Tệp "${name}" đang được đặt mật khẩu. Hãy mở tệp bằng Excel, bỏ mật khẩu rồi lưu lại.` },
    });
    expect(excel.calls).toEqual([]);
  });

  it("converts an .xls saved under an .xlsx name, which Excel could not insert as it is", async () => {
    const XLSX = await import("@e965/xlsx");
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"], [1, "Số hộ nghèo", "Hộ", 5]]), "Báo cáo");
    const excel = new FakeExcel();
    await importFiles(excel, "vi", [new File([new Uint8Array(XLSX.write(book, { type: "array", bookType: "biff8" }) as ArrayBuffer)], "Nà Hu.xlsx")], () => undefined);
    expect(Buffer.from(excel.inserted[0][0].base64, "base64").subarray(0, 2).toString()).toBe("PK");
  });

  it.each([
    ["an .ods saved under an .xlsx name", "Nà Hu.xlsx", "ods"],
    ["an .xlsb saved under an .xls name", "Nà Hu.xls", "xlsb"],
  ] as const)("converts %s: the content decides, as on the command line", async (_label, name, bookType) => {
    const XLSX = await import("@e965/xlsx");
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"], [1, "Số hộ nghèo", "Hộ", 5]]), "Báo cáo");
    const excel = new FakeExcel();
    await importFiles(excel, "vi", [new File([new Uint8Array(XLSX.write(book, { type: "array", bookType }) as ArrayBuffer)], name)], () => undefined);
    const sent = Buffer.from(excel.inserted[0][0].base64, "base64");
    expect(XLSX.read(sent, { type: "buffer" }).Sheets["Báo cáo"].B2.v).toBe("Số hộ nghèo");
    expect(sent.includes(Buffer.from("xl/workbook.xml"))).toBe(true);
  });

  it("inserts an .xlsx saved under an .xls name as it is, and one with a part merely named like an .xlsb's", async () => {
    const excel = new FakeExcel();
    const odd = Uint8Array.from(
      zipBytes([
        { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
        { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
        { name: "xl/media/xl/workbook.bin.png", data: Buffer.from("PNG") },
      ]),
    );
    await importFiles(excel, "vi", [new File([xlsxBytes("a")], "Nà Hu.xls"), new File([odd], "Bản Mới.xlsx")], () => undefined);
    expect(excel.inserted[0].map((sent) => sent.base64)).toEqual([toBase64(xlsxBytes("a")), toBase64(odd)]);
  });

  it.each([
    ["a damaged zip named .xlsx", "Nà Hu.xlsx", [0x50, 0x4b, 0x03, 0x04, 1, 2, 3], /^Tệp "Nà Hu\.xlsx" bị hỏng/],
    ["a document zipped and named .xlsx", "Nà Hu.xlsx", [...zipBytes([{ name: "word/document.xml", data: Buffer.from("<w/>") }])], /^Không phải tệp bảng tính .*: Nà Hu\.xlsx\./],
    ["a .csv named .xlsx", "Nà Hu.xlsx", [...Buffer.from("TT;Chỉ tiêu\n1;Số hộ nghèo\n")], /^Tệp CSV .*: Nà Hu\.xlsx\./],
  ])("names %s with what to do, never sends it to Excel, and still imports the others", async (_label, name, bytes, message) => {
    const excel = new FakeExcel();
    const outcome = await importFiles(excel, "vi", [xlsxFile("Khuôn Lùng.xlsx"), file(name, bytes)], () => undefined);
    expect(outcome).toMatchObject({ ok: true, value: { skipped: [expect.stringMatching(message)] } });
    expect(excel.inserted).toEqual([[{ fileName: "Khuôn Lùng.xlsx", base64: toBase64(xlsxBytes("Khuôn Lùng.xlsx")) }]]);
  });

  it.each([
    ["a damaged zip named .xlsx", "Nà Hu.xlsx", [0x50, 0x4b, 0x03, 0x04, 1, 2, 3], /^Tệp "Nà Hu\.xlsx" bị hỏng/],
    ["a .csv named .xlsx", "Nà Hu.xlsx", [...Buffer.from("TT;Chỉ tiêu\n1;Số hộ nghèo\n")], /^Tệp CSV .*: Nà Hu\.xlsx\./],
  ])("refuses %s alone without asking Excel anything", async (_label, name, bytes, message) => {
    const excel = new FakeExcel();
    const outcome = await importFiles(excel, "vi", [file(name, bytes)], () => undefined);
    expect(outcome).toMatchObject({ ok: false, notice: { intent: "error", text: expect.stringMatching(message) } });
    expect(excel.calls).toEqual([]);
  });

  it("passes Excel's refusal on in the adapter's words", async () => {
    const excel = new FakeExcel();
    excel.failNext = "insertWorkbooks";
    const outcome = await importFiles(excel, "en", [xlsxFile("a.xlsx")], () => undefined);
    expect(outcome).toEqual({ ok: false, notice: { intent: "error", text: "Excel reported GeneralException. Try again." } });
  });
});

describe("importFiles names reports after their villages", () => {
  const tatMa = cellsOf(sampleSheets().find((s) => s.name === "Báo cáo")!);

  it("renames a report whose sheet name says nothing to the village of its title", async () => {
    const excel = new FakeExcel([{ name: "Chỉ tiêu 2024", values: [["x"]], formats: [["General"]] }]);
    excel.files["ban-tat-ma.xlsx"] = [tatMa];
    const outcome = await importFiles(excel, "vi", [xlsxFile("ban-tat-ma.xlsx")], () => undefined);
    expect(outcome).toEqual({ ok: true, value: { names: ["Tát Mạ"], skipped: [] } });
    expect([...excel.sheets.keys()]).toEqual(["Chỉ tiêu 2024", "Tát Mạ"]);
  });

  it("keeps a name that already says something, and never takes a name in use", async () => {
    const excel = new FakeExcel([{ name: "Tát Mạ", values: [["x"]], formats: [["General"]] }]);
    excel.files["a.xlsx"] = [tatMa];
    excel.files["b.xlsx"] = [{ ...tatMa, name: "Bản Tát Mạ 2024" }];
    const outcome = await importFiles(excel, "vi", [xlsxFile("a.xlsx"), xlsxFile("b.xlsx")], () => undefined);
    expect(outcome).toEqual({ ok: true, value: { names: ["Báo cáo", "Bản Tát Mạ 2024"], skipped: [] } });
    expect(excel.calls).not.toContain("renameSheets");
  });
});

describe("importFiles and Excel's renaming of clashes", () => {
  it("treats “Sheet1 (2)” as saying nothing about the village", async () => {
    const lungVai = cellsOf(sampleSheets().find((s) => s.name === "Sheet1")!);
    const excel = new FakeExcel([{ name: "Sheet1", values: [[""]], formats: [["General"]] }]);
    excel.files["thon-lung-vai.xlsx"] = [lungVai];
    const outcome = await importFiles(excel, "vi", [xlsxFile("thon-lung-vai.xlsx")], () => undefined);
    expect(outcome).toEqual({ ok: true, value: { names: ["Lũng Vài"], skipped: [] } });
    expect([...excel.sheets.keys()]).toEqual(["Sheet1", "Lũng Vài"]);
  });
});
