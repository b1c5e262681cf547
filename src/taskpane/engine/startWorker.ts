/**
 * Starts the engine's worker. Its script is a part of the pane of its own, downloaded the first time the
 * engine is used, never with the pane's first load. Loaded only where the host has workers (never under
 * Node: webpack resolves the address below at build time).
 */
export function startWorker(): Worker {
  // @ts-expect-error import.meta is kept for webpack, which bundles the worker from it; the type-check compiles for Node.
  return new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "thidua-engine" });
}
