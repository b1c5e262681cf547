import type { IndicatorRule } from "../config/rankingConfig";
import type { VillageScore } from "../scoring/scoreVillage";
import type { ResolvedRule } from "../scoring/resolveRules";
import { readLines, type LineReader } from "../scoring/lineColumns";
import { foldText } from "../text/foldText";
import { isExempt } from "./isExempt";

/**
 * A mandatory indicator (điểm liệt) that other villages were scored on but a village's report leaves
 * out, or keeps without scoring it (no target, or a row that matched no authoritative target), counts
 * as missed: leaving the row out or blanking its target must not be a way around điểm liệt. Rows are
 * found by the rule's `match`, so a village that words the name a little differently still has it. The
 * score is not touched (an absent row has no target for that village); only eligibility and the reason are.
 *
 * @example // Nà Lầu reports the security indicator (mandatory), Nặm Đin leaves its row out
 * markAbsentMandatory(scores, config.indicators); scores[1].mandatoryMissed // ["Phân đấu xã, … an ninh, trật tự …"]
 */
export function markAbsentMandatory(scores: VillageScore[], rules: readonly IndicatorRule[], ruleFor?: (name: string) => ResolvedRule): void {
  const needles = rules.filter((rule) => rule.mandatory).map((rule) => foldText(rule.match)).filter((needle) => needle !== "");
  if (needles.length === 0) return;
  const folded = new Map<string, string>();
  const fold = (name: string) => folded.get(name) ?? folded.set(name, foldText(name)).get(name)!;

  for (const needle of needles) {
    const scoredName = firstScoredName(scores, (name) => fold(name).includes(needle));
    if (scoredName === null) continue;
    // A row left unscored (its target blanked, or renamed past recognition) is as good as left out.
    const exempt = ruleFor?.(scoredName).exempt ?? [];
    scores.forEach((score) => {
      if (holdsLine(readLines(score), (name) => fold(name).includes(needle))) return;
      // A village the configuration exempts (no school, say) is not held to the indicator.
      if (isExempt(score.village, exempt) || isExempt(villageOfSheet(score), exempt)) return;
      score.mandatoryMissed.push(scoredName);
      score.eligible = false;
    });
  }
}

function firstScoredName(scores: readonly VillageScore[], matches: (name: string) => boolean): string | null {
  for (const score of scores) {
    const lines = readLines(score);
    for (let index = 0; index < lines.length; index++) if (lines.mandatory(index) && matches(lines.name(index))) return lines.name(index);
  }
  return null;
}

// The mandatory lines first: the row a rule makes mandatory is almost always the one its words match.
function holdsLine(lines: LineReader, matches: (name: string) => boolean): boolean {
  for (let index = 0; index < lines.length; index++) if (lines.mandatory(index) && matches(lines.name(index))) return true;
  for (let index = 0; index < lines.length; index++) if (!lines.mandatory(index) && matches(lines.name(index))) return true;
  return false;
}

// The ranked name may carry its sheet ("Nà Lầu (Sheet2)") when two reports name the same village.
function villageOfSheet(score: VillageScore): string {
  // no "(" inside the brackets: each "(" is read past once, whatever the name
  return score.village.replace(/\s\([^()]*\)$/u, "");
}
