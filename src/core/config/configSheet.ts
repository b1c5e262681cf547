// The configuration sheet's public face: its name, the model that creates it, the reader that reads it back.
export { CONFIG_SHEET_NAME } from "./configSheetLayout";
export { configSheetModel } from "./configSheetModel";
export { PERIOD_WORDS } from "./configSheetLayout";
export { configAdjustmentCells, configRuleCells, readConfigSettings, readConfigSheet, type ConfigSettings } from "./readConfigSheet";
