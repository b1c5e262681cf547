/**
 * One source for the period (docs/pane.md#the-period-and-the-configuration-sheet): with a configuration
 * sheet the pane shows its "Kỳ đánh giá" cell and a choice in the pane writes that cell; reading again
 * never sets the pane over the sheet; without the sheet the pane's choice is used, and said so.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { configSheetModel } from "../../src/core/config/configSheetModel";
import { defaultConfig } from "../../src/core/config/rankingConfig";
import { readConfigSettings } from "../../src/core/config/readConfigSheet";
import { sampleConsolidatedSheet } from "../../src/core/samples";
import { App } from "../../src/taskpane/App";
import { checkSheet } from "../../src/taskpane/state/actions/checkSheet";
import { checkVillages } from "../../src/core/usecases/checkVillages";
import { rankSheets } from "../../src/taskpane/state/actions/rankSheets";
import { sampleSheets } from "../../src/taskpane/state/actions/sampleSheets";
import { cellsOf, FakeExcel } from "./fakeExcel";
import { renderPane } from "./renderPane";

const CONFIG = "Cấu hình xếp hạng";
const none = () => undefined;

/** The commune's targets and the villages' reports, with a configuration sheet set to the mid-year review. */
function workbook(options: { config: boolean } = { config: true }): FakeExcel {
  const sheets = sampleSheets().filter((s) => !/tổng hợp/i.test(s.name) && s.name !== CONFIG).map(cellsOf);
  return new FakeExcel(options.config ? [...sheets, cellsOf(configSheetModel({ ...defaultConfig(2024), period: "half" }))] : sheets);
}

/** What the configuration sheet says its period is now. */
function sheetPeriod(excel: FakeExcel) {
  return readConfigSettings(excel.sheets.get(CONFIG)!, { year: 2024 }).period;
}

function ready() {
  return waitFor(() => expect(document.querySelector("main")).toHaveAttribute("data-ready", "true"));
}

async function openConfigView(excel: FakeExcel, lang: "vi" | "en" = "vi") {
  renderPane(<App lang={lang} excel={excel} />);
  await ready();
  await userEvent.click(screen.getByRole("tab", { name: lang === "vi" ? "Khác" : "More" }));
  await userEvent.click(screen.getByRole("button", { name: lang === "vi" ? "Cấu hình" : "Settings" }));
  await ready();
}

function radio(name: string) {
  return screen.getByRole("radio", { name });
}

