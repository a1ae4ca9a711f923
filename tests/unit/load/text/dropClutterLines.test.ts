import { describe, expect, it } from 'vitest';
import { classifyLine, dropClutterLines, isAllCaps } from '../../../../scripts/load/text/dropClutterLines.ts';

// real paragraphs around the line under test (invented)
const P1 =
  'The council of Port Eslin voted on Tuesday to rebuild the old harbour wall, after two winters of storms had left it cracked in several places.';
const P2 =
  'Kordova Vesnik, who chairs the harbour committee, said the work would begin in spring and take about eighteen months to finish.';
const P3 =
  'Residents who live near the quay will be told in writing which streets are closed, and when, a spokesman for the council added.';

const TITLE = 'Port Eslin will rebuild its harbour wall';

describe('dropClutterLines: each rule drops its clutter and keeps the article', () => {
  it.each([
    ['credit: "Image copyright"', 'Image copyright Kestrel Images'],
    ['credit: "Credit:"', 'Credit: Vanta Press'],
    ['credit: "(Image: …)"', '(Image: PELORA)'],
    ['credit: "Photo:"', 'Photo: Dara Quill/Vanta Press'],
    ['credit: "Foto:" (German)', 'Foto: Lumen Agentur'],
    ['credit: an agency alone', 'Getty Images'],
    ['credit: a caption ending with ©', 'The harbour wall after the January storm © Vanta Press'],
    ['credit: a caption ending with (Photo: …)', 'Kordova Vesnik at the quay on Tuesday (Photo: Dara Quill)'],
    ['copyright line', '© 2024 Port Eslin Herald. All rights reserved.'],
    ['copyright line (Spanish)', 'Eslin Diario. Todos los derechos reservados.'],

    ['prompt: the app', 'For the latest stories download the Eslin Daily app for iOS and Android.'],
    ['prompt: follow on social media', 'Follow the Eslin Herald on Twitter and Instagram for more.'],
    ['prompt: subscribe for the full story', 'Subscribe now to our digital edition for the full story.'],
    ['prompt: click here, in capitals', 'CLICK HERE TO GET THE ESLIN DAILY APP'],
    ['prompt: a paywall', 'To read the full story, please log in.'],
    ['prompt: an embed placeholder', 'Klicken Sie auf den Button, um den Inhalt von Kartenwelt zu laden.'],
    ['prompt: affiliate disclosure', 'This page contains affiliate links.'],
    ['related: "Read more:"', 'Read more: Port Eslin ferry to run again in May'],
    ['related: "Lesen Sie auch:"', 'Lesen Sie auch: Neue Brücke für Kordova'],
    ['related: "Lea también:"', 'Lea también: El puerto de Eslin reabre'],
    ['related: "Don\'t miss"', "DON'T MISS: The best walks along the coast"],
    ['stamp: byline', 'By Kordova Vesnik'],
    ['stamp: published', 'Published 7:07 PM EST Nov 19, 2019'],
    ['stamp: updated', 'Updated 3 May 2021'],
    ['stamp: a date and a category', '2021-10-16 | Notices'],
    ['stamp: posted and filed', 'This entry was posted on 4 May 2014 at 10:30 and is filed under News, Harbour.'],
    ['title repeated', TITLE],
    ['title repeated, with the site after a bar', 'Port Eslin will rebuild its harbour wall'],
  ])('%s', (_, line) => {
    expect(dropClutterLines([P1, line, P2, P3], { titles: [`${TITLE} | Eslin Herald`] })).toEqual([P1, P2, P3]);
  });

  it.each([
    ['appeal: newsletter', 'Never miss a story: sign up to our newsletter today!'],
    ['appeal: log in (German)', 'Du musst eingeloggt sein, um Kommentare zu schreiben!'],
    ['appeal: donate', 'Help us keep the Eslin Herald free: donate today.'],
  ])('%s, after the article', (_, line) => {
    expect(dropClutterLines([P1, P2, P3, line])).toEqual([P1, P2, P3]);
  });

  it.each([
    [
      'prose with "photo"',
      'The photo that Kordova Vesnik took of the cracked wall was shown to the council on Tuesday.',
    ],
    [
      'prose with "read more about"',
      'Those who want to read more about the plans can find them in the library on Vesnik Street, the council said.',
    ],
    ['a short real paragraph', 'Nobody objected.'],
    ['a subheading between two paragraphs', 'What happens next'],
    ['a quote in capitals', '“WE WILL NOT LET THE SEA TAKE OUR TOWN,” the banners read.'],
    [
      'prose that mentions a newsletter and the reader',
      'The harbour committee writes to every household each month; its newsletter, which you can also read online, lists the closed streets.',
    ],
    ['prose that starts like a byline', 'By the end of the week the first stones had been lifted into place.'],
    ['a short sentence that starts like a byline', 'By Monday, the wall was gone.'],
    [
      'prose with a date',
      'On 19 November 2019 the wall gave way for the first time, flooding three streets near the quay.',
    ],
  ])('keeps %s', (_, line) => {
    expect(dropClutterLines([P1, line, P2, P3], { titles: [TITLE] })).toEqual([P1, line, P2, P3]);
  });
});

