/**
 * A value typed far outside the table is named by the pane's check with the finding `thidua validate`
 * gives (test/cli/strayValues.cli.test.ts), on the same sheet as the clerk typed it.
 */
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { formatFinding } from "../../src/core/messages";
import { App } from "../../src/taskpane/App";
import { checkSheet } from "../../src/taskpane/state/actions/checkSheet";
import { NOTE_ROW, strayNoteSheet } from "../fixtures/strayNoteSheet";
import { FakeExcel } from "./fakeExcel";
import { renderPane } from "./renderPane";

jest.setTimeout(60_000);
afterEach(cleanup);

const stray = { code: "sheet/stray-values", severity: "warning", sheet: "Nà Lầu", cell: `Z${NOTE_ROW}`, details: { columns: 8, rows: 200 } } as const;

describe("a value typed far outside the table, through the pane", () => {
  it("the check action gives the sheet/stray-values finding at the first stray cell, and reads the table as without it", async () => {
    const checked = await checkSheet(new FakeExcel([strayNoteSheet()]), "vi", { reports: ["Nà Lầu"], target: null }, () => undefined);
    if (!checked.ok) throw new Error(checked.notice.text);
    const [village] = checked.value.villages;
    expect(village.findings.filter((f) => f.code === "sheet/stray-values")).toEqual([stray]);
    expect(village.summary.indicators).toBe(3);
  });

  it("lists it with the other findings, in the same words as the command line", async () => {
    renderPane(<App lang="vi" excel={new FakeExcel([strayNoteSheet()])} />);
    const ready = () => waitFor(() => expect(document.querySelector("main")).toHaveAttribute("data-ready", "true"), { timeout: 30_000 });
    await ready();
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await ready();
    await waitFor(() => expect(screen.getByText(formatFinding(stray, "vi"))).toBeInTheDocument());
    expect(document.querySelectorAll('[data-severity="warning"] li').length).toBeGreaterThanOrEqual(1);
  });
});
