import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkReport } from "../../src/core/checks/checkReport";
import { App } from "../../src/taskpane/App";
import { sampleSheets } from "../../src/taskpane/state/actions/sampleSheets";
import { cellsOf, FakeExcel } from "./fakeExcel";
import { renderPane } from "./renderPane";

// Each test clicks through the pane several times.
jest.setTimeout(60_000);

/** A workbook in a host that writes data validation and protection. */
class ModernExcel extends FakeExcel {
  guardsSupported() {
    return { validation: true, protection: true };
  }
}

const workbookSheets = () => sampleSheets().filter((s) => s.name !== "Cấu hình xếp hạng").map(cellsOf);

async function openTemplates(excel: FakeExcel) {
  renderPane(<App lang="vi" excel={excel} />);
  await ready();
  await userEvent.click(await screen.findByRole("tab", { name: "Mẫu báo cáo" }));
  await screen.findByRole("button", { name: "Tạo mẫu báo cáo" });
}

function ready() {
  return waitFor(() => expect(document.querySelector("main")).toHaveAttribute("data-ready", "true"));
}

describe("Tạo mẫu báo cáo (docs/outputs.md#report-templates)", () => {
  it("writes a template sheet per village typed, named after it, and says how to send each", async () => {
    const excel = new ModernExcel(workbookSheets());
    await openTemplates(excel);
    await userEvent.type(screen.getByRole("textbox", { name: /Các thôn/ }), "Nà Lầu{enter}Thôn 1/2{enter}");
    await userEvent.click(screen.getByRole("button", { name: "Tạo mẫu báo cáo" }));
    await ready();
    const status = await screen.findByText(/Đã tạo 2 trang mẫu báo cáo\./);
    expect(status.textContent).not.toMatch(/chưa hỗ trợ/);
    expect(screen.getByText(/Di chuyển hoặc Sao chép… › Vào sổ: \(sổ mới\)/)).toBeInTheDocument();
    expect(screen.getByText(/trang được đặt tên “Mẫu Thôn 1 2”/)).toBeInTheDocument();
    expect(excel.active).toBe("Mẫu Nà Lầu");
    const template = excel.sheets.get("Mẫu Nà Lầu")!;
    const back = checkReport(template);
    expect(back.village).toBe("Nà Lầu");
    expect(back.indicators.length).toBeGreaterThan(0);
    // The workbook's village reports choose the indicators (docs/outputs.md#which-indicators-go-into-a-template): none without a unit.
    expect(new Set(back.findings.map((f) => f.code))).toEqual(new Set(["value/missing", "target/missing"]));
  });

  it("never writes over a sheet already in the workbook", async () => {
    const sheets = workbookSheets();
    const own = { name: "Mẫu Nà Lầu", values: [["báo cáo đã điền"]], formats: [["General"]] };
    const excel = new ModernExcel([...sheets, own]);
    await openTemplates(excel);
    await userEvent.type(screen.getByRole("textbox", { name: /Các thôn/ }), "Nà Lầu");
    await userEvent.click(screen.getByRole("button", { name: "Tạo mẫu báo cáo" }));
    await ready();
    expect(excel.sheets.get("Mẫu Nà Lầu")?.values).toEqual([["báo cáo đã điền"]]);
    expect(excel.sheets.has("Mẫu Nà Lầu (2)")).toBe(true);
  });

  it("below the requirement sets for validation and protection, writes the sheets and says they lack them", async () => {
    const excel = new FakeExcel(workbookSheets());
    await openTemplates(excel);
    await userEvent.type(screen.getByRole("textbox", { name: /Các thôn/ }), "Nà Lầu");
    await userEvent.click(screen.getByRole("button", { name: "Tạo mẫu báo cáo" }));
    await ready();
    expect(await screen.findByText(/chưa hỗ trợ kiểm soát dữ liệu nhập và khóa trang tính/)).toBeInTheDocument();
    expect(excel.sheets.has("Mẫu Nà Lầu")).toBe(true);
  });

  it("asks for the villages when none is typed and the workbook lists none", async () => {
    const excel = new ModernExcel(workbookSheets());
    await openTemplates(excel);
    await userEvent.click(screen.getByRole("button", { name: "Tạo mẫu báo cáo" }));
    await ready();
    const alert = await screen.findByText(/Chưa biết các thôn/);
    expect(within(document.body).queryByText(/Đã tạo/)).toBeNull();
    expect(alert).toBeInTheDocument();
  });
});
