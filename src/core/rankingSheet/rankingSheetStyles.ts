import type { CellStyle } from "../model/sheetModel";
import { HIGHLIGHT_COLOURS } from "../model/highlight";

export const FONT = { name: "Times New Roman", size: 12 } as const;
const BOX = { top: true, bottom: true, left: true, right: true };

export const PLAIN: CellStyle = { font: FONT };
export const CENTRED: CellStyle = { font: FONT, horizontal: "center" };
export const BOLD_CENTRED: CellStyle = { font: { ...FONT, bold: true }, horizontal: "center" };
export const UNDERLINED_CENTRED: CellStyle = { font: { ...FONT, bold: true, underline: true }, horizontal: "center" };
export const ITALIC_CENTRED: CellStyle = { font: { ...FONT, italic: true }, horizontal: "center" };
export const TITLE: CellStyle = { font: { ...FONT, size: 14, bold: true }, horizontal: "center", vertical: "middle", wrap: true };
export const NOTE: CellStyle = { font: { ...FONT, size: 11, italic: true }, horizontal: "left", wrap: true, vertical: "top" };
export const HEADER: CellStyle = {
  font: { ...FONT, bold: true },
  fill: "#D9E1F2",
  horizontal: "center",
  vertical: "middle",
  wrap: true,
  border: BOX,
};
export const BODY: CellStyle = { font: FONT, vertical: "middle", wrap: true, border: BOX };
export const BODY_CENTRED: CellStyle = { ...BODY, horizontal: "center" };
export const BODY_RIGHT: CellStyle = { ...BODY, horizontal: "right" };
export const SHORTFALL: CellStyle = {
  ...BODY_CENTRED,
  fill: HIGHLIGHT_COLOURS.bad.fill,
  font: { ...FONT, color: HIGHLIGHT_COLOURS.bad.font },
};
