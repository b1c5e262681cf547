import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";
import { loadStrings } from "../../src/taskpane/strings";

// Views and engines the pane loads on demand are required the first time a test opens them, on a busy
// machine: waiting for what they show is bounded by the hang detector, not by a one-second default.
configure({ asyncUtilTimeout: 10_000 });

// The pane downloads its words before it is drawn (src/taskpane/index.tsx); the tests draw it directly.
beforeAll(async () => {
  await loadStrings("vi");
  await loadStrings("en");
});
