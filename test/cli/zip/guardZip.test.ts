import { guardZip } from "../../../src/cli/zip/guardZip";
import { inflatesTo, zipBytes } from "../../fixtures/hostile/zipBytes";

const GiB = 2 ** 30;
const limits = { part: 1024 * 1024, total: 1536 * 1024 };
// Data no inflater accepts: a part that holds it reads as damaged if it is ever inflated.
const NOT_DEFLATE = Buffer.from([0xff, 0xff, 0xff, 0xff]);

describe("guardZip", () => {
  it("inflates the parts asked for, and only them", () => {
    const zip = guardZip(zipBytes([
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/media/image1.png", deflated: NOT_DEFLATE, size: 2 * GiB },
    ]), limits);
    expect(zip.ok).toBe(true);
    if (!zip.ok) return;
    expect(zip.value.names).toEqual(["xl/workbook.xml", "xl/media/image1.png"]);
    const taken = zip.value.take(["xl/workbook.xml", "xl/absent.xml"]);
    expect(taken).toEqual({ ok: true, parts: new Map([["xl/workbook.xml", Buffer.from("<workbook/>")]]) });
  });

  it("refuses a part declared beyond the limit before inflating anything", () => {
    const zip = guardZip(zipBytes([
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/sharedStrings.xml", deflated: NOT_DEFLATE, size: 6 * GiB },
    ]), limits);
    expect(zip.ok && zip.value.take(["xl/workbook.xml", "xl/sharedStrings.xml"])).toEqual({
      ok: false,
      problem: { reason: "unzipped-too-large", part: "xl/sharedStrings.xml", size: 6 * GiB, limit: limits.part },
    });
  });

  it("refuses parts that together pass the limit", () => {
    const part = Buffer.alloc(1024 * 1024 - 1, 0x20);
    const zip = guardZip(zipBytes([{ name: "a.xml", data: part }, { name: "b.xml", data: part }]), limits);
    expect(zip.ok && zip.value.take(["a.xml", "b.xml"])).toMatchObject({ ok: false, problem: { reason: "unzipped-too-large", part: "b.xml" } });
  });

  it("stops a part that inflates past the size it declares, as soon as it passes it", () => {
    const zip = guardZip(zipBytes([{ name: "xl/sharedStrings.xml", deflated: inflatesTo(6 * GiB), size: 1024 }]), limits);
    expect(zip.ok && zip.value.take(["xl/sharedStrings.xml"])).toEqual({ ok: false, problem: { reason: "corrupt" } });
  });

  it.each([
    ["not a zip", Buffer.from("TT,Chỉ tiêu\n")],
    ["a truncated zip", zipBytes([{ name: "a.xml", data: Buffer.from("<a/>") }]).subarray(0, 40)],
    ["an empty file", Buffer.alloc(0)],
  ])("%s is damaged", (_, bytes) => {
    expect(guardZip(bytes, limits)).toEqual({ ok: false, problem: { reason: "corrupt" } });
  });
});
