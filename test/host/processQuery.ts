/**
 * The RichApi "ProcessQuery" interpreter of the host emulator: it reads the request body Microsoft's
 * office.js builds (object paths and actions, docs/excel-adapter.md#richapi-requests-on-the-wire) and runs each action, in array order,
 * on the simulator's objects over the shared workbook model — the same classes, so the same spreadsheet
 * semantics, the same requirement-set gates and the same errors as the unit-level simulator.
 *
 * Anything it does not implement is never answered with a guess: the action fails with `NotImplemented`
 * and is recorded in `unimplemented` (naming the action and the API), which the tests assert is empty.
 */
import { parseAddress } from "../simulator/address";
import type { SimState } from "../simulator/context";
import { SimRichApiError } from "../simulator/errors";
import { SimClientResult, SimObject } from "../simulator/proxy";
import { sheetId } from "../simulator/sheetNames";
import { SimRequestContext } from "../simulator/workbook";
import type { HostBehaviour } from "./xdmHost";

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: (number | null | undefined)[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface WireError {
  Code: string;
  Message: string;
  HttpStatusCode: number;
  Location: string;
  ActionIndex: number;
}

export interface ResponseBody {
  Results: { ActionId: number; Value: unknown }[];
  Error?: WireError;
}

const ACTION_TYPES: Record<number, string> = {
  1: "Instantiate", 2: "Query", 3: "Method", 4: "SetProperty", 5: "Trace", 6: "RecursiveQuery", 7: "QueryAsJson", 8: "EnsureUnchanged", 9: "Update",
};
const PATH_TYPES: Record<number, string> = {
  1: "GlobalObject", 2: "NewObject", 3: "Method", 4: "Property", 5: "Indexer", 6: "ReferenceId", 7: "NullObject",
};

/** The internal service office.js tells, once its RichApi channel is up, that it can take host events. */
const ADDIN_INTERNAL_SERVICE = "Microsoft.InternalService.AddinInternalService";
const internalService = { internalService: true } as const;

/** An action or path the emulator does not implement: the request fails and the test is told. */
export class NotImplemented extends Error {
  constructor(readonly what: string) {
    super(`The host emulator does not implement ${what}`);
  }
}

const NO_RESULT = Symbol("no result");

function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function className(obj: unknown): string {
  return obj instanceof SimObject ? obj._class : obj === internalService ? ADDIN_INTERNAL_SERVICE : typeof obj;
}

function hasSetter(obj: object, prop: string): boolean {
  for (let p: object | null = obj; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d) return typeof d.set === "function";
  }
  return false;
}

function hasGetter(obj: object, prop: string): boolean {
  for (let p: object | null = obj; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d) return typeof d.get === "function";
  }
  return false;
}

export class ProcessQueryInterpreter {
  /** One long-lived batch on the model: objects kept by reference id stay bound across requests. */
  private readonly ctx: SimRequestContext;
  private readonly references = new Map<string, SimObject<unknown>>();
  private readonly kept = new Set<SimObject<unknown>>();
  private nextReference = 1;
  /** Every action or path asked for that the emulator does not implement, e.g. "Method Range.getOffsetRange". */
  readonly unimplemented: string[] = [];

  constructor(private readonly state: SimState, private readonly behaviour: Pick<HostBehaviour, "addressLimit" | "settingsLimit" | "cellLimit" | "zoomIgnored">) {
    this.ctx = new SimRequestContext(state);
  }

  /** Objects the client holds by reference id (released by `_RemoveReference` when `Excel.run` ends). */
  get referenceCount(): number {
    return this.references.size;
  }

  /** Cells the ranges of the request being run reach so far (see `cellLimit`). */
  private requestCells = 0;

