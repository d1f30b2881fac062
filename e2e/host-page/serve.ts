// A newsroom's web server, for the embed tests: serves the pages in this folder from an origin other
// than the app's. A real local server (not an intercepted request) so Chromium's local network
// rules treat it as the local page it is.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = dirname(fileURLToPath(import.meta.url));
const port = Number(process.argv[2] ?? 4174);

createServer((request, response) => {
  const name = basename(new URL(request.url ?? '/', 'http://host').pathname) || 'story.html';
  if (!name.endsWith('.html')) {
    response.writeHead(404).end();
    return;
  }
  readFile(join(folder, name))
    .then((body) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body))
    .catch(() => response.writeHead(404).end());
}).listen(port, '127.0.0.1');
