/** Sheet names as the pane quotes them, in either language: “Nà Lầu”, “Khuổi Khâm”. */
export function sheetList(sheets: readonly string[]): string {
  return sheets.map((sheet) => `“${sheet}”`).join(", ");
}
