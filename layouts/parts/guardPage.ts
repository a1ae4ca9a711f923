/**
 * One page never takes the site down. Every page template's render runs under `guardPage`: a template that throws
 * on one article or entity costs a STAGE_FAILED warning (collected by renderSite into the build's warnings) and that
 * page is still written, as a minimal page with its title, its text or its list of articles, and a note that part of
 * it failed. Pages that do not throw are exactly what the template returns.
 *
 * The warning names, and the failpoint matches, the article's source file for an article page and the page's URL
 * for every other page: DOSSIER_FAILPOINT="render the page@note-2" fails the page of every article whose file name
 * contains "note-2" (and no entity page), "render the page@/people/kordova-vesnik/" that entity's page and its
 * mention pages (their URLs start with it).
 */
import { guard } from '../../scripts/core/guard.ts';
import { renderWarningList } from '../../scripts/core/renderWarnings.ts';
import type { SiteArticle, SiteEntity } from '../../scripts/core/types/site.ts';
import { lookup, type PageData } from './data.ts';
import { html, type SafeHtml } from './html.ts';
import { page } from './page.ts';

/** The step named in the warning and in DOSSIER_FAILPOINT. */
export const RENDER_STEP = 'render the page';

/** Links listed on a minimal page at most (the rest are counted). */
const MAX_LINKS = 500;

/** What a page is about: what its warning names and what its minimal page shows. */
export interface PageSubject {
  /** Named by the warning and matched by the failpoint: an article's source file, else the page's URL. */
  file: string;
  /** The rest of the warning: "the page is written as a minimal page with its text". */
  without: string;
  /** Text, or `html` made of text. */
  title: string | SafeHtml;
  /** What the minimal page shows, made only when it is written: plain text (escaped when written) and links (hrefs relative to the page). */
  content: () => { paragraphs: string[]; links: { text: string; href: string }[] };
}

/** The render of a template, guarded: a throw gives a warning and a minimal page instead of failing the build. */
export function guardPage<D extends PageData>(
  render: (d: D) => string,
  subject: (d: D) => PageSubject = (d) => otherSubject(d),
): (d: D) => string {
  const guarded = (d: D) => {
    const s = subjectOrDefault(d, subject);
    return guard(
      renderWarningList(),
      s.file,
      RENDER_STEP,
      s.without,
      () => minimalPage(d, s),
      () => render(d),
    );
  };
  guardedRenders.add(guarded);
  return guarded;
}

const guardedRenders = new WeakSet<object>();

/** Whether a template's render runs under guardPage (a test checks every page template). */
export const isGuarded = (render: unknown): boolean => typeof render === 'function' && guardedRenders.has(render);

function subjectOrDefault<D extends PageData>(d: D, subject: (d: D) => PageSubject): PageSubject {
  try {
    return subject(d);
  } catch {
    return otherSubject(d);
  }
}

/** Any page without an article or entity of its own (an index, a list): named by its URL, with its title and links. */
export function otherSubject(
  d: PageData,
  title = 'Dossier',
  items: () => readonly { title: string; url: string }[] = () => [],
): PageSubject {
  const url = typeof d?.page?.url === 'string' ? d.page.url : '(unknown page)';
  return {
    file: url,
    without: 'the page is written as a minimal page',
    title,
    content: () => ({ paragraphs: [], links: linksTo(d, items()) }),
  };
}

/** Links from this page to site paths. */
function linksTo(d: PageData, items: readonly { title: string; url: string }[]): { text: string; href: string }[] {
  const { href } = lookup(d);
  return items.map((i) => ({ text: i.title, href: href(i.url, d.page.url) }));
}

/** An article's page: its source file, its title and its paragraphs as text. */
export function articleSubject(article: SiteArticle): PageSubject {
  return {
    file: article.source,
    without: 'the page is written as a minimal page with its text',
    title: article.title,
    content: () => ({ paragraphs: textOfHtml(article.html), links: [] }),
  };
}

/** An entity's page (or one of its pages): its URL and name, one of its articles' files, and the list of its articles. */
export function entitySubject(d: PageData, entity: SiteEntity, title: string | SafeHtml = entity.name): PageSubject {
  const l = lookup(d);
  const articles = () => entity.articles.flatMap((ref) => l.article.get(ref.id) ?? []);
  const firstRef = entity.articles[0];
  const first = firstRef && l.article.get(firstRef.id);
  const more = entity.articles.length - 1;
  const named = first ? `; it is named in ${first.source}${more > 0 ? ` and ${more} more` : ''}` : '';
  return {
    file: d.page.url,
    without: `the page of ${entity.name} (${entity.url}) is written as a minimal page with its articles${named}`,
    title,
    content: () => ({ paragraphs: [], links: linksTo(d, articles()) }),
  };
}

/** The page written instead: the site's shell around the title, the text and the links; bare HTML if the shell fails too. */
function minimalPage(d: PageData, s: PageSubject): string {
  const { paragraphs, links } = contentOf(s);
  const shown = links.slice(0, MAX_LINKS);
  const body = html`<article class="render-failed" data-pagefind-body>
<h1>${s.title}</h1>
<p class="note" role="note" data-pagefind-ignore>Part of this page could not be built, so it is shown in a simple form.</p>
${paragraphs.map((p) => html`<p>${p}</p>\n`)}
${shown.length ? html`<ul>${shown.map((a) => html`<li><a href="${a.href}">${a.text}</a></li>`)}</ul>` : ''}
${links.length > shown.length ? html`<p>And ${links.length - shown.length} more.</p>` : ''}
</article>`;
  try {
    return page(d, { title: s.title, body });
  } catch {
    return bareHtml(s.title, body);
  }
}

/** The subject's text and links; none if making them throws too. */
function contentOf(s: PageSubject): ReturnType<PageSubject['content']> {
  try {
    return s.content();
  } catch {
    return { paragraphs: [], links: [] };
  }
}

/** A page with no shell at all: nothing but escaped text and the links. */
function bareHtml(title: string | SafeHtml, body: SafeHtml): string {
  return `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Dossier</title>
</head>
<body>
<main id="main">
${body}
</main>
</body>
</html>`}\n`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of the paragraphs (and other blocks) of trusted body HTML, tags dropped and character references decoded. */
export function textOfHtml(body: string): string[] {
  return body
    .split(/<\/(?:p|h[1-6]|li|blockquote|pre|figcaption|td|th|dt|dd)>|<br\s*\/?>/i)
    .map((block) =>
      block
        .replace(/<[^>]*>/g, '')
        .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (ref, name: string) => decodeReference(ref, name))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

function decodeReference(ref: string, name: string): string {
  if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? ref;
  const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ref;
}
