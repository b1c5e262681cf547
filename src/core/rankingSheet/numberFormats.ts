/**
 * Amounts in đồng with literal dots, so that 5000000 prints "5.000.000" whatever the locale of the Excel
 * that opens the file ("#,##0" would print "5,000,000" on an English Excel). The conditions pick the
 * pattern with as many groups as the number has, up to 999.999.999; the value stays a number for sums.
 */
export const AMOUNT_FORMAT = '[>=1000000]#"."###"."###;[>=1000]#"."###;0';

/**
 * Scores with two decimals. Excel prints the decimal mark of the machine's regional settings (a comma on
 * Vietnamese settings); a format cannot force it, and the score must stay a number for the chart.
 */
export const SCORE_FORMAT = "0.00";

/** Whole percentages need no decimal mark, so they print the same everywhere. */
export const PERCENT_FORMAT = "0%";
