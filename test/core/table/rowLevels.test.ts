import { isDittoMark } from "../../../src/core/table/dittoMark";
import { RowLevels } from "../../../src/core/table/rowLevels";

describe("RowLevels", () => {
  it("levels styles in the order they appear, a style seen before back at its level", () => {
    const levels = new RowLevels();
    expect(levels.levelOf("number", "tt", [], null)).toBe(1);
    expect(levels.levelOf("dash", "tt", [{ level: 1, style: "number", source: "tt" }], null)).toBe(2);
    expect(levels.levelOf("plus", "tt", [{ level: 1, style: "number", source: "tt" }, { level: 2, style: "dash", source: "tt" }], null)).toBe(3);
    expect(levels.levelOf("dash", "tt", [{ level: 1, style: "number", source: "tt" }], null)).toBe(2);
  });

  it('puts the rows after a figureless "a) Lúa" under it, even with "-" met higher up first', () => {
    const levels = new RowLevels();
    levels.levelOf("number", "tt", [], null);
    levels.levelOf("dash", "tt", [{ level: 1, style: "number", source: "tt" }], null);
    const lua = [{ level: 1, style: "number", source: "tt" as const }, { level: 2, style: "lower", source: "tt" as const }];
    expect(levels.levelOf("lower", "tt", [lua[0]], 1)).toBe(2);
    expect(levels.levelOf("dash", "tt", lua, 2)).toBe(3);
    expect(levels.levelOf("dash", "tt", [...lua, { level: 3, style: "dash", source: "tt" }], null)).toBe(3);
    expect(levels.levelOf("lower", "tt", [...lua, { level: 3, style: "dash", source: "tt" }], null)).toBe(2);
  });

  it("numbers a name's marks apart from TT's", () => {
    const levels = new RowLevels();
    expect(levels.levelOf("number", "tt", [], null)).toBe(1);
    expect(levels.levelOf("number", "name", [{ level: 1, style: "number", source: "tt" }], 1)).toBe(2);
  });
});

describe("isDittoMark", () => {
  it.each(["''", '"', "“", "”", "〃", "nt", "NT", "-nt-", "Như trên", "như trên", '-"-'])("%p repeats the row above", (text) => {
    expect(isDittoMark(text)).toBe(true);
  });

  it.each(["", "ha", "%", "Như trên 5%", "Nhà", "n", "-"])("%p does not", (text) => {
    expect(isDittoMark(text)).toBe(false);
  });
});
