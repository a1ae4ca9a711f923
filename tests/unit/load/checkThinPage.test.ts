import { describe, expect, it } from 'vitest';
import { checkThinPage, isPaywallPrompt } from '../../../scripts/load/checkThinPage.ts';
import type { ArticleFormat } from '../../../scripts/core/types/article.ts';

// Invented text, written for these tests.
const PARAGRAPH =
  'The council of Port Eslin voted on Tuesday to close the old river bridge for repairs. Kordova Vesnik, who chairs the transport committee, said the work would take most of the summer and that ferries would run every half hour until the bridge reopens, and that the cost would be shared with the province.';
const FULL = [PARAGRAPH, PARAGRAPH, PARAGRAPH].join('\n\n');
const STUB = 'Port Eslin closes its river bridge. The council voted on Tuesday to shut it for the summer.';

const draft = (text: string, format: ArticleFormat = 'html', source = `page.${format}`) => ({
  source,
  format,
  title: 'A page',
  text,
  prose: text,
  bodyLine: 1,
});

describe('checkThinPage', () => {
  it.each<[string, string, ArticleFormat, string | undefined]>([
    ['a normal saved article', FULL, 'html', undefined],
    ['a short stub', STUB, 'html', 'has less than 500 characters of text'],
    [
      'a stub ending in a subscribe prompt',
      `${STUB}\n\nSubscribe to continue reading.`,
      'html',
      'ends with a subscribe',
    ],
    [
      'a full article ending in a sign-in prompt',
      `${FULL}\n\nSign in to read the full story.`,
      'html',
      'ends with a subscribe',
    ],
    [
      'a German page ending in an Abo prompt',
      `${FULL}\n\nJetzt abonnieren und weiterlesen.`,
      'html',
      'ends with a subscribe',
    ],
    [
      'a French page for subscribers only',
      `${FULL}\n\nCet article est réservé aux abonnés.`,
      'html',
      'ends with a subscribe',
    ],
    [
      'a full article ending in a newsletter invitation',
      `${FULL}\n\nSubscribe to our newsletter for the week's stories.`,
      'html',
      undefined,
    ],
    ['a full article ending in "Read more"', `${FULL}\n\nRead more`, 'html', undefined],
    ['a short .md note (short on purpose)', STUB, 'md', undefined],
    ['a short .txt note', STUB, 'txt', undefined],
    ['a short dataset row', STUB, 'csv', undefined],
    ['a short PDF', STUB, 'pdf', undefined],
    ['a .md note ending in a subscribe prompt', `${STUB}\n\nSubscribe to continue reading.`, 'md', undefined],
  ])('%s', (_, text, format, problem) => {
    const warning = checkThinPage(draft(text, format));
    if (problem === undefined) expect(warning).toBeUndefined();
    else {
      expect(warning).toMatchObject({ code: 'THIN_ARTICLE', file: `page.${format}` });
      expect(warning!.message.startsWith(problem)).toBe(true);
      expect(warning!.message).toContain('it is built as it is');
    }
  });

  it('the threshold is an option', () => {
    expect(checkThinPage(draft(STUB), { minCharacters: 50 })).toBeUndefined();
  });
});

describe('isPaywallPrompt', () => {
  it.each([
    ['Subscribe to continue reading', true],
    ['Already a subscriber? Log in', true],
    ['This content is for subscribers only.', true],
    ['To read the full article, please subscribe.', true],
    ['Dieser Artikel ist nur für Abonnenten verfügbar.', true],
    ['Il vous reste 80 % de cet article à lire.', true],
    ['Suscríbete para seguir leyendo', true],
    ['Subscribe to our newsletter', false],
    ['Sign up for our newsletter to keep up with the council.', false],
    ['Subscribe to our newsletter to read the latest from Port Eslin.', false],
    ['Register to vote before May 3 to take part.', false],
    ['Sign up to continue reading', true],
    ['Log in to read the rest of this story', true],
    ['Abonniere unseren Newsletter und erfahre alles Neue.', false],
    ['Weiterlesen', false],
    [`${PARAGRAPH} Subscribe to continue reading.`, false],
  ])('%s → %s', (text, prompt) => expect(isPaywallPrompt(text)).toBe(prompt));
});
