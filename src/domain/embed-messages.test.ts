import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayRangeOf } from './partial-date';
import { embedSnippet, embedUrlFor, fullAppUrlFor, isAllowedOrigin, normaliseOrigin, parseOriginPolicy, targetOriginFor } from './embed-messages';
import { isHostHello } from './frame-protocols';
import { parseHostMessage } from './host-messages';

describe('host messages', () => {
  it('accepts the documented shapes', () => {
    expect(parseHostMessage({ type: 'tieline:set-time', to: '2024-12-09' })).toEqual({ type: 'set-time', to: dayRangeOf('2024-12-09').start });
    expect(parseHostMessage({ type: 'tieline:set-time', from: '2024-01-01', to: '2024-12-09', mode: 'window' })).toMatchObject({ mode: 'window', from: dayRangeOf('2024-01-01').start });
    expect(parseHostMessage({ type: 'tieline:select', actor: 'qatar' })).toEqual({ type: 'select', selection: { kind: 'actor', id: 'qatar' } });
    expect(parseHostMessage({ type: 'tieline:select', event: 'doha-meeting-2024' })).toEqual({ type: 'select', selection: { kind: 'event', id: 'doha-meeting-2024' } });
    expect(parseHostMessage({ type: 'tieline:select' })).toEqual({ type: 'select', selection: null });
    expect(parseHostMessage({ type: 'tieline:set-chapter', chapter: 3 })).toEqual({ type: 'set-chapter', chapter: 3 });
    expect(parseHostMessage({ type: 'tieline:set-chapter', chapter: null })).toEqual({ type: 'set-chapter', chapter: null });
  });

  it('drops everything else', () => {
    for (const forged of [
      null,
      'tieline:select',
      { type: 'tieline:set-time', to: '2024-02-30' },
      { type: 'tieline:set-time', to: '9 December 2024' },
      { type: 'tieline:set-time', from: '2025-01-01', to: '2024-01-01' },
      { type: 'tieline:set-time', to: '2024-12-09', extra: true },
      { type: 'tieline:select', actor: '<img src=x onerror=alert(1)>' },
      { type: 'tieline:select', actor: 'qatar', event: 'x' },
      { type: 'tieline:navigate', url: 'javascript:alert(1)' },
      { type: 'tieline:set-chapter' },
      { type: 'tieline:set-chapter', chapter: 0 },
      { type: 'tieline:set-chapter', chapter: 2.5 },
      { type: 'tieline:set-chapter', chapter: '3' },
      { type: 'tieline:set-chapter', chapter: 101 },
      { type: 'tieline:set-chapter', chapter: Number.NaN },
      { type: 'tieline:set-chapter', chapter: 3, title: 'x' },
    ]) {
      expect(parseHostMessage(forged)).toBeNull();
    }
    // An inherited field is not read: this is a plain "select nothing".
    expect(parseHostMessage({ type: 'tieline:select', __proto__: { actor: 'qatar' } })).toEqual({ type: 'select', selection: null });
  });

  it('knows the host script\'s greeting, and nothing that merely looks like it', () => {
    expect(isHostHello({ type: 'tieline:hello' })).toBe(true);
    for (const other of [{ type: 'tieline:hello', extra: 1 }, 'tieline:hello', ['tieline:hello'], null, { type: 'tieline:ready' }, { __proto__: { type: 'tieline:hello' } }]) {
      expect(isHostHello(other)).toBe(false);
    }
  });

  it('never throws on arbitrary data', () => {
    fc.assert(fc.property(fc.anything(), (data) => {
      parseHostMessage(data);
    }), { numRuns: 2000 });
  });

  it('limits commands to listed origins when an allow-list is given', () => {
    const policy = parseOriginPolicy('https://news.example, https://other.example');
    expect(policy).toEqual({ kind: 'listed', origins: ['https://news.example', 'https://other.example'] });
    expect(isAllowedOrigin('https://news.example', policy)).toBe(true);
    expect(isAllowedOrigin('https://evil.example', policy)).toBe(false);
    expect(isAllowedOrigin('https://anything.example', parseOriginPolicy(null))).toBe(true);
  });

  it('normalises case, one trailing slash and a default port, as browsers report origins', () => {
    for (const written of ['https://news.example/', 'HTTPS://NEWS.EXAMPLE', 'Https://News.Example/', 'https://news.example:443']) {
      expect(normaliseOrigin(written), written).toBe('https://news.example');
      expect(parseOriginPolicy(written)).toEqual({ kind: 'listed', origins: ['https://news.example'] });
    }
    expect(normaliseOrigin('http://localhost:8080/')).toBe('http://localhost:8080');
    expect(normaliseOrigin('https://bücher.example')).toBe('https://xn--bcher-kva.example');
    // A trailing comma adds nothing; the same origin twice is listed once.
    expect(parseOriginPolicy('https://news.example,HTTPS://news.example/,')).toEqual({ kind: 'listed', origins: ['https://news.example'] });
  });

  it('fails closed: one malformed entry, or an empty list, and no origin at all is accepted', () => {
    for (const value of [
      'https://news.example/story',
      'https//news.example',
      'htps://news.example',
      'news.example',
      'https://news.example?x=1',
      'https://news.example#top',
      'https://user:pw@news.example',
      'https://news.example//',
      'ftp://news.example',
      'javascript:alert(1)',
      'null',
      '*',
      '',
      ' , ',
      'https://news.example, https://news.example/story',
    ]) {
      const policy = parseOriginPolicy(value);
      expect(policy.kind, value).toBe('invalid');
      for (const origin of ['https://news.example', 'https://evil.example', 'null']) expect(isAllowedOrigin(origin, policy)).toBe(false);
    }
    const policy = parseOriginPolicy('https://news.example/story');
    expect(policy).toMatchObject({ kind: 'invalid', reason: '“https://news.example/story” is not an origin' });
    expect(parseOriginPolicy('')).toMatchObject({ reason: 'the “origin” parameter is empty' });
  });

  it('sends its own messages only to a single listed origin', () => {
    expect(targetOriginFor(parseOriginPolicy('https://news.example/'))).toBe('https://news.example');
    expect(targetOriginFor(parseOriginPolicy('https://a.example,https://b.example'))).toBe('*');
    expect(targetOriginFor(parseOriginPolicy(null))).toBe('*');
  });
});

