import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { pickLanguage } from "./shell/pickLanguage";
import { pickTheme } from "./shell/pickTheme";

declare global {
  interface Window {
    thiDuaUnsupportedBrowser?: boolean;
  }
}

function render(host: { displayLanguage?: string; officeTheme?: { isDarkTheme?: boolean } } | null): void {
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

function officeContext(): { displayLanguage?: string; officeTheme?: { isDarkTheme?: boolean } } | null {
  try {
    return Office.context ?? null;
  } catch {
    return null;
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
