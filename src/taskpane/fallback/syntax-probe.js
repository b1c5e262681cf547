/* Written on purpose in the newest syntax the pane's bundle uses (ES2022: class fields and private
 * members, besides `??=`, `?.`, `??`, `**`, object spread, optional catch binding). An engine that cannot
 * parse this file cannot parse the bundle either (EdgeHTML, Internet Explorer 11): the flag stays unset
 * and `trident-fallback.js` shows what to do. A file, not `eval` or `new Function`, which the pane's
 * Content Security Policy forbids. `npm test` checks that the bundle needs nothing newer and the probe
 * nothing older (test/e2e/scriptsParse.test.ts). */
class Probe {
  static level = 2022;
  #seen = true;
  parsed() {
    return #seen in this && this.#seen;
  }
}
const probe = { ...{ level: Probe.level } };
probe.checked ??= probe?.level ?? 0;
try {
  probe.parsed = new Probe().parsed() && 2 ** 1 === 2;
} catch {
  probe.parsed = false;
}
window.thiDuaSyntaxOk = probe.parsed && probe.checked >= 2022;
