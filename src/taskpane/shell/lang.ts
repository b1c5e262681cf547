/** The languages the pane speaks. */
export type Lang = "vi" | "en";
