// `npm run playground`: the production task pane (dist/) inside the host emulator of the end-to-end tests,
// over the sample workbook, on https://localhost — to try the add-in in a browser without Excel. The page
// says plainly that it is a test host, not Excel. Needs `npm run build` first.
import { execFileSync } from "node:child_process";
import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:https";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "test-artifacts", "playground");
const OFFICE = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const PORT = Number(process.env.PORT || 3000);

if (!existsSync(path.join(DIST, "taskpane.html")) || !existsSync(path.join(ROOT, "build", "src", "core", "samples"))) {
  console.error("Hãy chạy `npm run build` trước. / Run `npm run build` first.");
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

// The sample workbooks: the commune's targets, every village's report and the ranking configuration
// (sample.xlsx); and each programme scored on forms, the commune's scoring table, the units' forms and the
// configuration sheet (sample-culture.xlsx, sample-countryside.xlsx), chosen with ?sample=culture.
const { formProgrammes, sampleWorkbooks } = require(path.join(ROOT, "build", "src", "core", "samples"));
const { configSheetModel } = require(path.join(ROOT, "build", "src", "core", "config", "configSheet"));
const { writeWorkbook } = require(path.join(ROOT, "build", "src", "cli", "writeWorkbook", "writeWorkbook"));
const sheets = sampleWorkbooks().flatMap((w) => w.sheets);
await writeWorkbook(path.join(OUT, "sample.xlsx"), sheets);
const PROGRAMMES = formProgrammes();
for (const programme of PROGRAMMES) {
  await writeWorkbook(path.join(OUT, `sample-${programme.id}.xlsx`), [...programme.workbooks.flatMap((w) => w.sheets), configSheetModel(programme.config)]);
}

// The host page's script, bundled as the end-to-end tests bundle it.
const webpack = require("webpack");
const config = require(path.join(ROOT, "test", "host", "webpack.config.js"))(OUT);
await new Promise((resolve, reject) =>
  webpack(config, (error, stats) => (error || stats.hasErrors() ? reject(error ?? new Error(stats.toString("errors-only"))) : resolve())),
);
copyFileSync(path.join(ROOT, "test", "host", "host.html"), path.join(OUT, "host.html"));

// A self-signed certificate for localhost: office.js talks only to a host page served over https.
const key = path.join(OUT, "localhost.key");
const cert = path.join(OUT, "localhost.crt");
if (!existsSync(key) || !existsSync(cert)) {
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", cert], { stdio: "ignore" });
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png", ".xml": "application/xml", ".xlsx": "application/octet-stream" };

function send(response, file) {
  response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
  createReadStream(file).pipe(response);
}

function within(root, rel) {
  const file = path.resolve(root, `.${path.sep}${rel}`);
  return file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : null;
}

const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (request, response) => {
  const url = new URL(request.url ?? "/", `https://localhost:${PORT}`);
  const urlPath = decodeURIComponent(url.pathname);
  if (urlPath === "/") {
    const sample = PROGRAMMES.find((programme) => programme.id === url.searchParams.get("sample"));
    const workbook = sample ? `/sample-${sample.id}.xlsx` : "/sample.xlsx";
    response.writeHead(302, { location: `/host.html?workbook=${workbook}&pane=/taskpane.html` }).end();
    return;
  }
  if (urlPath === "/taskpane.html") {
    // The production pane, with Microsoft's office.js served from the pinned package instead of the CDN.
    const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8").replaceAll(CDN, "/office-js/");
    response.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-store" }).end(html);
    return;
  }
  const file = urlPath.startsWith("/office-js/") ? within(OFFICE, urlPath.slice("/office-js/".length)) : (within(OUT, urlPath) ?? within(DIST, urlPath));
  if (!file) {
    response.writeHead(404).end("not found");
    return;
  }
  send(response, file);
});

server.listen(PORT, "localhost", () => {
  console.log(`Máy chủ thử nghiệm (không phải Excel) / Test host (not Excel): https://localhost:${PORT}/`);
  for (const programme of PROGRAMMES) console.log(`  ${programme.title}: https://localhost:${PORT}/?sample=${programme.id}`);
  console.log("The certificate is self-signed: accept it once in the browser. Ctrl+C stops the server.");
});
