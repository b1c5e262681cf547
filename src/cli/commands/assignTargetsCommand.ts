import * as path from "node:path";
import { assignTargetsSheet } from "../../core/assignTargets/assignTargetsSheet";
import type { IndicatorRule } from "../../core/config/rankingConfig";
import { formatFinding } from "../../core/messages";
import type { SheetCells } from "../../core/model";
import type { TemplateYear } from "../../core/template/villageTemplates";
import type { CliOptions } from "../args/parseArgs";
import { sameFileAs } from "../files/sameFileAs";
import type { CliIo } from "../io";
import { findingJson } from "../output/findingJson";
import { templateText } from "../text/templateText";
import { folderWriteCause } from "../writeWorkbook/writeCause";
import { writeWorkbooksAtomically } from "../writeWorkbook/writeWorkbooksAtomically";

/**
 * `thidua template --assign --targets <targets.xlsx> --village NAME… --out-dir <dir>`
 * (docs/outputs.md#giving-villages-their-targets): the workbook `giao-chi-tieu-<year>.xlsx` holding the
 * "Giao chỉ tiêu <year>" sheet, which, once the shares are typed, is the `--targets` of the templates and
 * of the checks. An input is never replaced.
 *
 * @example await assignTargetsCommand(options, io, { source, villages: ["Nà Lầu"], years: { year: 2024 }, rules: [] }) === 0
 */
export async function assignTargetsCommand(
  options: CliOptions,
  io: CliIo,
  input: {
    source: SheetCells;
    villages: readonly string[];
    years: TemplateYear;
    rules: readonly IndicatorRule[];
  },
): Promise<number> {
  const { lang, json } = options;
  const text = templateText(lang);
  const done = (
    status: number,
    lines: string[],
    findings: ReturnType<typeof findingJson>[] = [],
  ) => {
    for (const line of lines) io.err(line);
    if (json)
      io.out(JSON.stringify({ files: [], notices: lines, findings }, null, 2));
    return status;
  };
  const built = assignTargetsSheet(input.source, {
    villages: input.villages,
    ...input.years,
    rules: input.rules,
  });
  if (!built.ok) {
    const lines = built.findings.map((f) => formatFinding(f, lang));
    return done(
      2,
      lines,
      built.findings.map((f) => findingJson(f, lang)),
    );
  }
  const { sheet, year, shares, firstShare } = built.value;
  const outDir = options.outDir ?? ".";
  const file = path.join(outDir, `giao-chi-tieu-${year}.xlsx`);
  const inputs = [options.targets, options.config, ...options.files].filter(
    (name): name is string => name !== null,
  );
  if (await sameFileAs(file, inputs))
    return done(2, [text.wouldReplaceInput(file)]);
  const written = await writeWorkbooksAtomically([{ file, sheets: [sheet] }]);
  if (!written.ok)
    return done(2, [
      text.cannotWrite(outDir, written.file, folderWriteCause(written.error)),
    ]);
  const line = text.assignWrote(
    file,
    input.villages.length,
    shares,
    firstShare,
    written.books[0].replaced,
  );
  if (json)
    io.out(
      JSON.stringify(
        {
          files: [
            {
              file,
              sheet: sheet.name,
              villages: input.villages,
              shares,
              firstShare,
              replaced: written.books[0].replaced,
            },
          ],
          notices: [],
          summary: [line],
          findings: [],
        },
        null,
        2,
      ),
    );
  else io.out(line);
  return 0;
}
