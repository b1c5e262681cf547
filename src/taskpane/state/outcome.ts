import type { Notice } from "./notice";

/** What an operation of the pane gives back: its value, or a notice saying what went wrong and what to do. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; notice: Notice };

/**
 * Reports how far a long operation has got, for the progress bar; `final` once it is writing its result
 * and can no longer be cancelled.
 */
export type Progress = (done: number, total: number, final?: boolean) => void;
