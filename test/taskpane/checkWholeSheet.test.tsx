/**
 * The check never gives an all-clear about a sheet of which only part was read (docs/pane.md#checking): a consolidated
 * sheet is checked village by village, one line each, a click showing that village's findings; the "Thôn"
 * list checks one village and says so; "Kiểm tra tất cả" checks every village. The configuration sheet is
 * read at the first check already, and the badges count the list below them.
 */
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readVillageReports } from "../../src/core/checks/readVillageReports";
import { configSheetModel } from "../../src/core/config/configSheetModel";
import { defaultConfig } from "../../src/core/config/rankingConfig";
import type { SheetCells } from "../../src/core/model";
import { App } from "../../src/taskpane/App";
import { sampleSheets } from "../../src/taskpane/state/actions/sampleSheets";
import { cellsOf, FakeExcel } from "./fakeExcel";
import { renderPane } from "./renderPane";

jest.setTimeout(60_000);
afterEach(cleanup);

const TARGETS = "Chỉ tiêu 2024";

function ready() {
  return waitFor(() => expect(document.querySelector("main")).toHaveAttribute("data-ready", "true"), { timeout: 30_000 });
}

async function openApp(excel: FakeExcel) {
  renderPane(<App lang="vi" excel={excel} />);
  await ready();
}

/** The commune's targets, the villages' own reports and the consolidated sheet, as the samples have them. */
function sheets(): SheetCells[] {
  return sampleSheets().filter((s) => s.name !== "Cấu hình xếp hạng").map(cellsOf);
}

function consolidatedName(all: SheetCells[]): string {
  return all.find((s) => /tổng hợp/i.test(s.name))!.name;
}

function villageLines(): string[] {
  const list = screen.getByRole("list", { name: /Kết quả từng thôn/ });
  return within(list).getAllByRole("button").map((b) => b.textContent ?? "");
}

function badge(key: string): number {
  return Number(document.querySelector(`[data-count="${key}"] .fui-Badge`)?.textContent);
}

function listed(severity: string): number {
  return document.querySelectorAll(`[data-severity="${severity}"] li`).length;
}

describe("checking a consolidated sheet", () => {
  it("checks every village in it, one line each with its counts, and a click shows that village's findings", async () => {
    const all = sheets();
    const name = consolidatedName(all);
    const expected = readVillageReports([all.find((s) => s.name === name)!], { targets: all.find((s) => s.name === TARGETS)! }).reports;
    expect(expected.length).toBe(6);
    await openApp(new FakeExcel(all));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Trang báo cáo" }), name);
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("list", { name: /Kết quả từng thôn/ });
    await ready();
    expect(villageLines()).toEqual(expected.map((r) => `${r.village}: ${r.summary.shortfall} chưa đạt, ${r.summary.errors} lỗi, ${r.summary.warnings} cảnh báo`));
    expect(document.body).not.toHaveTextContent(/đạt yêu cầu/);
    // The village with the most shortfalls, opened by a click: its heading, its badges and its list agree.
    const worst = expected.reduce((a, b) => (b.summary.shortfall > a.summary.shortfall ? b : a));
    await userEvent.click(screen.getByRole("button", { name: new RegExp(`^${worst.village}:`) }));
    expect(screen.getByRole("heading", { name: `Kết quả kiểm tra: ${worst.village}` })).toBeInTheDocument();
    expect(badge("shortfall")).toBe(worst.summary.shortfall);
    expect(badge("warnings")).toBe(listed("warning"));
    expect(badge("errors")).toBe(listed("error"));
  });

  it("checks only the village chosen in the Thôn list, and says that only its columns were read", async () => {
    const all = sheets();
    const name = consolidatedName(all);
    await openApp(new FakeExcel(all));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Trang báo cáo" }), name);
    const village = screen.getByRole("combobox", { name: "Thôn" });
    const options = within(village).getAllByRole("option").map((o) => o.textContent);
    expect(options).toHaveLength(7);
    await userEvent.selectOptions(village, options[3]!);
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await ready();
    expect(screen.getByRole("heading", { name: `Kết quả kiểm tra: ${options[3]}` })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`Chỉ đọc cột của ${options[3]} trên trang “${name}”`))).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: /Kết quả từng thôn/ })).toBeNull();
  });

  it("checks every village report and every village of the consolidated sheet with Kiểm tra tất cả", async () => {
    const all = sheets();
    await openApp(new FakeExcel(all));
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra tất cả" }));
    await screen.findByRole("list", { name: /Kết quả từng thôn/ });
    await ready();
    const reports = readVillageReports(all.filter((s) => s.name !== TARGETS), { targets: all.find((s) => s.name === TARGETS)! }).reports;
    expect(villageLines()).toHaveLength(reports.length);
    expect(screen.getByText(`Đã kiểm tra ${reports.length} thôn; kết quả từng thôn ở dưới.`, { exact: false })).toBeInTheDocument();
  });
});

describe("the configuration sheet at the first check", () => {
  // Two years side by side: the configuration's year (2024) is assessed, where the latest would be 2025.
  const report: SheetCells = {
    name: "Thôn Nà Hu",
    values: [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU THÔN NÀ HU"],
      ["TT", "Chỉ tiêu", "ĐVT", "KH 2024", "TH 2024", "KH 2025", "TH 2025"],
      [1, "Diện tích trồng rừng mới", "Ha", 10, 12, 10, 8],
      [2, "Số hộ thoát nghèo", "Hộ", 5, 6, 5, 4],
    ],
    formats: [],
  };

  it("is read before the first check, not only after a ranking or opening it", async () => {
    await openApp(new FakeExcel([report, cellsOf(configSheetModel(defaultConfig(2024)))]));
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: /Kết quả kiểm tra/ });
    await ready();
    expect(badge("shortfall")).toBe(0);
    expect(badge("exceeded")).toBe(2);
  });
});

describe("a sheet that is no village's report", () => {
  it.each([
    [TARGETS, "trang chỉ tiêu của xã"],
    ["Cấu hình xếp hạng", "trang cấu hình xếp hạng"],
  ])("chosen as the report (%s), says what it is and which to choose, and paints nothing", async (sheet, what) => {
    const excel = new FakeExcel(sampleSheets().map(cellsOf));
    await openApp(excel);
    const select = screen.getByRole("combobox", { name: "Trang báo cáo" });
    // Village reports first; the commune's sheets under "Trang khác".
    const group = select.querySelector('optgroup[label="Trang khác"]')!;
    expect([...group.querySelectorAll("option")].map((o) => o.value)).toEqual(expect.arrayContaining([TARGETS, "Cấu hình xếp hạng"]));
    expect(select.querySelector("option")!.value).not.toBe(TARGETS);
    await userEvent.selectOptions(select, sheet);
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await ready();
    const notice = document.querySelector(".fui-MessageBar")!;
    expect(notice).toHaveTextContent(`đây là ${what}, không phải báo cáo của thôn`);
    expect(notice).toHaveTextContent("Hãy chọn trang báo cáo của một thôn");
    expect(excel.highlights.size).toBe(0);
  });
});
