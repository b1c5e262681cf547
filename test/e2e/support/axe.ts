import { readFileSync } from "fs";
import type { Frame, Page } from "playwright-core";

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Axe's serious and critical violations in the page or frame as it is now, as "rule: target" lines. */
export async function seriousViolations(page: Page | Frame): Promise<string[]> {
  await page.evaluate(AXE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe.run(document, {
      resultTypes: ["violations"],
    }),
  );
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.filter((n) => !isTabsterSentinel(v.id, n.html)).map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${v.help}`));
}

/**
 * Fluent's focus sentinels (tabster's `<i data-tabster-dummy aria-hidden tabindex=0>`) are focusable on
 * purpose: they pass focus on at once, and aria-hidden keeps screen readers from announcing them. A known
 * false positive of aria-hidden-focus (microsoft/tabster#288, microsoft/fluentui#27517 "by design";
 * Accessibility Insights suppresses it too). Only that rule on only those elements is left out.
 */
function isTabsterSentinel(rule: string, html: string): boolean {
  return rule === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(html);
}

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string }[] }[];
}
