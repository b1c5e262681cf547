import { pickTheme } from "../../src/taskpane/shell/pickTheme";

describe("pickTheme", () => {
  it.each([
    ["Office says dark", { isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" }, "dark"],
    ["Office says light", { isDarkTheme: false, bodyBackgroundColor: "#262626" }, "light"],
    ["an older host's Black theme, by its colour only", { bodyBackgroundColor: "#262626" }, "dark"],
    ["an older host's Dark Gray theme", { bodyBackgroundColor: "#424242" }, "dark"],
    ["an older host's Colorful theme", { bodyBackgroundColor: "#E6E6E6" }, "light"],
    ["an older host's White theme", { bodyBackgroundColor: "#FFFFFF" }, "light"],
    ["a colour that is not #RRGGBB", { bodyBackgroundColor: "black" }, "light"],
    ["no theme at all", undefined, "light"],
    ["outside Office", null, "light"],
  ])("%s", (_, theme, expected) => {
    expect(pickTheme(theme)).toBe(expected);
  });
});
