import { describeIneligibility, PRIZE_CONDITION, TIE_NOTE } from "../../../src/core/rankingSheet/rankingWords";
import { rankingNote } from "../../../src/core/rankingSheet/rankingTable";

describe("ranking words", () => {
  it("say why a village is not eligible, in Vietnamese and English", () => {
    expect(describeIneligibility(["Công tác tuyển quân", "Đảm bảo ATGT"], "vi")).toBe(
      "Không xét giải: chưa đạt chỉ tiêu điểm liệt: Công tác tuyển quân; Đảm bảo ATGT",
    );
    expect(describeIneligibility(["Công tác tuyển quân"], "en")).toBe("Not eligible for a prize: mandatory indicator not met: Công tác tuyển quân");
  });

  it("carry the tie note and the seed's condition", () => {
    expect(TIE_NOTE.vi).toBe("Đồng hạng — Hội đồng xem xét");
    expect(PRIZE_CONDITION.vi).toBe("(Giải thưởng chỉ được trao nếu xã đạt giải thưởng cấp huyện.)");
    expect(PRIZE_CONDITION.en).toMatch(/district/);
  });

  it("pick the note of a village's row", () => {
    expect(rankingNote({ eligible: true, tie: false, mandatoryMissed: [] })).toBe("");
    expect(rankingNote({ eligible: true, tie: true, mandatoryMissed: [] })).toBe(TIE_NOTE.vi);
    expect(rankingNote({ eligible: false, tie: false, mandatoryMissed: ["Công tác tuyển quân"] })).toMatch(/^Không xét giải/);
  });
});
