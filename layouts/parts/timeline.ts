import type { SiteEntity } from '../../scripts/core/types/site.ts';
import { plural } from '../../scripts/core/text/plural.ts';
import type { Lookup } from './data.ts';
import { html, type SafeHtml } from './html.ts';
import { formatDate, formatMonth } from './format.ts';

/** How long one bar of the timeline is. */
export type TimelineUnit = 'month' | 'year' | 'decade' | 'century' | 'millennium';

export interface Timeline {
  /**
   * Mentions per period, every period from first to last, at most MAX_BARS: "YYYY-MM" by month, or the first year
   * of the period as "YYYY" by year, decade, century or millennium.
   */
  bars: { period: string; mentions: number }[];
  unit: TimelineUnit;
  first?: string;
  last?: string;
  undatedArticles: number;
}

/** Longest span drawn month by month; longer spans are drawn by year, decade, century or millennium. */
const MAX_MONTHS = 48;
/** The most bars a timeline ever has, whatever its dates: the loop that draws it is bounded by this. */
export const MAX_BARS = 100;
/** Years per bar beyond months, tried in order until the span fits in MAX_BARS. */
const YEAR_STEPS: [TimelineUnit, number][] = [
  ['year', 1],
  ['decade', 10],
  ['century', 100],
  ['millennium', 1000],
];

const pad4 = (year: number) => String(year).padStart(4, '0');

/** "YYYY-MM-DD" (or "YYYY-MM", "YYYY") → year and month as numbers; undefined when it is not a date. */
function yearMonth(date: string): { y: number; m: number } | undefined {
  const match = /^(\d{1,6})(?:-(\d{1,2}))?/.exec(date);
  if (!match) return undefined;
  const y = Number(match[1]);
  const m = match[2] === undefined ? 1 : Number(match[2]);
  return m >= 1 && m <= 12 ? { y, m } : undefined;
}

/** Mentions per month (or year, decade…) over the entity's dated articles, in at most MAX_BARS bars. */
export function timeline(entity: Pick<SiteEntity, 'articles'>, { article }: Pick<Lookup, 'article'>): Timeline {
  const dated: { date: string; y: number; m: number; count: number }[] = [];
  let undatedArticles = 0;
  for (const ref of entity.articles) {
    const date = article.get(ref.id)?.date;
    const ym = date ? yearMonth(date) : undefined;
    if (date && ym) dated.push({ date, ...ym, count: ref.count });
    else undatedArticles++;
  }
  if (!dated.length) return { bars: [], unit: 'month', undatedArticles };
  const sorted = [...dated].sort((a, b) => a.y - b.y || a.m - b.m || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const from = sorted[0]!;
  const to = sorted.at(-1)!;
  const [first, last] = [from.date, to.date];
  // every period is numbered from 0 (the first) to count - 1 (the last)
  const { unit, count, index, period } = periods(from, to);
  const mentions = new Array<number>(count).fill(0);
  for (const d of dated) {
    const i = index(d);
    mentions[i] = (mentions[i] ?? 0) + d.count;
  }
  const bars = mentions.map((n, i) => ({ period: period(i), mentions: n }));
  return { bars, unit, first, last, undatedArticles };
}

interface Periods {
  unit: TimelineUnit;
  /** Number of bars: 1 to MAX_BARS. */
  count: number;
  /** The bar of a date within the span (clamped into it). */
  index: (d: { y: number; m: number }) => number;
  /** The label of bar i: "YYYY-MM" or "YYYY". */
  period: (i: number) => string;
}

/** The bars from one year and month to another: by month when short, else by the shortest step that fits. */
function periods(from: { y: number; m: number }, to: { y: number; m: number }): Periods {
  const clamp = (i: number, count: number) => Math.min(Math.max(Math.floor(i), 0), count - 1);
  const months = (to.y - from.y) * 12 + to.m - from.m + 1;
  if (months <= MAX_MONTHS) {
    const start = from.y * 12 + from.m - 1;
    const count = Math.max(1, months);
    return {
      unit: 'month',
      count,
      index: (d) => clamp(d.y * 12 + d.m - 1 - start, count),
      period: (i) => `${pad4(Math.floor((start + i) / 12))}-${String(((start + i) % 12) + 1).padStart(2, '0')}`,
    };
  }
  const bucketsOf = (step: number) => Math.floor(to.y / step) - Math.floor(from.y / step) + 1;
  const [unit, step] = YEAR_STEPS.find(([, s]) => bucketsOf(s) <= MAX_BARS) ?? YEAR_STEPS.at(-1)!;
  const start = Math.floor(from.y / step) * step;
  const count = Math.min(Math.max(1, bucketsOf(step)), MAX_BARS);
  return {
    unit,
    count,
    index: (d) => clamp((d.y - start) / step, count),
    period: (i) => pad4(start + i * step),
  };
}

/** A bar's period in words: "March 2021", "2021", "the 2020s", "2000–2099". */
function periodLabel(unit: TimelineUnit, period: string): string {
  if (unit === 'month') return formatMonth(period);
  if (unit === 'year') return period;
  if (unit === 'decade') return `${period}s`;
  const span = unit === 'century' ? 100 : 1000;
  return `${period}–${pad4(Number(period) + span - 1)}`;
}

const W = 320;
const H = 56;

/** The timeline as a small static SVG, with first and last seen in words. */
export function timelineSvg(t: Timeline, id: string): SafeHtml {
  if (!t.bars.length)
    return html`<p class="timeline-none">No dated articles${t.undatedArticles ? ` (${plural(t.undatedArticles, 'undated article')})` : ''}.</p>`;
  const max = Math.max(...t.bars.map((b) => b.mentions), 1);
  const step = W / t.bars.length;
  const bw = Math.max(step - 1, 1);
  const label = (p: string) => periodLabel(t.unit, p);
  return html`<figure class="timeline">
<svg viewBox="0 0 ${W} ${H + 14}" role="img" aria-labelledby="${id}-t"><title id="${id}-t">Mentions per ${t.unit}, ${label(t.bars[0]!.period)} to ${label(t.bars.at(-1)!.period)}; most in one period: ${max}</title>
${t.bars.map((b, i) => (b.mentions ? html`<rect x="${(i * step).toFixed(1)}" y="${(H - (H * b.mentions) / max).toFixed(1)}" width="${bw.toFixed(1)}" height="${((H * b.mentions) / max).toFixed(1)}"><title>${label(b.period)}: ${plural(b.mentions, 'mention')}</title></rect>` : ''))}
<line x1="0" y1="${H + 0.5}" x2="${W}" y2="${H + 0.5}"/>
<text x="0" y="${H + 12}">${label(t.bars[0]!.period)}</text>${t.bars.length > 1 ? html`<text x="${W}" y="${H + 12}" text-anchor="end">${label(t.bars.at(-1)!.period)}</text>` : ''}
</svg>
<figcaption>First seen <time datetime="${t.first}">${formatDate(t.first!)}</time>, last seen <time datetime="${t.last}">${formatDate(t.last!)}</time>${t.undatedArticles ? `; ${plural(t.undatedArticles, 'undated article')} not drawn` : ''}.</figcaption>
</figure>`;
}
