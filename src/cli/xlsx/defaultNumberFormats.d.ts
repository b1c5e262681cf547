// The reader of record's table of Excel's built-in number formats, by format id.
declare module "exceljs/lib/xlsx/defaultnumformats" {
  const formats: Record<string, { f?: string } | undefined>;
  export default formats;
}
