import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { sampleSheets } from "../../src/taskpane/state/actions/sampleSheets";
import { xlsxBytes } from "../fixtures/workbookBytes";
import { cellsOf, FakeExcel } from "./fakeExcel";
import { renderPane } from "./renderPane";
import { expectHeldButFocusable } from "./unavailable";

const CONFIG = "Cấu hình xếp hạng";

/** The commune's target sheet and the six villages' reports, as staff have them after importing. */
function sampleWorkbook(): FakeExcel {
  const sheets = sampleSheets().filter((s) => !/tổng hợp/i.test(s.name) && s.name !== CONFIG);
  return new FakeExcel(sheets.map(cellsOf));
}

async function openApp(excel: FakeExcel, lang: "vi" | "en" = "vi") {
  renderPane(<App lang={lang} excel={excel} />);
  await waitFor(() => expect(document.querySelector("main")).toHaveAttribute("data-ready", "true"));
}

/** Chooses each sheet as the report and checks it, one after the other. */
async function checkEach(...sheets: string[]) {
  for (const sheet of sheets) {
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Trang báo cáo" }), sheet);
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await ready();
  }
}

function ready() {
  return waitFor(() => expect(document.querySelector("main")).toHaveAttribute("data-ready", "true"));
}

describe("the task pane over a workbook", () => {
  it("finds the report sheet and the target sheet itself", async () => {
    await openApp(sampleWorkbook());
    expect(screen.getByRole("combobox", { name: "Trang báo cáo" })).toHaveValue("Nà Lầu");
    expect(screen.getByRole("combobox", { name: "Trang chỉ tiêu" })).toHaveValue("Chỉ tiêu 2024");
  });

  it("checks the report: summary, findings by severity, highlights in the sheet; then selects a cell and clears", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Trang báo cáo" }), "Khuổi Khâm");
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: /Kết quả kiểm tra/ });
    await ready();
    const highlights = excel.highlights.get("Khuổi Khâm") ?? [];
    expect(highlights.length).toBeGreaterThan(0);
    // The outcome in the clerk's words, then what was painted.
    expect(screen.getByText(new RegExp(`^Khuổi Khâm: \\d+ chỉ tiêu chưa đạt, \\d+ lỗi\\. Đã tô màu ${highlights.length} ô\\.$`))).toBeInTheDocument();
    const severities = [...document.querySelectorAll("[data-severity]")].map((g) => g.getAttribute("data-severity"));
    expect(severities.length).toBeGreaterThan(0);
    expect([...severities].sort((a, b) => order(a) - order(b))).toEqual(severities);

    const button = within(document.querySelector("[data-severity]") as HTMLElement).getAllByRole("button")[0];
    const cell = button.querySelector("span > span")?.textContent;
    // The check itself shows the report with its first finding's cell selected; the finding selects it again.
    expect(excel.selected).toEqual([{ sheet: "Khuổi Khâm", cell }]);
    await userEvent.click(button);
    await ready();
    expect(excel.selected).toEqual([{ sheet: "Khuổi Khâm", cell }, { sheet: "Khuổi Khâm", cell }]);

    await userEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    await screen.findByText("Đã xóa đánh dấu trên trang “Khuổi Khâm”, màu ô đã trở lại như cũ.");
    expect(excel.highlights.has("Khuổi Khâm")).toBe(false);
  });

  it("still clears the other sheets when a checked sheet has since been deleted", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    await checkEach("Nà Lầu", "Khuổi Khâm");
    // Staff delete "Nà Lầu" in Excel, without telling the pane.
    excel.sheets.delete("Nà Lầu");
    excel.highlights.delete("Nà Lầu");
    await userEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    await screen.findByText("Đã xóa đánh dấu trên trang “Khuổi Khâm”, màu ô đã trở lại như cũ.");
    expect(excel.highlights.size).toBe(0);
  });

  it("says which sheets were cleared before Excel refused one", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    await checkEach("Nà Lầu", "Khuổi Khâm");
    const clear = excel.clearHighlights.bind(excel);
    jest.spyOn(excel, "clearHighlights").mockImplementation(async (sheet) =>
      sheet === "Khuổi Khâm" ? { ok: false, failures: { code: "AccessDenied" } } : clear(sheet),
    );
    await userEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    expect(
      await screen.findByText(/Excel báo lỗi AccessDenied\. Hãy thử lại\. Đánh dấu trên trang “Nà Lầu” đã được xóa trước khi gặp lỗi\./),
    ).toBeInTheDocument();
  });

  it("drops the result of a sheet deleted since, once the sheets are read again", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: /Kết quả kiểm tra/ });
    await ready();
    excel.sheets.delete("Nà Lầu");
    await userEvent.click(screen.getByRole("button", { name: "Đọc lại các trang tính" }));
    await ready();
    expect(screen.queryByRole("heading", { name: /Kết quả kiểm tra/ })).not.toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Trang báo cáo" })).not.toHaveValue("Nà Lầu");
  });

  it("clears the highlights of every sheet it checked with one press", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    await checkEach("Nà Lầu", "Khuổi Khâm");
    expect(excel.calls.filter((c) => c === "applyHighlights")).toHaveLength(2);
    await userEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    await screen.findByText("Đã xóa đánh dấu trên trang “Nà Lầu”, “Khuổi Khâm”, màu ô đã trở lại như cũ.");
    expect(excel.highlights.size).toBe(0);
  });

  it("runs one operation at a time: a second click does nothing, every button waits, a spinner shows", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    const release = excel.hold();
    const check = screen.getByRole("button", { name: "Kiểm tra" });
    check.focus();
    act(() => {
      fireEvent.click(check);
      fireEvent.click(check);
    });
    expect(await screen.findByText("Đang kiểm tra báo cáo…")).toBeInTheDocument();
    // Held, not disabled: the button just pressed keeps keyboard focus for the next step.
    // Every button waits but the one that cancels what runs.
    for (const b of screen.getAllByRole("button").filter((b) => b.textContent !== "Hủy")) expectHeldButFocusable(b);
    expect(screen.getByRole("button", { name: "Hủy" })).toBeEnabled();
    expect(check).toHaveFocus();
    await act(async () => release());
    await ready();
    expect(excel.calls.filter((c) => c === "applyHighlights")).toHaveLength(1);
    expect(check).toHaveFocus();
    expect(check).toBeEnabled();
  });

  it("says the check is done even when no cell needed highlighting", async () => {
    const report = {
      name: "Nà Lầu",
      values: [
        ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"],
        [1, "Số hộ dùng nước sạch", "hộ", 40, 42],
      ],
      formats: [Array(5).fill("General"), Array(5).fill("General")],
    };
    await openApp(new FakeExcel([report]));
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await ready();
    expect(screen.getByText(/: 0 chỉ tiêu chưa đạt, 0 lỗi\.$/)).toBeInTheDocument();
  });

  it("does not call a sheet without a table fine just because no cell was marked", async () => {
    const notes = { name: "Ghi chép", values: [["Họp thôn ngày 12/6"]], formats: [["General"]] };
    await openApp(new FakeExcel([notes]));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Trang báo cáo" }), "Ghi chép");
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await ready();
    expect(screen.getByText(/: 0 chỉ tiêu chưa đạt, 1 lỗi\.$/)).toBeInTheDocument();
    expect(document.querySelector(".fui-MessageBar")).not.toHaveTextContent(/đạt yêu cầu/);
    expect(document.querySelector('[data-severity="error"]')).toHaveTextContent("cả trang");
  });

  it("keeps the message and the layout still when a finding's cell is selected", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Trang báo cáo" }), "Khuổi Khâm");
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await ready();
    const message = screen.getByText(/Đã tô màu \d+ ô\./);
    const release = excel.hold();
    const finding = within(document.querySelector("[data-severity]") as HTMLElement).getAllByRole("button")[0];
    act(() => fireEvent.click(finding));
    await waitFor(() => expect(excel.calls.at(-1)).toBe("selectCell"));
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
    expect(message).toBeInTheDocument();
    await act(async () => release());
    await ready();
    expect(message).toBeInTheDocument();
  });

  it("does not use the report itself as its target sheet", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    const read = jest.spyOn(excel, "readWorksheets");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Trang báo cáo" }), "Chỉ tiêu 2024");
    expect(screen.getByRole("combobox", { name: "Trang chỉ tiêu" })).toHaveValue("");
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await ready();
    expect(read.mock.lastCall?.[0]).toEqual(["Chỉ tiêu 2024"]);
    // Choosing a village again brings the target sheet back.
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Trang báo cáo" }), "Nà Lầu");
    expect(screen.getByRole("combobox", { name: "Trang chỉ tiêu" })).toHaveValue("Chỉ tiêu 2024");
  });

  it("says what happened and what to do when Excel refuses", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    excel.failNext = "readWorksheets";
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText("Không thực hiện được")).toBeInTheDocument();
    expect(screen.getByText(/Excel báo lỗi GeneralException\. Hãy thử lại\./)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeEnabled();
  });

  it("lists the findings all the same when Excel refuses the highlights, and says why none is painted", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    excel.failNext = "applyHighlights";
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Trang báo cáo" }), "Khuổi Khâm");
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await ready();
    expect(screen.getByRole("heading", { name: /Kết quả kiểm tra/ })).toBeInTheDocument();
    expect(document.querySelectorAll("[data-severity]").length).toBeGreaterThan(0);
    expect(screen.getByText(/Excel báo lỗi GeneralException\. Hãy thử lại\..*Mọi phát hiện vẫn có đủ trong danh sách dưới đây\.$/)).toBeInTheDocument();
  });

  it.each([
    ["vi", "Kiểm tra", /^Khuổi Khâm: \d+ chỉ tiêu chưa đạt, \d+ lỗi\. Đã tô màu 2 ô trên trang “Khuổi Khâm” \(lỗi và chỉ tiêu chưa đạt, từ trên xuống\); \d+ ô còn lại, bắt đầu từ ô [A-Z]+\d+, không được tô: .*xóa đánh dấu trả lại đúng màu cũ cho các ô đã tô\./, "Sửa các ô đã tô rồi kiểm tra lại"],
    ["en", "Check", /^Khuổi Khâm: \d+ indicators not met, \d+ errors\. 2 cells highlighted on “Khuổi Khâm” \(errors and shortfalls, top down\); the other \d+, from cell [A-Z]+\d+ on, were not: .*clearing highlights restores exactly the cells that were highlighted\./, "Correct the highlighted cells"],
  ] as const)("(%s) says how many cells were painted and how many not when not all fit, listing every finding", async (lang, check, text, todo) => {
    const excel = sampleWorkbook();
    excel.paintLimit = 2;
    await openApp(excel, lang);
    await userEvent.selectOptions(screen.getAllByRole("combobox")[0], "Khuổi Khâm");
    await userEvent.click(screen.getByRole("button", { name: check }));
    await ready();
    const notice = document.querySelector(".fui-MessageBarBody")?.textContent ?? "";
    expect(notice).toMatch(text);
    expect(notice).toContain(todo);
    const listed = [...document.querySelectorAll("[data-severity] li")].length;
    expect(listed).toBeGreaterThan(2);
  });

  it("ranks the villages: writes and opens the ranking sheet, shows bars with prizes", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    await userEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    expect((await screen.findAllByRole("checkbox")).filter((c) => (c as HTMLInputElement).checked)).toHaveLength(6);
    await userEvent.click(screen.getByRole("button", { name: "Xếp hạng" }));
    const bars = await screen.findByRole("list", { name: "Điểm thi đua của các thôn" });
    await ready();
    expect(within(bars).getAllByRole("listitem")).toHaveLength(6);
    expect(within(bars).getAllByRole("listitem")[0]).toHaveTextContent(/Hạng 1.*Giải Nhất · 5\.000\.000 đ/);
    expect(excel.active).toMatch(/^Xếp hạng thi đua 2024/);
    expect(
      screen.getByText(`Đã ghi trang “${excel.active}” và mở trang đó. Kết quả toàn xã theo từng thôn ở trang “Tổng hợp kết quả 2024”.`),
    ).toBeInTheDocument();
    // docs/outputs.md#results-across-the-villages: the results across the villages are written next to the ranking sheet.
    expect(excel.sheets.get("Tổng hợp kết quả 2024")?.values.flat()).toEqual(expect.arrayContaining(["Toàn xã", "Mục tiêu xã"]));
  });

  it("says whether the workbook has a configuration sheet before anything is pressed", async () => {
    await openApp(sampleWorkbook());
    await userEvent.click(screen.getByRole("tab", { name: "Khác" }));
    await userEvent.click(screen.getByRole("button", { name: "Cấu hình" }));
    expect(await screen.findByText(/Chưa có trang cấu hình: khi xếp hạng sẽ dùng giá trị mặc định/)).toBeInTheDocument();
    cleanup();
    await openApp(new FakeExcel(sampleSheets().map(cellsOf)));
    await userEvent.click(screen.getByRole("tab", { name: "Khác" }));
    await userEvent.click(screen.getByRole("button", { name: "Cấu hình" }));
    expect(await screen.findByRole("button", { name: "Đọc lại cấu hình" })).toBeInTheDocument();
    expect(screen.queryByText(/Chưa có trang cấu hình/)).not.toBeInTheDocument();
  });

  it("creates the configuration sheet, then shows its errors where they are", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    await userEvent.click(screen.getByRole("tab", { name: "Khác" }));
    await userEvent.click(screen.getByRole("button", { name: "Cấu hình" }));
    expect(await screen.findByText(/Chưa có trang cấu hình/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Tạo hoặc mở trang cấu hình" }));
    await screen.findByText(`Đã tạo trang “${CONFIG}” với giá trị mặc định.`);
    expect(excel.active).toBe(CONFIG);

    // Staff type a word where the cap should be a number.
    const sheet = excel.sheets.get(CONFIG)!;
    const row = sheet.values.findIndex((r) => r.includes(1.2));
    expect(row).toBeGreaterThanOrEqual(0);
    sheet.values[row][sheet.values[row].indexOf(1.2)] = "nhiều";
    await userEvent.click(screen.getByRole("button", { name: "Đọc lại cấu hình" }));
    await screen.findByRole("heading", { name: /Cấu hình có \d+ lỗi/ });
    const errorButtons = within(document.querySelector('[data-severity="error"]') as HTMLElement).getAllByRole("button");
    await userEvent.click(errorButtons[0]);
    await ready();
    expect(excel.selected.at(-1)?.sheet).toBe(CONFIG);
  });

  it("imports villages' files through Excel when it can, and explains the manual way when it cannot", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    await userEvent.click(screen.getByRole("tab", { name: "Khác" }));
    await userEvent.click(screen.getByRole("button", { name: "Nhập báo cáo thôn" }));
    const file = new File([xlsxBytes()], "thon-na-sao.xlsx");
    await userEvent.upload(await screen.findByLabelText("Chọn tệp Excel"), file);
    await userEvent.click(screen.getByRole("button", { name: "Nhập vào sổ này" }));
    await screen.findByText(/Đã nhập 1 trang:/);
    expect(excel.inserted).toEqual([[{ fileName: "thon-na-sao.xlsx", base64: Buffer.from(xlsxBytes()).toString("base64") }]]);
  });

  it("shows how to copy sheets by hand below ExcelApi 1.13", async () => {
    const excel = sampleWorkbook();
    excel.supportsInsert = false;
    await openApp(excel);
    await userEvent.click(screen.getByRole("tab", { name: "Khác" }));
    await userEvent.click(screen.getByRole("button", { name: "Nhập báo cáo thôn" }));
    expect(await screen.findByText("Phiên bản Excel này chưa tự nhập được trang tính.")).toBeInTheDocument();
  });

  it("writes the sample sheets into an empty workbook, after which the report is preselected", async () => {
    const excel = new FakeExcel([{ name: "Sheet1", values: [[""]], formats: [["General"]] }]);
    await openApp(excel);
    await userEvent.click(screen.getByRole("tab", { name: "Khác" }));
    await userEvent.click(screen.getByRole("button", { name: "Dữ liệu mẫu" }));
    await userEvent.click(await screen.findByRole("button", { name: "Tạo dữ liệu mẫu" }));
    await screen.findByText(/Đã tạo các trang: Chỉ tiêu 2024, Nà Lầu/);
    await ready();
    await userEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Trang báo cáo" })).toHaveValue("Nà Lầu"));
    expect(screen.getByRole("combobox", { name: "Trang chỉ tiêu" })).toHaveValue("Chỉ tiêu 2024");
  });

  it("stays busy until the new sheets are read, so sample data cannot be asked for twice", async () => {
    const excel = new FakeExcel([{ name: "Sheet1", values: [[""]], formats: [["General"]] }]);
    await openApp(excel);
    // Hold the reading of the sheets that follows the writing.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const list = excel.listWorksheets.bind(excel);
    let lists = 0;
    jest.spyOn(excel, "listWorksheets").mockImplementation(async () => {
      if (++lists === 2) await held;
      return list();
    });
    await userEvent.click(screen.getByRole("tab", { name: "Khác" }));
    await userEvent.click(screen.getByRole("button", { name: "Dữ liệu mẫu" }));
    await userEvent.click(await screen.findByRole("button", { name: "Tạo dữ liệu mẫu" }));
    await screen.findByText(/Đã tạo các trang: Chỉ tiêu 2024, Nà Lầu/);
    expect(document.querySelector("main")).toHaveAttribute("aria-busy", "true");
    expectHeldButFocusable(screen.getByRole("button", { name: "Tạo dữ liệu mẫu" }));
    await act(async () => release());
    await ready();
    expect(await screen.findByRole("button", { name: "Tạo dữ liệu mẫu" })).toBeDisabled();
    await userEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(screen.getByRole("combobox", { name: "Trang báo cáo" })).toHaveValue("Nà Lầu");
  });

  it("refuses to write sample data over a workbook that has data", async () => {
    await openApp(sampleWorkbook());
    await userEvent.click(screen.getByRole("tab", { name: "Khác" }));
    await userEvent.click(screen.getByRole("button", { name: "Dữ liệu mẫu" }));
    expect(await screen.findByRole("button", { name: "Tạo dữ liệu mẫu" })).toBeDisabled();
  });

  it("speaks English when asked", async () => {
    await openApp(sampleWorkbook(), "en");
    expect(screen.getAllByRole("tab").map((t) => t.querySelector(".fui-Tab__content")?.textContent)).toEqual([
      "Check",
      "Rank",
      "Templates",
      "More",
    ]);
    // The other jobs are under "More", in the pane's language.
    await userEvent.click(screen.getByRole("tab", { name: "More" }));
    const others = screen.getByRole("group", { name: "Other tasks" });
    expect(within(others).getAllByRole("button").map((b) => b.textContent)).toEqual(["Import village reports", "Settings", "Sample data"]);
    await userEvent.click(screen.getByRole("tab", { name: "Check" }));
    expect(screen.getByRole("combobox", { name: "Report sheet" })).toHaveValue("Nà Lầu");
  });
});

