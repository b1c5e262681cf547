import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FINDINGS_PAGE, FindingList } from "../../src/taskpane/components/FindingList";
import { groupBySeverity } from "../../src/taskpane/components/groupBySeverity";
import { stringsFor } from "../../src/taskpane/strings";
import { describeForTest, FINDINGS } from "./data";
import { renderPane } from "./renderPane";
import { expectHeldButFocusable } from "./unavailable";

describe("groupBySeverity", () => {
  it("puts errors first, then warnings, shortfalls and information, leaving out empty groups", () => {
    const groups = groupBySeverity(FINDINGS);
    expect(groups.map((g) => [g.severity, g.findings.map((f) => f.cell)])).toEqual([
      ["error", ["E12", null]],
      ["warning", ["C14"]],
      ["shortfall", ["E9"]],
      ["info", ["C15"]],
    ]);
  });
});

describe("FindingList", () => {
  it("shows one heading per severity with its count, most urgent first", () => {
    renderPane(<FindingList findings={FINDINGS} strings={stringsFor("vi")} describe={describeForTest} onSelect={() => undefined} />);
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Lỗi (2)",
      "Cảnh báo (1)",
      "Chưa đạt mục tiêu (1)",
      "Thông tin (1)",
    ]);
  });

  it("selects the finding's cell when its button is pressed, by mouse or keyboard", async () => {
    const onSelect = jest.fn();
    renderPane(<FindingList findings={FINDINGS} strings={stringsFor("vi")} describe={describeForTest} onSelect={onSelect} />);
    await userEvent.click(screen.getByRole("button", { name: /E12 value\/missing/ }));
    expect(onSelect).toHaveBeenCalledWith(FINDINGS[1]);
    screen.getByRole("button", { name: /E9 target\/shortfall/ }).focus();
    await userEvent.keyboard("{Enter}");
    expect(onSelect).toHaveBeenLastCalledWith(FINDINGS[0]);
  });

  it("shows a finding about the whole sheet as text, not as a button", () => {
    renderPane(<FindingList findings={FINDINGS} strings={stringsFor("vi")} describe={describeForTest} onSelect={() => undefined} />);
    const errors = screen.getByText("Lỗi (2)").closest("[data-severity]") as HTMLElement;
    expect(within(errors).getAllByRole("button")).toHaveLength(1);
    expect(errors).toHaveTextContent("cả trangsheet/missing-column");
  });

  it("cannot be clicked while an operation runs, yet keeps keyboard focus where it is", async () => {
    const onSelect = jest.fn();
    renderPane(<FindingList findings={FINDINGS} strings={stringsFor("vi")} describe={describeForTest} onSelect={onSelect} disabled />);
    const buttons = screen.getAllByRole("button");
    for (const button of buttons) expectHeldButFocusable(button);
    await userEvent.click(buttons[1]);
    buttons[0].focus();
    await userEvent.keyboard("{Enter}");
    expect(onSelect).not.toHaveBeenCalled();
    expect(buttons[0]).toHaveFocus();
  });

  it("shows a very long list a page at a time, every finding a press or a few away, the count in its heading", () => {
    const shortfall = FINDINGS.find((f) => f.severity === "shortfall")!;
    const many = Array.from({ length: 2 * FINDINGS_PAGE + 201 }, (_, i) => ({ ...shortfall, cell: `E${4 + i}` }));
    renderPane(<FindingList findings={many} strings={stringsFor("vi")} describe={describeForTest} onSelect={() => undefined} />);
    const group = () => document.querySelector('[data-severity="shortfall"]') as HTMLElement;
    expect(group().querySelector("h3")?.textContent).toBe(`Chưa đạt mục tiêu (${many.length})`);
    expect(group().querySelectorAll("li")).toHaveLength(FINDINGS_PAGE);
    // By text, not role: the role query walks every one of the hundreds of buttons.
    fireEvent.click(screen.getByText("Hiện thêm 500 phát hiện (còn 701)"));
    expect(group().querySelectorAll("li")).toHaveLength(2 * FINDINGS_PAGE);
    fireEvent.click(screen.getByText("Hiện thêm 201 phát hiện (còn 201)"));
    expect([...group().querySelectorAll("li")].map((li) => li.querySelector("span > span")?.textContent)).toEqual(many.map((f) => f.cell));
    expect(screen.queryByText(/^Hiện thêm/)).toBeNull();
  }, 120_000);
});
