import { inHalves, refusedForSize } from "../../src/excel/splitOnRefusal";

/** An error shaped as Office.js gives it. */
const officeError = (code: string, errorLocation = "", message = "") => Object.assign(new Error(message), { name: "RichApi.Error", code, debugInfo: { errorLocation } });

describe("refusedForSize", () => {
  it.each([
    ["OperationCellsExceedLimit", "Range.getCellProperties", ""],
    ["RangeExceedsLimit", "Worksheet.getRange", ""],
    ["InvalidArgument", "Worksheet.getRanges", ""],
    ["InvalidArgument", "RangeAreas.format", ""],
    ["InvalidArgument", "", "There are too many areas in the range."],
  ])("%s at %s %s is a refusal for size", (code, where, message) => {
    expect(refusedForSize(officeError(code, where, message))).toBe(true);
  });

  it.each([
    ["AccessDenied", "RangeFill.color"],
    ["InvalidArgument", "Worksheet.getRange"],
    ["InvalidOperationInCellEditMode", ""],
  ])("%s at %s is not", (code, where) => {
    expect(refusedForSize(officeError(code, where))).toBe(false);
    expect(refusedForSize(null)).toBe(false);
  });
});

describe("inHalves", () => {
  /** Excel refusing any request of more than `most` runs. */
  const host = (most: number, code = "OperationCellsExceedLimit") => {
    const sent: string[][] = [];
    const send = async (part: string[]) => {
      if (part.length > most) throw officeError(code, "Worksheet.getRange");
      sent.push(part);
    };
    return { sent, send };
  };

  it("sends everything in one request when Excel takes it", async () => {
    const { sent, send } = host(10);
    await inHalves(["E5:E9", "F5", "G7:G8"], send);
    expect(sent).toEqual([["E5:E9", "F5", "G7:G8"]]);
  });

  it("splits a refused request in halves, and halves again, until each part is taken, every run sent once in order", async () => {
    const { sent, send } = host(2);
    const runs = ["E5", "E7", "E9", "E11", "E13", "E15", "E17"];
    await inHalves(runs, send);
    expect(sent.flat()).toEqual(runs);
    expect(sent.every((part) => part.length <= 2)).toBe(true);
    expect(sent).toEqual([["E5", "E7"], ["E9", "E11"], ["E13", "E15"], ["E17"]]);
  });

  it("a single run Excel still refuses is refused for good, with Excel's error", async () => {
    const { send } = host(0, "RangeExceedsLimit");
    await expect(inHalves(["E5:E1000000"], send)).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });

  it("any other refusal is not retried", async () => {
    let calls = 0;
    const send = async () => {
      calls += 1;
      throw officeError("AccessDenied", "RangeFill.color");
    };
    await expect(inHalves(["E5", "E6", "E7"], send)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(calls).toBe(1);
  });
});
