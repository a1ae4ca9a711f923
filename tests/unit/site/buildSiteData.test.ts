import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { linkArticles } from '../../../scripts/link/index.ts';
import { buildSiteData } from '../../../scripts/site/index.ts';
import type { Article } from '../../../scripts/core/types/article.ts';
import type { ResolvedEntity } from '../../../scripts/core/types/entity.ts';

const links = (html: string) =>
  parse(html)
    .querySelectorAll('a.mention')
    .map((a) => [a.text, a.getAttribute('href')]);

describe('linkArticles', () => {
  const text = 'Ashton Carter visited Mosul. Carter left.\n\nMosul is quiet.';
  const article: Article = { id: 'a', source: 'a.txt', format: 'txt', title: 'A', text, prose: text, bodyLine: 1 };
  const mention = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    return { article: 'a', start, end: start + s.length, text: s };
  };
  const entities: ResolvedEntity[] = [
    {
      id: 'ashton-carter',
      slug: 'ashton-carter',
      name: 'Ashton Carter',
      type: 'person',
      aliases: ['Carter'],
      mentions: [mention('Ashton Carter'), mention('Carter', 20)],
    },
    {
      id: 'mosul',
      slug: 'mosul',
      name: 'Mosul',
      type: 'place',
      aliases: [],
      mentions: [mention('Mosul'), mention('Mosul', 40)],
    },
  ];
  const sentences = new Map([
    [
      'a',
      [
        { start: 0, end: 28 },
        { start: 29, end: 41 },
        { start: 43, end: 58 },
      ],
    ],
  ]);
  const { kb, site } = buildSiteData({
    articles: [article],
    sentences,
    linked: linkArticles({ articles: [article], sentences, entities, href: (t) => t }),
  });

  it('records every mention with its sentence and offsets', () => {
    const carter = kb.entities.find((e) => e.id === 'ashton-carter')!;
    expect(carter.url).toBe('/people/ashton-carter/');
    expect(carter.mentions).toEqual([
      { article: 'a', text: 'Ashton Carter', start: 0, end: 13, sentence: 'Ashton Carter visited Mosul.' },
      { article: 'a', text: 'Carter', start: 29, end: 35, sentence: 'Carter left.' },
    ]);
    for (const e of kb.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('shows each mention in context with its paragraph', () => {
    const mosul = site.entities.find((e) => e.id === 'mosul')!;
    expect(mosul.contexts).toEqual([
      { article: 'a', paragraph: 'p-1', parts: ['Ashton Carter visited ', 'Mosul', '.'] },
      { article: 'a', paragraph: 'p-2', parts: ['', 'Mosul', ' is quiet.'] },
    ]);
  });

  it('relates entities that share a sentence, and groups an article’s entities by type', () => {
    expect(site.entities.find((e) => e.id === 'mosul')!.related).toEqual([
      {
        id: 'ashton-carter',
        weight: 1,
        sentences: 1,
        paragraphs: 0,
        articles: 1,
        evidence: { article: 'a', sentence: 'Ashton Carter visited Mosul.' },
      },
    ]);
    expect(kb.relations).toEqual([expect.objectContaining({ source: 'ashton-carter', target: 'mosul', weight: 1 })]);
    expect(site.articles[0]!.entities).toEqual({
      person: [{ id: 'ashton-carter', count: 2, salience: expect.any(Number) }],
      group: [],
      place: [{ id: 'mosul', count: 2, salience: expect.any(Number) }],
    });
    expect(kb.articles[0]!.about).toEqual(['ashton-carter', 'mosul']);
    expect(site.counts).toEqual({ person: 1, group: 0, place: 1 });
    expect(links(site.articles[0]!.html)).toHaveLength(4);
  });
});

describe('mentions in context', () => {
  const text = 'Lunford met Lunford officials.\n\nLater, Lunford.';
  const older: Article = {
    id: 'old',
    source: 'old.txt',
    format: 'txt',
    title: 'Old',
    date: '2020-01-01',
    text,
    prose: text,
    bodyLine: 1,
  };
  const newer: Article = { ...older, id: 'new', source: 'new.txt', title: 'New', date: '2021-06-01' };
  const undated: Article = { ...older, id: 'undated', source: 'undated.txt', title: 'Undated', date: undefined };
  const at = (article: string, from: number) => ({
    article,
    start: text.indexOf('Lunford', from),
    end: text.indexOf('Lunford', from) + 7,
    text: 'Lunford',
  });
  const mentions = ['undated', 'old', 'new'].flatMap((a) => [at(a, 0), at(a, 5), at(a, 30)]);
  const entities: ResolvedEntity[] = [
    { id: 'lunford', slug: 'lunford', name: 'Lunford', type: 'place', aliases: [], mentions },
  ];
  const spans = [
    { start: 0, end: 30 },
    { start: 32, end: 47 },
  ];
  const sentences = new Map(['old', 'new', 'undated'].map((a) => [a, spans]));
  const articles = [undated, older, newer];
  const { site } = buildSiteData({
    articles,
    sentences,
    linked: linkArticles({ articles, sentences, entities, href: (t) => t }),
  });
  const lunford = site.entities[0]!;

  it('shows a sentence with two mentions once, both marked; articles newest first, undated last', () => {
    expect(lunford.contexts.map((c) => [c.article, c.parts])).toEqual([
      ['new', ['', 'Lunford', ' met ', 'Lunford', ' officials.']],
      ['new', ['Later, ', 'Lunford', '.']],
      ['old', ['', 'Lunford', ' met ', 'Lunford', ' officials.']],
      ['old', ['Later, ', 'Lunford', '.']],
      ['undated', ['', 'Lunford', ' met ', 'Lunford', ' officials.']],
      ['undated', ['Later, ', 'Lunford', '.']],
    ]);
    expect(lunford.articles.map((a) => a.id)).toEqual(['new', 'old', 'undated']);
  });

  it('lists the articles newest first, and the year and outlet pages', () => {
    expect(site.articleLists.map((p) => [p.url, p.ids])).toEqual([
      ['/articles/', ['new', 'old', 'undated']],
      ['/articles/years/2021/', ['new']],
      ['/articles/years/2020/', ['old']],
    ]);
  });
});
