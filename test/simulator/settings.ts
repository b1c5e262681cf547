import type { SimContextCore } from "./context";
import { ERROR_TEXT, simError } from "./errors";
import { SimClientResult, SimObject, defineProps, type LoadSpec, type PropSpec } from "./proxy";

/** Settings values round-trip through JSON, as in the runtime (notes docs/reading-tables.md#values). */
function encode(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value);
}

interface SettingTarget {
  store: Map<string, string>;
  key: string;
}

/** `Workbook.settings` (ExcelApi 1.4): add-in settings saved in the document. */
export class SimSettingCollection extends SimObject<Map<string, string>> {
  private itemsList: SimSetting[] | null = null;

  constructor(ctx: SimContextCore) {
    super(ctx, "SettingCollection", () => ctx.state.settings);
  }
  override _props(): Record<string, PropSpec<Map<string, string>>> {
    return {};
  }
  get items(): SimSetting[] {
    if (!this.itemsList) throw simError("PropertyNotLoaded", ERROR_TEXT.PropertyNotLoaded("items"), "SettingCollection.items");
    return this.itemsList;
  }
  override load(_spec?: LoadSpec): this {
    this._queue("SettingCollection.load", _spec ?? null, () => {
      const store = this._get();
      const rows = [...store.entries()];
      return {
        bytes: rows.reduce((n, [k, v]) => n + k.length + v.length + 20, 2),
        apply: () => {
          this.itemsList = rows.map(([key, json]) => {
            const s = new SimSetting(this.context, () => ({ store, key }));
            s._values.set("key", key);
            s._values.set("value", JSON.parse(json));
            return s;
          });
        },
      };
    });
    return this;
  }
  add(key: string, value: unknown): SimSetting {
    const json = encode(value);
    this._queue("SettingCollection.add", { key, value: json }, () => {
      if (typeof key !== "string" || key === "") throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "SettingCollection.add");
      this._get().set(key, json);
    });
    const s = new SimSetting(this.context, () => ({ store: this._get(), key }));
    s._values.set("key", key);
    s._values.set("value", JSON.parse(json));
    return s;
  }
  getItem(key: string): SimSetting {
    return new SimSetting(this.context, () => (this._get().has(key) ? { store: this._get(), key } : null))._instantiate();
  }
  getItemOrNullObject(key: string): SimSetting {
    return new SimSetting(this.context, () => (this._get().has(key) ? { store: this._get(), key } : null), true)._instantiate();
  }
  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this._queue("SettingCollection.getCount", null, () => result._deliver(this._get().size));
    return result;
  }
}

export class SimSetting extends SimObject<SettingTarget> {
  constructor(ctx: SimContextCore, resolve: () => SettingTarget | null, nullable = false) {
    super(ctx, "Setting", resolve, nullable);
  }
  override _props(): Record<string, PropSpec<SettingTarget>> {
    return SETTING_PROPS;
  }
  delete(): void {
    this._queue("Setting.delete", null, () => {
      const t = this._get();
      t.store.delete(t.key);
    });
  }
}

const SETTING_PROPS: Record<string, PropSpec<SettingTarget>> = {
  key: { level: "1.4", get: (t) => t.key },
  value: {
    level: "1.4",
    get: (t) => JSON.parse(t.store.get(t.key) ?? "null"),
    set: (t, v) => t.store.set(t.key, encode(v)),
  },
};
defineProps(SimSetting, "Setting", SETTING_PROPS);
