/**
 * What a job calls between its pieces of work: on the pane's main thread it gives the browser its turn
 * (and throws `Cancelled` once Hủy was pressed); in the engine's worker it does nothing.
 */
export type Step = () => Promise<void>;

export const noStep: Step = () => Promise.resolve();

/** Thrown by a step once the job was cancelled; the job stops where it is. */
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}
