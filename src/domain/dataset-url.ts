// Which dataset the page shows: the bundled one, or the one `?data=` names. Only https addresses
// (or paths on the page's own origin) are accepted; anything else is refused with the reason.

export type DatasetUrlChoice =
  | { readonly kind: 'bundled' }
  | { readonly kind: 'external'; readonly url: string; readonly sameOrigin: boolean }
  | { readonly kind: 'refused'; readonly value: string; readonly reason: string };

export function chooseDatasetUrl(search: string, pageUrl: string): DatasetUrlChoice {
  const value = new URLSearchParams(search).get('data');
  if (value === null || value === '') return { kind: 'bundled' };
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return { kind: 'refused', value, reason: 'it is not a web address' };
  }
  const page = new URL(pageUrl);
  if (url.origin === page.origin) return { kind: 'external', url: url.href, sameOrigin: true };
  if (url.protocol !== 'https:') return { kind: 'refused', value, reason: 'only https addresses are accepted' };
  if (url.username !== '' || url.password !== '') {
    return { kind: 'refused', value, reason: 'addresses with credentials in them are not accepted' };
  }
  return { kind: 'external', url: url.href, sameOrigin: false };
}
