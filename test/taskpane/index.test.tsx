import { webDarkTheme } from "@fluentui/react-components";
import { screen, waitFor } from "@testing-library/react";

/** Loads the pane's entry point as Office would, with the given `Office.context`. */
function openInOffice(context: object, host: string | null = "Excel"): Promise<void> {
  document.body.innerHTML = '<div id="container"></div>';
  (globalThis as { Office?: unknown }).Office = {
    context,
    onReady: (callback: () => void) => {
      callback();
      return Promise.resolve({ host, platform: host ? "PC" : null });
    },
  };
  // The entry point renders outside act(), as in Office; React need not warn about it here.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  return jest.isolateModulesAsync(async () => {
    await import("../../src/taskpane/index");
  });
}

jest.setTimeout(30_000);

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  document.head.innerHTML = "";
});

describe("the pane's entry point", () => {
  it("still opens, in Office's language, where reading Office's theme fails", async () => {
    await openInOffice({
      displayLanguage: "en-US",
      get officeTheme(): never {
        throw new Error("The API is not supported on this platform.");
      },
    });
    expect(await screen.findByRole("tab", { name: "Check" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
  });

  it("follows an older host's dark theme, known only by its colours", async () => {
    await openInOffice({ displayLanguage: "vi-VN", officeTheme: { bodyBackgroundColor: "#262626" } });
    await screen.findByRole("tab", { name: "Kiểm tra" });
    await waitFor(() => expect(document.documentElement.lang).toBe("vi"));
    // Fluent puts the theme's tokens in a rule for the provider's class: the dark theme's background.
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(rules.find((r) => r.includes("--colorNeutralBackground1:"))).toContain(
      `--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`,
    );
  });

  it("opened outside Excel (Office.js loaded, no host, no Excel API), says it needs Excel and gives no other advice", async () => {
    await openInOffice({ displayLanguage: "vi-VN" }, null);
    expect(await screen.findByText(/Không kết nối được với Excel/)).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('main[aria-busy="false"]')).not.toBeNull());
    // The opening scan failed as every operation would: its "update Office" advice would be wrong here.
    expect(screen.queryByText(/Không thực hiện được|không hỗ trợ/)).toBeNull();
  });
});
