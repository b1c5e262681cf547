/**
 * A strict simulator of the Excel JavaScript API for tests (see README.md). Free of Node modules, so the
 * end-to-end test can bundle it for the browser; Node helpers live in `node.ts`.
 */
export { installOfficeSimulator, type OfficeSimulator, type OfficeSimulatorOptions } from "./install";
export type { SimChart, SimStats, SyncRecord } from "./context";
export { SimRichApiError } from "./errors";
export { charsToPoints, pointsToChars } from "./rangeFormat";
export { createHostState, type HostStateOptions } from "./hostState";
export type { SimState } from "./context";
