import { rankedNotice } from "../../src/taskpane/state/actions/rankSheets";
import { stringsFor } from "../../src/taskpane/strings";

// Excel may take "print one page wide" without keeping it, and has no page layout below ExcelApi 1.9:
// the ranking is complete, and staff read in one line how to set the print size by hand.
describe("rankedNotice when Excel did not keep the print fit", () => {
  const written = { sheet: "Xếp hạng thi đua 2024", resultsSheet: "Tổng hợp kết quả 2024", missing: [], printByHand: ["Xếp hạng thi đua 2024"] };

  it("warns, names the sheet and says where to set one page wide, in Vietnamese", () => {
    const notice = rankedNotice(stringsFor("vi"), written);
    expect(notice.intent).toBe("warning");
    expect(notice.text).toMatch(/^Đã ghi trang “Xếp hạng thi đua 2024”/);
    expect(notice.text).toContain("Excel chưa nhận khổ in của trang “Xếp hạng thi đua 2024”: để in vừa một trang ngang, vào Bố trí Trang › Co giãn cho vừa › Chiều rộng: 1 trang");
  });

  it("and in English", () => {
    expect(rankedNotice(stringsFor("en"), written).text).toContain("Excel did not keep the print size of sheet “Xếp hạng thi đua 2024”: to print it one page wide, choose Page Layout › Scale to Fit › Width: 1 page");
  });

  it("says nothing of it when the print fit was kept", () => {
    const notice = rankedNotice(stringsFor("en"), { ...written, printByHand: undefined });
    expect(notice).toEqual({ intent: "success", text: expect.not.stringContaining("Scale to Fit") });
  });
});
