/* Written on purpose in the newest syntax the pane's bundle uses (ES2021: `??=`, `?.`, `??`, `**`, object
 * spread, optional catch binding, async arrows). An engine that cannot parse this file cannot parse the
 * bundle either (EdgeHTML, Internet Explorer 11): the flag stays unset and `trident-fallback.js` shows what
 * to do. A file, not `eval` or `new Function`, which the pane's Content Security Policy forbids.
 * `npm test` checks the bundle needs nothing newer (test/e2e/scriptsParse.test.ts). */
const probe = { level: 2021, ...{ spread: true } };
probe.checked ??= probe?.level ?? 0;
const ready = async () => 2 ** 1;
try {
  void ready;
} catch {
  probe.checked = 0;
}
window.thiDuaSyntaxOk = probe.checked >= 2021;
