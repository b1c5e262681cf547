import type { SimState } from "./context";

type Callback = (result: { status: "succeeded" | "failed"; value: unknown; error: { code: number; message: string } | null }) => void;

/**
 * `Office.context.document.settings`: an in-memory copy taken when the pane opens; `set` and `remove`
 * change only the copy, and `saveAsync` writes it to the document (notes docs/reading-tables.md#values).
 */
export class SimDocumentSettings {
  private copy = new Map<string, string>();
  /** When set, the next `saveAsync` fails with this message (to test the failure path). */
  failNextSave: string | null = null;

  constructor(private readonly state: SimState) {
    this.reload();
  }

  reload(): void {
    this.copy = new Map(this.state.settings);
  }

  get(name: string): unknown {
    const json = this.copy.get(name);
    return json === undefined ? null : JSON.parse(json);
  }

  set(name: string, value: unknown): void {
    this.copy.set(name, JSON.stringify(value === undefined ? null : value));
  }

  remove(name: string): void {
    this.copy.delete(name);
  }

  saveAsync(optionsOrCallback?: unknown, callback?: Callback): void {
    const cb = (typeof optionsOrCallback === "function" ? optionsOrCallback : callback) as Callback | undefined;
    setTimeout(() => {
      if (this.failNextSave) {
        const message = this.failNextSave;
        this.failNextSave = null;
        cb?.({ status: "failed", value: null, error: { code: 5001, message } });
        return;
      }
      this.state.settings.clear();
      for (const [k, v] of this.copy) this.state.settings.set(k, v);
      cb?.({ status: "succeeded", value: null, error: null });
    }, 0);
  }

  refreshAsync(callback?: Callback): void {
    setTimeout(() => {
      this.reload();
      callback?.({ status: "succeeded", value: this, error: null });
    }, 0);
  }
}
