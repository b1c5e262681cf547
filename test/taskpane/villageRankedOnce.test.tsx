/**
 * The pane, over the simulated Excel through the real Office.js adapter, ranking each village once
 * whatever sheets are ticked: the villages' own reports with the consolidated sheet (each village's own
 * report is ranked, its column left out with a warning at the column's name), and two differing reports
 * of one village (that village is not ranked, an error names both sheets, the others are).
 */
import { cleanup, screen, waitFor, within } from "@testing-library/react";
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

const NA_LAU = SAMPLE_VILLAGES.find((v) => v.village === "Thôn Nà Lầu")!;

/** Nà Lầu's report copied to "Nà Lầu (2)" with one actual changed, as a second report of the same village. */
function changedCopy(): SheetModel {
  const sheet = sampleVillageSheet(NA_LAU);
  const first = sheet.cells.find((cell) => /^E\d+$/u.test(cell.address) && typeof cell.value === "number")!;
  return { ...sheet, name: `${sheet.name} (2)`, cells: sheet.cells.map((cell) => (cell === first ? { ...cell, value: (cell.value as number) + 1 } : cell)) };
}

async function workbook(extra: SheetModel[]): Promise<ExcelJS.Workbook> {
  const built = new ExcelJS.Workbook();
  renderSheet(built, sampleTargetSheet());
  for (const village of SAMPLE_VILLAGES) renderSheet(built, sampleVillageSheet(village));
  for (const sheet of extra) renderSheet(built, sheet);
  const opened = new ExcelJS.Workbook();
  await opened.xlsx.load(await built.xlsx.writeBuffer());
  return opened;
}

function rankedVillages(): string[] {
  const list = screen.getByRole("list", { name: "Điểm thi đua của các thôn" });
  return [...list.querySelectorAll("li[data-village]")].map((li) => li.getAttribute("data-village") ?? "");
}

function ready() {
  return waitFor(() => expect(document.querySelector("main")).toHaveAttribute("data-ready", "true"), { timeout: 60_000 });
}

/** Ticks every sheet the ranking offers but the commune's target sheet, and ranks. */
async function rankEverySheet(): Promise<void> {
  renderPane(<App lang="vi" excel={excelAdapter} />);
  await ready();
  await userEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
  await screen.findByRole("button", { name: "Xếp hạng" });
  for (const box of screen.getAllByRole("checkbox")) {
    const label = box.getAttribute("aria-label") ?? box.closest("label")?.textContent ?? (box.id ? document.querySelector(`label[for="${box.id}"]`)?.textContent : "") ?? "";
    if (!(box as HTMLInputElement).checked && !/Chỉ tiêu/u.test(label)) await userEvent.click(box);
  }
  await userEvent.click(screen.getByRole("button", { name: "Xếp hạng" }));
  await ready();
}

let sim: OfficeSimulator;
afterEach(() => {
  cleanup();
  sim?.uninstall();
});

const SIX = ["Khuổi Khâm", "Lũng Vài", "Nà Lầu", "Nặm Đin", "Pác Nặm", "Tát Mạ"];

describe("ranking each village once in the pane", () => {
  it("ranks the villages' own reports when the consolidated sheet is ticked too, and says each column was left out", async () => {
    const consolidated = sampleConsolidatedSheet();
    sim = installOfficeSimulator(globalThis, await workbook([consolidated]), { apiLevel: "1.17" });
    await rankEverySheet();
    const ranked = rankedVillages();
    expect([...ranked].sort()).toEqual(SIX);
    // Each village's prize is its own: no village is listed twice, labelled by sheet.
    expect(ranked.some((name) => name.includes("("))).toBe(false);
    const warnings = [...document.querySelectorAll('[data-severity="warning"] li')].map((li) => li.textContent ?? "");
    const leftOut = warnings.filter((text) => text.includes("trong bảng tổng hợp không được tính vì thôn đã có báo cáo riêng"));
    expect(leftOut).toHaveLength(6);
    // Located at the cell naming the village in the consolidated sheet's header.
    const naLau = leftOut.find((text) => text.includes('thôn "Nà Lầu"'))!;
    const cell = /^([A-Z]+\d+)/u.exec(naLau)![1];
    const sheet = sim.workbook.getWorksheet(consolidated.name)!;
    expect(String(sheet.getCell(cell).value)).toMatch(/Nà Lầu/iu);
    // The ranking sheet names each village once.
    const texts: string[] = [];
    sim.workbook.getWorksheet("Xếp hạng thi đua 2024")!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    for (const village of SIX) expect(texts.filter((text) => text === village).length).toBeLessThanOrEqual(2);
    expect(texts.some((text) => /\(Tổng hợp/u.test(text))).toBe(false);
  });

  it("does not rank a village with two differing reports, names both, and ranks the others", async () => {
    sim = installOfficeSimulator(globalThis, await workbook([changedCopy()]), { apiLevel: "1.17" });
    await rankEverySheet();
    expect([...rankedVillages()].sort()).toEqual(SIX.filter((name) => name !== "Nà Lầu"));
    const errors = [...document.querySelectorAll('[data-severity="error"] li')].map((li) => li.textContent ?? "");
    const duplicate = errors.find((text) => text.includes('thôn "Nà Lầu" có nhiều báo cáo với số liệu khác nhau'));
    expect(duplicate).toBeDefined();
    expect(duplicate).toContain(`trang "${NA_LAU.sheetName} (2)"`);
    const texts: string[] = [];
    sim.workbook.getWorksheet("Xếp hạng thi đua 2024")!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("Chưa xếp hạng (có nhiều báo cáo với số liệu khác nhau): Nà Lầu.");
    expect(within(screen.getByRole("list", { name: "Điểm thi đua của các thôn" })).queryByText("Nà Lầu")).toBeNull();
  });
});
