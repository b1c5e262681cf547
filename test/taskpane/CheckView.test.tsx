import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CheckedReport } from "../../src/core/model";
import type { Checked } from "../../src/taskpane/state/useCheck";
import { stringsFor } from "../../src/taskpane/strings";
import type { SheetInfo } from "../../src/taskpane/state/sheetInfo";
import { CheckView, type CheckViewProps } from "../../src/taskpane/views/CheckView";
import { CHECKED, describeForTest, FINDINGS } from "./data";
import { renderPane } from "./renderPane";
import { expectHeldButFocusable } from "./unavailable";

const SHEETS: SheetInfo[] = [
  { name: "Chỉ tiêu 2024", layout: "targets", village: null, year: 2024 },
  { name: "Thôn Nà Lầu", layout: "report", village: "Thôn Nà Lầu", year: 2024 },
  { name: "Khuôn Lùng", layout: "report", village: "Thôn Khuôn Lùng", year: 2024 },
];

/** A check of one village, as the view is given it. */
function one(checked: CheckedReport): Checked {
  return { villages: [checked], shown: 0, partOf: null };
}

function props(overrides: Partial<CheckViewProps> = {}): CheckViewProps {
  return {
    strings: stringsFor("vi"),
    sheets: SHEETS,
    targetSheet: "Chỉ tiêu 2024",
    reportSheet: "Thôn Nà Lầu",
    onTargetSheet: jest.fn(),
    onReportSheet: jest.fn(),
    busy: false,
    checked: null,
    canClear: false,
    describe: describeForTest,
    onCheck: jest.fn(),
    onClear: jest.fn(),
    onSelectFinding: jest.fn(),
    ...overrides,
  };
}

describe("CheckView", () => {
  it("shows the sheets found, preselected, and lets staff change them", async () => {
    const p = props();
    renderPane(<CheckView {...p} />);
    const report = screen.getByRole("combobox", { name: "Trang báo cáo" });
    const target = screen.getByRole("combobox", { name: "Trang chỉ tiêu" });
    expect(report).toHaveValue("Thôn Nà Lầu");
    expect(target).toHaveValue("Chỉ tiêu 2024");
    await userEvent.selectOptions(report, "Khuôn Lùng");
    expect(p.onReportSheet).toHaveBeenCalledWith("Khuôn Lùng");
    await userEvent.selectOptions(target, "(Không dùng — lấy mục tiêu ghi trong báo cáo)");
    expect(p.onTargetSheet).toHaveBeenCalledWith(null);
  });

  it("checks with one button, and clears highlights only when there are some", async () => {
    const p = props();
    const { rerender } = renderPane(<CheckView {...p} />);
    expect(screen.getByRole("button", { name: "Xóa đánh dấu" })).toBeDisabled();
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(p.onCheck).toHaveBeenCalledTimes(1);
    rerender(<CheckView {...p} checked={one(CHECKED)} canClear />);
    await userEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    expect(p.onClear).toHaveBeenCalledTimes(1);
  });

  it("shows the summary and the findings of a checked report; a finding selects its cell", async () => {
    const p = props({ checked: one(CHECKED), canClear: true });
    renderPane(<CheckView {...p} />);
    expect(screen.getByRole("heading", { name: "Kết quả kiểm tra: Thôn Nà Lầu" })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Tóm tắt kết quả kiểm tra" })).toHaveTextContent("5Chưa đạt");
    await userEvent.click(screen.getByRole("button", { name: /C14 unit\/missing/ }));
    expect(p.onSelectFinding).toHaveBeenCalledWith(FINDINGS[2]);
  });

  it("says there is nothing to show for the village, never that a report is in order", () => {
    renderPane(<CheckView {...props({ checked: one({ ...CHECKED, findings: [] }) })} />);
    expect(screen.getByText("Không có lỗi hay cảnh báo nào cho Thôn Nà Lầu.")).toBeInTheDocument();
    expect(screen.queryByText(/đạt yêu cầu/)).toBeNull();
  });

  it("disables every control while an operation runs", () => {
    renderPane(<CheckView {...props({ busy: true, checked: one(CHECKED), canClear: true })} />);
    for (const select of screen.getAllByRole("combobox")) expect(select).toBeDisabled();
    for (const button of screen.getAllByRole("button")) expectHeldButFocusable(button);
  });

  it("cannot check before a report sheet is chosen", () => {
    renderPane(<CheckView {...props({ reportSheet: null })} />);
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeDisabled();
  });
});
