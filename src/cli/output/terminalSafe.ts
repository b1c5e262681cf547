// C0 controls but tab and line feed, DEL and C1 controls. Text from a village's workbook may hold them
// (Excel keeps _x001B_ as ESC): printed raw, an escape sequence could clear the screen, hide lines or
// retitle the window of the terminal the results are read in.
// Bidirectional controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069) are escaped too: a right-to-left
// override makes "Nà Lầu.xlsx" print as something else.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS_AND_NEWLINES = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const ANY_CONTROL = new RegExp(CONTROLS.source);
const ANY_CONTROL_OR_NEWLINE = new RegExp(CONTROLS_AND_NEWLINES.source);

/**
 * Text made safe for a terminal: each control character is written as its escape (`\u001b`), which is
 * also how JSON writes it, so JSON output keeps exactly the same data. With `oneLine`, line breaks are
 * escaped too, so that a problem on stderr stays one line.
 *
 * @example terminalSafe("Thôn \u001b[2JĐỏ") === "Thôn \\u001b[2JĐỏ"
 */
export function terminalSafe(text: string, oneLine = false): string {
  // Most text holds none: a search alone makes no copy of it.
  if (!(oneLine ? ANY_CONTROL_OR_NEWLINE : ANY_CONTROL).test(text)) return text;
  return text.replace(oneLine ? CONTROLS_AND_NEWLINES : CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
