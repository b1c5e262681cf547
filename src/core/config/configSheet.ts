// The configuration sheet's public face: its name, the model that creates it, the reader that reads it back.
export { CONFIG_SHEET_NAME } from "./configSheetLayout";
export { configSheetModel } from "./configSheetModel";
export { configAdjustmentCells, configRuleCells, readConfigSheet } from "./readConfigSheet";
