import { readBatchOptions, readCheckOptions } from "../../../src/core/checks/readOptions";

const targets = { name: "Chỉ tiêu 2024", values: [], formats: [] };

describe("readCheckOptions", () => {
  it.each([
    ["names given as text", { village: "Thôn Nà Lầu", fileName: "Nà Lầu.xlsx", targets }, { village: "Thôn Nà Lầu", fileName: "Nà Lầu.xlsx", targets }],
    ["a village that is not text", { village: 7, fileName: "Nà Lầu.xlsx" }, { village: undefined, fileName: "Nà Lầu.xlsx", targets: undefined }],
    ["nothing", undefined, { village: undefined, fileName: undefined, targets: undefined }],
    ["null", null, { village: undefined, fileName: undefined, targets: undefined }],
    ["an array", ["Nà Lầu"], { village: undefined, fileName: undefined, targets: undefined }],
    ["the year assessed", { year: 2024 }, { village: undefined, fileName: undefined, targets: undefined, year: 2024 }],
    ["a year that is not a whole year", { year: 2024.5 }, { village: undefined, fileName: undefined, targets: undefined, year: undefined }],
    ["a year out of range", { year: 24 }, { village: undefined, fileName: undefined, targets: undefined, year: undefined }],
    ["a year as text", { year: "2024" }, { village: undefined, fileName: undefined, targets: undefined, year: undefined }],
  ])("reads %s", (_, options, expected) => {
    expect(readCheckOptions(options)).toEqual(expected);
  });
});

describe("readBatchOptions", () => {
  it.each([
    ["file names as text", { fileNames: { Sheet1: "Nà Lầu.xlsx" }, targets }, { fileNames: { Sheet1: "Nà Lầu.xlsx" }, targets }],
    ["a file name that is not text", { fileNames: { Sheet1: "Nà Lầu.xlsx", Sheet2: 3 } }, { fileNames: { Sheet1: "Nà Lầu.xlsx", Sheet2: "" }, targets: undefined }],
    ["file names that are not a record", { fileNames: ["Nà Lầu.xlsx"] }, { fileNames: undefined, targets: undefined }],
    ["file names as text alone", { fileNames: "Nà Lầu.xlsx" }, { fileNames: undefined, targets: undefined }],
    ["nothing", undefined, { fileNames: undefined, targets: undefined }],
    ["a number", 5, { fileNames: undefined, targets: undefined }],
    ["the year assessed", { year: 2200 }, { fileNames: undefined, targets: undefined, year: 2200 }],
  ])("reads %s", (_, options, expected) => {
    expect(readBatchOptions(options)).toEqual(expected);
  });
});
