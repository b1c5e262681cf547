import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Follows Office's theme where Office tells it (Excel on web, Windows, Mac); light otherwise. */
export function pickTheme(officeTheme: { isDarkTheme?: boolean } | undefined | null): Theme {
  return officeTheme?.isDarkTheme ? webDarkTheme : webLightTheme;
}
