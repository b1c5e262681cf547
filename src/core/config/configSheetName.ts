/**
 * The sheet staff edit to configure the ranking (docs/scoring.md#scoring-and-ranking). On its own so that the pane can recognise the
 * sheet without loading the configuration's reader.
 *
 * @example CONFIG_SHEET_NAME === "Cấu hình xếp hạng"
 */
export const CONFIG_SHEET_NAME = "Cấu hình xếp hạng";
