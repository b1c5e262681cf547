import { formatScore } from "../../../src/cli/output/formatScore";
import { formatValue } from "../../../src/cli/output/formatValue";
import { shorten } from "../../../src/cli/output/shorten";
import { terminalSafe } from "../../../src/cli/output/terminalSafe";
import { textTable } from "../../../src/cli/output/textTable";
import { toSerialDate } from "../../../src/cli/xlsx/toOfficeValue";

describe("textTable", () => {
  it("lays out more rows than a spread of one argument per row allows (~126 000)", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [String(i + 1), "Thôn Nà Lầu"]);
    const table = textTable(["Hạng", "Thôn"], rows, ["right", "left"]);
    expect(table.split("\n")).toHaveLength(200_002);
    expect(table.split("\n")[200_001]).toBe("200000  Thôn Nà Lầu");
  });

  it("lines up Vietnamese text by characters, decomposed or not, right-aligning numbers", () => {
    const decomposed = "Thôn Nà Lầu".normalize("NFD");
    expect(textTable(["Hạng", "Thôn", "Điểm"], [["1", decomposed, "108,63"], ["10", "Bản Tát Mạ", "94,10"]], ["right", "left", "right"])).toBe(
      ["Hạng  Thôn           Điểm", "----  -----------  ------", "   1  Thôn Nà Lầu  108,63", "  10  Bản Tát Mạ    94,10"].join("\n"),
    );
  });
});

describe("formatScore", () => {
  it.each([
    [108.63, "108,63"],
    [94.1, "94,10"],
    [100, "100,00"],
    [0, "0,00"],
    [1234.5, "1.234,50"],
  ])("%p → %p", (score, text) => expect(formatScore(score)).toBe(text));
});

describe("formatValue", () => {
  it.each([
    [1417, "1.417"],
    [400.5, "400,5"],
    [5000000, "5.000.000"],
    ["Không xảy ra", "Không xảy ra"],
    [null, "—"],
  ] as const)("%p → %p", (value, text) => expect(formatValue(value)).toBe(text));
});

describe("shorten", () => {
  it("keeps short text and cuts long text with an ellipsis, counting composed characters", () => {
    expect(shorten("Công tác tuyển quân", 30)).toBe("Công tác tuyển quân");
    expect(shorten("Tổng sản lượng lương thực có hạt", 15)).toBe("Tổng sản lượng…");
    expect([...shorten("Tổng sản lượng lương thực có hạt".normalize("NFD"), 15)]).toHaveLength(15);
  });
});

describe("toSerialDate", () => {
  it.each([
    [new Date(Date.UTC(2024, 0, 1)), false, 45292],
    [new Date(Date.UTC(2024, 11, 10, 12)), false, 45636.5],
    [new Date(Date.UTC(2024, 0, 1)), true, 45292 - 1462],
  ])("%p (1904: %p) → %p", (date, date1904, serial) => expect(toSerialDate(date, date1904)).toBe(serial));
});

describe("terminalSafe", () => {
  it.each([
    ["Thôn Nà Lầu\n  Hạng\t1", false, "Thôn Nà Lầu\n  Hạng\t1"],
    ["Thôn \u001b[2JĐỏ", false, "Thôn \\u001b[2JĐỏ"],
    ["\u001b]0;x\u0007", false, "\\u001b]0;x\\u0007"],
    ["Số hộ\r nghèo\u009b2J\u007f", false, "Số hộ\\u000d nghèo\\u009b2J\\u007f"],
    ["tệp\nmới.xlsx: không đọc được", true, "tệp\\u000amới.xlsx: không đọc được"],
    ["Nà Lầu\u202Exslx.exe", false, "Nà Lầu\\u202exslx.exe"],
    ["\u2066a\u2069\u200f\u061c", true, "\\u2066a\\u2069\\u200f\\u061c"],
  ])("%j (one line: %p) → %j", (text, oneLine, safe) => expect(terminalSafe(text, oneLine)).toBe(safe));

  it("leaves JSON meaning the same data", () => {
    const data = { village: "Đỏ\u001b[31m\u009b\u007f\u202e", note: "a\nb" };
    const safe = terminalSafe(JSON.stringify(data, null, 2));
    // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
    expect(safe).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(safe)).toEqual(data);
  });
});
