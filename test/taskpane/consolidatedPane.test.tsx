/**
 * The pane, over the simulated Excel through the real Office.js adapter, ranking a consolidated sheet
 * whose second header row repeats TT / Chỉ tiêu / ĐVT above the KH | TH pairs of each village (as staff
 * type it when they unmerge the header or copy it from another file), beside the villages' own reports:
 * every village is ranked, the one with no sheet of its own too.
 */
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { renderSheet } from "../../src/cli/writeWorkbook/renderSheet";
import type { SheetModel } from "../../src/core/model";
import { SAMPLE_VILLAGES, sampleConsolidatedSheet, sampleTargetSheet, sampleVillageSheet } from "../../src/core/samples";
import { App } from "../../src/taskpane/App";
import { excelAdapter } from "../../src/taskpane/state/excelAdapter";
import { installOfficeSimulator, type OfficeSimulator } from "../simulator";
import { renderPane } from "./renderPane";

jest.setTimeout(120_000);

const CONSOLIDATED = "Tổng hợp";
// Lũng Vài reports only in the consolidated sheet.
const WITHOUT_SHEET = SAMPLE_VILLAGES.find((v) => v.village === "Thôn Lũng Vài")!;

/** The sample consolidated sheet with TT / Chỉ tiêu / ĐVT typed again in its second header row. */
function repeatedLabels(): SheetModel {
  const model = sampleConsolidatedSheet();
  const top = Number(model.cells.find((cell) => cell.value === "TT")!.address.replace(/^\D+/u, ""));
  const labels = ["TT", "Chỉ tiêu", "ĐVT"].map((value, index) => ({ address: `${"ABC"[index]}${top + 1}`, value }));
  const merges = model.merges.filter((range) => !/^[ABC]\d+:[ABC]\d+$/u.test(range) || !range.startsWith(`${range[0]}${top}:`));
  return { ...model, name: CONSOLIDATED, merges, cells: [...model.cells.filter((cell) => !labels.some((label) => label.address === cell.address)), ...labels] };
}

async function workbook(): Promise<ExcelJS.Workbook> {
  const built = new ExcelJS.Workbook();
  renderSheet(built, sampleTargetSheet());
  for (const village of SAMPLE_VILLAGES.filter((v) => v !== WITHOUT_SHEET)) renderSheet(built, sampleVillageSheet(village));
  renderSheet(built, repeatedLabels());
  const opened = new ExcelJS.Workbook();
  await opened.xlsx.load(await built.xlsx.writeBuffer());
  return opened;
}

const VILLAGES = ["Khuổi Khâm", "Lũng Vài", "Nà Lầu", "Nặm Đin", "Pác Nặm", "Tát Mạ"];

/** The villages in the pane's ranking, by name. */
function rankedVillages(): string[] {
  const list = screen.getByRole("list", { name: "Điểm thi đua của các thôn" });
  return [...list.querySelectorAll("li[data-village]")].map((li) => li.getAttribute("data-village") ?? "").sort();
}

let sim: OfficeSimulator;
afterEach(() => {
  cleanup();
  sim?.uninstall();
});

function ready() {
  return waitFor(() => expect(document.querySelector("main")).toHaveAttribute("data-ready", "true"), { timeout: 60_000 });
}

describe("ranking a consolidated sheet whose second header row repeats TT / Chỉ tiêu / ĐVT", () => {
  it("lists it as a consolidated sheet and ranks every village, the one with no sheet of its own too", async () => {
    sim = installOfficeSimulator(globalThis, await workbook(), { apiLevel: "1.17" });
    renderPane(<App lang="vi" excel={excelAdapter} />);
    await ready();
    await userEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    const consolidated = await screen.findByRole("checkbox", { name: `${CONSOLIDATED} (bảng tổng hợp)` });
    for (const box of screen.getAllByRole("checkbox")) if ((box as HTMLInputElement).checked) await userEvent.click(box);
    await userEvent.click(consolidated);
    await userEvent.click(screen.getByRole("button", { name: "Xếp hạng" }));
    await ready();
    expect(rankedVillages()).toEqual(VILLAGES);
    // The ranking sheet written in the workbook names every village too.
    const texts: string[] = [];
    sim.workbook.getWorksheet("Xếp hạng thi đua 2024")!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    for (const village of VILLAGES) expect(texts).toContain(village);
  });
});
