import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { pickLanguage } from "./shell/pickLanguage";
import { pickTheme, type OfficeThemeInfo } from "./shell/pickTheme";

declare global {
  interface Window {
    thiDuaUnsupportedBrowser?: boolean;
  }
}

function render(host: { displayLanguage?: string; officeTheme?: OfficeThemeInfo } | null): void {
  const container = document.getElementById("container");
  if (!container) return;
  const lang = pickLanguage(host?.displayLanguage ?? navigator.language);
  document.documentElement.lang = lang;
  createRoot(container).render(
    <FluentProvider theme={pickTheme(host?.officeTheme)} style={{ minHeight: "100vh" }}>
      <App lang={lang} />
    </FluentProvider>,
  );
}

function officeContext(): { displayLanguage?: string; officeTheme?: OfficeThemeInfo } | null {
  const context = read(() => Office.context);
  if (!context) return null;
  // Each read on its own: a host without a theme must still give its language, and never a blank pane.
  return { displayLanguage: read(() => context.displayLanguage), officeTheme: read(() => context.officeTheme) };
}

function read<T>(get: () => T): T | undefined {
  try {
    return get() ?? undefined;
  } catch {
    return undefined;
  }
}

if (!window.thiDuaUnsupportedBrowser) {
  if (typeof Office === "undefined") {
    // Office.js could not be loaded (no network to its CDN): the pane still opens and says so.
    render(null);
  } else {
    void Office.onReady(() => render(officeContext()));
  }
}
