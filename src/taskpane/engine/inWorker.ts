import type { JobInput, JobName, JobOutput, JobReply, JobRequest } from "./jobs";
import type { EngineRun } from "./runEngine";

/** The worker could not be started or died outside a job (its script not downloaded, a host that refuses it). */
export class WorkerLost extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "WorkerLost";
  }
}

let worker: Worker | null = null;
let nextId = 1;

async function theWorker(): Promise<Worker> {
  if (worker) return worker;
  const { startWorker } = await import(/* webpackChunkName: "engine-start" */ "./startWorker");
  worker ??= startWorker();
  return worker;
}

/**
 * Runs a job in the engine's worker, started on first use and kept for the next job. Cancelling
 * terminates the worker at once, mid-job (the next job starts a fresh one). A job that throws is a bug
 * and rejects with its text; a worker that cannot run at all rejects with `WorkerLost`.
 *
 * @example await inWorker("rank", { reports, targets, config: null, period: "year", date }, signal) → { ok: true, value: { kind: "ranked", … } }
 */
export async function inWorker<K extends JobName>(job: K, input: JobInput<K>, signal?: AbortSignal): Promise<EngineRun<JobOutput<K>>> {
  if (signal?.aborted) return { ok: false, cancelled: true };
  const running = await theWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const stop = () => {
      running.removeEventListener("message", answered);
      running.removeEventListener("error", lost);
      signal?.removeEventListener("abort", cancel);
    };
    const answered = (event: MessageEvent<JobReply>) => {
      if (event.data.id !== id) return;
      stop();
      if (event.data.ok) resolve({ ok: true, value: event.data.value as JobOutput<K> });
      else reject(new Error(event.data.error));
    };
    const lost = (event: ErrorEvent) => {
      stop();
      forget(running);
      event.preventDefault();
      reject(new WorkerLost(event.message || "The engine's worker stopped."));
    };
    const cancel = () => {
      stop();
      forget(running);
      running.terminate();
      resolve({ ok: false, cancelled: true });
    };
    running.addEventListener("message", answered);
    running.addEventListener("error", lost);
    signal?.addEventListener("abort", cancel);
    const request: JobRequest = { id, job, input };
    running.postMessage(request);
  });
}

function forget(gone: Worker): void {
  if (worker === gone) worker = null;
}
