import { formatFinding } from "../../../src/core/messages";
import { finding } from "../../../src/core/model/finding";
import { SAMPLE_FINDINGS } from "./sampleFindings";

describe("Vietnamese messages", () => {
  it.each(SAMPLE_FINDINGS.map((f) => [f.code, f] as const))("%s says where: the sheet and the cell", (_, f) => {
    const text = formatFinding(f, "vi");
    if (f.cell !== null) expect(text).toContain(f.cell);
    expect(text).toContain(f.sheet);
    expect(text).not.toMatch(/undefined|null|NaN|\[object/u);
  });

  it.each([
    [finding("points/self-total", { sheet: "Bản Piềng", cell: "G15", expected: 97.5, actual: 98 }), 'Trang "Bản Piềng", ô G15: tổng điểm tự chấm ghi là 98, nhưng cộng các dòng được 97,5. Hãy kiểm tra lại phép cộng.'],
    [
      finding("village/report-left-out", { sheet: "Tổng hợp", cell: "F4", details: { village: "Nà Lầu", keptSheet: "Nà Lầu", keptCell: null, keptFile: null, reason: "own-report" } }),
      'Trang "Tổng hợp", ô F4: cột của thôn "Nà Lầu" trong bảng tổng hợp không được tính vì thôn đã có báo cáo riêng (trang "Nà Lầu"); thôn được xếp hạng theo báo cáo riêng.',
    ],
    [
      finding("village/report-left-out", { sheet: "Nà Lầu (2)", cell: null, details: { village: "Nà Lầu", keptSheet: "Nà Lầu", keptCell: null, keptFile: "thon-na-lau.xlsx", reason: "same-figures" } }),
      'Trang "Nà Lầu (2)": báo cáo của thôn "Nà Lầu" có cùng số liệu với trang "Nà Lầu" (tệp thon-na-lau.xlsx) nên chỉ được tính một lần.',
    ],
    [
      finding("village/duplicate-report", { sheet: "Nà Lầu", cell: null, details: { village: "Nà Lầu", otherSheet: "Tổng hợp", otherCell: "F4", otherFile: null, more: 1 } }),
      'Trang "Nà Lầu": thôn "Nà Lầu" có nhiều báo cáo với số liệu khác nhau: báo cáo này, trang "Tổng hợp", ô F4 và 1 báo cáo khác nữa. Thôn chưa được xếp hạng và không được đề nghị giải. Hãy bỏ báo cáo thừa hoặc sửa lại tên thôn cho đúng, rồi xếp hạng lại.',
    ],
    [
      finding("village/adjustment-without-report", { sheet: "Cấu hình xếp hạng", cell: "A52", details: { village: "Bản Thử", points: -2, field: "adjustments[1]" } }),
      'Cấu hình "Cấu hình xếp hạng", ô A52: điểm điều chỉnh -2 cho thôn "Bản Thử" không được tính vì thôn này không có báo cáo. Hãy kiểm tra lại tên thôn.',
    ],
    [
      finding("value/missing", { sheet: "Nà Lầu", cell: "E7", indicator: "Thu nhập bình quân đầu người" }),
      'Trang "Nà Lầu", ô E7: chưa có số liệu thực hiện của chỉ tiêu "Thu nhập bình quân đầu người". Hãy điền kết quả thực hiện.',
    ],
    [
      finding("target/shortfall", { sheet: "Nà Lầu", cell: "E30", indicator: "Số hộ nghèo giảm trong năm", expected: 40, actual: 30, details: { ratio: 0.75, direction: "higher" } }),
      'Trang "Nà Lầu", ô E30: chỉ tiêu "Số hộ nghèo giảm trong năm" chưa đạt: thực hiện 30 so với mục tiêu 40 (đạt 75%).',
    ],
    [
      finding("target/shortfall", { sheet: "Khuổi Khâm", cell: "E9", indicator: "Tổng sản lượng lương thực có hạt", expected: 240, actual: 236, details: { ratio: 236 / 240, direction: "higher", unit: "Tấn" } }),
      'Trang "Khuổi Khâm", ô E9: chỉ tiêu "Tổng sản lượng lương thực có hạt" chưa đạt: thực hiện 236 Tấn so với mục tiêu 240 Tấn (đạt 98,3%).',
    ],
    [
      finding("unit/mismatch", { sheet: "Nà Lầu", cell: "C11", indicator: "Tổng sản lượng lương thực có hạt", expected: "Tấn", actual: "Ha" }),
      'Trang "Nà Lầu", ô C11: đơn vị "Ha" khác với đơn vị "Tấn" của chỉ tiêu "Tổng sản lượng lương thực có hạt" và không quy đổi được. Hãy ghi số liệu theo đơn vị Tấn.',
    ],
    [
      finding("unit/converted", { sheet: "Nà Lầu", cell: "E11", indicator: "Tổng sản lượng lương thực có hạt", expected: "Tấn", actual: "kg", details: { factor: 0.001, from: 1500000, to: 1500 } }),
      'Trang "Nà Lầu", ô E11: số liệu 1.500.000 kg của chỉ tiêu "Tổng sản lượng lương thực có hạt" đã được quy đổi thành 1.500 Tấn.',
    ],
    [finding("sheet/missing-column", { sheet: "Nà Lầu", cell: "B4", details: { columns: "Thực hiện" } }), 'Trang "Nà Lầu", ô B4: bảng thiếu cột "Thực hiện". Hãy thêm cột này vào dòng tiêu đề của bảng.'],
    [finding("file/unreadable", { sheet: "Na Lau.xlsx", cell: null, details: { reason: "protected" } }), 'Tệp "Na Lau.xlsx" đang được đặt mật khẩu. Hãy mở tệp bằng Excel, bỏ mật khẩu rồi lưu lại.'],
    [
      finding("config/invalid", { sheet: "Cấu hình xếp hạng", cell: "B7", details: { field: "cap", problem: "below-one" }, actual: 0.5 }),
      'Cấu hình "Cấu hình xếp hạng", ô B7: mục "cap" phải từ 1 trở lên (đang ghi: 0,5). Hãy sửa lại cấu hình.',
    ],
  ])("says %# in plain Vietnamese", (f, sentence) => {
    expect(formatFinding(f, "vi")).toBe(sentence);
  });

  it("writes a fall-to-a-level shortfall and a word shortfall in their own terms", () => {
    const lower = finding("target/shortfall", { sheet: "Nà Lầu", cell: "E37", indicator: "Tỷ lệ trẻ suy dinh dưỡng", expected: 15.9, actual: 18.2, details: { ratio: 0.87, direction: "lower", unit: "%" } });
    expect(formatFinding(lower, "vi")).toContain("thực hiện 18,2%, cao hơn mức 15,9% cần giảm xuống");
    const word = finding("target/shortfall", { sheet: "Nà Lầu", cell: "E46", indicator: "Công tác tuyển quân", expected: "Đạt", actual: "Không đạt", details: { ratio: 0, direction: "higher" } });
    expect(formatFinding(word, "vi")).toContain('kết quả là "Không đạt", mục tiêu là "Đạt"');
  });

  it("names a whole sheet without a cell", () => {
    expect(formatFinding(finding("sheet/empty", { sheet: "Trống", cell: null, details: { columns: "TT, Chỉ tiêu" } }), "vi")).toMatch(/^Trang "Trống": không có bảng chỉ tiêu nào/u);
  });
});
