import { toSheetGrid } from "../../../src/core/cells/sheetGrid";

describe("toSheetGrid", () => {
  it.each([
    ["a whole sheet", { name: " Nà Lầu ", values: [["TT", 1]], formats: [["General", "0%"]] }, { name: "Nà Lầu", values: [["TT", 1]], formats: [["General", "0%"]] }],
    ["a row that is not an array", { name: "A", values: [["TT"], "oops"], formats: [] }, { name: "A", values: [["TT"], []], formats: [] }],
    ["a format that is not text", { name: "A", values: [], formats: [[7, "0"], null] }, { name: "A", values: [], formats: [["", "0"], []] }],
    ["a name that is not text", { name: 3, values: [[1]], formats: [] }, { name: "Sheet1", values: [[1]], formats: [] }],
    ["values that are not an array", { name: "A", values: "x", formats: {} }, { name: "A", values: [], formats: [] }],
    ["nothing", undefined, { name: "Sheet1", values: [], formats: [] }],
    ["null", null, { name: "Sheet1", values: [], formats: [] }],
    ["an array", [["TT"]], { name: "Sheet1", values: [], formats: [] }],
    ["text", "Nà Lầu", { name: "Sheet1", values: [], formats: [] }],
  ])("reads %s without throwing", (_, input, expected) => {
    expect(toSheetGrid(input)).toEqual(expected);
  });
});
