import fc from "fast-check";
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
    // each lower-is-better phrase of docs/reading-tables.md#units-and-semantics
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

describe("indicatorDirection, skipping names without the words its patterns need", () => {
  // The patterns alone, on every name: the quick answer for names without their words must agree.
  const LOWER = [/ giảm (?:\S+ ){0,3}còn /u, / giảm xuống /u, / xuống còn /u, / không (?:vượt )?quá (?!hạn )/u, / tối đa (?:là |ở mức )?(?=\d|$)/u, / còn dưới /u, / dưới \d+(?:[.,]\d+)? ?% /u];
  const LOWER_PLAIN = [/ giam (?:\S+ ){0,3}con /, / giam xuong /, / xuong con /, / khong (?:vuot )?qua (?!han )/, / toi da (?:la |o muc )?(?=\d|$)/, / con duoi /, / duoi \d+(?:[.,]\d+)? ?% /];
  const spaced = (text: string) => ` ${text.replace(/[^\p{L}\p{M}\p{N}%.,]+/gu, " ").replace(/(?<!\d)[.,]|[.,](?!\d)/g, " ").replace(/%/g, "% ").replace(/\s+/g, " ").trim()} `;
  const reference = (name: string) => {
    const text = spaced(name.normalize("NFC").replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim().toLowerCase());
    return (/^\p{ASCII}*$/u.test(text) ? LOWER_PLAIN : LOWER).some((pattern) => pattern.test(text)) ? "lower" : "higher";
  };
  const word = fc.constantFrom("Tỷ", "lệ", "hộ", "nghèo", "giảm", "GIẢM", "còn", "xuống", "không", "quá", "vượt", "hạn", "tối", "đa", "dưới", "5%", "2,5%", "12", "giam", "con", "khong", "qua", "toi", "da", "duoi", "xuong", "(", ")", ".", ",", "-", "là", "ở", "mức", "tuổi");

  it("gives what the patterns give, for any name made of their words", () => {
    fc.assert(fc.property(fc.array(word, { maxLength: 10 }).map((words) => words.join(" ")), (name) => void expect(indicatorDirection(name)).toBe(reference(name))), { numRuns: 1000 });
  });
});
