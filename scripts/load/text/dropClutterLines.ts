/**
 * The last pass over a saved page's body: paragraphs (one line each) that are part of the page rather than of the
 * article are dropped. Readability and readers/pruneClutter.ts judge the markup; this judges the text, the way
 * jusText and trafilatura do: whole-line patterns for the classes of boilerplate, length and sentence shape, and
 * context. A rule never fires on a long paragraph, and a pattern is anchored to the whole line or needs a second
 * sign (an address to the reader), so prose that merely mentions a photo or a newsletter stays.
 *
 * Rules (invented examples):
 * - credit: a caption or credit line — "Image copyright Kestrel Images", "Credit: Vanta Press", "(Image: PELORA)",
 *   "Photo: Dara Quill/Vanta", "Foto: dpa", a line that ends with "© Vanta Press".
 * - copyright: "© 2024 Port Eslin Herald. All rights reserved."
 * - prompt: a line of a kind that is never article text — a paywall ("To read the full story, please log in."), an
 *   embed placeholder ("Click to load the content"), "Download the Eslin Daily app for iOS and Android.", "Follow the
 *   Eslin Herald on Twitter", an affiliate or advertising disclosure.
 * - appeal: a short line (two sentences at most) that asks the reader to subscribe, sign up, log in, accept cookies,
 *   donate, write to the editor…, and speaks to them — "Sign up to our newsletter for the latest news!". Dropped
 *   unless it stands between two real paragraphs (then it is the article speaking to its reader).
 * - related: "Read more: <headline>", "Related stories", "Don't miss", "Lesen Sie auch: …", "Lea también: …", and the
 *   short lines that follow such a heading.
 * - stamp: bylines and time stamps — "By Kordova Vesnik", "Published 7:07 PM EST Nov 19, 2019", "Updated 3 May 2021",
 *   "This entry was posted on 4 May 2014 and is filed under News". Three or more lines that are a bare date
 *   ("May 2020", "Date: 4 May, 7 pm") are a calendar or a timeline: they are judged as short lines instead.
 * - title: a paragraph that repeats the page's title.
 * - context: a short line (a heading, a label, a menu word, an all-caps headline) with clutter on one side and no
 *   real paragraph on the other (the start and end of the body are neither), as jusText judges short paragraphs; and a
 *   label ("Contact:", "RELATED COVERAGE", "Home | News | Sport") with no real paragraph after it ("SEE MORE RECIPES"
 *   as the last line). A short line between two real paragraphs (a subheading) stays.
 */

export interface Options {
  /** The page's titles (from its metadata, from Readability): a paragraph equal to one is dropped. */
  titles: readonly (string | undefined)[];
  /** A line with at most this many words may be judged by a pattern. */
  maxWords: number;
  /** A line with at most this many words and no sentence in it is short: context decides whether it stays. */
  shortWords: number;
}

export const defaultOptions: Options = { titles: [], maxWords: 60, shortWords: 10 };

/** What a line was judged to be. */
export type LineClass =
  | 'good'
  | 'short'
  | 'credit'
  | 'copyright'
  | 'prompt'
  | 'appeal'
  | 'related'
  | 'stamp'
  | 'title'
  | 'context';

const MEDIA =
  '(?:image|images|photo|photos|photograph|picture|pic|video|foto|fotos|bild|bilder|imagen|imágenes|abbildung|figure|illustration|graphic|grafik)';
const CREDIT_LINE = new RegExp(
  String.raw`^[\s.(\[]*(?:${MEDIA}\s+(?:copyright|credit|credits|courtesy)\b|(?:${MEDIA}\s*(?:copyright|credit|source|courtesy|by|via|quelle|fuente)?|credit|credits|courtesy|source|quelle|fuente|crédit|crédito|copyright)\s*(?:[:©|/]|of\b))`,
  'iu',
);
const ALONE_CREDIT =
  /^[\s(]*(?:getty images|reuters|associated press|afp|epa|dpa|ap photo|shutterstock|istock|alamy|picture alliance)[\s)]*$/iu;
const ENDS_WITH_CREDIT = new RegExp(
  `(?:©\\s*[^.!?©]{2,60}\\)?|[(\\[](?:${MEDIA}|credit|crédito|crédit)\\s*:[^)\\]]{1,60}[)\\]])$`,
  'iu',
);
const COPYRIGHT =
  /^(?:©|\(c\)|copyright\b)|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|tutti i diritti riservati/iu;
