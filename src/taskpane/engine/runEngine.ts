import { inWorker, WorkerLost } from "./inWorker";
import type { JobInput, JobName, JobOutput } from "./jobs";
import { onMainThread } from "./onMainThread";

/** A job's value, or word that it was cancelled (Hủy) before it ended. */
export type EngineRun<T> = { ok: true; value: T } | { ok: false; cancelled: true };

let workers = typeof Worker !== "undefined";

/**
 * The pane's one way to the engine (docs/pane.md#the-engine-off-the-main-thread): the actions read cells,
 * call `runEngine` with them and write what it gives back. The job runs in a worker where the host has
 * workers, else on the main thread in pieces that yield; a worker that cannot run sends this job and the
 * next ones to the main thread. An aborted `signal` stops the job at once.
 *
 * @example await runEngine("check", { reports: [naLau], targets, config: null, village: null }, signal) → { ok: true, value: { villages: [ … ] } }
 */
export async function runEngine<K extends JobName>(job: K, input: JobInput<K>, signal?: AbortSignal): Promise<EngineRun<JobOutput<K>>> {
  if (workers) {
    try {
      return await inWorker(job, input, signal);
    } catch (error) {
      if (!(error instanceof WorkerLost)) throw error;
      workers = false;
    }
  }
  return onMainThread(job, input, signal);
}
