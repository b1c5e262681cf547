import type { Direction } from "../../../src/core/model/indicator";
import { indicatorDirection } from "../../../src/core/semantics/indicatorDirection";

describe("indicatorDirection", () => {
  it.each<[string, Direction]>([
    // the seed's tricky names
    ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn (theo cân nặng)", "lower"],
    ["Số hộ nghèo giảm trong năm", "higher"],
    ["Hàng năm, tỷ lệ trẻ em dưới 1 tuổi tiêm đủ các loại vắc xin", "higher"],
    ["Đảm bảo ATGT giảm 3 tiêu chí, số vụ, số người chết, số người bị thương", "higher"],
    ["Thực hiện 100% phiếu xin lỗi người dân đối với hồ sơ thủ tục hành chính trả quá hạn", "higher"],
    ["Tỷ lệ thanh toán trực tuyến trên (Cổng Dịch vụ công quốc gia, Cổng dịch vụ công của tỉnh) trên tổng, số giao dịch có yêu cầu nghĩa vụ tài chính (phí/lệ phí, thuế, ...) đạt trên 60%", "higher"],
    ["Thực hiện tiếp nhận và trả kết quả hồ sơ thủ tục hành chính trực tuyến từ 70% trở lên/ tổng số hồ sơ tiếp nhận trong năm", "higher"],
    ["Thu ngân sách nhà nước trên địa bàn", "higher"],
    // each lower-is-better phrase of SPEC §4
    ["Tỷ lệ hộ nghèo giảm còn 3%", "lower"],
    ["Tỷ lệ hộ nghèo giảm 1,5% còn 3%", "lower"],
    ["Tỷ lệ hộ nghèo giảm bình quân 2%/năm, còn dưới 5%", "lower"],
    ["Tỷ lệ hộ nghèo giảm xuống 3%", "lower"],
    ["Tỷ lệ hộ nghèo giảm xuống còn 3%", "lower"],
    ["Tỷ lệ sinh con thứ 3 xuống còn 5%", "lower"],
    ["Số vụ tai nạn giao thông không quá 2 vụ", "lower"],
    ["Số vụ vi phạm không vượt quá 1 vụ", "lower"],
    ["Số hồ sơ trễ hạn tối đa", "lower"],
    ["Số hồ sơ trễ hạn tối đa 2 hồ sơ", "lower"],
    ["Số hồ sơ trễ hạn tối đa là 2", "lower"],
    ["So ho so tre han toi da 2", "lower"],
    ["TỶ LỆ HỘ NGHÈO GIẢM CÒN", "lower"],
    ["Tỷ lệ hộ nghèo giảm còn".normalize("NFD"), "lower"],
    ["Ty le ho ngheo giam con 3%", "lower"],
    ["Tỷ lệ hộ nghèo còn dưới 4%", "lower"],
    ["Tỷ lệ hộ nghèo dưới 4%", "lower"],
    ["Tỷ lệ hộ nghèo dưới 4,5 %", "lower"],
    // near misses stay higher
    ["Tỷ lệ hồ sơ giải quyết không quá hạn", "higher"],
    ["Tỷ lệ trẻ em dưới 5 tuổi được tiêm chủng", "higher"],
    ["Giảm tỷ lệ hộ nghèo 2% trong năm", "higher"],
    ["Phát huy tối đa nguồn lực", "higher"],
    ["Số lao động được giải quyết việc làm trong năm", "higher"],
  ])("%j → %s", (name, expected) => {
    expect(indicatorDirection(name)).toBe(expected);
  });
});
