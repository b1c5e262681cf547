import type { Frame } from "playwright-core";

/** One long task the browser timed (PerformanceObserver 'longtask'): when, how long, and whose it was. */
export interface LongTask {
  start: number;
  duration: number;
  /** The browser's attribution: "self" is the pane's own frame; the host page's work is another origin's. */
  name: string;
}

interface Watched {
  __thiduaLongTasks?: LongTask[];
}

/**
 * Starts timing the pane's main thread: every task over 50 ms from now on is kept, until `longTasksOf`.
 *
 * @example await watchLongTasks(pane); await click(); const tasks = await longTasksOf(pane);
 */
export async function watchLongTasks(pane: Frame): Promise<void> {
  await pane.evaluate(() => {
    const w = window as unknown as Watched;
    w.__thiduaLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__thiduaLongTasks?.push({ start: e.startTime, duration: e.duration, name: e.name });
    }).observe({ type: "longtask" });
  });
}

/** The long tasks timed since `watchLongTasks`, once the browser has delivered the last of them. */
export async function longTasksOf(pane: Frame): Promise<LongTask[]> {
  await pane.waitForTimeout(300);
  return pane.evaluate(() => (window as unknown as Watched).__thiduaLongTasks ?? []);
}

/** The pane's own long tasks (the host emulator's work stands for Excel's, which runs elsewhere in Office). */
export function paneOwn(tasks: LongTask[]): LongTask[] {
  return tasks.filter((t) => t.name === "self");
}

/** "longest 143 ms of 3 over 50 ms (host: longest 812 ms of 5)", for the printed measurements. */
export function describeLongTasks(tasks: LongTask[]): string {
  const own = paneOwn(tasks);
  const other = tasks.filter((t) => t.name !== "self");
  const longest = (list: LongTask[]) => Math.round(Math.max(0, ...list.map((t) => t.duration)));
  return `longest ${longest(own)} ms of ${own.length} over 50 ms in the pane (host page and others: longest ${longest(other)} ms of ${other.length})`;
}
