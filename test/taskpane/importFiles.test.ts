import { importFiles } from "../../src/taskpane/state/actions/importFiles";
import { toBase64 } from "../../src/taskpane/state/actions/toBase64";
import { sampleSheets } from "../../src/taskpane/state/actions/sampleSheets";
import { cellsOf, FakeExcel } from "./fakeExcel";

const file = (name: string, bytes: number[]) => new File([new Uint8Array(bytes)], name);

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
    const outcome = await importFiles(excel, "vi", [file("Nà Lầu.xlsx", [1, 2]), file("Khuôn Lùng.XLSX", [3])], (d, t) => progress.push([d, t]));
    expect(outcome).toEqual({ ok: true, value: ["Nà Lầu", "Khuôn Lùng"] });
    expect(excel.inserted).toEqual([[{ fileName: "Nà Lầu.xlsx", base64: "AQI=" }, { fileName: "Khuôn Lùng.XLSX", base64: "Aw==" }]]);
    expect(progress).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
  });

  it("refuses files that are not .xlsx before inserting anything, saying what to do", async () => {
    const excel = new FakeExcel();
    const outcome = await importFiles(excel, "vi", [file("Nà Lầu.xlsx", [1]), file("Khuôn Lùng.xls", [2])], () => undefined);
    expect(outcome).toEqual({
      ok: false,
      notice: { intent: "error", text: "Không phải tệp .xlsx: Khuôn Lùng.xls. Hãy lưu lại dưới dạng Sổ làm việc Excel (.xlsx)." },
    });
    expect(excel.calls).toEqual([]);
  });

  it("passes Excel's refusal on in the adapter's words", async () => {
    const excel = new FakeExcel();
    excel.failNext = "insertWorkbooks";
    const outcome = await importFiles(excel, "en", [file("a.xlsx", [1])], () => undefined);
    expect(outcome).toEqual({ ok: false, notice: { intent: "error", text: "Excel reported GeneralException. Try again." } });
  });
});

describe("importFiles names reports after their villages", () => {
  const tatMa = cellsOf(sampleSheets().find((s) => s.name === "Báo cáo")!);

  it("renames a report whose sheet name says nothing to the village of its title", async () => {
    const excel = new FakeExcel([{ name: "Chỉ tiêu 2024", values: [["x"]], formats: [["General"]] }]);
    excel.files["ban-tat-ma.xlsx"] = [tatMa];
    const outcome = await importFiles(excel, "vi", [file("ban-tat-ma.xlsx", [1])], () => undefined);
    expect(outcome).toEqual({ ok: true, value: ["Tát Mạ"] });
    expect([...excel.sheets.keys()]).toEqual(["Chỉ tiêu 2024", "Tát Mạ"]);
  });

  it("keeps a name that already says something, and never takes a name in use", async () => {
    const excel = new FakeExcel([{ name: "Tát Mạ", values: [["x"]], formats: [["General"]] }]);
    excel.files["a.xlsx"] = [tatMa];
    excel.files["b.xlsx"] = [{ ...tatMa, name: "Bản Tát Mạ 2024" }];
    const outcome = await importFiles(excel, "vi", [file("a.xlsx", [1]), file("b.xlsx", [2])], () => undefined);
    expect(outcome).toEqual({ ok: true, value: ["Báo cáo", "Bản Tát Mạ 2024"] });
    expect(excel.calls).not.toContain("renameSheets");
  });
});

describe("importFiles and Excel's renaming of clashes", () => {
  it("treats “Sheet1 (2)” as saying nothing about the village", async () => {
    const lungVai = cellsOf(sampleSheets().find((s) => s.name === "Sheet1")!);
    const excel = new FakeExcel([{ name: "Sheet1", values: [[""]], formats: [["General"]] }]);
    excel.files["thon-lung-vai.xlsx"] = [lungVai];
    const outcome = await importFiles(excel, "vi", [file("thon-lung-vai.xlsx", [1])], () => undefined);
    expect(outcome).toEqual({ ok: true, value: ["Lũng Vài"] });
    expect([...excel.sheets.keys()]).toEqual(["Sheet1", "Lũng Vài"]);
  });
});
