import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { Lang } from "./shell/lang";
import { pickLanguage } from "./shell/pickLanguage";
import { loadStrings } from "./strings";
import { pickTheme, type OfficeThemeInfo } from "./shell/pickTheme";

declare global {
  interface Window {
    thiDuaUnsupportedBrowser?: boolean;
  }
}

async function render(host: { displayLanguage?: string; officeTheme?: OfficeThemeInfo } | null): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const lang = pickLanguage(host?.displayLanguage ?? navigator.language);
  document.documentElement.lang = lang;
  const [theme, words] = await Promise.all([themeFor(pickTheme(host?.officeTheme)), loadStrings(lang).then(() => true, () => false)]);
  // The pane's words could not be downloaded (the network dropped): said plainly, with a way to try again.
  if (!words) return notLoaded(container, lang, () => void render(host));
  createRoot(container).render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <App lang={lang} />
    </FluentProvider>,
  );
}

const NOT_LOADED = {
  vi: { text: "Không tải được ngăn Thi đua (mạng bị gián đoạn?). Hãy kiểm tra kết nối rồi bấm Thử lại.", retry: "Thử lại" },
  en: { text: "The Thi đua pane could not be downloaded (is the network down?). Check the connection, then select Try again.", retry: "Try again" },
} as const;

function notLoaded(container: HTMLElement, lang: Lang, retry: () => void): void {
  const words = NOT_LOADED[lang];
  const text = document.createElement("p");
  text.setAttribute("role", "alert");
  text.textContent = words.text;
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = words.retry;
  button.addEventListener("click", () => {
    container.replaceChildren();
    retry();
  });
  container.replaceChildren(text, button);
}

// Most staff use a light theme: the dark one is loaded when Office shows a dark theme; if it cannot be
// loaded, the pane opens light rather than not at all.
async function themeFor(kind: "dark" | "light"): Promise<Theme> {
  if (kind === "light") return webLightTheme;
  try {
    return (await import(/* webpackChunkName: "dark-theme" */ "./shell/darkTheme")).darkTheme;
  } catch {
    return webLightTheme;
  }
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
    void render(null);
  } else {
    void Office.onReady(() => render(officeContext()));
  }
}