describe('embed addresses and snippet', () => {
  it('switches between the full app and the embed at the same state', () => {
    const embed = embedUrlFor('https://tieline.example/app/?to=2024-12-09&hide=call,meeting&actor=qatar');
    expect(embed).toBe('https://tieline.example/app/?to=2024-12-09&hide=call,meeting&actor=qatar&embed=1');
    expect(fullAppUrlFor(`${embed}&origin=https://news.example`)).toBe('https://tieline.example/app/?to=2024-12-09&hide=call,meeting&actor=qatar');
  });

  it('keeps what belongs to the frame out of the full app, and trackers and Pym out of a new snippet', () => {
    const embed = 'https://t.example/?to=2024-12-09&embed=1&theme=dark&initialWidth=375&childId=graphic&parentTitle=Story&parentUrl=https%3A%2F%2Fnews.example%2Fa&utm_source=story';
    expect(fullAppUrlFor(embed)).toBe('https://t.example/?to=2024-12-09&utm_source=story');
    expect(embedUrlFor('https://t.example/?to=2024-12-09&fbclid=abc&utm_medium=social&theme=dark')).toBe('https://t.example/?to=2024-12-09&embed=1');
    expect(embedUrlFor('https://t.example/?to=2024-12-09', 'dark')).toBe('https://t.example/?to=2024-12-09&embed=1&theme=dark');
    expect(embedUrlFor('https://t.example/?to=2024-12-09', 'auto')).toBe('https://t.example/?to=2024-12-09&embed=1&theme=auto');
  });

  it('escapes what it puts in attributes', () => {
    const snippet = embedSnippet({ embedUrl: 'https://t.example/?embed=1&to=2024-12-09', title: 'Qatar "and" <Syria>', hostScriptUrl: 'https://t.example/tieline-host.js', height: 640 });
    expect(snippet).toContain('src="https://t.example/?embed=1&amp;to=2024-12-09"');
    expect(snippet).toContain('title="Qatar &quot;and&quot; &lt;Syria>"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('height:640px');
    expect(snippet).toContain('<script src="https://t.example/tieline-host.js" async></script>');
  });
});