  async run(body: RequestBody): Promise<ResponseBody> {
    const objects = new Map<number, unknown>();
    this.requestCells = 0;
    const results: ResponseBody["Results"] = [];
    for (let index = 0; index < body.Actions.length; index++) {
      const action = body.Actions[index];
      try {
        const value = await this.action(action, body.ObjectPaths, objects);
        if (value !== NO_RESULT) results.push({ ActionId: action.Id, Value: value });
      } catch (e) {
        this.ctx.discard();
        return { Results: results, Error: this.wireError(e, index, action, body.ObjectPaths, objects) };
      }
    }
    return { Results: results };
  }

  private wireError(e: unknown, index: number, action: ActionInfo, paths: Record<string, ObjectPathInfo>, objects: Map<number, unknown>): WireError {
    if (e instanceof SimRichApiError) {
      return { Code: e.code, Message: e.message, HttpStatusCode: e.httpStatusCode, Location: e.debugInfo.errorLocation ?? "", ActionIndex: index };
    }
    const what = e instanceof NotImplemented ? e.what : `${ACTION_TYPES[action.ActionType] ?? action.ActionType} ${className(objects.get(action.ObjectPathId))}.${action.Name || "(instantiate)"} (${(e as Error)?.message ?? String(e)})`;
    this.unimplemented.push(what);
    void paths;
    return { Code: "NotImplemented", Message: `The host emulator does not implement ${what}.`, HttpStatusCode: 501, Location: what, ActionIndex: index };
  }

