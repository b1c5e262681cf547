import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { pickTheme } from "../../src/taskpane/shell/pickTheme";

describe("pickTheme", () => {
  it.each([
    ["Office says dark", { isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" }, webDarkTheme],
    ["Office says light", { isDarkTheme: false, bodyBackgroundColor: "#262626" }, webLightTheme],
    ["an older host's Black theme, by its colour only", { bodyBackgroundColor: "#262626" }, webDarkTheme],
    ["an older host's Dark Gray theme", { bodyBackgroundColor: "#424242" }, webDarkTheme],
    ["an older host's Colorful theme", { bodyBackgroundColor: "#E6E6E6" }, webLightTheme],
    ["an older host's White theme", { bodyBackgroundColor: "#FFFFFF" }, webLightTheme],
    ["a colour that is not #RRGGBB", { bodyBackgroundColor: "black" }, webLightTheme],
    ["no theme at all", undefined, webLightTheme],
    ["outside Office", null, webLightTheme],
  ])("%s", (_, theme, expected) => {
    expect(pickTheme(theme)).toBe(expected);
  });
});
