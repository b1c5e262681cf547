import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { finding } from "../../src/core/model";
import { stringsFor } from "../../src/taskpane/strings";
import { RankView, type RankViewProps } from "../../src/taskpane/views/RankView";
import { describeForTest, RANKING } from "./data";
import { renderPane } from "./renderPane";
import { expectHeldButFocusable } from "./unavailable";

function props(overrides: Partial<RankViewProps> = {}): RankViewProps {
  return {
    strings: stringsFor("vi"),
    lang: "vi",
    sheets: [
      { name: "Nà Lầu", layout: "report", village: "Thôn Nà Lầu", year: 2024 },
      { name: "Khuôn Lùng", layout: "report", village: "Thôn Khuôn Lùng", year: 2024 },
      { name: "Tổng hợp", layout: "consolidated", village: null, year: 2024 },
    ],
    allSheets: ["Chỉ tiêu 2024", "Nà Lầu", "Khuôn Lùng", "Tổng hợp"],
    chosen: ["Nà Lầu", "Khuôn Lùng"],
    onToggle: jest.fn(),
    targetSheet: "Chỉ tiêu 2024",
    onTargetSheet: jest.fn(),
    busy: false,
    ranking: null,
    periodLabel: "Tổng kết năm",
    describe: describeForTest,
    onRank: jest.fn(),
    onSelectFinding: jest.fn(),
    ...overrides,
  };
}

describe("RankView", () => {
  it("offers the sheets found, with what each one is, the chosen ones ticked", async () => {
    const p = props();
    renderPane(<RankView {...p} />);
    expect(screen.getByRole("checkbox", { name: "Nà Lầu (báo cáo thôn)" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Tổng hợp (bảng tổng hợp)" })).not.toBeChecked();
    await userEvent.click(screen.getByRole("checkbox", { name: "Tổng hợp (bảng tổng hợp)" }));
    expect(p.onToggle).toHaveBeenCalledWith("Tổng hợp", true);
    await userEvent.click(screen.getByRole("checkbox", { name: "Nà Lầu (báo cáo thôn)" }));
    expect(p.onToggle).toHaveBeenCalledWith("Nà Lầu", false);
  });

  it("ranks with one button, and asks for a sheet when none is chosen", async () => {
    const p = props();
    const { rerender } = renderPane(<RankView {...p} />);
    await userEvent.click(screen.getByRole("button", { name: "Xếp hạng" }));
    expect(p.onRank).toHaveBeenCalledTimes(1);
    rerender(<RankView {...p} chosen={[]} />);
    expect(screen.getByRole("button", { name: "Xếp hạng" })).toBeDisabled();
    expect(screen.getByText("Hãy chọn ít nhất một trang báo cáo thôn hoặc trang tổng hợp.")).toBeInTheDocument();
  });

  it("shows the ranking as bars with prizes, and the prize condition of the programme", () => {
    renderPane(<RankView {...props({ ranking: RANKING })} />);
    expect(screen.getByRole("heading", { name: "Xếp hạng thi đua năm 2024 (Tổng kết năm)" })).toBeInTheDocument();
    expect(screen.getAllByText(/Giải Nhất · 5.000.000 đ/)).toHaveLength(2);
    expect(screen.getByText("Giải thưởng được trao nếu xã đạt giải thưởng cấp huyện.")).toBeInTheDocument();
  });

  it("lists the ranking's findings, each selecting its cell", async () => {
    const rule = finding("config/rule-matches-nothing", { sheet: "Cấu hình xếp hạng", cell: "A12", details: { match: "vườn tạp" } });
    const p = props({ ranking: { ...RANKING, findings: [rule] } });
    renderPane(<RankView {...p} />);
    await userEvent.click(screen.getByRole("button", { name: /A12 config\/rule-matches-nothing/ }));
    expect(p.onSelectFinding).toHaveBeenCalledWith(rule);
  });

  it("disables the choices and the button while an operation runs", () => {
    renderPane(<RankView {...props({ busy: true })} />);
    for (const box of screen.getAllByRole("checkbox")) expect(box).toBeDisabled();
    expectHeldButFocusable(screen.getByRole("button", { name: "Xếp hạng" }));
  });
});
