import * as adapter from "../../excel";
import type { ExcelPort } from "./excelPort";

/** The Office.js adapter, as the pane uses it inside Excel. */
export const excelAdapter: ExcelPort<adapter.ExcelFailure> = adapter;
