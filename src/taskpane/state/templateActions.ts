/** The template view's operations, loaded together on demand (one chunk). */
export { readTemplateChoice } from "./actions/templateChoice";
export { writeTemplates } from "./actions/writeTemplates";
export { writeAssignTargets } from "./actions/writeAssignTargets";
export { selectCell } from "./actions/selectCell";
