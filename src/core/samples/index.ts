export * from "./pointsCommune";
export * from "./sampleConfig";
export * from "./sampleConsolidatedSheet";
export * from "./sampleTargetSheet";
export * from "./sampleVillageSheet";
export * from "./sampleVillages";
export * from "./sampleWorkbooks";
