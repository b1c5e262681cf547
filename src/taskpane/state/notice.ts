/** What the pane tells the user after an operation: what happened and, on failure, what to do. */
export interface Notice {
  intent: "success" | "info" | "warning" | "error";
  text: string;
  /** The next step for the user, shown after "Cách xử lý:". */
  todo?: string;
  /** Further lines, e.g. the names of sheets imported. */
  items?: string[];
  /** Does again what failed (shown as "Thử lại"): a part of the pane that could not be downloaded. */
  retry?: () => void;
  /** A question: each answer a button ("Ghi đè", "Tạo trang mới"). */
  choices?: { label: string; run: () => void }[];
}
