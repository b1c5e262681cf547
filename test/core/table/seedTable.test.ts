import type { IndicatorKind, Value } from "../../../src/core/model/indicator";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";
import { SEED_HEADER_ROW, seedTargetSheet } from "../../fixtures/seedTargetSheet";

const table = readIndicatorTable(seedTargetSheet());

// Sheet row (1-based), TT, name, unit as written, kind, target, direction, depth of its group path.
type Expected = [number, string, string, string | null, IndicatorKind, Value, "higher" | "lower", number];
const SEED_INDICATORS: Expected[] = [
    [7, "1", "Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", "number", 54, "higher", 0],
    [8, "2", "Tỷ lệ giải ngân các nguồn vốn đầu tư", "%", "number", 100, "higher", 0],
    [9, "3", "Thu nhập bình quân đầu người", "Triệu đồng", "number", 38, "higher", 0],
    [10, "4", "Tổng diện tích gieo trồng cây hàng năm", "Ha", "number", 400.5, "higher", 0],
    [11, "5", "Tổng sản lượng lương thực có hạt", "Tấn", "number", 1417, "higher", 0],
    [12, "6", "Tỷ trọng giá trị chăn nuôi/giá trị sản xuất nông nghiệp", "%", "number", 39, "higher", 0],
    [13, "7", "Giá trị sản phẩm trồng trọt thu hoạch bình quân trên một đơn vị cách tác", null, "number", 59, "higher", 0],
    [15, "-", "Số hộ tối thiểu đạt 4 tiêu chí/tổng số hộ thực hiện cải tạo vườn tạp", "Hộ", "number", 69, "higher", 1],
    [16, "-", "Số lượng thực phẩm, rau xanh cải tạo vườn tạp cung cấp cho các đơn vị trường học trên địa bàn", "Tấn", "number", 3, "higher", 1],
    [21, "-", "Số tiêu chí thôn NTM tăng trong năm", "Tiêu chí", "number", 1, "higher", 1],
    [22, "-", "Số thôn đạt từ 10 tiêu chí trở lên", "Thôn", "number", 1, "higher", 1],
    [23, "-", "Tuyến đường NTM kiểu mẫu đạt chuẩn theo tiêu chí “sáng - xanh - sạch - đẹp", "Mét", "number", 1400, "higher", 1],
    [24, "-", "Xây dựng 01 điểm trụ sở thôn, nhóm hộ kiểu mẫu về nông thôn mới", "Đạt", "pass", "Đạt", "higher", 1],
    [26, "-", "Đảm bảo tỷ lệ huy động trẻ trong độ tuổi đến trường", "%", "number", 99, "higher", 1],
    [27, "-", "Tổ chức hội thi, cuộc thi văn nghệ, thể thao tại xã từ 2 cuộc trở lên", "Cuộc", "number", 4, "higher", 1],
    [28, "-", "Xã xây dựng từ 01 mô hình, câu lạc bộ, nhóm sở thích luyện tập các môn thể thao.", "Mô hình", "number", 1, "higher", 1],
    [29, "-", "Số hộ nghèo giảm trong năm", "Hộ", "number", 40, "higher", 1],
    [30, "-", "Số hộ gia đình được công nhận gia đình văn hóa văn hóa", "Hộ", "number", 578, "higher", 1],
    [31, "-", "Số thôn, tổ dân phố được công nhận làng văn hóa", "Thôn", "number", 6, "higher", 1],
    [33, "+", "Tỷ lệ huy động trẻ 5 tuổi đến lớp", "%", "number", 97.5, "higher", 2],
    [34, "+", "Tỷ lệ huy động trẻ 6 tuổi đi học lớp 1", "%", "number", 100, "higher", 2],
    [35, "+", "Tỷ lệ huy động trẻ 6-14 tuổi đến trường", "%", "number", 99, "higher", 2],
    [37, "+", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn (theo cân nặng)", "%", "number", 15.9, "lower", 2],
    [38, "+", "Hàng năm, tỷ lệ trẻ em dưới 1 tuổi tiêm đủ các loại vắc xin", "%", "number", 96, "higher", 2],
    [40, "+", "Đào tạo nghề tại chỗ (tại xã) cho lao động nông thôn", "Học viên", "number", 35, "higher", 2],
    [41, "+", "Số lao động được đào tạo tại các đơn vị đào tạo ngoài tỉnh đã ký kết với huyện", "Học viên", "number", 2, "higher", 2],
    [42, "+", "Số lao động được giải quyết việc làm trong năm", "LĐ", "number", 83, "higher", 2],
    [46, "-", "Công tác tuyển quân", "Đạt", "pass", "Đạt", "higher", 1],
    [47, "-", "Phân đấu xã, thị trấn đạt tiêu chuẩn \" an toàn về an ninh, trật tự \"", "Đạt", "pass", "Đạt", "higher", 1],
    [48, "-", "Đảm bảo ATGT giảm 3 tiêu chí, số vụ, số người chết, số người bị thương", "Giảm 3 tiêu chí", "pass", "Đạt", "higher", 1],
    [50, "-", "Không để xảy ra cán bộ, công chức vi phạm kỷ luật", "Không xảy ra", "none", "Không xảy ra", "higher", 1],
    [51, "-", "Thực hiện tiếp nhận và trả kết quả hồ sơ thủ tục hành chính đúng và trước hạn đạt từ 100% trở lên", "%", "number", 100, "higher", 1],
    [52, "-", "Thực hiện tiếp nhận và trả kết quả hồ sơ thủ tục hành chính trực tuyến từ 70% trở lên/ tổng số hồ sơ tiếp nhận trong năm", "%", "number", 70, "higher", 1],
    [53, "-", "Thực hiện 100% phiếu xin lỗi người dân đối với hồ sơ thủ tục hành chính trả quá hạn", "%", "number", 100, "higher", 1],
    [54, "-", "Văn bản phát hành của xã, thị trấn dưới dạng điện tử đúng luồng và có ký số từ 100% trở lên (trừ văn bản mật)", "%", "number", 100, "higher", 1],
    [55, "-", "Thực hiện đầy đủ, kịp thời chế độ báo cáo chính phủ các quý, năm trên trang web: Baocaochinhphu.gov.vn", "Số lần", "number", 4, "higher", 1],
    [56, "-", "Tỷ lệ thanh toán trực tuyến trên (Cổng Dịch vụ công quốc gia, Cổng dịch vụ công của tỉnh) trên tổng, số giao dịch có yêu cầu nghĩa vụ tài chính (phí/lệ phí, thuế, ...) đạt trên 60%", "%", "number", 60, "higher", 1],
    [57, "-", "Tỷ lệ người dân được tuyên truyền, đào tạo kỹ năng chuyển đổi số", "%", "number", 50, "higher", 1],
    [58, "-", "Số thủ tục hành chính được cấu hình đúng quy trình giải quyết và đồng bộ trên dịch vụ công quốc gia", "%", "number", 100, "higher", 1],
    [59, "-", "Tỷ lệ số hóa hồ sơ TTHC trên Cổng dịch vụ công quốc gia.", "%", "number", 100, "higher", 1],
    [61, "-", "Tỷ lệ TCCS Đảng hoàn thành xuất sắc nhiệm vụ", "%", "number", 90, "higher", 1],
    [62, "-", "Tỷ lệ TCCS Đảng hoàn thành tốt nhiệm vụ", "%", "number", 80, "higher", 1],
    [66, "-", "Ban hành kế hoạch, chương trình tổ chức, triển khai các phong trào thi đua thường xuyên, chuyên đề của Trung ương, huyện, xã", "Xếp loại", "rating", "Tốt", "higher", 1],
    [67, "-", "Số điển hình được phát hiện mới", "Số lượng", "number", 3, "higher", 1],
    [68, "-", "Số điển hình được nhân rộng trên địa bàn", "Số lượng", "number", 5, "higher", 1],
    [69, "-", "Thực hiện chế độ thông tin báo cáo công tác thi đua khen thưởng, quý, năm hoặc chuyên đề, đột xuất", "Xếp loại", "rating", "Tốt", "higher", 1],
];

describe("readIndicatorTable on the seed's indicator table", () => {
  it("finds the target layout, its header below the title rows, and the title", () => {
    expect(table.layout).toBe("targets");
    expect(table.headerRow).toBe(SEED_HEADER_ROW);
    expect(table.title).toEqual({ village: null, commune: "Khuôn Lùng", year: 2024 });
    expect(table.villageColumns).toEqual([]);
  });

  it("reads 7 groups (8–14) and 3 sub-groups under group 10", () => {
    const groups = table.groups.filter((group) => group.path.length === 1);
    const subGroups = table.groups.filter((group) => group.path.length === 2);
    expect(groups.map((group) => group.tt)).toEqual(["8", "9", "10", "11", "12", "13", "14"]);
    expect(subGroups.map((group) => group.name)).toEqual(["Chỉ tiêu Giáo dục", "Chỉ tiêu y tế", "Đào tạo nghề cho lao động nông thôn"]);
    expect(subGroups.every((group) => group.path[0] === "Chỉ tiêu về văn hóa - xã hội")).toBe(true);
  });

  it("reads 46 indicators", () => {
    expect(table.indicators).toHaveLength(46);
  });

  it.each(SEED_INDICATORS)("row %i (%s) %s: unit %s, kind %s, target %p, %s is better", (row, tt, name, unit, kind, target, direction, depth) => {
    const indicator = table.indicators.find((candidate) => candidate.row === row);
    expect(indicator).toMatchObject({ tt, name, unit, kind, target, direction, sheet: "Chỉ tiêu 2024" });
    expect(indicator?.path).toHaveLength(depth);
    // docs/reading-tables.md#units-and-semantics: % and averages ("bình quân") are levels
    expect(indicator?.cumulative).toBe(kind === "number" && unit !== "%" && !name.includes("bình quân"));
  });

  it("joins the continuation row after the page-break header to the name before it", () => {
    const names = table.indicators.map((indicator) => indicator.name);
    expect(names).toContain("Số lượng thực phẩm, rau xanh cải tạo vườn tạp cung cấp cho các đơn vị trường học trên địa bàn");
    expect(names.some((name) => name.startsWith("cho các"))).toBe(false);
  });

  it("builds ids from the group path and the folded name", () => {
    const fiveYearOlds = table.indicators.find((indicator) => indicator.name === "Tỷ lệ huy động trẻ 5 tuổi đến lớp");
    expect(fiveYearOlds?.id).toBe("10 chi tieu ve van hoa xa hoi/chi tieu giao duc/ty le huy dong tre 5 tuoi den lop");
    expect(fiveYearOlds?.path).toEqual(["Chỉ tiêu về văn hóa - xã hội", "Chỉ tiêu Giáo dục"]);
    expect(new Set(table.indicators.map((indicator) => indicator.id)).size).toBe(46);
  });

  it("reports row 7's missing unit and nothing else", () => {
    expect(table.findings).toEqual([
      expect.objectContaining({ code: "unit/missing", severity: "warning", cell: `C${SEED_HEADER_ROW + 7}`, indicator: "Giá trị sản phẩm trồng trọt thu hoạch bình quân trên một đơn vị cách tác" }),
    ]);
  });

  it("does not take the recipients and signature after the table for indicators or groups", () => {
    expect(table.indicators.some((indicator) => /Nơi nhận|UBND huyện|Lưu/u.test(indicator.name))).toBe(false);
    expect(table.groups.some((group) => /thôn bản/u.test(group.name))).toBe(false);
  });
});
