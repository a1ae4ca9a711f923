import { describe, expect, it } from 'vitest';
import { readPage } from '../../../../scripts/load/readers/readHtml.ts';

const BODY =
  '<article><p>Officials in Port Eslin said on Monday that talks with the harbour board would resume next week, after a pause of several months.</p></article>';
const page = (head: string) => `<html><head>${head}</head><body>${BODY}</body></html>`;
const canonical = (url: string) => `<link rel="canonical" href="${url}">`;

describe('readPage: titles and outlets', () => {
  it.each([
    [
      'a double-encoded og:title',
      page('<meta property="og:title" content="Eslin can&amp;amp;#39;t wait for &amp;#163;5 fares">'),
      { title: "Eslin can't wait for £5 fares" },
    ],
    [
      'a <title> suffix matching og:site_name',
      page('<title>Harbour reopens | Kordova Vesnik</title><meta property="og:site_name" content="Kordova Vesnik">'),
      { title: 'Harbour reopens', outlet: 'Kordova Vesnik' },
    ],
    [
      'a suffix known only from the host',
      page(`<title>Harbour reopens - Eslinpost</title>${canonical('https://eslinpost.example/a')}`),
      { title: 'Harbour reopens', outlet: 'Eslinpost' },
    ],
    [
      'the outlet from the <title> when the page states none',
      page(`<title>Harbour reopens | The Eslin Post</title>${canonical('https://www.theeslinpost.example/a')}`),
      { title: 'Harbour reopens', outlet: 'The Eslin Post' },
    ],
    [
      'a section chain in og:title',
      page(
        `<meta property="og:title" content="Harbour reopens | Port | Kordova Vesnik">${canonical('https://kordovavesnik.example/a')}`,
      ),
      { title: 'Harbour reopens', outlet: 'Kordova Vesnik' },
    ],
    [
      'an og:site_name that is a URL',
      page(
        `<title>Harbour reopens</title><meta property="og:site_name" content="https://www.kordova-vesnik.example">${canonical('https://kordova-vesnik.example/a')}`,
      ),
      { outlet: 'Kordova Vesnik' },
    ],
    [
      'an og:site_name that is a slug, JSON-LD publisher cased',
      page(
        `<meta property="og:site_name" content="kordovavesnik"><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour reopens', publisher: { name: 'Kordova Vesnik' } })}</script>`,
      ),
      { title: 'Harbour reopens', outlet: 'Kordova Vesnik' },
    ],
    [
      'a decoded author',
      page('<title>Harbour</title><meta name="author" content="Anna O&amp;#39;Vesnik">'),
      { author: "Anna O'Vesnik" },
    ],
    [
      'a dash clause that is not the outlet',
      page('<title>Talks collapse - again</title><meta property="og:site_name" content="Daily Eslin">'),
      { title: 'Talks collapse - again', outlet: 'Daily Eslin' },
    ],
  ])('%s', (_, html, expected) => {
    expect(readPage(html)).toMatchObject(expected);
  });
});
