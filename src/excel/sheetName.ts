/**
 * Excel's rules for a worksheet name: 1–31 characters, none of / \ ? * : [ ], not starting or ending
 * with an apostrophe, not "History".
 *
 * @example isValidSheetName("Xếp hạng thi đua 2024") === true; isValidSheetName("Q1/2024") === false
 */
export function isValidSheetName(name: string): boolean {
  return name.trim() !== "" && name.length <= 31 && !/[/\\?*:[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'") && name.toLowerCase() !== "history";
}
