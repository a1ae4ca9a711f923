/**
 * `npm run bench:language`: the language detector on real text, read from ../shared and never copied.
 *
 *   - the saved web pages of ../shared/data/web-pages (bodies read as a build reads them: decodeHtml, readPage): how
 *     often the detected language agrees with the page's declared <html lang>, and every disagreement;
 *   - the English news of ../shared/data/open-news: how many English articles (bodies, and titles alone) would be
 *     taken for another language — the costly error, as those would silently lose their entities;
 *   - milliseconds per article (the bounded prefix load/detectLanguage.ts reads), and the detector's load time;
 *   - the page-body lengths that the THIN_ARTICLE threshold (load/checkThinPage.ts) is chosen on.
 *
 * Other detectors, when installed without saving (`npm i --no-save franc-min tinyld languagedetect`), are measured
 * the same way with `--all`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Detect, defaultOptions, detectLanguage, languageDetector } from '../../load/detectLanguage.ts';
import { checkThinPage, defaultOptions as thin } from '../../load/checkThinPage.ts';
import { readPage } from '../../load/readers/readHtml.ts';
import { decodeHtml } from '../../load/text/decodeHtml.ts';
import { joinParagraphs } from '../../load/text/toText.ts';
import { POOL_FILE, SHARED_DIR } from '../corpora/pool.ts';

const { values } = parseArgs({
  options: { all: { type: 'boolean', default: false }, prefix: { type: 'string' } },
});
/** Characters read from each text (default: what a build reads). */
const prefix = Number(values.prefix ?? defaultOptions.prefix);
const PAGES = path.join(SHARED_DIR, 'data/web-pages');

/** ISO 639-3 → 639-1 for the languages of the shared pages (franc answers in 639-3). */
const ISO3: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  rus: 'ru',
  kor: 'ko',
  jpn: 'ja',
  cmn: 'zh',
  pol: 'pl',
  ces: 'cs',
  swe: 'sv',
  dan: 'da',
  fin: 'fi',
  tur: 'tr',
  ukr: 'uk',
  ben: 'bn',
  hun: 'hu',
};

/** Optional detectors, each a package imported by name if it is installed. */
const OTHERS: Record<string, () => Promise<Detect>> = {
  'franc-min': async () => {
    const { franc } = (await import('franc-min' as string)) as { franc: (t: string) => string };
    return (t) => {
      const c = franc(t);
      return c === 'und' ? undefined : (ISO3[c] ?? c);
    };
  },
  tinyld: async () => {
    const { detect } = (await import('tinyld' as string)) as { detect: (t: string) => string };
    return (t) => detect(t) || undefined;
  },
  languagedetect: async () => {
    const { default: LanguageDetect } = (await import('languagedetect' as string)) as {
      default: new () => { setLanguageType(t: string): void; detect(t: string, n: number): [string, number][] };
    };
    const detector = new LanguageDetect();
    detector.setLanguageType('iso2');
    return (t) => detector.detect(t, 1)[0]?.[0] ?? undefined;
  },
};

interface Page {
  file: string;
  declared: string;
  text: string;
}

function readPages(): Page[] {
  const evaldata = JSON.parse(readFileSync(path.join(PAGES, 'evaldata.json'), 'utf8')) as Record<
    string,
    { file: string; lang: string }
  >;
  return Object.values(evaldata).map(({ file, lang }) => ({
    file,
    declared: lang.toLowerCase().slice(0, 2),
    text: joinParagraphs(readPage(decodeHtml(readFileSync(path.join(PAGES, 'pages', file)))).paragraphs),
  }));
}

const news = readFileSync(POOL_FILE, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; title: string | null; text: string });
const pages = readPages();
const ms = (t: number) => t.toFixed(2);

/** One detector on the pages and the news. */
function measure(name: string, detect: Detect, loadMs: number): void {
  const declared = pages.filter((p) => p.declared !== '?' && p.text);
  for (const p of pages.slice(0, 30)) detectLanguage(p.text, detect, { prefix }); // warm up before timing
  let agree = 0;
  const disagree: string[] = [];
  let t0 = performance.now();
  for (const p of declared) {
    const got = detectLanguage(p.text, detect, { prefix });
    if (got === p.declared) agree++;
    else disagree.push(`${p.file} (${p.declared} → ${got ?? 'undetermined'})`);
  }
  const pageMs = (performance.now() - t0) / declared.length;
  t0 = performance.now();
  const rejected = news.filter((d) => {
    const got = detectLanguage(d.text, detect, { prefix });
    return got !== undefined && got !== 'en';
  });
  const newsMs = (performance.now() - t0) / news.length;
  const titles = news.filter((d) => d.title);
  const rejectedTitles = titles.filter((d) => {
    const got = detectLanguage(d.title!, detect, { minLetters: 0 });
    return got !== undefined && got !== 'en';
  });
  console.log(`\n${name} (loaded in ${Math.round(loadMs)} ms)`);
  console.log(
    `  web pages with a declared language: ${agree}/${declared.length} agree; ${ms(pageMs)} ms per page (first ${prefix.toLocaleString('en-US')} characters)`,
  );
  console.log(
    `  English news taken for another language: ${rejected.length}/${news.length}; ${ms(newsMs)} ms per article`,
  );
  if (rejected.length)
    console.log(
      `    ${rejected
        .slice(0, 10)
        .map((d) => d.id)
        .join(', ')}`,
    );
  console.log(`  English titles alone taken for another language: ${rejectedTitles.length}/${titles.length}`);
  console.log(`  disagreements with the declared language: ${disagree.join('; ') || 'none'}`);
}

const t0 = performance.now();
const shipped = await languageDetector();
measure('eld (shipped, load/detectLanguage.ts)', shipped, performance.now() - t0);
if (values.all) {
  for (const [name, load] of Object.entries(OTHERS)) {
    const t1 = performance.now();
    const detect = await load().catch(() => undefined);
    if (detect) measure(name, detect, performance.now() - t1);
    else console.log(`\n${name}: not installed (npm i --no-save ${name})`);
  }
}

const lengths = pages.map((p) => p.text.length).sort((a, b) => a - b);
const at = (q: number) => lengths[Math.floor((lengths.length - 1) * q)]!;
const flagged = pages.filter(
  (p) =>
    p.text && checkThinPage({ source: p.file, format: 'html', title: '', text: p.text, prose: p.text, bodyLine: 1 }),
);
console.log(
  `\npage bodies (${lengths.length}): 1% ${at(0.01)}, 5% ${at(0.05)}, 10% ${at(0.1)}, median ${at(0.5)} characters; ${lengths.filter((l) => l < thin.minCharacters).length} under ${thin.minCharacters}`,
);
console.log(
  `THIN_ARTICLE on ${flagged.length} pages: ${flagged.map((p) => `${p.file} (${p.text.length})`).join(', ')}`,
);
