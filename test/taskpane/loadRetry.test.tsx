import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { sampleSheets } from "../../src/taskpane/state/actions/sampleSheets";
import { cellsOf, FakeExcel } from "./fakeExcel";
import { renderPane } from "./renderPane";

// A part of the pane that cannot be downloaded fails as webpack fails it (a ChunkLoadError) for as long as
// the test says the network is down; each load asks the module afresh until one succeeds.
const mockOffline = { rankView: false, rankEngine: false, configView: false, loads: { rankView: 0, rankEngine: 0 } };
function mockChunkLoadError(chunk: string): Error {
  return Object.assign(new Error(`Loading chunk ${chunk} failed.`), { name: "ChunkLoadError" });
}
jest.mock("../../src/taskpane/views/RankView", () => {
  mockOffline.loads.rankView++;
  if (mockOffline.rankView) throw mockChunkLoadError("rank-view");
  return jest.requireActual("../../src/taskpane/views/RankView");
});
jest.mock("../../src/taskpane/state/actions/rankSheets", () => {
  mockOffline.loads.rankEngine++;
  if (mockOffline.rankEngine) throw mockChunkLoadError("rank");
  return jest.requireActual("../../src/taskpane/state/actions/rankSheets");
});

jest.mock("../../src/taskpane/views/ConfigView", () => {
  if (mockOffline.configView) throw mockChunkLoadError("config-view");
  return jest.requireActual("../../src/taskpane/views/ConfigView");
});

function sampleWorkbook(): FakeExcel {
  return new FakeExcel(sampleSheets().filter((s) => !/tổng hợp/i.test(s.name) && s.name !== "Cấu hình xếp hạng").map(cellsOf));
}

async function openApp(lang: "vi" | "en" = "vi") {
  renderPane(<App lang={lang} excel={sampleWorkbook()} />);
  await ready();
}

function ready() {
  return waitFor(() => expect(document.querySelector("main")).toHaveAttribute("data-ready", "true"));
}

/** The message, with what to do, as staff read it. */
function saysNotLoaded(text = "Không tải được một phần của Thi đua: có thể mạng vừa bị ngắt. Cách xử lý: Kiểm tra kết nối mạng rồi bấm “Thử lại”") {
  return waitFor(() => expect(document.querySelector("main")).toHaveTextContent(text));
}

afterEach(() => {
  cleanup();
  mockOffline.rankView = false;
  mockOffline.rankEngine = false;
  mockOffline.configView = false;
});

describe("a part of the pane that could not be downloaded", () => {
  it("says so for a view, leaves the other tabs working, and loads it afresh on “Thử lại”", async () => {
    mockOffline.rankView = true;
    await openApp();
    await userEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await saysNotLoaded();
    const failedLoads = mockOffline.loads.rankView;

    // Another tab still works while the network is down.
    await userEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeInTheDocument();
    expect(screen.queryByText(/Không tải được/)).not.toBeInTheDocument();

    // Still down: showing the tab again asks again (React.lazy alone would keep the failure) and says so again.
    await userEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await userEvent.click(await screen.findByRole("button", { name: "Thử lại" }));
    await saysNotLoaded();
    expect(mockOffline.loads.rankView).toBeGreaterThan(failedLoads);

    // Back online: “Thử lại” downloads the view and it shows.
    mockOffline.rankView = false;
    await userEvent.click(screen.getByRole("button", { name: "Thử lại" }));
    expect((await screen.findAllByRole("checkbox")).filter((c) => (c as HTMLInputElement).checked)).toHaveLength(6);
    expect(screen.queryByText(/Không tải được/)).not.toBeInTheDocument();
  });

  it("says so for an engine, and “Thử lại” runs the operation again with a fresh download", async () => {
    await openApp();
    await userEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await screen.findAllByRole("checkbox");
    mockOffline.rankEngine = true;
    await userEvent.click(screen.getByRole("button", { name: "Xếp hạng" }));
    await saysNotLoaded();
    await ready();
    expect(screen.queryByText("Đã xảy ra lỗi không mong muốn.")).not.toBeInTheDocument();

    mockOffline.rankEngine = false;
    await userEvent.click(screen.getByRole("button", { name: "Thử lại" }));
    const bars = await screen.findByRole("list", { name: "Điểm thi đua của các thôn" });
    await ready();
    expect(bars.querySelectorAll("li")).toHaveLength(6);
    expect(screen.queryByText(/Không tải được/)).not.toBeInTheDocument();
  });

  it("speaks English when Office does", async () => {
    mockOffline.configView = true;
    await openApp("en");
    await userEvent.click(screen.getByRole("tab", { name: "More" }));
    await userEvent.click(screen.getByRole("button", { name: "Settings" }));
    await saysNotLoaded("Part of Thi đua could not be downloaded: the network may have dropped. What to do: Check the network connection, then press “Try again”");
    mockOffline.configView = false;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("button", { name: "Create or open the settings sheet" })).toBeInTheDocument();
  });
});
