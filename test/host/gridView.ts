/**
 * Draws the emulated workbook's active sheet as a grid beside the pane — values, fills, fonts and merged
 * cells — so screenshots show what staff would see in Excel, and the sheet tabs below it. A protected
 * sheet says so, with a lock on its tab and its unlocked cells outlined.
 */
import type * as ExcelJS from "exceljs";
import { columnLetters } from "../simulator/address";
import { officeValue } from "../simulator/cellValues";
import type { SimState } from "../simulator/context";
import { sheetProtection } from "../simulator/hostState";
import { internals, usedBounds } from "../simulator/sheetAccess";

const MAX_ROWS = 80;
const MAX_COLS = 16;

function colour(c: Partial<ExcelJS.Color> | undefined): string | null {
  const argb = c?.argb;
  return argb ? `#${argb.slice(-6)}` : null;
}

function shown(cell: ExcelJS.Cell): string {
  const v = officeValue(cell);
  if (typeof v === "number") {
    if (/%/.test(cell.numFmt ?? "")) return `${Math.round(v * 1000) / 10}%`;
    return String(Math.round(v * 100) / 100);
  }
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v;
}

function activeSheet(state: SimState): ExcelJS.Worksheet | undefined {
  const wb = state.workbook;
  return (state.activeSheetId === null ? undefined : wb.getWorksheet(state.activeSheetId)) ?? wb.worksheets.find((w) => w.state === "visible");
}

/** Replaces the content of `into` with the active sheet's grid and the sheet tabs. */
export function drawActiveSheet(into: HTMLElement, state: SimState): void {
  const ws = activeSheet(state);
  const doc = into.ownerDocument;
  into.replaceChildren();
  if (!ws) return;
  const table = doc.createElement("table");
  table.className = "grid";
  table.setAttribute("aria-label", `Trang tính ${ws.name}`);
  const used = usedBounds(ws, false) ?? { r1: 1, c1: 1, r2: 1, c2: 1 };
  const rows = Math.min(Math.max(used.r2, 20), MAX_ROWS);
  const cols = Math.min(Math.max(used.c2, 6), MAX_COLS);
  const head = table.insertRow();
  head.appendChild(doc.createElement("th"));
  for (let c = 1; c <= cols; c++) {
    const th = doc.createElement("th");
    th.textContent = columnLetters(c);
    const width = ws.getColumn(c).width;
    if (width) th.style.minWidth = `${Math.round(width * 7)}px`;
    head.appendChild(th);
  }
  // On a protected sheet, the cells staff can still type into are outlined.
  const locked = sheetProtection(ws);
  // Cells hidden under a merge are not drawn; the merge's top-left cell spans them.
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of Object.values(internals(ws)._merges ?? {})) {
    spans.set(`${m.top},${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  for (let r = 1; r <= rows; r++) {
    const tr = table.insertRow();
    const th = doc.createElement("th");
    th.textContent = String(r);
    tr.appendChild(th);
    for (let c = 1; c <= cols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const td = tr.insertCell();
      td.dataset.cell = `${columnLetters(c)}${r}`;
      const span = spans.get(`${r},${c}`);
      if (span) {
        td.rowSpan = Math.min(span.rows, rows - r + 1);
        td.colSpan = Math.min(span.cols, cols - c + 1);
      }
      const cell = ws.findCell(r, c);
      if (!cell) continue;
      td.textContent = shown(cell);
      const style = cell.style ?? {};
      const fill = style.fill?.type === "pattern" && style.fill.pattern === "solid" ? colour(style.fill.fgColor) : null;
      if (fill) td.style.background = fill;
      const font = colour(style.font?.color);
      if (font) td.style.color = font;
      if (style.font?.bold) td.style.fontWeight = "bold";
      if (style.font?.italic) td.style.fontStyle = "italic";
      if (style.alignment?.horizontal === "center" || style.alignment?.horizontal === "centerContinuous") td.style.textAlign = "center";
      if (typeof officeValue(cell) === "number") td.style.textAlign = td.style.textAlign || "right";
      if (locked !== null && cell.protection?.locked === false) td.classList.add("unlocked");
      if (state.selection?.sheet === ws.name && state.selection.address === td.dataset.cell) td.classList.add("selected");
    }
  }
  const tabs = doc.createElement("nav");
  tabs.className = "tabs";
  tabs.setAttribute("aria-label", "Các trang tính");
  for (const sheet of state.workbook.worksheets) {
    if (sheet.state !== "visible") continue;
    const tab = doc.createElement("span");
    tab.textContent = sheetProtection(sheet) ? `🔒 ${sheet.name}` : sheet.name;
    if (sheet === ws) tab.className = "active";
    tabs.appendChild(tab);
  }
  const charts = state.charts.get(ws.id) ?? [];
  const note = doc.createElement("p");
  note.className = "charts";
  const lines = charts.map((c) => `Biểu đồ ${c.type}: ${c.title || c.name} (${c.source})`);
  if (locked) lines.unshift("Trang tính đang được bảo vệ: chỉ sửa được các ô viền nét đứt.");
  note.textContent = lines.join(" · ");
  into.append(table, note, tabs);
}