describe("the period shown is the configuration sheet's", () => {
  it("opens on the sheet's period and says which cell keeps it", async () => {
    const excel = workbook();
    await openConfigView(excel);
    expect(radio("Sơ kết 6 tháng")).toBeChecked();
    expect(screen.getByText(`Kỳ đánh giá lấy từ ô B6 của trang “${CONFIG}”: chọn ở đây sẽ ghi vào ô đó, sửa ô đó thì ngăn này theo.`)).toBeInTheDocument();
    expect(screen.getByText("Theo trang cấu hình: năm 2024, xếp hạng theo Tỷ lệ hoàn thành.")).toBeInTheDocument();
  });

  it("writes a choice in the pane into the sheet's cell, and reading again keeps it", async () => {
    const excel = workbook();
    await openConfigView(excel);
    await userEvent.click(radio("Tổng kết năm"));
    await ready();
    expect(excel.sheets.get(CONFIG)!.values[5][1]).toBe("Tổng kết (cả năm)");
    expect(sheetPeriod(excel)).toBe("year");
    expect(screen.getByText(`Đã ghi “Tổng kết năm” vào ô B6 của trang “${CONFIG}”.`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Đọc lại cấu hình" }));
    await ready();
    expect(radio("Tổng kết năm")).toBeChecked();
    expect(sheetPeriod(excel)).toBe("year");
  });

  it("follows the cell edited by hand, and ranks the period the sheet says", async () => {
    const excel = workbook();
    await openConfigView(excel);
    await userEvent.click(radio("Tổng kết năm"));
    await ready();
    // The clerk sets the sheet back to the mid-year review by hand, then looks at the pane again.
    await excel.writeCellValue(CONFIG, "B6", "Sơ kết (6 tháng)");
    await userEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await userEvent.click(await screen.findByRole("button", { name: "Xếp hạng" }));
    await screen.findByRole("heading", { name: "Xếp hạng thi đua năm 2024 (Sơ kết 6 tháng)" });
    await ready();
    expect(excel.active).toBe("Xếp hạng thi đua 2024 (sơ kết)");
    await userEvent.click(screen.getByRole("tab", { name: "Khác" }));
    await userEvent.click(screen.getByRole("button", { name: "Cấu hình" }));
    await waitFor(() => expect(radio("Sơ kết 6 tháng")).toBeChecked());
  });

  it("says a cell that holds no period, and writes it again when one is chosen", async () => {
    const excel = workbook();
    await excel.writeCellValue(CONFIG, "B6", "quý 3");
    await openConfigView(excel, "en");
    expect(screen.getByText(`Cell B6 of sheet “${CONFIG}” holds no valid review period: choose one here to write that cell again.`)).toBeInTheDocument();
    await userEvent.click(radio("Mid-year review"));
    await ready();
    expect(sheetPeriod(excel)).toBe("half");
    expect(radio("Mid-year review")).toBeChecked();
  });
});

describe("without a configuration sheet", () => {
  it("uses the pane's choice, says it is kept nowhere else, and writes it into the sheet it creates", async () => {
    const excel = workbook({ config: false });
    await openConfigView(excel);
    expect(screen.getByText("Chưa có trang “Cấu hình xếp hạng”: kỳ chọn ở đây chỉ dùng trong ngăn này; tạo trang cấu hình để lưu kỳ vào sổ.")).toBeInTheDocument();
    await userEvent.click(radio("Sơ kết 6 tháng"));
    expect(excel.calls).not.toContain("writeCellValue");
    await userEvent.click(screen.getByRole("button", { name: "Tạo hoặc mở trang cấu hình" }));
    await screen.findByText(`Đã tạo trang “${CONFIG}” với giá trị mặc định.`);
    await ready();
    expect(sheetPeriod(excel)).toBe("half");
    expect(radio("Sơ kết 6 tháng")).toBeChecked();
    expect(screen.getByText(/Kỳ đánh giá lấy từ ô B6/)).toBeInTheDocument();
  });

  it("checks the pane's period; with the sheet, the sheet's period whatever the pane passes", async () => {
    // A report with the six months' figure beside the year's estimate, as villages send it at year end.
    const report = {
      name: "Nà Hu",
      values: [
        ["BÁO CÁO KẾT QUẢ NĂM 2024"],
        ["Thôn: Nà Hu"],
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện 6 tháng đầu năm 2024", "Ước thực hiện năm 2024", "So sánh (%)"],
        [1, "Thu nhập bình quân đầu người", "Triệu đồng", 45, 20, 47, ""],
        [2, "Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 95, 80, 96, ""],
      ],
      formats: [],
    };
    const actuals = async (period: "half" | "year") => {
      const done = await checkSheet(new FakeExcel([report]), "vi", { reports: ["Nà Hu"], target: null, period }, none);
      return done.ok ? done.value.checked.indicators.map((i) => i.actual) : done.notice.text;
    };
    expect(await actuals("half")).toEqual([20, 80]);
    expect(await actuals("year")).toEqual([47, 96]);

    const excel = workbook();
    const ranked = await rankSheets(excel, "vi", { sheets: ["Nà Lầu", "Khuổi Khâm"], target: null, period: "year" }, none);
    expect(ranked.ok && ranked.value.ranking.period).toBe("half");
  });
});

describe("the Thôn list of a consolidated sheet", () => {
  it.each(["Nà Lầu", "Thôn Nà Lầu", "thon na lau"])("finds the village chosen as %p by its key, and checks only it", (chosen) => {
    const checked = checkVillages(cellsOf(sampleConsolidatedSheet()), { config: null, village: chosen, year: 2024 });
    expect(checked.map((c) => c.village)).toEqual(["Nà Lầu"]);
  });
});
