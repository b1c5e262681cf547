/// <reference lib="webworker" />
// The engine's worker: runs the jobs the pane asks for (src/taskpane/engine/jobs.ts) away from the pane's
// main thread, one at a time, and answers each with its value or what it threw (docs/pane.md#the-engine-off-the-main-thread).
import { jobs, type JobReply, type JobRequest } from "./jobs";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<JobRequest>) => {
  const { id, job, input } = event.data;
  let reply: JobReply;
  try {
    reply = { id, ok: true, value: await (jobs[job] as (input: unknown) => Promise<unknown>)(input) };
  } catch (error) {
    reply = { id, ok: false, error: String((error as Error)?.stack ?? error) };
  }
  scope.postMessage(reply);
};
