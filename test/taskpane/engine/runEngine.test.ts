/**
 * @jest-environment node
 *
 * The pane's one way to the engine: in a worker where the host has one (cancel terminates it at once),
 * else on the main thread in pieces that yield (docs/pane.md#the-engine-off-the-main-thread).
 */
import type { SheetCells } from "../../../src/core/model";
import type { JobReply, JobRequest } from "../../../src/taskpane/engine/jobs";
import { sampleSheets } from "../../../src/taskpane/state/actions/sampleSheets";
import { cellsOf } from "../fakeExcel";

type RunEngine = typeof import("../../../src/taskpane/engine/runEngine").runEngine;

const sheets = new Map<string, SheetCells>(sampleSheets().map((model) => [model.name, cellsOf(model)]));
const check = { reports: ["Nà Lầu", "Khuổi Khâm", "Nặm Đin"].map((n) => sheets.get(n)!), targets: sheets.get("Chỉ tiêu 2024")!, config: null, village: null };

/** A worker as the browser gives one: messages cloned both ways, the job run by the real jobs, later. */
class FakeWorker {
  static started: FakeWorker[] = [];
  /** Make the next workers fail to start (a host that refuses them). */
  static broken = false;
  terminated = false;
  private listeners: { type: string; fn: (event: unknown) => void }[] = [];
  constructor() {
    FakeWorker.started.push(this);
  }
  addEventListener(type: string, fn: (event: unknown) => void) {
    this.listeners.push({ type, fn });
  }
  removeEventListener(type: string, fn: (event: unknown) => void) {
    this.listeners = this.listeners.filter((l) => l.type !== type || l.fn !== fn);
  }
  private emit(type: string, event: unknown) {
    for (const l of [...this.listeners]) if (l.type === type) l.fn(event);
  }
  postMessage(message: JobRequest) {
    const request = structuredClone(message);
    setTimeout(async () => {
      if (FakeWorker.broken) return this.emit("error", { message: "Failed to load the worker script", preventDefault: () => undefined });
      const { jobs } = await import("../../../src/taskpane/engine/jobs");
      const value = await (jobs[request.job] as (input: unknown) => Promise<unknown>)(request.input);
      if (!this.terminated) this.emit("message", { data: structuredClone({ id: request.id, ok: true, value } satisfies JobReply) });
    }, 20);
  }
  terminate() {
    this.terminated = true;
  }
}

jest.mock("../../../src/taskpane/engine/startWorker", () => ({ startWorker: () => new FakeWorker() }));

/** `runEngine` as loaded in a host with workers (`withWorkers`) or without. */
function loadEngine(withWorkers: boolean): RunEngine {
  const global = globalThis as { Worker?: unknown };
  if (withWorkers) global.Worker = FakeWorker;
  else delete global.Worker;
  let run: RunEngine | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    run = require("../../../src/taskpane/engine/runEngine").runEngine;
  });
  return run!;
}

afterEach(() => {
  delete (globalThis as { Worker?: unknown }).Worker;
  FakeWorker.started = [];
  FakeWorker.broken = false;
});

describe("runEngine without workers (the main thread)", () => {
  it("checks report by report, letting the browser run between them", async () => {
    const runEngine = loadEngine(false);
    const order: string[] = [];
    const timer = setInterval(() => order.push("browser"), 0);
    const done = await runEngine("check", check);
    clearInterval(timer);
    order.push("done");
    expect(done.ok && done.value.villages.map((v) => v.sheet)).toEqual(["Nà Lầu", "Khuổi Khâm", "Nặm Đin"]);
    // The browser had its turns before the job ended: at least one per report.
    expect(order.indexOf("done")).toBeGreaterThanOrEqual(3);
  });

  it("stops at the next piece once cancelled", async () => {
    const runEngine = loadEngine(false);
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 0);
    expect(await runEngine("check", check, cancel.signal)).toEqual({ ok: false, cancelled: true });
  });
});

describe("runEngine with workers", () => {
  it("runs the job in the worker and keeps the worker for the next job", async () => {
    const runEngine = loadEngine(true);
    const first = await runEngine("check", check);
    expect(first.ok && first.value.villages).toHaveLength(3);
    const second = await runEngine("check", { ...check, reports: check.reports.slice(0, 1) });
    expect(second.ok && second.value.villages).toHaveLength(1);
    expect(FakeWorker.started).toHaveLength(1);
  });

  it("terminates the worker at once on cancel, and starts a fresh one for the next job", async () => {
    const runEngine = loadEngine(true);
    const cancel = new AbortController();
    const running = runEngine("check", check, cancel.signal);
    await new Promise((resolve) => setTimeout(resolve, 1));
    cancel.abort();
    expect(await running).toEqual({ ok: false, cancelled: true });
    expect(FakeWorker.started[0].terminated).toBe(true);
    const again = await runEngine("check", check);
    expect(again.ok).toBe(true);
    expect(FakeWorker.started).toHaveLength(2);
  });

  it("does the job on the main thread when the worker cannot run, and the next jobs too", async () => {
    const runEngine = loadEngine(true);
    FakeWorker.broken = true;
    const done = await runEngine("check", check);
    expect(done.ok && done.value.villages).toHaveLength(3);
    await runEngine("check", check);
    expect(FakeWorker.started).toHaveLength(1);
  });
});
