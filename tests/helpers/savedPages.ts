/**
 * A folder of invented saved web pages, as a browser's "Save page" writes them: full HTML documents with a head of
 * metadata (og:title, og:site_name, article:published_time, JSON-LD NewsArticle) and a body cluttered like a news
 * site's (a menu, a header, share buttons, a figure with a photo credit, "Read more" links, a footer) around an
 * article of invented prose. Variants that real saved pages have: the placeholder date 0001-01-01, a page in German,
 * a paywall stub, a title with double-encoded references and an " | Outlet" suffix. Every name, outlet and sentence
 * is invented.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What each page is, so tests can look a page up and say what its article should be. */
export type SavedPageKind = 'plain' | 'placeholder-date' | 'german' | 'paywall' | 'encoded-title';

export interface SavedPage {
  /** File name in the folder. */
  file: string;
  kind: SavedPageKind;
  /** The headline as a reader sees it: no outlet suffix, references decoded. */
  title: string;
  /** The title as written in the page's <title> and og:title (escaped once more in the HTML). */
  rawTitle: string;
  outlet: string;
  /** article:published_time as written ("0001-01-01T00:00:00Z" on a placeholder-date page). */
  published: string;
  /** A sentence of the article's own text, to find on its page. */
  sentence: string;
  language: 'en' | 'de';
}

export interface Options {
  /** Plain English pages (besides the variants). */
  plain: number;
  /** Pages whose article:published_time is the placeholder 0001-01-01. */
  placeholderDates: number;
}

export const defaultOptions: Options = { plain: 3, placeholderDates: 5 };

const OUTLETS = ['The Eslin Courier', 'Varrow Daily Ledger', 'Ondrel Morning Post', 'Kestrel Bay Herald'];
const PEOPLE = ['Kordova Vesnik', 'Ama Tarrell', 'Idris Mallow', 'Senna Orlath', 'Brannoch Teel', 'Liesl Quarn'];
const PLACES = ['Port Eslin', 'Varrow Heights', 'Lake Ondrel', 'Kestrel Bay', 'Marrowgate'];
const GROUPS = ['Eslin Harbour Authority', 'Varrow Farmers Union', 'Ondrel Water Board', 'Kestrel Rail Company'];
const TOPICS = [
  ['ferry crews', 'walked off the job', 'the harbour'],
  ['the bridge repairs', 'fell behind schedule', 'the river crossing'],
  ['water rates', 'rose for the third year', 'the reservoir'],
  ['the autumn festival', 'drew record crowds', 'the old market square'],
  ['the council vote', 'was postponed again', 'the town hall'],
  ['the rail timetable', 'was cut back', 'the northern line'],
];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Six paragraphs of invented English news prose for page i. */
function englishParagraphs(i: number): string[] {
  const [what, did, where] = pick(TOPICS, i);
  const person = pick(PEOPLE, i);
  const other = pick(PEOPLE, i + 2);
  const place = pick(PLACES, i);
  const group = pick(GROUPS, i);
  return [
    `${place} woke on Tuesday to find that ${what} ${did}, the latest setback for a town that has spent most of the year waiting for good news about ${where}.`,
    `"We knew this was coming, and we said so in the spring," said ${person}, who has spoken for the ${group} since it was formed. "Nobody wanted to listen then, and now everyone is surprised."`,
    `Officials at the ${group} said the decision had been taken after weeks of talks that ended without agreement late on Monday evening. A statement promised further meetings but gave no date for them.`,
    `Residents of ${place} described long queues and short tempers. ${other}, who runs a bakery near ${where}, said trade had fallen by a third and that she would close early for the rest of the week.`,
    `The dispute has its roots in a budget approved two winters ago, when the council of ${place} agreed to spread its spending over five years rather than three. Critics said at the time that the plan left too little room for repairs.`,
    `${person} said the ${group} would publish its own figures before the end of the month. "People deserve to see the numbers," ${person.split(' ')[1]} said, "and then they can decide who has been honest with them."`,
  ];
}

const GERMAN = [
  'Der Hafen von Port Eslin blieb am Montag den ganzen Tag geschlossen.',
  'Nach Angaben der Hafenbehörde fehlten mehr als die Hälfte der Fährleute.',
  'Kordova Vesnik, die Sprecherin der Behörde, sprach von einem schwierigen Winter für die ganze Stadt.',
  'Viele Pendler mussten den langen Umweg über Varrow Heights nehmen.',
  'Die Gespräche zwischen beiden Seiten sollen am Donnerstag fortgesetzt werden.',
  'Eine Einigung gilt nach Einschätzung von Beobachtern jedoch als unwahrscheinlich.',
  'Die Geschäfte am Hafen klagen schon jetzt über deutlich weniger Kunden als im vergangenen Jahr.',
  'Der Stadtrat will in der kommenden Woche über mögliche Hilfen für die betroffenen Betriebe beraten.',
];

const PAYWALL_TEXT =
  'Kestrel Bay councillors met behind closed doors on Thursday to discuss the future of the harbour ferry, according to two people familiar with the talks. Ama Tarrell, who chairs the transport committee, declined to comment as she left the building.';

interface Draft {
  kind: SavedPageKind;
  title: string;
  rawTitle: string;
  outlet: string;
  published: string;
  paragraphs: string[];
  language: 'en' | 'de';
  paywall: boolean;
}

