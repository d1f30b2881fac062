// A newsroom's web server, for the embed tests: serves the pages in this folder from an origin other
// than the app's. A real local server (not an intercepted request) so Chromium's local network
// rules treat it as the local page it is. It also counts the requests that reach `/probe/…` and
// answers the count at `/probe-count`, so a test can prove that a browser never asked a plain-http
// address (an intercepted route cannot: redirect hops bypass it).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = dirname(fileURLToPath(import.meta.url));
const modules = join(folder, '..', '..', 'node_modules');
// The app's build as a static host that sends no CORS headers serves it, for sandboxed frames.
const build = join(folder, '..', '..', 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };
// The embedding tools a newsroom's page loads, as published on npm (devDependencies, pinned).
const VENDOR: Record<string, string> = {
  '/vendor/pym.v1.min.js': join(modules, 'pym.js', 'dist', 'pym.v1.min.js'),
  '/vendor/iframeResizer.min.js': join(modules, 'iframe-resizer', 'js', 'iframeResizer.min.js'),
};
const port = Number(process.argv[2] ?? 4174);
let probes = 0;

createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://host').pathname;
  if (path.startsWith('/probe/')) {
    probes += 1;
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end('{}');
    return;
  }
  if (path === '/probe-count') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end(String(probes));
    return;
  }
  if (path.startsWith('/app-without-cors/')) {
    const file = normalize(join(build, path.slice('/app-without-cors/'.length) || 'index.html'));
    if (!file.startsWith(build)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file)
      .then((body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body))
      .catch(() => response.writeHead(404).end());
    return;
  }
  const vendor = VENDOR[path];
  if (vendor !== undefined) {
    readFile(vendor)
      .then((body) => response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body))
      .catch(() => response.writeHead(404).end());
    return;
  }
  const name = basename(path) || 'story.html';
  if (!name.endsWith('.html')) {
    response.writeHead(404).end();
    return;
  }
  readFile(join(folder, name))
    .then((body) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body))
    .catch(() => response.writeHead(404).end());
}).listen(port, '127.0.0.1');