describe('dropClutterLines: context', () => {
  it.each([
    ['short menu words at the top, before a credit', ['Home', 'News', 'Sport', 'Photo: Vanta Press', P1, P2], [P1, P2]],
    [
      'a "Related" heading takes the short lines under it',
      [P1, P2, 'Related', 'Ferry back in May', 'New quay lights'],
      [P1, P2],
    ],
    ['an all-caps label as the last line', [P1, P2, 'MORE STORIES FROM THE COAST'], [P1, P2]],
    ['a label ending with a colon and nothing after it', [P1, P2, 'Contact:'], [P1, P2]],
    ['a menu of bars', [P1, P2, 'Imprint | Privacy | Contact'], [P1, P2]],
    ['a short line between a prompt and the end', [P1, P2, 'Sign up to our newsletter!', 'Weekly'], [P1, P2]],
    ['an all-caps heading before a paragraph stays', ['THE PLAN', P1, P2], ['THE PLAN', P1, P2]],
    ['a short last line after a paragraph stays', [P1, P2, 'Kordova Vesnik'], [P1, P2, 'Kordova Vesnik']],
    [
      'three bare dates are a calendar, not stamps',
      [P1, 'Dates: 4 May 2020, 7 pm', 'Dates: 11 May 2020, 7 pm', 'Dates: 18 May 2020, 7 pm', P2],
      [P1, 'Dates: 4 May 2020, 7 pm', 'Dates: 11 May 2020, 7 pm', 'Dates: 18 May 2020, 7 pm', P2],
    ],
    ['one bare date is a stamp', ['4 May 2020, 10:32', P1, P2], [P1, P2]],
    ['nothing is dropped when nothing is prose', ['Home', 'News', 'Contact:'], ['Home', 'News', 'Contact:']],
  ])('%s', (_, lines, expected) => {
    expect(dropClutterLines(lines)).toEqual(expected);
  });
});

describe('classifyLine', () => {
  it.each([
    ['Credit: Vanta Press', 'credit'],
    ['© 2024 Eslin Herald. All rights reserved.', 'copyright'],
    ['Sign up to our newsletter for the latest news!', 'appeal'],
    ['Download the Eslin Daily app for iOS and Android.', 'prompt'],
    ['Read more: Ferry back in May', 'related'],
    ['Published 7:07 PM EST Nov 19, 2019', 'stamp'],
    ['What happens next', 'short'],
    [P1, 'good'],
  ])('%j is %s', (line, expected) => expect(classifyLine(line)).toBe(expected));

  it.each([
    ['RELATED STORIES', true],
    ['“WE WILL WIN”', false],
    ['Port Eslin', false],
  ])('isAllCaps(%j) = %s', (line, expected) => expect(isAllCaps(line)).toBe(expected));
});
