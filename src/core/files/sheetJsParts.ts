/** An .ods as SheetJS reads its cells: the manifest (its type, and whether it is encrypted), styles and content. */
export const ODS_PARTS: readonly string[] = ["mimetype", "META-INF/manifest.xml", "styles.xml", "content.xml"];

/**
 * Of a zip's part names, those SheetJS needs to read the cells of an .ods (its four parts) or an .xlsb (its
 * binary, XML and relationship parts, not pictures or embedded objects): SheetJS inflates every part it is
 * given, so it is given only these.
 *
 * @example sheetJsPartNames(["content.xml", "Pictures/anh.png"], "ods") → ["content.xml"]
 */
export function sheetJsPartNames(names: readonly string[], format: "ods" | "xlsb"): string[] {
  if (format === "ods") return names.filter((name) => ODS_PARTS.includes(name));
  return names.filter((name) => /\.(?:bin|xml|rels)$/i.test(name) && !/^xl\/(?:media|embeddings)\//i.test(name));
}
