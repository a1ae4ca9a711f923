import { describe, expect, it } from 'vitest';
import { assignSlugs, looksLikeHash, slugify } from '../../../scripts/core/slug.ts';

describe('slugify', () => {
  it.each([
    ['Ashton Carter', 'ashton-carter'],
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ['São Paulo', 'sao-paulo'],
    ['AT&T', 'at-and-t'],
    ['U.S.', 'u-s'],
    ['Shi‘ite', 'shiite'],
    ['Москва', 'moskva'],
    ['../../etc/passwd', 'etc-passwd'],
    ['a/b\\c', 'a-b-c'],
    ['"Quoted" <name>', 'quoted-name'],
    ['', 'x'],
    ['...', 'x'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps letters of scripts it cannot transliterate', () => {
    const slug = slugify('東京');
    expect(slug.length).toBeGreaterThan(0);
    expect(slug).not.toMatch(/[/\\.]/);
  });

  it('caps the length', () => {
    expect(slugify('word '.repeat(100)).length).toBeLessThanOrEqual(80);
  });
});

describe('assignSlugs', () => {
  it.each([
    [[{ key: 'a', name: 'Mosul' }], { a: 'mosul' }],
    [
      [
        { key: 'a', name: 'Mosul' },
        { key: 'b', name: 'Syria' },
      ],
      { a: 'mosul', b: 'syria' },
    ],
  ])('plain slugs when nothing collides: %j', (requests, expected) => {
    expect(Object.fromEntries(assignSlugs(requests))).toEqual(expected);
  });

  it('the name already written like its slug keeps it; the look-alike gets a hashed suffix', () => {
    const slugs = assignSlugs([
      { key: 'group:at t', name: 'AT T' },
      { key: 'group:at&t', name: 'AT&T' },
    ]);
    expect(slugs.get('group:at t')).toBe('at-t');
    expect(slugs.get('group:at&t')).not.toBe('at-t');
  });

  it('is the same whatever the order and whatever else is added', () => {
    const a = { key: 'person:jose', name: 'José' };
    const b = { key: 'person:jose!', name: 'Jose!' };
    const alone = assignSlugs([a]).get(a.key);
    const withB = assignSlugs([b, a]);
    expect(withB.get(a.key)).toBe(alone);
    expect(assignSlugs([a, b]).get(b.key)).toBe(withB.get(b.key));
  });

  it('never hands out the same slug twice', () => {
    const requests = ['A-B', 'a b', 'A.B', 'a_b', 'À B'].map((name, i) => ({ key: `k${i}`, name }));
    const slugs = [...assignSlugs(requests).values()];
    expect(new Set(slugs).size).toBe(requests.length);
  });
});

describe('looksLikeHash', () => {
  it.each<[string, boolean]>([
    ['da39a3ee5e6b4b0d3255bfef95601890afd80709', true], // SHA-1
    ['7e88861ffe22dc8e7e88861ffe22dc8e7e88861ffe22dc8e7e88861ffe22dc8e', true], // SHA-256
    ['7E88861FFE22DC8E', true], // 16 hex digits, upper case
    ['123e4567-e89b-12d3-a456-426614174000', true], // UUID
    ['7e88861ffe22dc8', false], // 15 digits: short enough to be a name
    ['2019111907090000', false], // digits only: a time stamp, which says something
    ['deadbeefdeadbeefcafe', false], // letters only
    ['000_7e88861ffe22dc8e', false], // a name with a hash in it
    ['peace-talks', false],
    ['bench-00001', false],
  ])('%s → %s', (name, expected) => {
    expect(looksLikeHash(name)).toBe(expected);
  });
});
