import { levelAllows } from "./apiLevel";
import { SimContextCore, jsonBytes, type Loaded } from "./context";
import { ERROR_TEXT, simError } from "./errors";

/** A scalar property of a proxy: the API level it needs, how it reads and (if writable) writes. */
export interface PropSpec<T> {
  level: string;
  get: (target: T) => unknown;
  set?: (target: T, value: unknown) => void;
  /** Level at which the property becomes writable, when later than readable. */
  setLevel?: string;
}

export type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

export function parseLoad(spec: LoadSpec, where: string): string[] | null {
  if (spec === undefined) return null;
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoad(s, where) ?? []);
  if (typeof spec === "object" && spec !== null) return spec.select === undefined ? null : parseLoad(spec.select, where);
  throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, where);
}

/**
 * The base of every simulated proxy: reads of unloaded properties throw PropertyNotLoaded, writes are
 * cached locally and queued, and the object it stands for is found only when the batch runs.
 */
export abstract class SimObject<T> {
  _values = new Map<string, unknown>();
  _isNull = false;
  _nullKnown = false;
  private bound: T | null = null;
  private isBound = false;

  constructor(
    readonly context: SimContextCore,
    readonly _class: string,
    private readonly resolver: () => T | null,
    private readonly nullable = false,
  ) {}

  get isNullObject(): boolean {
    if (!this._nullKnown) throw simError("PropertyNotLoaded", ERROR_TEXT.PropertyNotLoaded("isNullObject"), `${this._class}.isNullObject`);
    return this._isNull;
  }

  /** Scalar properties of this class. */
  abstract _props(): Record<string, PropSpec<T>>;

  /** Navigation properties that `load("format/font/bold")` may go through. */
  _children(): Record<string, () => SimObject<unknown>> {
    return {};
  }

  /** Whether the object a proxy was bound to still exists (a deleted sheet does not). */
  _alive(_target: T): boolean {
    return true;
  }

  _level(): string {
    return this.context.state.apiLevel;
  }

  /** Throws ApiNotFound, synchronously, for an API above the simulated level. */
  _need(level: string, api: string): void {
    if (!levelAllows(this._level(), level)) {
      throw simError("ApiNotFound", ERROR_TEXT.ApiNotFound(api, `ExcelApi ${level}`), api, 404);
    }
  }

  _resolveOrNull(): T | null {
    if (!this.isBound) {
      const t = this.resolver();
      if (t === null && !this.nullable) throw simError("ItemNotFound", ERROR_TEXT.ItemNotFound, this._class);
      this.bound = t;
      this._isNull = t === null;
      this.isBound = true;
    }
    if (this.bound !== null && !this._alive(this.bound)) throw simError("ItemNotFound", ERROR_TEXT.ItemNotFound, this._class);
    return this.bound;
  }

  /** The object this proxy stands for; only valid while a batch runs. */
  _get(): T {
    const t = this._resolveOrNull();
    if (t === null) throw simError("ItemNotFound", ERROR_TEXT.ItemNotFound, this._class);
    return t;
  }

  /** Queues the Instantiate command every proxy constructor sends, so a missing item fails the sync. */
  _instantiate(): this {
    this.context.enqueue({
      name: `${this._class}.instantiate`,
      bytes: 40,
      run: () => {
        const t = this._resolveOrNull();
        return { bytes: 20, apply: () => { this._nullKnown = true; this._isNull = t === null; } };
      },
    });
    return this;
  }

  _queue(name: string, args: unknown, run: () => Loaded | void | Promise<Loaded | void>): void {
    this.context.enqueue({ name, bytes: 40 + name.length + jsonBytes(args), run });
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoad(spec, `${this._class}.load`);
    const props = this._props();
    const own = paths === null
      ? Object.keys(props).filter((p) => levelAllows(this._level(), props[p].level))
      : [];
    for (const path of paths ?? []) {
      const [head, ...rest] = path.replace(/^items\//, "").split("/");
      const child = this._children()[head];
      if (child) {
        child().load(rest.length ? rest.join("/") : undefined);
      } else if (props[head] && rest.length === 0) {
        this._need(props[head].level, `${this._class}.${head}`);
        own.push(head);
      } else {
        throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, `${this._class}.load(${path})`);
      }
    }
    if (own.length > 0) {
      this._queue(`${this._class}.load`, own, () => {
        const t = this._resolveOrNull();
        const got = own.map((p) => [p, t === null ? undefined : props[p].get(t)] as const);
        return {
          bytes: jsonBytes(Object.fromEntries(got)),
          apply: () => got.forEach(([p, v]) => this._values.set(p, v)),
        };
      });
    }
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }
}

/** Installs getters (and setters for writable properties) that behave like Office.js proxies. */
export function defineProps<T>(cls: { prototype: SimObject<T> }, className: string, specs: Record<string, PropSpec<T>>): void {
  for (const [name, spec] of Object.entries(specs)) {
    const where = `${className}.${name}`;
    const descriptor: PropertyDescriptor = {
      configurable: true,
      get(this: SimObject<T>) {
        this._need(spec.level, where);
        if (this._nullKnown && this._isNull) return undefined;
        if (!this._values.has(name)) throw simError("PropertyNotLoaded", ERROR_TEXT.PropertyNotLoaded(name), where);
        return this._values.get(name);
      },
    };
    if (spec.set) {
      const set = spec.set;
      descriptor.set = function (this: SimObject<T>, value: unknown) {
        this._need(spec.setLevel ?? spec.level, where);
        this._values.set(name, value);
        this._queue(where, value, () => {
          set(this._get(), value);
        });
      };
    }
    Object.defineProperty(cls.prototype, name, descriptor);
  }
}

/** `ClientResult<T>`: its value is readable only after the sync that computes it. */
export class SimClientResult<T> {
  private loaded = false;
  private v: T | undefined;

  get value(): T {
    if (!this.loaded) throw simError("ValueNotLoaded", ERROR_TEXT.ValueNotLoaded, "ClientResult.value");
    return this.v as T;
  }

  _deliver(v: T): Loaded {
    return { bytes: jsonBytes(v), apply: () => { this.v = v; this.loaded = true; } };
  }
}
