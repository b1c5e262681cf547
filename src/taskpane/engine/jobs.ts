import { checkJob } from "./checkJob";
import { convertJob } from "./convertJob";
import { rankJob } from "./rankJob";
import type { Step } from "./step";
import { templatesJob } from "./templatesJob";

/**
 * The engine's jobs, by name: each takes plain data (cells, choices) and gives plain data back, so it
 * runs the same in the engine's worker and on the pane's main thread.
 */
export const jobs = {
  check: checkJob,
  rank: rankJob,
  templates: templatesJob,
  convert: convertJob,
} satisfies Record<string, (input: never, step: Step) => Promise<unknown>>;

export type JobName = keyof typeof jobs;
export type JobInput<K extends JobName> = Parameters<(typeof jobs)[K]>[0];
export type JobOutput<K extends JobName> = Awaited<ReturnType<(typeof jobs)[K]>>;

/** A job asked of the worker, and its answer: the job's value, or the text of what it threw (a bug). */
export interface JobRequest {
  id: number;
  job: JobName;
  input: unknown;
}
export type JobReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
