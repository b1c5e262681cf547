import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readConfigSheet } from "../../src/core/config/configSheet";
import { App } from "../../src/taskpane/App";
import { notAReport } from "../../src/taskpane/state/actions/checkSheet";
import { sampleSheets } from "../../src/taskpane/state/actions/sampleSheets";
import { cellsOf, FakeExcel } from "./fakeExcel";
import { renderPane } from "./renderPane";

jest.setTimeout(90_000);

class ModernExcel extends FakeExcel {
  guardsSupported() {
    return { validation: true, protection: true };
  }
}

const CONFIG = "Cấu hình xếp hạng";
const AREA = "Tổng diện tích gieo trồng cây hàng năm";

function ready() {
  return waitFor(() =>
    expect(document.querySelector("main")).toHaveAttribute(
      "data-ready",
      "true",
    ),
  );
}

async function openTemplates(excel: FakeExcel, lang: "vi" | "en" = "vi") {
  renderPane(<App lang={lang} excel={excel} />);
  await ready();
  await userEvent.click(
    await screen.findByRole("tab", {
      name: lang === "vi" ? "Mẫu báo cáo" : "Templates",
    }),
  );
}

// The header of the list: "Chỉ tiêu đưa vào mẫu: 16/46", the count the reports in the workbook give.
async function listHeader(): Promise<{
  button: HTMLElement;
  included: number;
}> {
  const button = await screen.findByRole("button", {
    name: /^Chỉ tiêu đưa vào mẫu: \d+\/46$/,
  });
  return {
    button,
    included: Number(/: (\d+)\//.exec(button.textContent ?? "")![1]),
  };
}

const hasName = (excel: FakeExcel, sheet: string, name: string) =>
  excel.sheets.get(sheet)!.values.some((row) => row.includes(name));

describe("the indicators of the templates, ticked in the pane (docs/outputs.md#which-indicators-go-into-a-template)", () => {
  it("lists them collapsed with the counts in its header, preticked from the villages' reports", async () => {
    const excel = new ModernExcel(sampleSheets().map(cellsOf));
    await openTemplates(excel);
    const { button: header, included } = await listHeader();
    expect(included).toBeGreaterThan(10);
    expect(included).toBeLessThan(46);
    expect(header).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("checkbox")).toBeNull();
    await userEvent.click(header);
    expect(
      screen.getByText(
        /Đã chọn sẵn các chỉ tiêu có trong báo cáo của các thôn/,
      ),
    ).toBeInTheDocument();
    const boxes = within(
      screen.getByRole("group", {
        name: `Chỉ tiêu đưa vào mẫu: ${included}/46`,
      }),
    ).getAllByRole("checkbox");
    expect(boxes).toHaveLength(46);
    expect(
      boxes.filter((box) => (box as HTMLInputElement).checked),
    ).toHaveLength(included);
    expect(
      screen.getByRole("checkbox", {
        name: "1. Thu ngân sách nhà nước trên địa bàn",
      }),
    ).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: `4. ${AREA}` })).toBeChecked();
  });

  it("leaves out an unticked indicator and keeps the choice as a rule on the configuration sheet", async () => {
    const excel = new ModernExcel(sampleSheets().map(cellsOf));
    await openTemplates(excel);
    const { button, included } = await listHeader();
    await userEvent.click(button);
    await userEvent.click(screen.getByRole("checkbox", { name: `4. ${AREA}` }));
    expect(
      screen.getByRole("button", {
        name: `Chỉ tiêu đưa vào mẫu: ${included - 1}/46`,
      }),
    ).toBeInTheDocument();
    await userEvent.type(
      screen.getByRole("textbox", { name: /Các thôn/ }),
      "Nà Lầu",
    );
    await userEvent.click(
      screen.getByRole("button", { name: "Tạo mẫu báo cáo" }),
    );
    await ready();
    expect(
      await screen.findByText(
        /Lựa chọn chỉ tiêu đã được ghi vào bảng Quy tắc của trang Cấu hình xếp hạng/,
      ),
    ).toBeInTheDocument();
    expect(hasName(excel, "Mẫu Nà Lầu", AREA)).toBe(false);
    expect(
      hasName(excel, "Mẫu Nà Lầu", "Tổng sản lượng lương thực có hạt"),
    ).toBe(true);
    const config = readConfigSheet(excel.sheets.get(CONFIG)!, { year: 2024 });
    expect(config.ok && config.value.indicators).toContainEqual({
      match: AREA,
      template: false,
    });
    // The rules the clerk had are kept.
    expect(config.ok && config.value.indicators).toContainEqual(
      expect.objectContaining({ match: "suy dinh dưỡng", direction: "lower" }),
    );
    // Read again, the list shows the choice the configuration now remembers.
    expect(
      await screen.findByRole("button", {
        name: `Chỉ tiêu đưa vào mẫu: ${included - 1}/46`,
      }),
    ).toBeInTheDocument();
  });

  it("says the choice holds this time only where the workbook has no configuration sheet", async () => {
    const excel = new ModernExcel(
      sampleSheets()
        .map(cellsOf)
        .filter((s) => s.name !== CONFIG),
    );
    await openTemplates(excel);
    await userEvent.click((await listHeader()).button);
    await userEvent.click(
      screen.getByRole("checkbox", {
        name: "1. Thu ngân sách nhà nước trên địa bàn",
      }),
    );
    await userEvent.type(
      screen.getByRole("textbox", { name: /Các thôn/ }),
      "Nà Lầu",
    );
    await userEvent.click(
      screen.getByRole("button", { name: "Tạo mẫu báo cáo" }),
    );
    await ready();
    expect(
      await screen.findByText(/Lựa chọn chỉ tiêu chỉ dùng cho lần này/),
    ).toBeInTheDocument();
    expect(
      hasName(excel, "Mẫu Nà Lầu", "Thu ngân sách nhà nước trên địa bàn"),
    ).toBe(true);
    expect(excel.sheets.has(CONFIG)).toBe(false);
  });
});

