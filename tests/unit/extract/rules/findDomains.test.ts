import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../../scripts/extract/analyse/analyseDocument.ts';
import { findDomains } from '../../../../scripts/extract/rules/findDomains.ts';
import { findPostAuthors } from '../../../../scripts/extract/rules/findPostAuthors.ts';
import type { Cluster } from '../../../../scripts/extract/rules/resolveDocAliases.ts';

/** A cluster of one occurrence of `name` in the text, as the tagger would leave it. */
function clusterOf(text: string, name: string): Cluster {
  const ctx = analyseDocument(text);
  const start = text.indexOf(name);
  const first = ctx.tokens.findIndex((t) => t.start === start);
  const last = ctx.tokens.findIndex((t) => t.end === start + name.length);
  const o = {
    first,
    last,
    start,
    end: start + name.length,
    text: name,
    headline: false,
    dateline: false,
    demonymGroup: false,
    scores: { person: 0, group: 1, place: 0 },
  };
  return { forms: new Map([[name, 1]]), occurrences: [o], scores: o.scores, type: 'group', name, roles: [] };
}

const names = (cs: Cluster[]) => cs.map((c) => `${c.type}:${[...c.forms.keys()].join('|')}`);

describe('findDomains: a web domain written as a name is a group’s mention', () => {
  it.each<[string, string, string[]]>([
    ['a credit line', 'We listed the best of them.\n\nquillonews.com', ['group:quillonews.com']],
    ['in running text', 'All purchases made on vornware.com are refunded.', ['group:vornware.com']],
    ['a country’s domain', 'Tickets at brindle.co.uk today.', ['group:brindle.co.uk']],
    ['the same site twice', 'Read dalo.org, then dalo.org again.', ['group:dalo.org']],
    ['a site and its subdomain', 'Both dalo.com and amp.dalo.com ran.', ['group:dalo.com|amp.dalo.com']],
    ['a web address with a path', 'See https://quillonews.com/about for more.', []],
    ['an e-mail address', 'Write to jan@quillonews.com today.', []],
    ['a file name', 'Edit setup.py and index.js first.', []],
    ['a version number', 'It needs 2.4.1 at least.', []],
    ['a host with a port', 'Set connect = vornhost.com:273 in the file.', []],
    ['a host with a module', 'Then run rsync vornhost.com::backup now.', []],
    ['a site before a colon and a word', 'Read it on vornware.com: it is free.', ['group:vornware.com']],
  ])('%s', (_label, text, expected) => {
    expect(names(findDomains(analyseDocument(text), []))).toEqual(expected);
  });

  it('joins a domain to the name that holds it already and adds no second cluster', () => {
    const text = 'Quillo.com grew. Later quillo.com shut.';
    const c = clusterOf(text, 'Quillo.com');
    const out = findDomains(analyseDocument(text), [c]);
    expect(out).toHaveLength(1);
    expect(out[0]!.occurrences.map((o) => o.text)).toEqual(['Quillo.com', 'quillo.com']);
  });
});

describe('findPostAuthors: the author of a question-and-answer post’s card is a person', () => {
  const card = (name: string, reputation: string) =>
    `It means "I was robbed".\n\nanswered Feb 6, 2014 at 23:35\n\n${name}\n\n${reputation}\n\n3\n\nNext answer.`;
  it.each<[string, string, string[]]>([
    [
      'a name written twice, run together',
      card('VaskelVaskel', '7104 silver badges16 bronze badges'),
      ['person:VaskelVaskel'],
    ],
    [
      'a user name in lower case',
      card('user quillouser quillo', '22.6k3 gold badges'),
      ['person:user quillouser quillo'],
    ],
    ['a reputation as a number', card('Jan RoeJan Roe', '9,014'), ['person:Jan RoeJan Roe']],
    ['no reputation line: no card', card('Jan Roe', 'Thanks for the help.'), []],
    ['a score, no name', card('0', '"Wurde" is a verb.'), []],
  ])('%s', (_label, text, expected) => {
    expect(names(findPostAuthors(analyseDocument(text), []))).toEqual(expected);
  });

  it('leaves a name the tagger found alone', () => {
    const text = card('Jan RoeJan Roe', '9,014');
    const c = clusterOf(text, 'Jan RoeJan Roe');
    expect(findPostAuthors(analyseDocument(text), [c])).toEqual([c]);
  });
});
