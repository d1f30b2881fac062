// Whether the page opens as Tieline Studio (`?studio=1`). Tiny on purpose: the reader's first
// JavaScript carries only this check; the Studio itself loads on demand.
export const IS_STUDIO = new URLSearchParams(window.location.search).get('studio') === '1';

export const STUDIO_HREF = '?studio=1';