const PROMPT_WORD =
  /\b(?:subscrib\w*|subscription|abonnier\w*|abonnement|suscr\w*|newsletter\w*|sign(?:ing)?[ -]?up|log(?:ged)?[ -]?in|eingeloggt|registrier\w*|download (?:the|our) (?:[\p{L}-]+ ){0,2}apps?|follow us|follow (?:[\p{L}@.-]+ ){1,3}on (?:twitter|facebook|instagram|tiktok|linkedin|youtube|x)|folge uns|folgen sie uns|síguenos|suivez-nous|cookies?|privacy settings|privatsphäre|donat\w*|help us|support us|letters? to the editor|advertis\w*|affiliate|werbung|disclaimer|disclosure|latest (?:news|stories))\b/iu;
/** Words that speak to the reader ("Sie" and "us" only as written so: "sie" is "they", "US" a country). */
const ADDRESS =
  /\b(?:you|your|you['’]re|please|our|du|dich|dein\w*|euch|euer|unser\w*|tú|usted|vous|votre|vos|nous|nos|bitte)\b/iu;
const ADDRESS_CASED = /\b(?:Sie|Ihr\w*|us)\b/u;
const STRONG_PROMPT =
  /^(?:click|tap) here\b|^follow (?:[\p{L}@.-]+ ){1,3}on (?:twitter|facebook|instagram|tiktok|linkedin|youtube|x)\b|\b(?:apps? for (?:ios|android)|(?:app store|google play)|affiliate[ -]links?|advertising disclosure|sign up for (?:our|the) newsletter|full story|already a subscriber|to (?:view|read|continue reading) (?:the|this) (?:full )?(?:story|article)|load (?:the )?content|inhalt .{0,40}zu laden|contenido completo)\b/iu;
const RELATED =
  /^(?:read more|read also|also read|see also|related(?: (?:stories|articles|posts|coverage|content|news))?|more on this(?: story)?|more from|recommended(?: for you)?|don['’]t miss|you may also like|trending|most read|most popular|lea(?: también| más)?|lee también|te puede interesar|à lire aussi|lire aussi|voir aussi|lesen sie auch|auch interessant|mehr zum thema|weitere artikel|neueste artikel|ähnliche artikel|das könnte sie auch interessieren|leggi anche)\b\s*(?:[:»›>|–-]|$)/iu;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\\.|(?![\\p{L}]))';
const DATE = new RegExp(
  String.raw`\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.? ${MONTH}(?: \d{4})?|${MONTH} \d{1,2}(?:st|nd|rd|th)?,? \d{4}|${MONTH} \d{4}|\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?)`,
  'giu',
);
const STAMP_LABEL =
  /^(?:published|updated|posted|created|last (?:modified|updated)|release date|news date|date|asked|answered|edited|modified|veröffentlicht|aktualisiert|erstellt|stand|zuletzt aktualisiert|publicado|actualizado|publié|mis à jour|pubblicato|aggiornato)\b/iu;
const POSTED_UNDER =
  /\b(?:this (?:entry|post) was posted|filed under|abgelegt unter|wurde unter .{0,120} abgelegt|posted in .{0,80} tagged|publicado en .{0,80} etiquetado)\b/iu;
const BYLINE =
  /^(?:[Bb]y|BY|[Vv]on|[Pp]or|[Pp]ar|[Dd]i)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|und|y|et|e|de|van|von|der))*(?:\s*[,|–-].{0,60})?$/u;
const SENTENCE = /\p{L}.*[.!?…。！？]["”’»)]?$/u;

/** The words of a line; in Chinese or Japanese, which have no spaces, every two characters count as one. */
const wordsOf = (line: string): string[] => {
  const spaced = line.split(/\s+/).filter(Boolean);
  const cjk = line.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return cjk / 2 > spaced.length ? Array.from({ length: Math.ceil(cjk / 2) }, () => '') : spaced;
};
const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** How many sentences a line has (an end mark followed by a capital starts a new one). */
const sentences = (line: string): number => 1 + (line.match(/[.!?…]["”’»)]?\s+(?=[\p{Lu}"“„«])/gu)?.length ?? 0);

/** True when a line is mostly capital letters (an all-caps headline or label), quotes excepted. */
export function isAllCaps(line: string): boolean {
  if (/["“”«»„]/u.test(line)) return false;
  const upper = line.replace(/[^\p{Lu}]/gu, '').length;
  const lower = line.replace(/[^\p{Ll}]/gu, '').length;
  return upper >= 4 && lower <= upper * 0.1;
}

/** A short line that announces something: an all-caps line, a label ending with a colon, a " | "-separated menu. */
export const isLabel = (line: string): boolean =>
  isAllCaps(line) || /:\s*$/.test(line) || (line.match(/\s[|•·]\s/g)?.length ?? 0) >= 2;

/** The forms of a title a page repeats: itself and the part before a " | site" or " - site" tail. */
function titleForms(titles: readonly (string | undefined)[]): Set<string> {
  const forms = new Set<string>();
  for (const title of titles) {
    if (!title) continue;
    forms.add(norm(title));
    for (const part of title.split(/\s+[|–—-]\s+|\s+::\s+/)) if (wordsOf(part).length >= 3) forms.add(norm(part));
  }
  forms.delete('');
  return forms;
}

/** How one line is judged on its own (before context), given the title's forms. */
export function classifyLine(line: string, options: Partial<Options> = {}): LineClass {
  const opts = { ...defaultOptions, ...options };
  return judge(line, opts, titleForms(opts.titles));
}

function judge(line: string, opts: Options, titles: ReadonlySet<string>): LineClass {
  const text = line.trim();
  const words = wordsOf(text);
  if (words.length >= 3 && titles.has(norm(text))) return 'title';
  if (words.length <= opts.maxWords) {
    if (CREDIT_LINE.test(text) && words.length <= 40) return 'credit';
    if (ALONE_CREDIT.test(text) || (ENDS_WITH_CREDIT.test(text) && words.length <= 40)) return 'credit';
    if (COPYRIGHT.test(text)) return 'copyright';
    const addressed = ADDRESS.test(text) || ADDRESS_CASED.test(text);
    if (STRONG_PROMPT.test(text)) return 'prompt';
    if (PROMPT_WORD.test(text) && addressed && sentences(text) <= 2) return 'appeal';
    if (RELATED.test(text) && words.length <= 25) return 'related';
    if (POSTED_UNDER.test(text)) return 'stamp';
    if (words.length <= 20 && isStamp(text)) return 'stamp';
  }
  if (words.length <= opts.shortWords && !SENTENCE.test(text)) return 'short';
  if (isAllCaps(text) && words.length <= 15) return 'short';
  return 'good';
}

/** A byline or a time stamp standing as a paragraph. */
function isStamp(text: string): boolean {
  if (BYLINE.test(text) && wordsOf(text).length <= 10 && !SENTENCE.test(text)) return true;
  if (STAMP_LABEL.test(text) && (text.search(DATE) >= 0 || /:\s*$/.test(text))) return true;
  return isBareDate(text);
}

/** A date with little else and no sentence: "2021-10-16 | Notes", "Mon, 4 May 2020 10:32". */
function isBareDate(text: string): boolean {
  const dated = text.match(DATE);
  if (!dated) return false;
  const rest = wordsOf(text.replace(DATE, ' ').replace(/[^\p{L}\s]/gu, ' '));
  return rest.length <= 3 && !SENTENCE.test(text);
}

/** Each line's class after context (see the module comment). */
export function classifyLines(lines: readonly string[], options: Partial<Options> = {}): LineClass[] {
  const opts = { ...defaultOptions, ...options };
  const titles = titleForms(opts.titles);
  const classes = lines.map((line) => judge(line, opts, titles));
  // three or more bare dates are a calendar or a timeline, not time stamps
  const bare = classes.flatMap((c, i) => (c === 'stamp' && isBareDate(lines[i]!) ? [i] : []));
  if (bare.length >= 3) for (const i of bare) classes[i] = 'short';
  // words to the reader in the middle of the article are the article's
  for (let i = 1; i < classes.length - 1; i++)
    if (classes[i] === 'appeal' && classes[i - 1] === 'good' && classes[i + 1] === 'good') classes[i] = 'good';
  // a "related" heading takes the short lines under it
  for (let i = 0; i < classes.length; i++)
    if (classes[i] === 'related' && wordsOf(lines[i]!).length <= 5)
      for (let j = i + 1; j < classes.length && classes[j] === 'short'; j++) classes[j] = 'related';
  const bad = (c: LineClass | undefined) => c !== undefined && c !== 'good' && c !== 'short';
  const out = [...classes];
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] !== 'short') continue;
    let before = i - 1;
    while (before >= 0 && classes[before] === 'short') before--;
    let after = i + 1;
    while (after < classes.length && classes[after] === 'short') after++;
    // clutter on one side and no real paragraph on the other (the start or end of the body is neither)
    const [b, a] = [classes[before], classes[after]];
    if ((bad(b) && a !== 'good') || (bad(a) && b !== 'good')) out[i] = 'context';
    // a label, an all-caps line or a menu introduces what follows: with no real paragraph after it, it is clutter
    else if (isLabel(lines[i]!) && a !== 'good') out[i] = 'context';
  }
  return out;
}

/** The paragraphs that are the article's: every line judged clutter is dropped (none when no line is real prose). */
export function dropClutterLines(paragraphs: readonly string[], options: Partial<Options> = {}): string[] {
  const classes = classifyLines(paragraphs, options);
  // no real paragraph at all: nothing to judge the rest against, so nothing is dropped
  if (!classes.includes('good')) return [...paragraphs];
  return paragraphs.filter((_, i) => classes[i] === 'good' || classes[i] === 'short');
}
