/**
 * Re-ranking never silently replaces a ranking sheet staff edited since the pane wrote it (docs/outputs.md#what-the-add-in-and-the-command-line-write): the
 * pane asks, "Ghi đè" or "Tạo trang mới". Over the simulated Excel through the real Office.js adapter, so
 * what is read back is what Excel gives.
 */
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { excelAdapter } from "../../src/taskpane/state/excelAdapter";
import { installOfficeSimulator, type OfficeSimulator } from "../simulator";
import { renderPane } from "./renderPane";
import { sampleWorkbook } from "./sampleOverSimulator";

jest.setTimeout(120_000);

const SHEET = "Xếp hạng thi đua 2024";
let sim: OfficeSimulator;
afterEach(() => {
  cleanup();
  sim?.uninstall();
});

function ready() {
  return waitFor(() => expect(document.querySelector("main")).toHaveAttribute("data-ready", "true"), { timeout: 60_000 });
}

async function rank() {
  await userEvent.click(screen.getByRole("button", { name: "Xếp hạng" }));
  await ready();
}

describe("re-ranking over a ranking sheet", () => {
  it("replaces the sheet it wrote without asking, and asks before replacing one edited by hand", async () => {
    sim = installOfficeSimulator(globalThis, await sampleWorkbook(), { apiLevel: "1.17" });
    renderPane(<App lang="vi" excel={excelAdapter} />);
    await ready();
    await userEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await screen.findByRole("button", { name: "Xếp hạng" });
    await rank();
    expect(sim.workbook.getWorksheet(SHEET)).toBeDefined();
    // Ranked again, untouched: replaced, no question.
    await rank();
    expect(screen.queryByRole("button", { name: "Ghi đè" })).toBeNull();
    expect(document.querySelector(".fui-MessageBar")).toHaveTextContent(`Đã ghi trang “${SHEET}”`);

    // The clerk types a note on the sheet; the next ranking asks.
    const sheet = sim.workbook.getWorksheet(SHEET)!;
    sheet.getCell("AD3").value = "Đã trình Hội đồng ngày 12/12";
    await rank();
    expect(document.querySelector(".fui-MessageBar")).toHaveTextContent(`Trang “${SHEET}” đã được sửa tay`);
    expect(sim.workbook.getWorksheet(SHEET)!.getCell("AD3").value).toBe("Đã trình Hội đồng ngày 12/12");

    // "Tạo trang mới" keeps the edited sheet and writes the ranking beside it.
    await userEvent.click(screen.getByRole("button", { name: "Tạo trang mới" }));
    await ready();
    expect(sim.workbook.getWorksheet(`${SHEET} (2)`)).toBeDefined();
    expect(sim.workbook.getWorksheet(SHEET)!.getCell("AD3").value).toBe("Đã trình Hội đồng ngày 12/12");

    // Asked again, "Ghi đè" replaces it.
    await rank();
    await userEvent.click(screen.getByRole("button", { name: "Ghi đè" }));
    await ready();
    expect(sim.workbook.getWorksheet(SHEET)!.getCell("AD3").value ?? null).toBeNull();
  });
});