  private arguments(info: ArgumentInfo | undefined, paths: Record<string, ObjectPathInfo>, objects: Map<number, unknown>): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((id, i) => {
      if (id) args[i] = this.object(id, paths, objects);
    });
    // office.js sends an optional argument left out as null (`[undefined]` through JSON): it is omitted.
    while (args.length > 0 && (args[args.length - 1] === null || args[args.length - 1] === undefined)) args.pop();
    return args;
  }

  private object(id: number, paths: Record<string, ObjectPathInfo>, objects: Map<number, unknown>): unknown {
    if (objects.has(id)) return objects.get(id);
    const path = paths[String(id)];
    if (!path) throw new NotImplemented(`a request naming object path ${id} without sending it`);
    const made = this.build(path, paths, objects);
    objects.set(id, made);
    return made;
  }

  private build(path: ObjectPathInfo, paths: Record<string, ObjectPathInfo>, objects: Map<number, unknown>): unknown {
    const parent = () => this.object(path.ParentObjectPathId as number, paths, objects);
    switch (path.ObjectPathType) {
      case 1:
        return this.ctx.workbook;
      case 2:
        if (path.Name === ADDIN_INTERNAL_SERVICE) return internalService;
        throw new NotImplemented(`NewObject ${path.Name}`);
      case 3: {
        const owner = parent();
        const name = camel(path.Name);
        const method = owner instanceof SimObject ? (owner as unknown as Record<string, unknown>)[name] : undefined;
        if (typeof method !== "function" || name.startsWith("_")) throw new NotImplemented(`object path Method ${className(owner)}.${name}`);
        const args = this.arguments(path.ArgumentInfo, paths, objects);
        // Excel refuses `getRanges` addresses of about 8 200 characters (office-js #5198).
        if (name === "getRanges" && typeof args[0] === "string" && args[0].length > this.behaviour.addressLimit) {
          throw new SimRichApiError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "Worksheet.getRanges", 400);
        }
        if ((name === "getRange" || name === "getRanges") && typeof args[0] === "string") this.countCells(name, args[0]);
        return method.apply(owner, args);
      }
      case 4: {
        const owner = parent();
        const name = camel(path.Name);
        if (!(owner instanceof SimObject) || !hasGetter(owner, name)) throw new NotImplemented(`object path Property ${className(owner)}.${name}`);
        return (owner as unknown as Record<string, unknown>)[name];
      }
      case 5: {
        const owner = parent();
        const getItem = owner instanceof SimObject ? (owner as unknown as { getItem?: (...a: unknown[]) => unknown }).getItem : undefined;
        if (typeof getItem !== "function") throw new NotImplemented(`object path Indexer ${className(owner)}[…]`);
        return getItem.apply(owner, this.arguments(path.ArgumentInfo, paths, objects));
      }
      case 6: {
        const kept = this.references.get(path.Name);
        if (!kept) {
          throw new SimRichApiError("InvalidObjectPath", `The object path '${path.Name}' isn't working for what you're trying to do.`, "_reference()", 400);
        }
        return kept;
      }
      default:
        throw new NotImplemented(`object path type ${PATH_TYPES[path.ObjectPathType] ?? path.ObjectPathType} "${path.Name}"`);
    }
  }

  private async action(action: ActionInfo, paths: Record<string, ObjectPathInfo>, objects: Map<number, unknown>): Promise<unknown> {
    const target = this.object(action.ObjectPathId, paths, objects);
    const type = ACTION_TYPES[action.ActionType] ?? String(action.ActionType);
    if (target === internalService) {
      if ((action.ActionType === 1) || (action.ActionType === 3 && action.Name === "NotifyActionHandlerReady")) return action.ActionType === 1 ? {} : null;
      throw new NotImplemented(`${type} ${ADDIN_INTERNAL_SERVICE}.${action.Name}`);
    }
    if (!(target instanceof SimObject)) throw new NotImplemented(`${type} on a ${className(target)} (${action.Name})`);
    const where = `${target._class}.${camel(action.Name)}`;
    switch (action.ActionType) {
      case 1:
        return this.instantiate(target);
      case 2:
        return this.query(target, action);
      case 3:
        return this.method(target, action, paths, objects);
      case 4: {
        const name = camel(action.Name);
        if (!hasSetter(target, name)) throw new NotImplemented(`SetProperty ${where}`);
        const value = this.arguments(action.ArgumentInfo, paths, objects)[0];
        // Excel keeps a fit-to-pages zoom only once the Page Layout tab was shown (office-js #1860): taken, not kept.
        if (where === "PageLayout.zoom" && this.behaviour.zoomIgnored?.includes(zoomKind(value))) return NO_RESULT;
        (target as unknown as Record<string, unknown>)[name] = value;
        await this.ctx.sync();
        return NO_RESULT;
      }
      case 5:
        return NO_RESULT;
      default:
        throw new NotImplemented(`${type} ${where}`);
    }
  }

  /** Excel refusing a request for its size, when a test asks (`cellLimit`): counted as the ranges are named. */
  private countCells(method: string, address: string): void {
    const limit = this.behaviour.cellLimit;
    if (!limit || limit.on === false) return;
    const areas = address.split(",").map((area) => parseAddress(area.trim()));
    this.requestCells += areas.reduce((n, b) => n + (b ? (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1) : 0), 0);
    if (this.requestCells > limit.cells || areas.length > limit.areas) {
      throw new SimRichApiError(limit.code, `This operation reaches more cells than Excel allows at once (${limit.code}, played by the test).`, `Worksheet.${method}`, 400);
    }
  }

  /** Binds the object now (a missing item fails here); a null object answers null, a kept range its reference id. */
  private async instantiate(target: SimObject<unknown>): Promise<unknown> {
    let bound: unknown = null;
    this.ctx.enqueue({ name: `${target._class}.instantiate`, bytes: 0, run: () => void (bound = target._resolveOrNull()) });
    await this.ctx.sync();
    if (bound === null) return null;
    if (this.kept.has(target)) {
      this.kept.delete(target);
      const id = `ref:${this.nextReference++}`;
      this.references.set(id, target);
      return { _ReferenceId: id };
    }
    if (target._class === "Worksheet") return { Id: sheetId(bound as Parameters<typeof sheetId>[0]) };
    return {};
  }

  /** Settings are capped in total (about 2 MB in Excel, lower when a test asks): `add` past it is refused. */
  private assertSettingsFit(key: string, value: unknown): void {
    let total = key.length + JSON.stringify(value ?? null).length;
    for (const [k, json] of this.state.settings) if (k !== key) total += k.length + json.length;
    if (total > this.behaviour.settingsLimit) {
      throw new SimRichApiError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "SettingCollection.add", 400);
    }
  }

  private async query(target: SimObject<unknown>, action: ActionInfo): Promise<unknown> {
    const info = action.QueryInfo ?? {};
    if ((info.Expand && info.Expand.length > 0) || info.Top !== undefined || info.Skip !== undefined) {
      throw new NotImplemented(`Query ${target._class} with ${JSON.stringify(info)}`);
    }
    const select = info.Select && info.Select.length > 0 && !info.Select.includes("*") ? info.Select : undefined;
    target.load(select);
    await this.ctx.sync();
    // A `*OrNullObject` miss answers null, which is how the client learns `isNullObject`; an object
    // answered with properties is taken as not null.
    if (target._isNull) return null;
    const items = collectionItems(target);
    if (items) return { _Items: items.map((item) => ({ ...itemId(item), ...project(item, select) })) };
    return project(target, select);
  }

  private async method(target: SimObject<unknown>, action: ActionInfo, paths: Record<string, ObjectPathInfo>, objects: Map<number, unknown>): Promise<unknown> {
    const args = this.arguments(action.ArgumentInfo, paths, objects);
    switch (action.Name) {
      case "_KeepReference":
        this.kept.add(target);
        return NO_RESULT;
      case "_RemoveReference":
        this.references.delete(String(args[0]));
        return NO_RESULT;
      case "_ValidateArraySize":
        return NO_RESULT;
    }
    const name = camel(action.Name);
    if (target._class === "SettingCollection" && name === "add") this.assertSettingsFit(String(args[0]), args[1]);
    const fn = (target as unknown as Record<string, unknown>)[name];
    if (typeof fn !== "function" || name.startsWith("_") || name === "load" || name === "toJSON") {
      throw new NotImplemented(`Method ${target._class}.${name}`);
    }
    const result = fn.apply(target, args);
    await this.ctx.sync();
    if (result instanceof SimClientResult) return result.value;
    return null;
  }
}

