import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { paragraphsOf, readPage } from '../../../../scripts/load/readers/readHtml.ts';
import { linkDensityOf, nameWords, pruneClutter } from '../../../../scripts/load/readers/pruneClutter.ts';

const P1 =
  'The council of Port Eslin voted on Tuesday to rebuild the old harbour wall, after two winters of storms had left it cracked in several places.';
const P2 =
  'Kordova Vesnik, who chairs the harbour committee, said the work would begin in spring and take about eighteen months to finish.';
const P3 =
  'Residents who live near the quay will be told in writing which streets are closed, and when, a spokesman for the council added.';
const body = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`;

/** The paragraphs of a fragment after pruning, as readPage reads Readability's content. */
const pruned = (html: string) => {
  const root = parseHTML(`<html><body><div id="r">${html}</div></body></html>`).document.getElementById('r');
  return paragraphsOf(pruneClutter(root) as never);
};

describe('pruneClutter', () => {
  it.each([
    [
      'a figcaption',
      `<figure><img src="a.jpg"><figcaption>The wall in January. Photo: Dara Quill</figcaption></figure>${body}`,
    ],
    ['an aside', `<p>${P1}</p><aside>Also on the coast: ferry back in May</aside><p>${P2}</p><p>${P3}</p>`],
    ['a nav', `<nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}`],
    ['a caption class', `<div class="image-caption">Kordova Vesnik at the quay</div>${body}`],
    [
      'a credit class inside a paragraph',
      `<p>${P1}<span class="photoCredit">Vanta Press</span></p><p>${P2}</p><p>${P3}</p>`,
    ],
    ['a share bar by id', `${body}<div id="share_buttons">Share on Facebook Share by email</div>`],
    ['a related block', `${body}<div class="related-stories"><p>Ferry back in May</p><p>New quay lights</p></div>`],
    [
      'a newsletter box',
      `<p>${P1}</p><div class="newsletter-signup">Get the Eslin Herald every morning</div><p>${P2}</p><p>${P3}</p>`,
    ],
    ['an ad slot', `<p>${P1}</p><div class="ad-slot">Advertisement</div><p>${P2}</p><p>${P3}</p>`],
    ['a byline by class', `<div class="byline">Dara Quill, harbour reporter</div>${body}`],
    [
      'a link-dense paragraph',
      `<p>${P1}</p><p><strong>Read:</strong> <a href="/x">Ferry to run again in May</a></p><p>${P2}</p><p>${P3}</p>`,
    ],
    ['a div of links', `<div><a href="/">Home</a> | <a href="/n">News</a> | <a href="/s">Sport</a></div>${body}`],
    [
      'a menu of links',
      `<ul><li><a href="/">Home</a></li><li><a href="/s">Sport</a></li><li><a href="/w">Weather</a></li></ul>${body}`,
    ],
  ])('removes %s', (_, html) => {
    expect(pruned(html)).toEqual([P1, P2, P3]);
  });

  it.each([
    [
      'a paragraph with links in it',
      `<p>The council <a href="/c">voted</a> on Tuesday to rebuild the <a href="/w">harbour wall</a> after two winters of storms.</p>`,
    ],
    ['a page heading that is a link', `<h2><a href="/this">Port Eslin rebuilds its wall</a></h2>`],
    ['a class that only contains a clutter word inside another', `<div class="adventure-story"><p>${P1}</p></div>`],
    [
      'a "caption" that holds most of the text (a slide show)',
      `<figure><figcaption><p>${P1}</p><p>${P2}</p></figcaption></figure><p>Nobody objected.</p>`,
    ],
  ])('keeps %s', (_, html) => {
    const before = paragraphsOf(
      parseHTML(`<html><body><div id="r">${html}</div></body></html>`).document.getElementById('r') as never,
    );
    expect(pruned(html)).toEqual(before);
  });

  it.each([
    ['photoCredit share-bar', ['photo', 'credit', 'share', 'bar']],
    ['related_posts', ['related', 'posts']],
    ['adventure', ['adventure']],
  ])('nameWords(%j)', (name, expected) => expect(nameWords(name)).toEqual(expected));

  it('link density is the share of letters inside links', () => {
    const p = parseHTML('<p id="p">abcd <a href="/">efgh</a></p>').document.getElementById('p')!;
    expect(linkDensityOf(p as never)).toBe(0.5);
  });
});

describe('readPage: the body is cleaned after Readability', () => {
  it('drops a caption, a credit line, a repeated title and a promo at the end', () => {
    const html = `<html><head><title>Port Eslin will rebuild its harbour wall</title></head><body><article>
      <h1>Port Eslin will rebuild its harbour wall</h1>
      <figure><img src="w.jpg"><figcaption>The wall after the storm</figcaption></figure>
      <p>Image copyright Kestrel Images</p>
      ${body}
      <p>Download the Eslin Daily app for iOS and Android.</p>
    </article></body></html>`;
    expect(readPage(html).paragraphs).toEqual([P1, P2, P3]);
  });
  it('a news page with the clutter users found: menu, credits, promos, all-caps related headlines, a stamp', () => {
    const html = `<html><head><title>Port Eslin will rebuild its harbour wall | Eslin Herald</title></head><body>
      <div id="main"><div class="story">
      <div>Sign In Home Subscribe Contact News Sport Weather</div>
      <h1>Port Eslin will rebuild its harbour wall</h1>
      <p>Published 7:07 PM EST Nov 19, 2019</p>
      <p>By Dara Quill</p>
      <figure><img src="w.jpg"><p>Image copyright Kestrel Images</p></figure>
      <p>${P1}</p>
      <p>CLICK HERE TO GET THE ESLIN HERALD APP</p>
      <p>${P2}</p>
      <p>(Image: PELORA)</p>
      <p>${P3}</p>
      <p>DON'T MISS</p>
      <p>FERRY TO RUN AGAIN IN MAY</p>
      <p>NEW LIGHTS FOR THE QUAY</p>
      <p>Read more</p>
      </div></div></body></html>`;
    expect(readPage(html).paragraphs).toEqual([P1, P2, P3]);
  });
});
