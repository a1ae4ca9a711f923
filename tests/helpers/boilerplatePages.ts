/**
 * Saved pages that are only the page around an article — a menu, a cookie banner, a "Most read" list of links, a
 * footer — with or without a short article of invented prose among them, made in code.
 */

export interface Options {
  /** The article's paragraphs (none: the page is boilerplate only). */
  article: readonly string[];
  /** The page's <title>. */
  title: string;
}

export const defaultOptions: Options = { article: [], title: 'Home | The Eslin Courier' };

/** Headlines of the "Most read" list, each a link; some long enough to pass for a sentence. */
export const MOST_READ = [
  'Port Eslin ferry crews walk off the job after late-night talks with the harbour authority collapse',
  'Varrow bridge repairs fall behind schedule again as council and contractor trade blame over costs',
  'Lake Ondrel water rates rise for a third year in a row, the Ondrel Water Board confirms',
  'Record crowds at the Kestrel Bay autumn festival',
  'Marrowgate council vote postponed until spring',
];

/** A three-sentence brief, a real article however short. */
export const BRIEF = [
  'Ferry crews in Port Eslin walked off the job on Tuesday after talks with the harbour authority broke down late on Monday.',
  'Kordova Vesnik, who speaks for the crews, said they would not return until the authority published its figures.',
  'The authority said it hoped to resume talks on Friday.',
];

/** A saved page: a menu, a cookie banner, the article if any, "Most read", "Latest" and a footer. */
export function boilerplatePage(options: Partial<Options> = {}): string {
  const { article, title } = { ...defaultOptions, ...options };
  const links = (items: readonly string[], prefix: string) =>
    items.map((t, i) => `<li><a href="/${prefix}/${i}">${t}</a></li>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="The Eslin Courier"></head>
<body>
<header><div class="menu"><ul>${links(['Home', 'News', 'Sport', 'Weather', 'Opinion', 'Business', 'Culture'], 'section')}</ul></div></header>
<div id="cookie-notice"><p>We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.</p>
<p><a href="/privacy">Manage your privacy settings</a></p></div>
<div id="content">
${article.length ? `<article><h1>Ferry crews walk out</h1>${article.map((p) => `<p>${p}</p>`).join('\n')}</article>` : ''}
<div class="most-read"><h2>Most read</h2><ol>${links(MOST_READ, 'story')}</ol></div>
<div class="latest"><h2>Latest news</h2><ul>${links(['Kordova Vesnik named harbour chief', 'Rail timetable cut on the northern line', 'Varrow Farmers Union elects new board'], 'latest')}</ul></div>
</div>
<div class="site-footer"><p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p>
<p>© 2024 The Eslin Courier. All rights reserved.</p></div>
</body></html>`;
}
