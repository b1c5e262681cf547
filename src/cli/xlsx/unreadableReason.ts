/** Why a file cannot be read as a workbook; the messages tell the user what to do for each. */
export type UnreadableReason = "missing" | "directory" | "not-xlsx" | "corrupt" | "protected" | "empty" | "csv";
