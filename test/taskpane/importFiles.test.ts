import { importFiles } from "../../src/taskpane/state/actions/importFiles";
import { toBase64 } from "../../src/taskpane/state/actions/toBase64";
import { FakeExcel } from "./fakeExcel";

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
    expect(progress).toEqual([[1, 3], [2, 3], [3, 3]]);
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
