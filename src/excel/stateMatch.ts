import { stateKey, type HighlightState, type StateStore } from "./highlightState";

/** A sheet of the workbook as Excel lists it now. */
export interface LiveSheet {
  id: string;
  name: string;
}

/** The saved highlights of one sheet, and whether they are surely its own. */
export interface OwnedState {
  state: HighlightState;
  /**
   * True when the state was saved under this sheet's id and name. Otherwise (ids renumbered on reopen,
   * the sheet renamed) it is trusted only for cells that still wear the add-in's colours.
   */
  sure: boolean;
}

const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * Gives each saved highlight state to the sheet it belongs to now, and queues the store's changes that
 * make it so. Excel keeps a worksheet's id across renames but does not promise it across sessions or
 * versions (position-shaped ids are seen, so an old id can name another sheet now): id and recorded
 * name are checked together.
 * 1. saved under a sheet's id with that sheet's name: its own (sure, unless marked unsure before);
 * 2. else a sheet bearing the recorded name, not yet given one: ids renumbered, the state moves under
 *    that sheet's id, marked unsure;
 * 3. else the sheet its id names, not yet given one, when no sheet bears the recorded name: the sheet was
 *    renamed, unsure;
 * 4. else no sheet can own it (deleted since): it is forgotten.
 * A state that only shares an id with another sheet is never that sheet's.
 *
 * @example settleStates(store, [{ id: "2", name: "Nà Lầu" }]).get("2") → { state: { sheet: "Nà Lầu", … }, sure: false } (saved under id 1)
 */
export function settleStates(store: StateStore, live: LiveSheet[]): Map<string, OwnedState> {
  const saved = store.keys().map((key) => ({ key, state: store.get(key) }));
  const owner = new Map<string, { key: string; state: HighlightState; sure: boolean }>();
  const placed = new Set<string>();
  const give = (sheet: LiveSheet, key: string, state: HighlightState, sure: boolean) => {
    owner.set(sheet.id, { key, state, sure: sure && !state.unsure });
    placed.add(key);
  };
  for (const { key, state } of saved) {
    const sheet = live.find((s) => stateKey(s.id) === key);
    if (state && sheet && same(sheet.name, state.sheet)) give(sheet, key, state, true);
  }
  for (const { key, state } of saved) {
    if (!state || placed.has(key)) continue;
    const sheet = live.find((s) => same(s.name, state.sheet) && !owner.has(s.id));
    if (sheet) give(sheet, key, state, false);
  }
  for (const { key, state } of saved) {
    if (!state || placed.has(key) || live.some((s) => same(s.name, state.sheet))) continue;
    const sheet = live.find((s) => stateKey(s.id) === key && !owner.has(s.id));
    if (sheet) give(sheet, key, state, false);
  }
  // The store as it must be now: each owned state under its sheet's id, nothing else.
  const wanted = new Map<string, HighlightState>();
  const out = new Map<string, OwnedState>();
  for (const [id, { key, state, sure }] of owner) {
    const moved = key !== stateKey(id);
    const kept = moved ? { ...state, unsure: true } : state;
    wanted.set(stateKey(id), kept);
    out.set(id, { state: kept, sure: sure && !moved });
    if (moved) store.put(stateKey(id), kept);
  }
  for (const { key } of saved) if (!wanted.has(key)) store.put(key, null);
  return out;
}
