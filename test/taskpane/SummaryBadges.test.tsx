import { screen, within } from "@testing-library/react";
import { SummaryBadges } from "../../src/taskpane/components/SummaryBadges";
import { stringsFor } from "../../src/taskpane/strings";
import { CHECKED } from "./data";
import { renderPane } from "./renderPane";

describe("SummaryBadges", () => {
  it("shows each count of the summary beside its Vietnamese word", () => {
    renderPane(<SummaryBadges summary={CHECKED.summary} strings={stringsFor("vi")} />);
    const list = screen.getByRole("list", { name: "Tóm tắt kết quả kiểm tra" });
    const items = within(list).getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual(["46Chỉ tiêu", "30Đạt", "8Vượt", "5Chưa đạt", "2Lỗi", "1Cảnh báo"]);
  });

  it("gives the counts different colours, not only words", () => {
    const { container } = renderPane(<SummaryBadges summary={CHECKED.summary} strings={stringsFor("vi")} />);
    const badgeClass = (key: string) => container.querySelector(`[data-count="${key}"] .fui-Badge`)?.className ?? "";
    const classes = ["met", "shortfall", "errors", "warnings"].map(badgeClass);
    expect(classes.every((c) => c.length > 0)).toBe(true);
    expect(new Set(classes).size).toBe(4);
  });

  it("speaks English when the pane does", () => {
    renderPane(<SummaryBadges summary={CHECKED.summary} strings={stringsFor("en")} />);
    expect(screen.getByRole("list", { name: "Summary of the check" })).toHaveTextContent("30Met");
  });
});
