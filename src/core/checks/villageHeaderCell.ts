import { cellAddress } from "../cells/cellAddress";
import { sameVillage } from "../config/rosterKey";
import { blockName } from "../table/blockName";
import { headerTexts } from "../table/headerTexts";
import type { TableRead } from "../table/readIndicatorTable";

/**
 * The header cell of a consolidated sheet that names one of its villages: the merged name over the
 * village's "KH | TH" block, or the label of its one column; the top of its actual column when no
 * header cell reads as that name.
 *
 * @example villageHeaderCell(table, { village: "Nà Lầu", actualColumn: 5 }) === "E4" // "Nà Lầu" merged over E4:F4
 */
export function villageHeaderCell(table: TableRead, column: { village: string; actualColumn: number }): string {
  const header = table.header;
  if (header === null) return cellAddress(0, column.actualColumn);
  const parents = header.band[column.actualColumn]?.parents.map((parent) => parent.column) ?? [];
  const candidates = [...parents, column.actualColumn];
  for (let row = header.row; row <= header.lastRow; row++) {
    const texts = headerTexts(table.grid, row);
    for (const at of candidates) {
      const text = texts[at] ?? "";
      const name = text === "" ? null : blockName(text);
      if (name !== null && sameVillage(name, column.village)) return cellAddress(row, at);
    }
  }
  return cellAddress(header.row, column.actualColumn);
}
