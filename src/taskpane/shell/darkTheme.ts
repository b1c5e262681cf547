// On its own so that the dark theme's tokens load only for Office's dark themes.
export { webDarkTheme as darkTheme } from "@fluentui/react-components";
