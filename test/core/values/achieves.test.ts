import type { Word } from "../../../src/core/model/indicator";
import { achieves } from "../../../src/core/values/achieves";

const RATINGS: Word[] = ["Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu", "Kém"];

describe("achieves", () => {
  it.each<[Word, Word, boolean]>([
    ["Đạt", "Đạt", true],
    ["Không đạt", "Đạt", false],
    ["Đạt", "Không đạt", true],
    ["Không xảy ra", "Không xảy ra", true],
    ["Xảy ra", "Không xảy ra", false],
    ["Tốt", "Tốt", true],
    ["Xuất sắc", "Tốt", true],
    ["Khá", "Tốt", false],
    ["Kém", "Yếu", false],
    ["Trung bình", "Yếu", true],
    // different families never meet each other
    ["Đạt", "Tốt", false],
    ["Xuất sắc", "Đạt", false],
    ["Không xảy ra", "Đạt", false],
    ["Đạt", "Không xảy ra", false],
  ])("%s for target %s → %p", (actual, target, expected) => {
    expect(achieves(actual, target)).toBe(expected);
  });

  it("orders ratings Xuất sắc > Tốt > Khá > Trung bình > Yếu > Kém", () => {
    for (const [i, actual] of RATINGS.entries()) {
      for (const [j, target] of RATINGS.entries()) {
        expect([actual, target, achieves(actual, target)]).toEqual([actual, target, i <= j]);
      }
    }
  });
});
