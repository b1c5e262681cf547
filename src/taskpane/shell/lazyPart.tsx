import { type ComponentType, lazy } from "react";

/**
 * Whether an error is a part of the pane (a view, an engine) that could not be downloaded — the network,
 * not a bug. webpack names it so when a chunk's script fails or times out; a fresh `import()` asks again.
 *
 * @example isLoadFailure(Object.assign(new Error("Loading chunk 451 failed."), { name: "ChunkLoadError" })) === true
 */
export function isLoadFailure(error: unknown): boolean {
  return error instanceof Error && error.name === "ChunkLoadError";
}

const failed = new Set<() => void>();

/**
 * A view loaded on demand that can be loaded again. `React.lazy` keeps a failed load for good, so the view
 * would fail until the pane is reopened; this one, after a failure, asks `load` afresh once
 * `retryFailedParts` is called.
 *
 * @example const RankView = lazyPart(() => import("./views/RankView").then((m) => m.RankView));
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const attempt = () =>
    load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        failed.add(reset);
        throw error;
      },
    );
  // Typed as the view itself: React.lazy's typing wraps props in ref types a plain view does not take.
  let Loaded = lazy(attempt) as unknown as ComponentType<P>;
  function reset() {
    Loaded = lazy(attempt) as unknown as ComponentType<P>;
  }
  return function Part(props: P) {
    return <Loaded {...props} />;
  };
}

/** Every view whose load failed will be loaded afresh the next time it is shown. */
export function retryFailedParts(): void {
  for (const reset of failed) reset();
  failed.clear();
}
