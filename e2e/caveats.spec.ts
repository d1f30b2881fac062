// A caveat that rests on the public record shows its references in the details panel, each a link
// that opens in a new tab without access back to the page. Expected values come from the dataset on
// disk, so the test follows the data.
import { expect, test } from './support/test';
import { caveatReferences, caveatText, describeReference } from '../src/domain/caveat';
import { bundledDataset } from './support/dataset';
import { openApp } from './support/graph';

const dataset = bundledDataset();

test('the details panel shows a caveat with its references, as links that open safely', async ({ page }) => {
  const event = dataset.events.find((candidate) => candidate.id === 'defence-ministers-call-2023')!;
  const caveat = event.caveats!.find((candidate) => caveatReferences(candidate).some((reference) => reference.url !== undefined))!;
  const references = caveatReferences(caveat);

  await openApp(page, `./?event=${event.id}`);
  const panel = page.getByRole('complementary');
  const shown = panel.getByTestId('caveat').filter({ hasText: caveatText(caveat) });
  await expect(shown).toBeVisible();

  const list = shown.getByRole('list', { name: 'References' });
  await expect(list.getByRole('listitem')).toHaveCount(references.length);
  for (const reference of references) {
    const item = list.getByRole('listitem').filter({ hasText: describeReference(reference) });
    await expect(item).toBeVisible();
    if (reference.url === undefined) {
      await expect(item.getByRole('link')).toHaveCount(0);
      continue;
    }
    const link = item.getByRole('link');
    await expect(link).toHaveAttribute('href', reference.url);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
    await expect(link).toHaveAccessibleName(new RegExp(`${escapeRegExp(reference.publisher)}.*opens in a new tab`));
  }

  // A plain-text caveat (the older form) still reads as before, with no reference list.
  const plain = dataset.events.flatMap((candidate) => (candidate.caveats ?? []).map((entry) => ({ candidate, entry }))).find(({ entry }) => typeof entry === 'string')!;
  await openApp(page, `./?event=${plain.candidate.id}`);
  const plainShown = page.getByRole('complementary').getByTestId('caveat').filter({ hasText: caveatText(plain.entry) });
  await expect(plainShown).toBeVisible();
  await expect(plainShown.getByRole('list', { name: 'References' })).toHaveCount(0);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
