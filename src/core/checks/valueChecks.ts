import { checkDecimalPoint } from "./checkDecimalPoint";
import { checkNegative } from "./checkNegative";
import { checkPercentAsFraction } from "./checkPercentAsFraction";
import { checkPercentOver100 } from "./checkPercentOver100";
import { checkRateMismatch } from "./checkRateMismatch";
import { checkSuspectSeparator } from "./checkSuspectSeparator";
import type { ValueCheck } from "./valueContext";

/** The checks run on every usable actual value, in the order their findings are listed. A new check is a
 * new file and a new entry here. */
export const VALUE_CHECKS: readonly ValueCheck[] = [checkNegative, checkPercentOver100, checkPercentAsFraction, checkSuspectSeparator, checkRateMismatch, checkDecimalPoint];
