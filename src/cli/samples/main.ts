#!/usr/bin/env node
import { writeSamples } from "./writeSamples";

// `node build/src/cli/samples/main.js samples` writes the sample workbooks into ./samples.
writeSamples(process.argv[2] ?? "samples").then(
  (files) => process.stdout.write(`${files.length} tệp mẫu đã ghi vào ${process.argv[2] ?? "samples"}\n`),
  (error: unknown) => {
    process.stderr.write(`Không ghi được tệp mẫu: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
