import { describe, expect, it } from 'vitest';
import {
  hostOf,
  nameOutlet,
  outletFault,
  outletFromHost,
  unifyOutlets,
} from '../../../../scripts/load/text/nameOutlet.ts';

describe('outletFromHost', () => {
  it.each([
    ['www.kordova-vesnik.com', 'Kordova Vesnik'],
    ['kordova-vesnik.co.uk', 'Kordova Vesnik'],
    ['news.eslinpost.com', 'Eslinpost'],
    ['pe.com', 'PE.com'],
    ['m.pe.com', 'PE.com'],
    ['kvn.co.uk', 'KVN'],
    ['port-eslin.blogspot.com', 'Port Eslin'],
    ['192.168.1.4', undefined],
    ['localhost', undefined],
    [undefined, undefined],
  ])('%s → %s', (host, expected) => {
    expect(outletFromHost(host)).toBe(expected);
  });
});

describe('hostOf', () => {
  it.each([
    ['https://www.kordovavesnik.com/a', 'kordovavesnik.com'],
    ['https://amp.kordovavesnik.com/a', 'kordovavesnik.com'],
    ['https://m.kordovavesnik.com/a', 'kordovavesnik.com'],
    ['http://Eslin.Example/a', 'eslin.example'],
    ['ftp://eslin.example/a', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, expected) => {
    expect(hostOf(url)).toBe(expected);
  });
});

describe('outletFault', () => {
  it.each([
    ['Kordova Vesnik', undefined],
    ['KORDOVA VESNIK', undefined],
    ['PE.com', undefined],
    ['kordovavesnik', 'slug'],
    ['kordova-vesnik', 'slug'],
    ['https://kordovavesnik.com', 'url'],
    ['www.kordovavesnik.com', 'url'],
    ['kordovavesnik.com/news', 'url'],
    ['Home', 'generic'],
    ['U.S.', 'generic'],
    ['Hosted', 'generic'],
    ['News', 'generic'],
    ['Kordova Vesnik | Port News, Weather, Sports', 'list'],
    ['News > Port > Eslin', 'list'],
    ['News, Weather, Sports', 'list'],
    ['x'.repeat(61).replace(/x/g, 'Ab '), 'long'],
    ['---', 'empty'],
  ])('%s → %s', (name, fault) => {
    expect(outletFault(name)).toBe(fault);
  });
});

describe('nameOutlet', () => {
  it.each([
    ['og:site_name', ['Kordova Vesnik', 'KV Media Group'], 'kordovavesnik.com', 'Kordova Vesnik'],
    [
      'JSON-LD publisher when og:site_name is a slug',
      ['kordovavesnik', 'Kordova Vesnik'],
      'kordovavesnik.com',
      'Kordova Vesnik',
    ],
    ['the host when the only name is a slug', ['eslinpost'], 'eslin-post.com', 'Eslin Post'],
    [
      'an @handle: @ dropped, cased name preferred',
      ['@kordovavesnik', 'Kordova Vesnik'],
      'kordovavesnik.com',
      'Kordova Vesnik',
    ],
    ['an @handle that is a cased name', ['@EslinPost'], 'eslinpost.com', 'EslinPost'],
    ['a URL passed over', ['https://www.kordova-vesnik.com/', undefined], 'kordova-vesnik.com', 'Kordova Vesnik'],
    [
      'a section list passed over',
      ['Eslin 7 | Port News, Weather, Sports', 'Eslin Seven'],
      'eslin7.com',
      'Eslin Seven',
    ],
    ['a generic word passed over', ['Hosted', undefined], 'port-eslin-times.com', 'Port Eslin Times'],
    ['"U.S." passed over', ['U.S.'], 'pe.com', 'PE.com'],
    ['references decoded', ['Kordova &amp;amp; Vesnik'], undefined, 'Kordova & Vesnik'],
    ['no name: from the host', [], 'www.kordova-vesnik.com', 'Kordova Vesnik'],
    ['a slug without a host, capitalised', ['kordovavesnik'], undefined, 'Kordovavesnik'],
    ['nothing at all', [undefined], undefined, undefined],
  ])('%s', (_, stated, host, expected) => {
    expect(nameOutlet(stated, host)).toBe(expected);
  });
});

describe('unifyOutlets', () => {
  const html = (sourceUrl: string | undefined, outlet?: string) => ({
    format: 'html',
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(outlet ? { outlet } : {}),
  });
  it.each([
    [
      'the most frequent name of a host',
      [
        html('https://kv.example/a', 'Kordova Vesnik'),
        html('https://www.kv.example/b', 'Kordova Vesnik'),
        html('https://kv.example/c', 'KV Daily'),
      ],
      ['Kordova Vesnik', 'Kordova Vesnik', 'Kordova Vesnik'],
    ],
    [
      'spellings of one name count together; the better cased wins a tie',
      [
        html('https://kv.example/a', 'KORDOVA VESNIK'),
        html('https://kv.example/b', 'Kordova Vesnik'),
        html('https://kv.example/c', 'Eslin Post'),
      ],
      ['Kordova Vesnik', 'Kordova Vesnik', 'Kordova Vesnik'],
    ],
    [
      'a stated name beats the host-derived one',
      [
        html('https://eslinpost.example/a', 'Eslinpost'),
        html('https://eslinpost.example/b', 'Eslinpost'),
        html('https://eslinpost.example/c', 'The Eslin Post'),
      ],
      ['The Eslin Post', 'The Eslin Post', 'The Eslin Post'],
    ],
    [
      'a stated spelling beats the host-derived one of the same name',
      [
        html('https://eslinpost.example/a', 'Eslinpost'),
        html('https://eslinpost.example/b', 'Eslinpost'),
        html('https://eslinpost.example/c', 'EslinPost'),
      ],
      ['EslinPost', 'EslinPost', 'EslinPost'],
    ],
    [
      'a page of the host without an outlet gets it',
      [html('https://kv.example/a', 'Kordova Vesnik'), html('https://kv.example/b')],
      ['Kordova Vesnik', 'Kordova Vesnik'],
    ],
    [
      'hosts apart stay apart',
      [html('https://kv.example/a', 'Kordova Vesnik'), html('https://eslin.example/b', 'Eslin Post')],
      ['Kordova Vesnik', 'Eslin Post'],
    ],
    [
      'a page without a URL is left alone',
      [html('https://kv.example/a', 'Kordova Vesnik'), html(undefined, 'KV')],
      ['Kordova Vesnik', 'KV'],
    ],
  ])('%s', (_, articles, expected) => {
    expect(unifyOutlets(articles).map((a) => a.outlet)).toEqual(expected);
  });

  it('leaves other formats alone (a user’s outlet: stays)', () => {
    const articles = [
      { format: 'html', sourceUrl: 'https://kv.example/a', outlet: 'Kordova Vesnik' },
      { format: 'md', sourceUrl: 'https://kv.example/b', outlet: 'my KV clipping' },
    ];
    const unified = unifyOutlets(articles);
    expect(unified[1]).toBe(articles[1]);
    expect(unified[0]).toBe(articles[0]);
  });
});
