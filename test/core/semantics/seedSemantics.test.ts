import * as fs from "fs";
import * as path from "path";
import type { Direction, IndicatorKind, Value } from "../../../src/core/model/indicator";
import { indicatorDirection } from "../../../src/core/semantics/indicatorDirection";
import { indicatorKind } from "../../../src/core/semantics/indicatorKind";
import { isCumulative } from "../../../src/core/semantics/isCumulative";
import { unitKey } from "../../../src/core/units/unitCatalogue";
import { interpretValue } from "../../../src/core/values/interpretValue";
import { readCell } from "../../../src/core/values/readCell";

// The seed's 46 indicator rows (those with a unit or a target), in order: the start of the name,
// then kind, unit key, target, direction and whether it accumulates over the year.
const EXPECTED: [string, IndicatorKind, string | null, Value, Direction, boolean][] = [
  ["Thu ngân sách nhà nước trên địa bàn", "number", "triệu đồng", 54, "higher", true],
  ["Tỷ lệ giải ngân các nguồn vốn đầu tư", "number", "%", 100, "higher", false],
  ["Thu nhập bình quân đầu người", "number", "triệu đồng", 38, "higher", true],
  ["Tổng diện tích gieo trồng cây hàng năm", "number", "ha", 400.5, "higher", true],
  ["Tổng sản lượng lương thực có hạt", "number", "tấn", 1417, "higher", true],
  ["Tỷ trọng giá trị chăn nuôi/giá trị sản xuất nông n", "number", "%", 39, "higher", false],
  ["Giá trị sản phẩm trồng trọt thu hoạch bình quân tr", "number", null, 59, "higher", true],
  ["Số hộ tối thiểu đạt 4 tiêu chí/tổng số hộ thực hiệ", "number", "hộ", 69, "higher", true],
  ["Số lượng thực phẩm, rau xanh cải tạo vườn tạp cung", "number", "tấn", 3, "higher", true],
  ["Số tiêu chí thôn NTM tăng trong năm", "number", "tiêu chí", 1, "higher", true],
  ["Số thôn đạt từ 10 tiêu chí trở lên", "number", "thôn", 1, "higher", true],
  ["Tuyến đường NTM kiểu mẫu đạt chuẩn theo tiêu chí “", "number", "mét", 1400, "higher", true],
  ["Xây dựng 01 điểm trụ sở thôn, nhóm hộ kiểu mẫu về ", "pass", null, "Đạt", "higher", false],
  ["Đảm bảo tỷ lệ huy động trẻ trong độ tuổi đến trườn", "number", "%", 99, "higher", false],
  ["Tổ chức hội thi, cuộc thi văn nghệ, thể thao tại x", "number", "cuộc", 4, "higher", true],
  ["Xã xây dựng từ 01 mô hình, câu lạc bộ, nhóm sở thí", "number", "mô hình", 1, "higher", true],
  ["Số hộ nghèo giảm trong năm", "number", "hộ", 40, "higher", true],
  ["Số hộ gia đình được công nhận gia đình văn hóa văn", "number", "hộ", 578, "higher", true],
  ["Số thôn, tổ dân phố được công nhận làng văn hóa", "number", "thôn", 6, "higher", true],
  ["Tỷ lệ huy động trẻ 5 tuổi đến lớp", "number", "%", 97.5, "higher", false],
  ["Tỷ lệ huy động trẻ 6 tuổi đi học lớp 1", "number", "%", 100, "higher", false],
  ["Tỷ lệ huy động trẻ 6-14 tuổi đến trường", "number", "%", 99, "higher", false],
  ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn (", "number", "%", 15.9, "lower", false],
  ["Hàng năm, tỷ lệ trẻ em dưới 1 tuổi tiêm đủ các loạ", "number", "%", 96, "higher", false],
  ["Đào tạo nghề tại chỗ (tại xã) cho lao động nông th", "number", "học viên", 35, "higher", true],
  ["Số lao động được đào tạo tại các đơn vị đào tạo ng", "number", "học viên", 2, "higher", true],
  ["Số lao động được giải quyết việc làm trong năm", "number", "lao động", 83, "higher", true],
  ["Công tác tuyển quân", "pass", null, "Đạt", "higher", false],
  ["Phân đấu xã, thị trấn đạt tiêu chuẩn \" an toàn về ", "pass", null, "Đạt", "higher", false],
  ["Đảm bảo ATGT giảm 3 tiêu chí, số vụ, số người chết", "pass", null, "Đạt", "higher", false],
  ["Không để xảy ra cán bộ, công chức vi phạm kỷ luật", "none", null, "Không xảy ra", "higher", false],
  ["Thực hiện tiếp nhận và trả kết quả hồ sơ thủ tục h", "number", "%", 100, "higher", false],
  ["Thực hiện tiếp nhận và trả kết quả hồ sơ thủ tục h", "number", "%", 70, "higher", false],
  ["Thực hiện 100% phiếu xin lỗi người dân đối với hồ ", "number", "%", 100, "higher", false],
  ["Văn bản phát hành của xã, thị trấn dưới dạng điện ", "number", "%", 100, "higher", false],
  ["Thực hiện đầy đủ, kịp thời chế độ báo cáo chính ph", "number", "lần", 4, "higher", true],
  ["Tỷ lệ thanh toán trực tuyến trên (Cổng Dịch vụ côn", "number", "%", 60, "higher", false],
  ["Tỷ lệ người dân được tuyên truyền, đào tạo kỹ năng", "number", "%", 50, "higher", false],
  ["Số thủ tục hành chính được cấu hình đúng quy trình", "number", "%", 100, "higher", false],
  ["Tỷ lệ số hóa hồ sơ TTHC trên Cổng dịch vụ công quố", "number", "%", 100, "higher", false],
  ["Tỷ lệ TCCS Đảng hoàn thành xuất sắc nhiệm vụ", "number", "%", 90, "higher", false],
  ["Tỷ lệ TCCS Đảng hoàn thành tốt nhiệm vụ", "number", "%", 80, "higher", false],
  ["Ban hành kế hoạch, chương trình tổ chức, triển kha", "rating", null, "Tốt", "higher", false],
  ["Số điển hình được phát hiện mới", "number", "số lượng", 3, "higher", true],
  ["Số điển hình được nhân rộng trên địa bàn", "number", "số lượng", 5, "higher", true],
  ["Thực hiện chế độ thông tin báo cáo công tác thi đu", "rating", null, "Tốt", "higher", false],
];

const indicatorRows = fs
  .readFileSync(path.join(__dirname, "../text/seedTableRows.tsv"), "utf8")
  .split("\n")
  .map((line) => line.split("\t").map((cell) => cell.trim()))
  .filter(([tt, , unit = "", target = ""]) => tt !== undefined && tt !== "TT" && (unit !== "" || target !== ""));

describe("semantics of the seed's indicator table", () => {
  it("has 46 indicator rows", () => {
    expect(indicatorRows).toHaveLength(46);
    expect(EXPECTED).toHaveLength(46);
  });

  it.each(indicatorRows.map((row, index) => [index + 1, row, EXPECTED[index]] as const))("indicator %i", (_, row, expected) => {
    const [, name, unitText = "", targetText = ""] = row;
    const unit = unitText === "" ? null : unitText;
    const target = readCell(targetText);
    const kind = indicatorKind(unit, target);
    const value = interpretValue(target, kind);
    expect([
      name.slice(0, expected[0].length),
      kind,
      unitKey(unit),
      value.ok ? value.value : null,
      indicatorDirection(name),
      isCumulative(kind, unitKey(unit)),
    ]).toEqual(expected);
  });
});