describe("the targets the commune fills, counted in one line (docs/outputs.md#targets-the-commune-fills)", () => {
  it("says how many target cells the commune must fill and goes to the first", async () => {
    const excel = new ModernExcel(sampleSheets().map(cellsOf));
    await openTemplates(excel);
    await userEvent.type(
      screen.getByRole("textbox", { name: /Các thôn/ }),
      "Nà Lầu{enter}Khuổi Khâm",
    );
    await userEvent.click(
      screen.getByRole("button", { name: "Tạo mẫu báo cáo" }),
    );
    await ready();
    const line = await screen.findByText(/^2 mẫu; \d+ ô mục tiêu xã cần điền/);
    expect(line.textContent).toMatch(
      /^2 mẫu; \d+ ô mục tiêu xã cần điền — đến ô đầu tiên$/,
    );
    const count = Number(/; (\d+) ô/.exec(line.textContent ?? "")![1]);
    expect(count).toBeGreaterThan(0);
    excel.active = "Chỉ tiêu 2024";
    await userEvent.click(
      screen.getByRole("button", { name: "đến ô đầu tiên" }),
    );
    await ready();
    const first = excel.selected.at(-1)!;
    expect(first.sheet).toBe("Mẫu Nà Lầu");
    expect(first.cell).toMatch(/^D\d+$/);
    expect(excel.active).toBe("Mẫu Nà Lầu");
    // The cell is a target left empty, with the commune's total in the note beside it.
    const row = Number(first.cell.slice(1)) - 1;
    expect(excel.sheets.get("Mẫu Nà Lầu")!.values[row][3]).toBe("");
    expect(String(excel.sheets.get("Mẫu Nà Lầu")!.values[row][5])).toMatch(
      /^Chỉ có mục tiêu chung của xã/,
    );
  });

  it("says it in English too", async () => {
    const excel = new ModernExcel(sampleSheets().map(cellsOf));
    await openTemplates(excel, "en");
    await userEvent.type(
      screen.getByRole("textbox", { name: /Villages/ }),
      "Nà Lầu",
    );
    await userEvent.click(
      screen.getByRole("button", { name: "Write report templates" }),
    );
    await ready();
    expect(
      (
        await screen.findByText(
          /^1 templates; \d+ target cells for the commune to fill/,
        )
      ).textContent,
    ).toMatch(/ — go to the first$/);
  });
});

describe("Giao chỉ tiêu (docs/outputs.md#giving-villages-their-targets)", () => {
  it("writes the sheet for the villages typed, shows it at its first KH cell, and never replaces one already there", async () => {
    const excel = new ModernExcel(sampleSheets().map(cellsOf));
    await openTemplates(excel);
    await userEvent.type(
      screen.getByRole("textbox", { name: /Các thôn/ }),
      "Nà Lầu{enter}Khuổi Khâm{enter}Pác Nặm",
    );
    await userEvent.click(
      screen.getByRole("button", { name: "Giao chỉ tiêu" }),
    );
    await ready();
    expect(
      await screen.findByText(
        /Đã tạo trang “Giao chỉ tiêu 2024” cho 3 thôn: \d+ chỉ tiêu cộng dồn cần chia cho các thôn\./,
      ),
    ).toBeInTheDocument();
    const sheet = excel.sheets.get("Giao chỉ tiêu 2024")!;
    expect(sheet.values[4].slice(0, 9)).toEqual([
      "TT",
      "Chỉ tiêu",
      "ĐVT",
      "Mục tiêu của xã",
      "Nà Lầu",
      "",
      "Khuổi Khâm",
      "",
      "Pác Nặm",
    ]);
    expect(excel.active).toBe("Giao chỉ tiêu 2024");
    expect(excel.selected.at(-1)).toEqual({
      sheet: "Giao chỉ tiêu 2024",
      cell: expect.stringMatching(/^E\d+$/),
    });
    await userEvent.click(
      screen.getByRole("button", { name: "Giao chỉ tiêu" }),
    );
    await ready();
    expect(excel.sheets.has("Giao chỉ tiêu 2024 (2)")).toBe(true);
    expect(excel.sheets.get("Giao chỉ tiêu 2024")).toBe(sheet);
    // The commune's targets, never checked as the villages' reports.
    expect(notAReport(sheet)?.details).toEqual({ kind: "targets" });
    await userEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    const reports = await screen.findByRole("combobox", {
      name: "Trang báo cáo",
    });
    // Offered only under "Trang khác", with the commune's target sheet, not among the villages' reports.
    const option = within(reports).getByRole("option", {
      name: "Giao chỉ tiêu 2024",
    });
    expect(option.closest("optgroup")?.getAttribute("label")).toBe(
      "Trang khác",
    );
    expect(
      within(reports)
        .getByRole("option", { name: "Chỉ tiêu 2024" })
        .closest("optgroup")
        ?.getAttribute("label"),
    ).toBe("Trang khác");
  });
});
