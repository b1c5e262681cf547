import { formatFinding } from "../../src/core/messages";
import { finding } from "../../src/core/model/finding";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { sampleSheets } from "../../src/taskpane/state/actions/sampleSheets";
import { cellsOf, FakeExcel } from "./fakeExcel";
import { renderPane } from "./renderPane";

const CONFIG = "Cấu hình xếp hạng";

function sampleWorkbook(): FakeExcel {
  const sheets = sampleSheets().filter((s) => !/tổng hợp/i.test(s.name) && s.name !== CONFIG);
  return new FakeExcel(sheets.map(cellsOf));
}

function ready() {
  return waitFor(() => expect(document.querySelector("main")).toHaveAttribute("data-ready", "true"));
}

async function openApp(excel: FakeExcel) {
  renderPane(<App lang="vi" excel={excel} />);
  await ready();
}

afterEach(cleanup);

const strayAt = (cell: string, lang: "vi" | "en") => formatFinding(finding("sheet/stray-values", { sheet: "Nà Lầu", cell, details: { columns: 8, rows: 200 } }), lang);

describe("a workbook with sheets that cannot be read whole", () => {
  it("names the far cell and the refused sheet with what to do, marks them in the lists, and the other sheets still work", async () => {
    const excel = sampleWorkbook();
    excel.outside.set("Nà Lầu", { address: "XFD1048576", single: true });
    excel.refused.set("Khuổi Khâm", { code: "GeneralException" });
    await openApp(excel);
    expect(screen.getByText("Có 2 trang tính cần xem lại; các trang khác vẫn dùng được:")).toBeInTheDocument();
    // The same sentence as the check's finding and the command line's.
    expect(screen.getByText(strayAt("XFD1048576", "vi"))).toBeInTheDocument();
    expect(strayAt("XFD1048576", "vi")).toMatch(/^.*Nà Lầu.*XFD1048576.*không được đọc là một phần của bảng/);
    expect(screen.getByText(/^Khuổi Khâm: không đọc được\. Excel báo lỗi GeneralException\./)).toBeInTheDocument();
    const report = screen.getByRole("combobox", { name: "Trang báo cáo" });
    expect(report).toHaveValue("Nà Lầu");
    expect(within(report).getByRole("option", { name: "Khuổi Khâm (⚠ không đọc được)" })).toBeInTheDocument();
    expect(within(report).getByRole("option", { name: "Nà Lầu (⚠ có dữ liệu ngoài bảng)" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await ready();
    expect(excel.highlights.has("Nà Lầu")).toBe(true);
  });

  it("says so in English too", async () => {
    const excel = sampleWorkbook();
    excel.outside.set("Nà Lầu", { address: "XFD1048576", single: true });
    renderPane(<App lang="en" excel={excel} />);
    await ready();
    expect(screen.getByText(strayAt("XFD1048576", "en"))).toBeInTheDocument();
  });
});

describe("cancelling", () => {
  it("a check leaves no highlight of it and says so", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    const release = excel.hold();
    act(() => fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" })));
    await userEvent.click(await screen.findByRole("button", { name: "Hủy" }));
    await act(async () => release());
    await ready();
    expect(excel.highlights.has("Nà Lầu")).toBe(false);
    expect(excel.calls).not.toContain("applyHighlights");
    expect(screen.getByText("Đã hủy kiểm tra; không ô nào còn bị tô màu bởi lần kiểm tra này.")).toBeInTheDocument();
  });

  it("a ranking leaves the previous ranking sheet as it was", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    await userEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await userEvent.click(await screen.findByRole("button", { name: "Xếp hạng" }));
    await ready();
    const writes = excel.calls.filter((c) => c === "writeSheet").length;
    const sheets = new Map(excel.sheets);
    const release = excel.hold();
    act(() => fireEvent.click(screen.getByRole("button", { name: "Xếp hạng" })));
    await userEvent.click(await screen.findByRole("button", { name: "Hủy" }));
    await act(async () => release());
    await ready();
    expect(excel.calls.filter((c) => c === "writeSheet")).toHaveLength(writes);
    expect(excel.sheets).toEqual(sheets);
    expect(screen.getByText("Đã hủy. Không có gì trong sổ làm việc bị thay đổi dở dang.")).toBeInTheDocument();
  });
});
