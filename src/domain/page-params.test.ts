import { describe, expect, it } from 'vitest';
import { isPageParam, isSilentParam, isTrackingParam, themeFor, themeNotice } from './page-params';
import { parseViewParams } from './view-params';

describe('parameters that are not the view', () => {
  it('knows link trackers by name and by family, whatever the case', () => {
    for (const name of ['fbclid', 'gclid', 'msclkid', 'utm_source', 'utm_campaign', 'UTM_Medium', 'mc_eid', '_ga', 'pk_campaign', 'mtm_source']) {
      expect(isTrackingParam(name)).toBe(true);
    }
    for (const name of ['to', 'actor', 'utm', 'data', 'source', 'ref']) expect(isTrackingParam(name)).toBe(false);
  });

  it("takes Pym.js's and trackers' parameters silently, and keeps them with the page's own", () => {
    const { params, notices } = parseViewParams('?to=2024-12-09&embed=1&initialWidth=375&childId=graphic&parentTitle=A%20story&parentUrl=https%3A%2F%2Fnews.example%2F&fbclid=IwAR0&utm_source=newsletter&gclid=x');
    expect(notices).toEqual([]);
    expect(params.to).not.toBeNull();
    for (const name of ['initialWidth', 'childId', 'parentTitle', 'parentUrl', 'fbclid', 'utm_source', 'theme', 'data', 'embed', 'origin']) expect(isPageParam(name)).toBe(true);
    expect(isSilentParam('zoom')).toBe(false);
  });

  it('still names parameters that are nobody\'s', () => {
    const { notices } = parseViewParams('?utm_source=x&zoom=2');
    expect(notices).toEqual(['“zoom” is not a Tieline parameter and was ignored.']);
  });

  it('reads the theme: light by default in an embed, the system setting in the full app; a wrong value is named', () => {
    expect(themeFor(null, true)).toBe('light');
    expect(themeFor(null, false)).toBe('auto');
    expect(themeFor('dark', true)).toBe('dark');
    expect(themeFor('auto', true)).toBe('auto');
    expect(themeFor('purple', true)).toBe('light');
    expect(themeNotice('dark')).toBeNull();
    expect(themeNotice('purple')).toBe('“theme=purple” is not a theme; use light, dark, auto. Showing the default.');
    expect(themeNotice('x'.repeat(500))).toContain('(500 characters)');
    expect(parseViewParams('?theme=sepia').notices).toEqual(['“theme=sepia” is not a theme; use light, dark, auto. Showing the default.']);
  });
});
