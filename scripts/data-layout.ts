// `npm run data:layout`: computes node positions for the bundled dataset once and stores them in it
// (`layout.positions`), so the app draws its first frame from them (a preset layout) and never waits
// on a force layout at load. It runs the app's own force layout in a real Chromium, because only a
// browser measures the labels the layout must keep apart. The layout is seeded (LAYOUT_SEED), so
// re-running it on the same data gives the same positions.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { BUNDLED_DATASETS } from './lib/bundled-datasets';
import { CHROMIUM_ARGS, findBrowser, INSTALL_HELP } from './lib/browser-path';
import { localPort } from './lib/ports';
import { startPreview } from './lib/preview-server';

const PORT = localPort(4177);
const OUT_DIR = 'node_modules/.tmp/layout-dist';
const bundled = BUNDLED_DATASETS[0]!;

const choice = findBrowser();
if (!choice.found) {
  console.error(`${choice.reason}\n\n${INSTALL_HELP}`);
  process.exit(1);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

await run('npx', ['vite', 'build', '--outDir', OUT_DIR, '--logLevel', 'warn']);
const server = await startPreview({ outDir: OUT_DIR, port: PORT });
try {
  const { origin } = server;
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: process.env.PHONE ? { width: 375, height: 667 } : { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    // The drawn graph as window.cy, which the app exposes only when a page asks before it starts.
    // Laid out for this desktop frame and for a phone embed, where at least the states' and
    // groups' names must fit.
    window.tielineInspect = { graph: true, layoutViewports: [
      { width: 375, height: 386, names: 'states-and-groups' },
      { width: 320, height: 348, names: 'states-and-groups' },
    ] };
    window.matchMedia = ((query: string) => ({ matches: query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {} })) as never;
  });
  // Served without its old positions, the dataset is laid out at load exactly as any dataset without
  // positions is (in the app's layout worker, seeded), so each run gives the same result.
  await page.route('**/datasets/qatar-syria.json', async (route) => {
    const response = await route.fetch();
    const { layout: _old, ...withoutLayout } = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: withoutLayout });
  });
  page.on('console', (message) => { if (message.text().includes('LAYOUTDBG')) console.log(message.text()); });
  await page.goto(origin);
  // Drawn first, then laid out in the worker: wait for the layout, not only the first frame.
  await page.locator('[data-testid="graph-canvas"][data-layout="done"]').waitFor({ timeout: 120_000 });
  const positions = await page.evaluate(() => {
    const result: Record<string, { x: number; y: number }> = {};
    for (const node of window.cy!.nodes()) {
      const { x, y } = node.position();
      result[node.id()] = { x: Math.round(x), y: Math.round(y) };
    }
    return result;
  });
  // The shipped layout must keep every box and node clear of its siblings, at any zoom: checked
  // on the drawn graph (shapes and boxes without their names, which keep one size on screen).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // (No helper functions inside: tsx names them with a helper the page does not have.)
  const check = await page.evaluate(() => {
    const drawn = window.cy!.nodes(':visible');
    const boxes = drawn.map((node) => ({
      id: node.id(),
      parent: node.parent().nonempty() ? node.parent().first().id() : '',
      box: node.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false }),
    }));
    const overlaps: string[] = [];
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        if (a.parent === b.parent && a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2) overlaps.push(`${a.id} / ${b.id}`);
      }
    }
    return { overlaps, named: drawn.filter((node) => Number(node.style('text-opacity')) > 0).length, drawn: drawn.length };
  });
  await browser.close();
  if (check.overlaps.length > 0) throw new Error(`The layout left overlapping boxes or nodes: ${check.overlaps.join(', ')}`);
  console.log(`No two boxes or nodes overlap; at 1280 × 800, ${check.named} of ${check.drawn} actors are named on the graph.`);

  const file = bundled.file;
  const authored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  authored.layout = { positions };
  writeFileSync(file, `${JSON.stringify(authored, null, 2)}\n`);
  console.log(`Wrote positions for ${Object.keys(positions).length} actors to ${file}`);
} finally {
  server.stop();
}
