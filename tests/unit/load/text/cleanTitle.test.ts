import { describe, expect, it } from 'vitest';
import { cleanTitle, decodeRefs, nameKey, splitTitle } from '../../../../scripts/load/text/cleanTitle.ts';

describe('decodeRefs', () => {
  it.each([
    ['a decimal reference', 'Eslin can&#39;t wait', "Eslin can't wait"],
    ['a hexadecimal reference', 'Vesnik&#x2019;s harbour', 'Vesnik’s harbour'],
    ['a named reference', 'Port Eslin &amp; Kordova', 'Port Eslin & Kordova'],
    ['quotes', '&#8216;Calm&#8217; says &quot;the board&quot;', '‘Calm’ says "the board"'],
    ['a pound sign', 'A &#163;5 fare', 'A £5 fare'],
    ['double-encoded', 'Eslin can&amp;#39;t wait', "Eslin can't wait"],
    ['double-encoded named', 'Salt &amp;amp; Pepper', 'Salt & Pepper'],
    ['a bare ampersand stays', 'Kordova & Sons', 'Kordova & Sons'],
    ['nothing to decode', 'Port Eslin reopens', 'Port Eslin reopens'],
  ])('%s', (_, text, expected) => {
    expect(decodeRefs(text)).toBe(expected);
  });

  it('decodes at most twice (a triple encoding keeps one level)', () => {
    expect(decodeRefs('a &amp;amp;amp; b')).toBe('a &amp; b');
  });
});

describe('nameKey', () => {
  it.each([
    ['The Kordova Vesnik', 'kordovavesnik'],
    ['kordovavesnik.com', 'kordovavesnik'],
    ['www.kordova-vesnik.co.uk', 'kordovavesnik'],
    ['TheEslinPost', 'eslinpost'],
    ['Éslin Times', 'eslintimes'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('cleanTitle', () => {
  const vesnik = { names: ['Kordova Vesnik'], host: 'www.kordovavesnik.com' };
  it.each([
    ['pipe suffix', 'Harbour reopens | Kordova Vesnik', vesnik, 'Harbour reopens'],
    ['hyphen suffix', 'Harbour reopens - Kordova Vesnik', vesnik, 'Harbour reopens'],
    ['en dash suffix', 'Harbour reopens – Kordova Vesnik', vesnik, 'Harbour reopens'],
    ['em dash suffix', 'Harbour reopens — Kordova Vesnik', vesnik, 'Harbour reopens'],
    ['suffix written differently', 'Harbour reopens | THE KORDOVA-VESNIK', vesnik, 'Harbour reopens'],
    ['suffix as the domain', 'Harbour reopens | kordovavesnik.com', vesnik, 'Harbour reopens'],
    ['colon prefix', 'Kordova Vesnik: Harbour reopens', vesnik, 'Harbour reopens'],
    ['pipe prefix', 'Kordova Vesnik | Harbour reopens', vesnik, 'Harbour reopens'],
    ['section chain', 'Harbour reopens | Port News | Kordova Vesnik', vesnik, 'Harbour reopens'],
    ['two sections', 'Harbour reopens | Port | Eslin | Kordova Vesnik', vesnik, 'Harbour reopens'],
    [
      'outlet known only from the host',
      'Harbour reopens - Eslinpost',
      { host: 'eslinpost.example' },
      'Harbour reopens',
    ],
    ['host name with "the"', 'Harbour reopens | TheEslinHill', { host: 'theeslinhill.com' }, 'Harbour reopens'],
    [
      'a dash clause of the headline stays',
      'Talks collapse - again',
      { names: ['Daily Eslin'], host: 'dailyeslin.com' },
      'Talks collapse - again',
    ],
    [
      'a dash clause before the outlet stays',
      'Talks collapse - again - Daily Eslin',
      { names: ['Daily Eslin'], host: 'dailyeslin.com' },
      'Talks collapse - again',
    ],
    [
      'a long part before the outlet stays',
      'Harbour reopens | Mayor says the ships will return soon | Kordova Vesnik',
      vesnik,
      'Harbour reopens | Mayor says the ships will return soon',
    ],
    ['a colon that is not the outlet stays', 'Port Eslin: harbour reopens', vesnik, 'Port Eslin: harbour reopens'],
    ['title that is only the outlet stays', 'Kordova Vesnik', vesnik, 'Kordova Vesnik'],
    ['a hyphen inside a word stays', 'Kordova-Vesnik deal signed', vesnik, 'Kordova-Vesnik deal signed'],
    ['no site known', 'Harbour reopens | Kordova Vesnik', {}, 'Harbour reopens | Kordova Vesnik'],
  ])('%s', (_, title, site, expected) => {
    expect(cleanTitle(title, site)).toBe(expected);
  });

  it.each([
    ['Kordova Vesnik - Kordova Vesnik', 'Kordova Vesnik'],
    ['Kordova Vesnik: Kordova Vesnik', 'Kordova Vesnik'],
    ['Kordova Vesnik | Port | Kordova Vesnik', 'Kordova Vesnik'],
  ])('never gives an empty title: %s → %s', (title, expected) => {
    expect(cleanTitle(title, { names: ['Kordova Vesnik'] })).toBe(expected);
  });

  it('splitTitle gives the site name as written', () => {
    expect(splitTitle('Harbour reopens | Port | Eslin Daily', { host: 'eslindaily.com' })).toEqual({
      title: 'Harbour reopens',
      site: 'Eslin Daily',
    });
  });
});
