import { describe, expect, it } from 'vitest';
import nlp from 'compromise/two';
import {
  compromiseSplitTerms,
  fastSplitTerms,
  installFastTokenize,
} from '../../../../scripts/extract/analyse/fastTokenize.ts';
import { installFastPreTagger } from '../../../../scripts/extract/analyse/fastPreTagger.ts';
import '../../../../scripts/extract/analyse/tagWithCompromise.ts';

interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  machine?: string;
  alias?: string[];
  implicit?: string;
  switch?: string;
  confidence?: number;
  tags: Set<string>;
}

/** Every term as compromise leaves it after tagging `text`: its strings, aliases, confidence and tags. */
function termsOf(text: string): string[] {
  const doc = nlp(text) as unknown as { docs: Term[][] };
  return doc.docs
    .flat()
    .map((t) =>
      JSON.stringify([
        t.text,
        t.pre,
        t.post,
        t.normal,
        t.machine,
        t.alias,
        t.implicit,
        t.switch,
        t.confidence,
        [...t.tags].sort(),
      ]),
    );
}

/** Both replacements on (fast) or compromise's own steps back (not fast). */
function useFast(fast: boolean): void {
  installFastTokenize(fast);
  installFastPreTagger(fast);
}

/**
 * Sentences written for this test: punctuation around words, slashes and "&" (aliases), possessives and contractions
 * (machine forms), hyphens, acronyms, look-alike words (numbers, years, times, money, e-mail), title case and capitals,
 * roman numerals, frozen multi-word names, unicode letters, words repeated with other tags, made-up words (tagged by
 * their endings alone).
 */
const TEXTS = [
  'Jane Roe\'s firm, "Quillby & Sons", said (on Tuesday) it won\'t sell its 12,000 shares at $4.50 each.',
  'The U.N.-backed envoy met Ms. Zorba at 9:30pm on 3/4/2024; see www.example.org or write to jane@example.com.',
  'He was re-elected in 1996 and again in 2004, the 2nd time since WWII, and Henry VIII ruled before Louis XIV.',
  "FIRST READS: MARKETS RALLY AS OIL SLIPS -- traders' hopes rise/fall with the yen/dollar rate.",
  'Björk and Zoë sang; Müller-Lüdenscheid arrived late and the Labour Party and the New York Times reported it.',
  "They'd've gone, y'know, but she's sure it ain't over 'til it's over: rock 'n' roll never dies...",
  'Walking slowly, the overworked and underpaid staff re-did the mis-spelled forms before lunch.',
  'Excuse me, is this the 7 Eleven near Motel 6? The 20th Century Fox lot is 2-3 km away, 5km maybe.',
  'They zorblaxed and quillbyed; the wobbakish, tronkish snarfy grobbled a blickly frazzo and a plimfied vexnup.',
  'A bear can bear a load; a plan can plan nothing. The record will record it, said Dr. Amal Haddad.',
  'In 1999, 1,200 people (about 40%) left; by 2001 only #7 and @quillby remained, +3 or -2 at most.',
];

describe('the remembering tokeniser and pre-tagger of compromise', () => {
  it.each(TEXTS.map((t) => [t]))('give every term what compromise gives it: %s', (text) => {
    try {
      useFast(false);
      const theirs = termsOf(text);
      useFast(true);
      // twice: the second time from what was remembered
      expect(termsOf(text)).toEqual(theirs);
      expect(termsOf(text)).toEqual(theirs);
    } finally {
      useFast(true);
    }
  });

  it('gives the same terms over a long text of many sentences', () => {
    const text = TEXTS.join('\n');
    try {
      useFast(false);
      const theirs = termsOf(text);
      useFast(true);
      expect(termsOf(text)).toEqual(theirs);
    } finally {
      useFast(true);
    }
  });
});

/** compromise's model, which its word splitter reads (prefixes and suffixes that keep a hyphenated word whole). */
const model = (nlp as unknown as { _world: { model: Parameters<typeof fastSplitTerms>[1] } })._world.model;

describe("the word splitter (compromise's splitWords without its regular-expression split)", () => {
  it.each([
    [''],
    ['   '],
    ['Jane  Roe\tsaid\n'],
    ['\u00a0Quillby\u2003Vale\u3000Road\ufeff'],
    ['a\u200bb and c\u2028d'],
    ['pages 2 - 5 and 10 -12 or 3pm - 5pm'],
    ['he / she and yen/dollar'],
    ['aug-20, 20-aug, re-do, x-ray, flower-like'],
    ['Zorba–Quillby—Vale - - -- ... ! ?'],
    ['"( Roe )" [said] «no» * • ;'],
  ])('splits %j as compromise does', (text) => {
    expect(fastSplitTerms(text, model)).toEqual(compromiseSplitTerms(text, model));
  });
});
