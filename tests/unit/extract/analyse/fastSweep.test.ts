import { describe, expect, it } from 'vitest';
import nlp from 'compromise/two';
import { compromiseBulkMatch, fastBulkMatch, installFastSweep } from '../../../../scripts/extract/analyse/fastSweep.ts';

/** Every term's text and tags, as compromise leaves them after tagging `text`. */
function tagsOf(text: string): string[] {
  const doc = nlp(text) as unknown as { docs: { text: string; tags: Set<string> }[][] };
  return doc.docs.flat().map((t) => `${t.text}:${[...t.tags].sort().join(',')}`);
}

/**
 * Sentences written for this test: names, titles, dates, numbers, contractions, verbs that are also nouns, headlines,
 * rules that start with a list of words or need only some of their words.
 */
const TEXTS = [
  'President Jane Roe met the U.N. envoy in Paris, France, on Tuesday, March 3, 2024.',
  "Dr. Amal Haddad, who heads the Lagos clinic, said she'd been warned twice but wouldn't resign.",
  'Shares of Acme Corp rose 4.5% to $12.30 after the board approved a buyback worth 2 billion dollars.',
  'The New York Yankees beat the Boston Red Sox 5-3 in the ninth inning at Fenway Park last night.',
  'BERLIN 1996-08-30 - German police arrested three men suspected of smuggling cocaine through Hamburg.',
  'Walking slowly, the old man from Kent could not remember whether he had already eaten.',
  'They will be going to the Smithsonian Institution in Washington, D.C., next spring with Mr. and Mrs. Lee.',
  'Sen. John McCain (R-Ariz.) and Gov. Gavin Newsom disagreed sharply about the plan on Monday morning.',
  'Exports to China fell by a third in the first quarter, the ministry said, citing weaker demand.',
  'I love it when a plan comes together, said Hannibal Smith of the A-Team, laughing.',
  'Who is the CEO of Microsoft? Satya Nadella has led the firm since 2014.',
  'Manchester United manager Erik ten Hag was sacked after a string of defeats, the club confirmed.',
  "We've got to go, haven't we? They'd been told it wasn't over, but she'll stay and he's gone.",
  'Has the committee been meeting? Do not stop now: keep it simple, said the senior vice president of sales.',
  'Western and northern Canada got colder; the cardiac surgeon and his majesty King Olav were about to leave.',
  // rules that start with a block of choices ("(#Singular && @hasHyphen)", "(had|have|#PastTense)", "(#Noun && @hasComma)")
  'The long-time owner, a self-made builder, had quietly sold-off two thousand homes; sales, rents and prices had risen.',
  'On Monday 3 the well-known trade-union leader Jane said teachers, nurses and doctors have already signed-up.',
];

describe('the fast sweep of compromise', () => {
  it.each(TEXTS.map((t) => [t]))('gives compromise its own tags: %s', (text) => {
    try {
      installFastSweep(compromiseBulkMatch);
      const theirs = tagsOf(text);
      installFastSweep(fastBulkMatch);
      expect(tagsOf(text)).toEqual(theirs);
    } finally {
      installFastSweep(fastBulkMatch);
    }
  });

  it('gives the same tags over a long text of many sentences', () => {
    const text = TEXTS.join('\n');
    try {
      installFastSweep(compromiseBulkMatch);
      const theirs = tagsOf(text);
      installFastSweep(fastBulkMatch);
      expect(tagsOf(text)).toEqual(theirs);
    } finally {
      installFastSweep(fastBulkMatch);
    }
  });
});
