export * from "./cells";
export * from "./finding";
export * from "./highlight";
export * from "./indicator";
export * from "./ranking";
export * from "./report";
export * from "./sheetModel";
