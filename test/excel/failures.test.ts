import { describeFailure, type ExcelFailure } from "../../src/excel";
import { toFailure } from "../../src/excel/failure";

// Every failure code, and whether its message names the sheet. The record is keyed by the code's own type,
// so a new code does not compile until it is added here, and then every test below covers it.
const NAMES_THE_SHEET: Record<ExcelFailure["code"], boolean> = {
  protected: true,
  "workbook-protected": true,
  "read-only": true,
  "inactive-workbook": false,
  "cell-edit": false,
  "too-many-cells": true,
  "highlights-lost": true,
  "unsupported-feature": true,
  "sheet-missing": true,
  "too-large": true,
  "too-many-highlights": true,
  unsupported: false,
  "invalid-name": true,
  busy: false,
  cancelled: false,
  unknown: true,
};
const CODES = Object.keys(NAMES_THE_SHEET) as ExcelFailure["code"][];

describe("toFailure", () => {
  it.each([
    ["AccessDenied", "protected"],
    ["InvalidOperationInCellEditMode", "cell-edit"],
    ["ItemNotFound", "sheet-missing"],
    ["RequestPayloadSizeLimitExceeded", "too-large"],
    ["ResponsePayloadSizeLimitExceeded", "too-large"],
    ["ApiNotFound", "unsupported"],
    ["ItemAlreadyExists", "invalid-name"],
    ["ActivityLimitReached", "busy"],
    ["Conflict", "busy"],
    ["GeneralException", "unknown"],
  ])("maps Office's %s to %s, keeping the host's words as detail", (code, expected) => {
    const error = { name: "RichApi.Error", code, message: "The message.", debugInfo: {} };
    expect(toFailure(error, "Thôn A")).toEqual({ code: expected, sheet: "Thôn A", detail: `${code}: The message.` });
  });

  it("maps anything else to unknown without throwing", () => {
    expect(toFailure(new TypeError("x is undefined"), null)).toEqual({ code: "unknown", sheet: null, detail: "x is undefined" });
    expect(toFailure(undefined, null)).toMatchObject({ code: "unknown" });
    expect(toFailure("text", null)).toMatchObject({ code: "unknown", detail: "text" });
  });
});

describe.each(["vi", "en"] as const)("describeFailure in %s", (lang) => {
  it.each(CODES)("says what happened and what to do for %s", (code) => {
    const text = describeFailure({ code, sheet: "Thôn Nà Lầu", detail: "AccessDenied: x" }, lang);
    expect(text.length).toBeGreaterThan(30);
    expect(text).toMatch(/[.)]$/);
    if (NAMES_THE_SHEET[code]) expect(text).toContain('"Thôn Nà Lầu"');
    else expect(text).not.toContain("Thôn Nà Lầu");
    if (code === "unknown") expect(text).toContain("AccessDenied: x");
  });

  it("reads well without a sheet name", () => {
    for (const code of CODES) expect(describeFailure({ code, sheet: null, detail: "d" }, lang)).not.toMatch(/""|\s{2}|null/);
  });
});

describe("describeFailure wording", () => {
  it("tells staff how to unprotect a sheet, in Vietnamese and English", () => {
    const f: ExcelFailure = { code: "protected", sheet: "Xếp hạng thi đua 2024", detail: "" };
    expect(describeFailure(f, "vi")).toBe('Trang tính "Xếp hạng thi đua 2024" đang được bảo vệ nên không ghi được. Vào Xem lại › Bỏ bảo vệ trang tính (nhập mật khẩu nếu được hỏi), rồi thử lại.');
    expect(describeFailure(f, "en")).toBe('The sheet "Xếp hạng thi đua 2024" is protected, so it cannot be written. Go to Review › Unprotect Sheet (enter the password if asked), then try again.');
  });
});
