// A broken dataset must become a readable list of problems in the page, never a blank page.
import { expect, test } from './support/test';
import { bundledDataset } from './support/dataset';

const DATASET_URL = '**/datasets/qatar-syria.json';

test('a dataset with malformed records lists each problem with its path, expected and found', async ({ page }) => {
  const broken = structuredClone(bundledDataset()) as unknown as { events: Record<string, unknown>[] };
  broken.events[0]!.date = '2024-02-30';
  broken.events[3]!.colour = 'red';
  await page.route(DATASET_URL, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }),
  );
  await page.goto('./');

  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('This dataset could not be loaded');
  await expect(alert).toContainText('datasets/qatar-syria.json');
  const problems = alert.getByRole('listitem');
  await expect(problems.filter({ hasText: 'events[0].date' })).toContainText('found "2024-02-30"');
  await expect(problems.filter({ hasText: 'events[3]' })).toContainText('unknown field "colour"');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a well-formed dataset with broken references and a false quote names each one', async ({ page }) => {
  const broken = structuredClone(bundledDataset());
  broken.events[1]!.participants[0]!.actor = 'nobody-at-all';
  broken.events[2]!.evidence[0]!.quote = 'A sentence that no article in this dataset contains.';
  await page.route(DATASET_URL, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }),
  );
  await page.goto('./');

  const problems = page.getByRole('alert').getByRole('listitem');
  await expect(problems.filter({ hasText: 'events[1].participants[0].actor' })).toContainText(
    'unknown actor',
  );
  await expect(problems.filter({ hasText: 'events[2].evidence[0].quote' })).toContainText(
    'not found verbatim',
  );
});

test('a file that is not JSON at all says so', async ({ page }) => {
  await page.route(DATASET_URL, (route) =>
    route.fulfill({ contentType: 'application/json', body: '{ "schemaVersion": 1, ' }),
  );
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
});

test('a missing dataset names the server answer and recovers on retry', async ({ page }) => {
  let failures = 1;
  await page.route(DATASET_URL, (route) => {
    if (failures > 0) {
      failures -= 1;
      return route.fulfill({ status: 404, body: 'Not found' });
    }
    return route.fallback();
  });
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('404');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
});

test('a dataset is validated beside the page, in a worker; where no worker can start, on the page, with the same problems listed', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('./');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  expect(workers.some((url) => url.includes('validation-worker'))).toBe(true);

  const broken = structuredClone(bundledDataset());
  broken.events[2]!.evidence[0]!.quote = 'A sentence that no article in this dataset contains.';
  await page.route(DATASET_URL, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }));
  for (const workers of ['allowed', 'script missing', 'forbidden'] as const) {
    // The worker's script cannot load (a host that lost the file): the worker fails after it started.
    if (workers === 'script missing') await page.route('**/assets/validation-worker-*.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    if (workers === 'forbidden') {
      await page.unroute('**/assets/validation-worker-*.js');
      // As a host whose policy forbids workers, or a frame without an origin.
      await page.addInitScript({ content: `window.Worker = function () { throw new DOMException('workers are not allowed here', 'SecurityError'); };` });
    }
    await page.goto('./');
    const problems = page.getByRole('alert').getByRole('listitem');
    await expect(problems.filter({ hasText: 'events[2].evidence[0].quote' }), `workers: ${workers}`).toContainText('not found verbatim');
  }
  await page.unrouteAll();
  await page.goto('./');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
});
