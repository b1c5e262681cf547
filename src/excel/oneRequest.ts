/**
 * A range used only inside the request it travels in. Office.js keeps a reference to every range an
 * `Excel.run` creates and, when the run ends, sends one more request to release them
 * (docs/excel-adapter.md#richapi-requests-on-the-wire); a range untracked before its request is never kept, so a run whose ranges
 * are all like this costs no release round trip. Its loaded values are read after the sync as usual;
 * no command may be queued on it after that sync.
 *
 * @example const used = forOneRequest(ws.getUsedRange(true)).load("values"); await ctx.sync(); used.values
 */
export function forOneRequest<R extends Excel.Range | Excel.RangeAreas>(range: R): R {
  range.untrack();
  return range;
}
