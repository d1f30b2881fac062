// The embed's origin allow-list on generated lists: it fails closed. Any list with one entry that is
// not an origin accepts nobody; a list of origins, however cased and with or without a trailing
// slash, accepts exactly those origins as browsers report them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, parseOriginPolicy } from './embed-messages';

// Letters and digits, a hyphen inside (never `xn--`, which would have to be valid punycode).
const label = fc.stringMatching(/^[a-z](?:[a-z0-9-]{0,10}[a-z0-9])?$/).filter((value) => !value.startsWith('xn--'));
const host = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('example', 'org', 'news', 'co')).map(([labels, tld]) => [...labels, tld].join('.'));
const origin = fc
  .record({ scheme: fc.constantFrom('https', 'http'), host, port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: null }) })
  .map(({ scheme, host: name, port }) => new URL(`${scheme}://${name}${port === null ? '' : `:${port}`}`).origin);

/** The same origin as a person might write it: any letter case, maybe a trailing slash. */
const written = fc.tuple(origin, fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), fc.boolean()).map(([value, upper, slash]) => ({
  origin: value,
  text: `${Array.from(value, (char, index) => (upper[index % upper.length] ? char.toUpperCase() : char)).join('')}${slash ? '/' : ''}`,
}));

/** Entries that are not origins: a path, a query, a fragment, credentials, a typo in the scheme… */
const malformed = fc.oneof(
  origin.map((value) => `${value}/story`),
  origin.map((value) => `${value}/story/2025/`),
  origin.map((value) => `${value}?ref=x`),
  origin.map((value) => `${value}#top`),
  origin.map((value) => `${value}//`),
  origin.map((value) => value.replace('://', '://user:pw@')),
  origin.map((value) => value.replace('://', '//')),
  origin.map((value) => value.replace('://', ':/')),
  origin.map((value) => value.replace(/^https?/, 'htps')),
  origin.map((value) => value.replace(/^https?:\/\//, '')),
  origin.map((value) => value.replace(/^https?/, 'ftp')),
  origin.map((value) => `${value} x`),
  fc.constantFrom('null', '*', 'javascript:alert(1)', 'data:text/html,x', 'about:blank', 'https://', 'https:///x'),
);

// Thousands of cases each; the timeout only guards against a hang on a loaded machine.
describe('the origin allow-list on generated lists', { timeout: 60_000 }, () => {
  it('accepts nobody when any entry is malformed, not even the origins it lists correctly', () => {
    fc.assert(
      fc.property(fc.array(written, { maxLength: 4 }), fc.array(malformed, { minLength: 1, maxLength: 3 }), fc.nat(), origin, (good, bad, at, stranger) => {
        const entries = good.map((entry) => entry.text);
        for (const entry of bad) entries.splice(at % (entries.length + 1), 0, entry);
        const policy = parseOriginPolicy(entries.join(','));
        expect(policy.kind).toBe('invalid');
        for (const candidate of [...good.map((entry) => entry.origin), stranger, 'null']) expect(isAllowedOrigin(candidate, policy)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });

  it('accepts exactly the listed origins, whatever their letter case and trailing slash', () => {
    fc.assert(
      fc.property(fc.array(written, { minLength: 1, maxLength: 5 }), origin, (entries, stranger) => {
        const policy = parseOriginPolicy(entries.map((entry) => ` ${entry.text} `).join(','));
        const expected = [...new Set(entries.map((entry) => entry.origin))];
        expect(policy).toEqual({ kind: 'listed', origins: expected });
        for (const entry of entries) expect(isAllowedOrigin(entry.origin, policy)).toBe(true);
        expect(isAllowedOrigin(stranger, policy)).toBe(expected.includes(stranger));
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throws, and never accepts anyone from a list that parses as invalid', () => {
    fc.assert(
      fc.property(fc.option(fc.string(), { nil: null }), origin, (value, candidate) => {
        const policy = parseOriginPolicy(value);
        if (policy.kind === 'invalid') expect(isAllowedOrigin(candidate, policy)).toBe(false);
        if (value === null) expect(policy.kind).toBe('any');
      }),
      { numRuns: 2_000 },
    );
  });
});