function order(severity: string | null): number {
  return ["error", "warning", "shortfall", "info"].indexOf(severity ?? "");
}

describe("the review period", () => {
  it("ranks the mid-year review when staff choose sơ kết, naming the sheet after it", async () => {
    const excel = sampleWorkbook();
    await openApp(excel);
    await userEvent.click(screen.getByRole("tab", { name: "Khác" }));
    await userEvent.click(screen.getByRole("button", { name: "Cấu hình" }));
    await userEvent.click(await screen.findByRole("radio", { name: "Sơ kết 6 tháng" }));
    await userEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await userEvent.click(await screen.findByRole("button", { name: "Xếp hạng" }));
    await screen.findByRole("heading", { name: "Xếp hạng thi đua năm 2024 (Sơ kết 6 tháng)" });
    await ready();
    expect(excel.active).toBe("Xếp hạng thi đua 2024 (sơ kết)");
    await userEvent.click(screen.getByRole("tab", { name: "Khác" }));
    await userEvent.click(screen.getByRole("button", { name: "Cấu hình" }));
    expect(screen.getByRole("radio", { name: "Sơ kết 6 tháng" })).toBeChecked();
  });
});

describe("finding the sheets again", () => {
  it("says what to do in a workbook without reports, and finds a report added by hand on request", async () => {
    const excel = new FakeExcel([{ name: "Sheet1", values: [[""]], formats: [["General"]] }]);
    await openApp(excel);
    expect(screen.getByText(/Sổ làm việc chưa có trang tính nào có bảng chỉ tiêu/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeDisabled();
    const naLau = sampleSheets().find((s) => s.name === "Nà Lầu")!;
    excel.sheets.set("Nà Lầu", cellsOf(naLau));
    await userEvent.click(screen.getByRole("button", { name: "Đọc lại các trang tính" }));
    await ready();
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Trang báo cáo" })).toHaveValue("Nà Lầu"));
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeEnabled();
  });
});
