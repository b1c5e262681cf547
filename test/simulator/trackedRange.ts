import type { SimContextCore } from "./context";
import { SimObject } from "./proxy";
import { SimRangeFormat, type RangeTarget } from "./rangeFormat";
import { sheetAlive } from "./sheetAccess";

/**
 * What `Excel.Range` and `Excel.RangeAreas` share: every one made inside `Excel.run` is kept by the host
 * until the run ends, unless untracked; it lives as long as its sheet; and it has a format.
 */
export abstract class SimTrackedRange extends SimObject<RangeTarget> {
  private formatProxy?: SimRangeFormat;
  private readonly reference = { untracked: false };

  constructor(ctx: SimContextCore, className: string, resolver: () => RangeTarget | null, nullable = false) {
    super(ctx, className, resolver, nullable);
    ctx.rangeCreated(this.reference);
  }

  /** `context.trackedObjects.add(range)`: the range stays usable across syncs (released at the run's end). */
  track(): this {
    this.reference.untracked = false;
    return this;
  }

  /** `context.trackedObjects.remove(range)`: no reference kept, so the run's end has nothing to release. */
  untrack(): this {
    this.reference.untracked = true;
    return this;
  }

  override _alive(t: RangeTarget): boolean {
    return sheetAlive(this.context.state.workbook, t.ws);
  }

  get format(): SimRangeFormat {
    return (this.formatProxy ??= new SimRangeFormat(this.context, this));
  }
}
