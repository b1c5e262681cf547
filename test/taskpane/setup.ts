import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";
import { registerStrings } from "../../src/taskpane/strings";
import { en } from "../../src/taskpane/strings/en";
import { vi } from "../../src/taskpane/strings/vi";

// Views and engines the pane loads on demand are required the first time a test opens them, on a busy
// machine: waiting for what they show is bounded by the hang detector, not by a one-second default.
configure({ asyncUtilTimeout: 10_000 });

// The pane downloads its words before it is drawn (src/taskpane/index.tsx); the tests draw it directly,
// and some read its words as they load.
registerStrings("vi", vi);
registerStrings("en", en);