/** Write the pages into `dir` (made if missing); what each page is, in file order. */
export async function writeSavedPages(dir: string, options: Partial<Options> = {}): Promise<SavedPage[]> {
  const opts = { ...defaultOptions, ...options };
  await mkdir(dir, { recursive: true });
  const drafts = savedPageDrafts(opts);
  const pages: SavedPage[] = [];
  for (const [i, d] of drafts.entries()) {
    const file = `${String(i + 1).padStart(2, '0')}-${d.kind}.html`;
    await writeFile(path.join(dir, file), pageHtml(d, i));
    pages.push({
      file,
      kind: d.kind,
      title: d.title,
      rawTitle: d.rawTitle,
      outlet: d.outlet,
      published: d.published,
      sentence: d.paragraphs[d.paragraphs.length > 2 ? 2 : 0]!,
      language: d.language,
    });
  }
  return pages;
}

/** The pages to write: plain ones, placeholder dates, then one German, one paywalled, one with an encoded title. */
function savedPageDrafts(opts: Options): Draft[] {
  const english = (kind: SavedPageKind, i: number, published: string): Draft => {
    const [what, did] = pick(TOPICS, i);
    const place = pick(PLACES, i);
    const title = `${place}: ${what} ${did}`.replace(/^(.)/, (c) => c.toUpperCase());
    return {
      kind,
      title,
      rawTitle: `${title} | ${pick(OUTLETS, i)}`,
      outlet: pick(OUTLETS, i),
      published,
      paragraphs: englishParagraphs(i),
      language: 'en',
      paywall: false,
    };
  };
  const day = (i: number) => `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  const drafts: Draft[] = [];
  for (let i = 0; i < opts.plain; i++) drafts.push(english('plain', i, `${day(i)}T08:30:00Z`));
  for (let i = 0; i < opts.placeholderDates; i++)
    drafts.push(english('placeholder-date', opts.plain + i, '0001-01-01T00:00:00Z'));
  drafts.push({
    kind: 'german',
    title: 'Hafen von Port Eslin bleibt geschlossen',
    rawTitle: 'Hafen von Port Eslin bleibt geschlossen | Eslin Rundschau',
    outlet: 'Eslin Rundschau',
    published: '2023-11-06T07:00:00+01:00',
    paragraphs: [GERMAN.slice(0, 3).join(' '), GERMAN.slice(3, 6).join(' '), GERMAN.slice(6).join(' ')],
    language: 'de',
    paywall: false,
  });
  drafts.push({
    kind: 'paywall',
    title: 'Kestrel Bay weighs the future of its ferry',
    rawTitle: 'Kestrel Bay weighs the future of its ferry | Kestrel Bay Herald',
    outlet: 'Kestrel Bay Herald',
    published: '2023-09-14T18:05:00Z',
    paragraphs: [PAYWALL_TEXT],
    language: 'en',
    paywall: true,
  });
  const encoded = english('encoded-title', opts.plain + opts.placeholderDates + 1, '2023-10-02T12:00:00Z');
  encoded.title = "Port Eslin's ferries stop again as talks fail";
  // the page's HTML escapes this once more: the reader sees "&#39;" unless it is decoded twice
  encoded.rawTitle = 'Port Eslin&#39;s ferries stop again as talks fail | The Eslin Courier';
  encoded.outlet = 'The Eslin Courier';
  drafts.push(encoded);
  return drafts;
}

/** One saved page: head of metadata, body of clutter around the article. */
function pageHtml(d: Draft, i: number): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: d.rawTitle.replace(/ \| .*$/, ''),
    datePublished: d.published,
    author: { '@type': 'Person', name: pick(PEOPLE, i + 3) },
    publisher: { '@type': 'Organization', name: d.outlet },
  };
  const slug = d.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const menu = ['News', 'Local', 'Business', 'Sport', 'Opinion', 'Weather']
    .map((m) => `<li><a href="/${m.toLowerCase()}/">${m}</a></li>`)
    .join('');
  const related = [0, 1, 2]
    .map(
      (k) =>
        `<li><a href="/news/related-${i}-${k}/">${escapeText(pick(TOPICS, i + k + 1)[0]!)} in ${pick(PLACES, i + k)}</a></li>`,
    )
    .join('\n');
  const body = d.paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${d.language}">
<head>
<meta charset="utf-8">
<title>${escapeText(d.rawTitle)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${escapeText(d.rawTitle)}">
<meta property="og:site_name" content="${escapeText(d.outlet)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${d.published}">
<link rel="canonical" href="https://www.${d.outlet
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/[^a-z0-9]+/g, '-')}.example/${i}/${slug}">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<style>body { font-family: serif; } .share button { margin: 0 4px; }</style>
</head>
<body>
<nav class="menu" aria-label="Sections"><ul>${menu}</ul></nav>
<header class="masthead"><a href="/">${escapeText(d.outlet)}</a><p class="tagline">${d.language === 'de' ? 'Nachrichten aus der Region' : 'News from around the bay'}</p></header>
<main>
<article>
<h1>${escapeText(d.title)}</h1>
<p class="byline">By ${pick(PEOPLE, i + 3)} · <time datetime="${d.published}">${d.published.slice(0, 10)}</time></p>
<figure><img src="photo-${i}.jpg" alt="The harbour at dusk"><figcaption>The harbour at dusk. Photo: Jane Doe/Agency</figcaption></figure>
${body}
${d.paywall ? '<div class="paywall"><p>Subscribe to continue reading</p><a href="/subscribe/">Subscribe</a></div>' : ''}
<div class="share"><button>Share on Facebook</button><button>Share on X</button><button>Email</button><button>Copy link</button></div>
</article>
<aside class="related"><h2>Read more</h2><ul>
${related}
</ul></aside>
</main>
<footer><p>© 2023 ${escapeText(d.outlet)}. All rights reserved.</p><ul><li><a href="/about/">About us</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul></footer>
</body>
</html>
`;
}
