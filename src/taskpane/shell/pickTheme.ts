/** What Office says of its theme (`Office.context.officeTheme`); older hosts give only the colours. */
export interface OfficeThemeInfo {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/**
 * Follows Office's theme where Office tells it (Excel on web, Windows, Mac); light otherwise. Hosts that
 * predate `isDarkTheme` still give the pane's background colour: a dark one (Black, Dark Gray) means dark.
 * The dark theme's tokens are loaded only when it is picked (see index.tsx).
 *
 * @example pickTheme({ isDarkTheme: true }) === "dark"; pickTheme({ bodyBackgroundColor: "#262626" }) === "dark"
 */
export function pickTheme(officeTheme: OfficeThemeInfo | undefined | null): "dark" | "light" {
  if (typeof officeTheme?.isDarkTheme === "boolean") return officeTheme.isDarkTheme ? "dark" : "light";
  const luminance = relativeLuminance(officeTheme?.bodyBackgroundColor);
  return luminance !== null && luminance < 0.2 ? "dark" : "light";
}

// WCAG relative luminance of "#RRGGBB" (or "RRGGBB"); null when it is not such a colour.
function relativeLuminance(colour: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour?.trim() ?? "");
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
