import type * as ExcelJS from "exceljs";
import { parseAddress, qualify, type Bounds } from "./address";
import type { SimContextCore } from "./context";
import { ERROR_TEXT, simError } from "./errors";
import { SimObject, defineProps, type PropSpec } from "./proxy";
import type { RangeTarget } from "./rangeFormat";
import { SimTrackedRange } from "./trackedRange";

/**
 * A proxy for `Excel.RangeAreas` (`Worksheet.getRanges("E5:E6, E9")`, ExcelApi 1.9): formats set on it
 * apply to every area, and a format reads as one value only when every area agrees (else null).
 */
export class SimRangeAreas extends SimTrackedRange {
  constructor(ctx: SimContextCore, sheet: SimObject<ExcelJS.Worksheet>, address: string) {
    super(ctx, "RangeAreas", () => {
      const areas = address.split(",").map((part) => parseAddress(part.trim()));
      if (areas.length === 0 || areas.some((b) => !b)) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "Worksheet.getRanges");
      const list = areas as Bounds[];
      return { ws: sheet._get(), b: list[0], areas: list };
    });
  }

  override _children() {
    return { format: () => this.format } as Record<string, () => SimObject<unknown>>;
  }

  override _props(): Record<string, PropSpec<RangeTarget>> {
    return AREAS_PROPS;
  }
}

const AREAS_PROPS: Record<string, PropSpec<RangeTarget>> = {
  address: { level: "1.9", get: (t) => (t.areas ?? [t.b]).map((b) => qualify(t.ws.name, b)).join(",") },
  areaCount: { level: "1.9", get: (t) => (t.areas ?? [t.b]).length },
};
defineProps(SimRangeAreas, "RangeAreas", AREAS_PROPS);
