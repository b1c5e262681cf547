export * from "./cells";
export * from "./finding";
export * from "./indicator";
export * from "./report";
export * from "./sheetModel";
