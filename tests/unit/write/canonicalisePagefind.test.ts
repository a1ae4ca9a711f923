import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { canonicalisePagefind, sortFilter, sortMetaFilters, type BundleFile } from '../../../scripts/write/index.ts';

/** Minimal CBOR for the test: small unsigned ints, short text, short arrays. */
const uint = (n: number) => (n < 24 ? [n] : [0x18, n]);
const text = (s: string) => [0x60 | Buffer.byteLength(s), ...Buffer.from(s)];
const array = (items: number[][]) => [0x80 | items.length, ...items.flat()];
const filterFile = (pairs: [string, number[]][]) =>
  gzipSync(
    Buffer.from([
      ...Buffer.from('pagefind_dcd'),
      ...array([text('type'), array(pairs.map(([v, pages]) => array([text(v), array(pages.map(uint))])))]),
    ]),
  );

const bundle = (pairs: [string, number[]][], hash: string): BundleFile[] => [
  { path: `filter/en_${hash}.pf_filter`, content: filterFile(pairs) },
  { path: 'pagefind.en_0123456789.pf_meta', content: gzipSync(Buffer.from(`pagefind_dcd…jen_${hash}…`)) },
  { path: 'pagefind-entry.json', content: Buffer.from('{"languages":{"en":{"hash":"en_0123456789"}}}') },
  { path: 'fragment/en_aaaaaaa.pf_fragment', content: Buffer.from('unchanged') },
];

describe('sortFilter', () => {
  it.each<[string, [string, number[]][]]>([
    [
      'already sorted',
      [
        ['Article', [0]],
        ['Group', [1, 2]],
        ['Person', [30]],
      ],
    ],
    [
      'reversed',
      [
        ['Place', [4]],
        ['Person', [3]],
        ['Group', [1, 2]],
        ['Article', [0]],
      ],
    ],
    ['one value', [['Place', [1, 2, 3]]]],
  ])('%s: values come out in order, pages kept', (_, pairs) => {
    const sorted = sortFilter(filterFile(pairs))!;
    const expected = gunzipSync(filterFile([...pairs].sort(([a], [b]) => (a < b ? -1 : 1))));
    expect(sorted.equals(expected)).toBe(true);
  });

  it.each([
    ['not gzip', Buffer.from('plain')],
    ['wrong signature', gzipSync(Buffer.from('something_else'))],
    ['truncated CBOR', gzipSync(Buffer.from([...Buffer.from('pagefind_dcd'), 0x82, 0x64]))],
  ])('leaves %s alone', (_, content) => {
    expect(sortFilter(content)).toBeUndefined();
  });
});

describe('canonicalisePagefind', () => {
  it('gives the same bundle whatever order Pagefind wrote the values in, with references updated', () => {
    const a = canonicalisePagefind(
      bundle(
        [
          ['Group', [1]],
          ['Place', [0, 2]],
        ],
        '1111111',
      ),
    );
    const b = canonicalisePagefind(
      bundle(
        [
          ['Place', [0, 2]],
          ['Group', [1]],
        ],
        '2222222',
      ),
    );
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path));
    a.forEach((f, i) => {
      expect(Buffer.from(f.content).equals(Buffer.from(b[i]!.content))).toBe(true);
    });
    const filter = a.find((f) => f.path.startsWith('filter/'))!.path.match(/en_([0-9a-f]{7})/)![1];
    const meta = a.find((f) => f.path.endsWith('.pf_meta'))!;
    expect(gunzipSync(meta.content).toString()).toContain(`en_${filter}`);
    const metaHash = meta.path.match(/pagefind\.(en_[0-9a-f]{10})\.pf_meta/)![1];
    expect(Buffer.from(a.find((f) => f.path === 'pagefind-entry.json')!.content).toString()).toContain(
      `"hash":"${metaHash}"`,
    );
    expect(a.find((f) => f.path.startsWith('fragment/'))!.content.toString()).toBe('unchanged');
  });
});

describe('sortMetaFilters', () => {
  /** A meta file: [version, pages ([hash, words]), chunks ([from, to, hash]), filters ([name, hash]), sorts]. */
  const meta = (filters: [string, string][]) =>
    Buffer.from([
      ...Buffer.from('pagefind_dcd'),
      ...array([
        text('1.5.2'),
        array([array([text('en_aaaaaaa'), uint(40)]), array([text('en_bbbbbbb'), uint(7)])]),
        array([array([text('a'), text('z'), text('en_ccccccc')])]),
        array(filters.map(([name, hash]) => array([text(name), text(hash)]))),
        array([]),
      ]),
    ]);

  it.each<[string, [string, string][]]>([
    [
      'type, then language',
      [
        ['type', 'en_1111111'],
        ['language', 'en_2222222'],
      ],
    ],
    [
      'three filters, unordered',
      [
        ['type', 'en_1111111'],
        ['outlet', 'en_3333333'],
        ['language', 'en_2222222'],
      ],
    ],
    ['one filter', [['type', 'en_1111111']]],
  ])('%s: the filters come out in name order, the rest unchanged', (_, filters) => {
    const sorted = [...filters].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(sortMetaFilters(meta(filters)).equals(meta(sorted))).toBe(true);
  });

  it.each([
    ['another signature', Buffer.from('something_else')],
    ['truncated CBOR', Buffer.from([...Buffer.from('pagefind_dcd'), 0x85, 0x64])],
  ])('leaves %s alone', (_, body) => {
    expect(sortMetaFilters(body).equals(body)).toBe(true);
  });
});