/** "scale" for a zoom given as a percentage, else "fit" (pages wide or tall). */
function zoomKind(value: unknown): "fit" | "scale" {
  const zoom = value as { scale?: unknown } | null;
  return zoom && typeof zoom === "object" && typeof zoom.scale === "number" ? "scale" : "fit";
}

function collectionItems(target: SimObject<unknown>): SimObject<unknown>[] | null {
  if (!hasGetter(target, "items")) return null;
  return (target as unknown as { items: SimObject<unknown>[] }).items;
}

/** The key office.js rebuilds an item's path from (an indexer on it), as Excel sends it per class. */
function itemId(item: SimObject<unknown>): Record<string, unknown> {
  if (item._class === "Worksheet") return { Id: sheetId(item._get() as Parameters<typeof sheetId>[0]) };
  if (item._class === "Setting") return { _Id: item._values.get("key") };
  return {};
}

/** A loaded object as Excel sends it: PascalCase names, navigation selects as nested objects. */
function project(target: SimObject<unknown>, select: string[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!select) {
    for (const [k, v] of target._values) out[pascal(k)] = v;
    return out;
  }
  for (const path of select) {
    const parts = path.replace(/^items\//, "").split("/");
    let obj: SimObject<unknown> = target;
    let into = out;
    for (const part of parts.slice(0, -1)) {
      const child = obj._children()[part];
      if (!child) throw new NotImplemented(`Query ${obj._class} navigation "${part}"`);
      obj = child();
      into = (into[pascal(part)] ??= {}) as Record<string, unknown>;
    }
    const last = parts[parts.length - 1];
    const child = obj._children()[last];
    if (child) Object.assign((into[pascal(last)] ??= {}) as Record<string, unknown>, project(child(), undefined));
    else into[pascal(last)] = obj._values.get(last);
  }
  return out;
}
