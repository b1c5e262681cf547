import type { RankingConfig } from "../config/rankingConfig";
import {
  COUNTRYSIDE_CONFIG_FILE,
  COUNTRYSIDE_TABLE_FILE,
  COUNTRYSIDE_TITLE,
  COUNTRYSIDE_UNITS,
  countrysideConfig,
  countrysideTableSheet,
  countrysideUnitSheet,
} from "./countrysideForms";
import { CULTURE_CONFIG_FILE, CULTURE_TABLE_FILE, CULTURE_TITLE, CULTURE_UNITS, cultureConfig, cultureTableSheet, cultureUnitSheet } from "./cultureForms";
import type { SampleWorkbook } from "./sampleWorkbooks";

/** A sample programme scored on forms (docs/scoring.md#points-method "Scoring forms"): the commune's table, the units' forms, the configuration. */
export interface FormProgramme {
  id: "culture" | "countryside";
  title: string;
  /** The commune's table first, then each unit's form, one workbook each. */
  workbooks: SampleWorkbook[];
  config: RankingConfig;
  configFile: string;
}

/**
 * The two programmes scored on forms: "Thôn, tổ dân phố văn hóa" (six units) and the nông thôn mới criteria (four units).
 *
 * @example formProgrammes().map((p) => p.id) // ["culture", "countryside"]
 */
export function formProgrammes(): FormProgramme[] {
  return [
    {
      id: "culture",
      title: CULTURE_TITLE,
      workbooks: [
        { fileName: CULTURE_TABLE_FILE, kind: "targets", sheets: [cultureTableSheet()] },
        ...CULTURE_UNITS.map((unit) => ({ fileName: unit.fileName, kind: "village" as const, sheets: [cultureUnitSheet(unit)] })),
      ],
      config: cultureConfig(),
      configFile: CULTURE_CONFIG_FILE,
    },
    {
      id: "countryside",
      title: COUNTRYSIDE_TITLE,
      workbooks: [
        { fileName: COUNTRYSIDE_TABLE_FILE, kind: "targets", sheets: [countrysideTableSheet()] },
        ...COUNTRYSIDE_UNITS.map((unit) => ({ fileName: unit.fileName, kind: "village" as const, sheets: [countrysideUnitSheet(unit)] })),
      ],
      config: countrysideConfig(),
      configFile: COUNTRYSIDE_CONFIG_FILE,
    },
  ];
}
