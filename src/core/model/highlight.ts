/** Excel's own cell styles (docs/outputs.md#what-the-add-in-and-the-command-line-write): Bad for shortfalls, Neutral for errors, Good for met targets. */
export type HighlightStyle = "bad" | "neutral" | "good";

export const HIGHLIGHT_COLOURS: Record<HighlightStyle, { fill: string; font: string }> = {
  bad: { fill: "#FFC7CE", font: "#9C0006" },
  neutral: { fill: "#FFEB9C", font: "#9C5700" },
  good: { fill: "#C6EFCE", font: "#006100" },
};

/** One cell of a checked sheet to highlight; A1 address without the sheet name. */
export interface Highlight {
  cell: string;
  style: HighlightStyle;
}
