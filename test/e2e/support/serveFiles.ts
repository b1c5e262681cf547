import { createReadStream, existsSync, statSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import path from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".json": "application/json",
};

/** A local HTTP server over folders, each mounted at a URL prefix; closed by `close()`. */
export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves files read-only, e.g. `{ "/": "dist", "/e2e/": "test-artifacts/e2e" }`, on a free localhost port.
 *
 * @example const site = await serveFiles({ "/": "dist" }); await page.goto(`${site.url}/taskpane.html`)
 */
export async function serveFiles(mounts: Record<string, string>): Promise<Served> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server: Server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const prefix = prefixes.find((p) => urlPath.startsWith(p));
    const root = prefix === undefined ? undefined : path.resolve(mounts[prefix]);
    const file = root && path.resolve(root, `.${path.sep}${urlPath.slice(prefix!.length)}`);
    if (!root || !file || !file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
