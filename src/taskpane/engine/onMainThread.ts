import type { JobInput, JobName, JobOutput } from "./jobs";
import type { EngineRun } from "./runEngine";
import { Cancelled } from "./step";
import { yieldToMain } from "./yieldToMain";

/**
 * Runs a job on the pane's main thread, where the host has no workers: in pieces (a report, a stage of
 * the ranking), yielding between them so the pane still answers, and stopping at the next piece once
 * `signal` is aborted.
 *
 * @example await onMainThread("check", { reports, targets: null, config: null, village: null }) → { ok: true, value: { villages: [ … ] } }
 */
export async function onMainThread<K extends JobName>(job: K, input: JobInput<K>, signal?: AbortSignal): Promise<EngineRun<JobOutput<K>>> {
  const step = async () => {
    await yieldToMain();
    if (signal?.aborted) throw new Cancelled();
  };
  try {
    await step();
    const { jobs } = await import(/* webpackChunkName: "engine" */ "./jobs");
    await step();
    const run = jobs[job] as (input: JobInput<K>, step: () => Promise<void>) => Promise<JobOutput<K>>;
    return { ok: true, value: await run(input, step) };
  } catch (error) {
    if (error instanceof Cancelled) return { ok: false, cancelled: true };
    throw error;
  }
}
