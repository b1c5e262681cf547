import ExcelJS from "exceljs";
import { createHostState } from "../simulator/hostState";
import { rowBreaks } from "../simulator/pageBreaks";
import { ProcessQueryInterpreter, type RequestBody } from "./processQuery";
import { defaultBehaviour } from "./xdmHost";

// What office.js 1.1.110 sends for `ws.horizontalPageBreaks.add("A37")`, `ws.horizontalPageBreaks.getCount()`
// and `ws.pageLayout.zoom = …` (excel-web-16.00.debug.js: `Add` is a method object path it instantiates).
function request(zoom: unknown): RequestBody {
  return {
    Actions: [
      { Id: 10, ActionType: 4, Name: "Zoom", ObjectPathId: 6, ArgumentInfo: { Arguments: [zoom] } },
      { Id: 11, ActionType: 1, Name: "", ObjectPathId: 5 },
      { Id: 12, ActionType: 3, Name: "GetCount", ObjectPathId: 4, ArgumentInfo: {} },
      { Id: 13, ActionType: 2, Name: "", ObjectPathId: 6, QueryInfo: { Select: ["zoom"] } },
    ],
    ObjectPaths: {
      "1": { Id: 1, ObjectPathType: 1, Name: "" },
      "2": { Id: 2, ObjectPathType: 4, Name: "Worksheets", ParentObjectPathId: 1 },
      "3": { Id: 3, ObjectPathType: 5, Name: "", ParentObjectPathId: 2, ArgumentInfo: { Arguments: ["Xếp hạng"] } },
      "4": { Id: 4, ObjectPathType: 4, Name: "HorizontalPageBreaks", ParentObjectPathId: 3 },
      "5": { Id: 5, ObjectPathType: 3, Name: "Add", ParentObjectPathId: 4, ArgumentInfo: { Arguments: ["A37"] } },
      "6": { Id: 6, ObjectPathType: 4, Name: "PageLayout", ParentObjectPathId: 3 },
    },
  };
}

describe("page breaks and print zoom on the wire", () => {
  it("adds a break before row 37, counts it and reads the zoom back in one request", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Xếp hạng");
    const interpreter = new ProcessQueryInterpreter(createHostState(workbook, { apiLevel: "1.17" }), defaultBehaviour());
    const answer = await interpreter.run(request({ scale: 85 }));
    expect(answer.Error).toBeUndefined();
    expect(answer.Results.find((r) => r.ActionId === 12)?.Value).toBe(1);
    expect(answer.Results.find((r) => r.ActionId === 13)?.Value).toMatchObject({ Zoom: { scale: 85 } });
    expect(rowBreaks(ws).map((pb) => pb.id + 1)).toEqual([37]);
    expect(interpreter.unimplemented).toEqual([]);
  });

  it("takes a zoom that does not stick without an error and keeps the old one, when a test asks", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Xếp hạng");
    const interpreter = new ProcessQueryInterpreter(createHostState(workbook, { apiLevel: "1.17" }), { ...defaultBehaviour(), zoomIgnored: ["fit"] });
    const answer = await interpreter.run(request({ horizontalFitToPages: 1, verticalFitToPages: 40 }));
    expect(answer.Error).toBeUndefined();
    expect(answer.Results.find((r) => r.ActionId === 13)?.Value).toMatchObject({ Zoom: { scale: 100, horizontalFitToPages: null } });
  });

  it("refuses a request whose ranges reach more cells than a test allows, where the range is named", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Xếp hạng");
    const interpreter = new ProcessQueryInterpreter(createHostState(workbook, { apiLevel: "1.17" }), { ...defaultBehaviour(), cellLimit: { cells: 10, areas: 5, code: "RangeExceedsLimit" } });
    const body = (address: string): RequestBody => ({
      Actions: [{ Id: 1, ActionType: 2, Name: "", ObjectPathId: 4, QueryInfo: { Select: ["rowCount"] } }],
      ObjectPaths: {
        "1": { Id: 1, ObjectPathType: 1, Name: "" },
        "2": { Id: 2, ObjectPathType: 4, Name: "Worksheets", ParentObjectPathId: 1 },
        "3": { Id: 3, ObjectPathType: 5, Name: "", ParentObjectPathId: 2, ArgumentInfo: { Arguments: ["Xếp hạng"] } },
        "4": { Id: 4, ObjectPathType: 3, Name: "GetRange", ParentObjectPathId: 3, ArgumentInfo: { Arguments: [address] } },
      },
    });
    expect((await interpreter.run(body("A1:B5"))).Error).toBeUndefined();
    expect((await interpreter.run(body("A1:B6"))).Error).toMatchObject({ Code: "RangeExceedsLimit", Location: "Worksheet.getRange" });
  });
});
