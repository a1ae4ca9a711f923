import type { SiteEntity } from '../../scripts/core/types/site.ts';
import { plural } from '../../scripts/core/text/plural.ts';
import type { Lookup } from './data.ts';
import { html, type SafeHtml } from './html.ts';
import { formatDate, formatMonth } from './format.ts';

/** How long one bar of the timeline is. */
export type TimelineUnit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century' | 'millennium';

export interface Timeline {
  /**
   * Mentions per period, every period from first to last, at most MAX_BARS: "YYYY-MM-DD" by day, the Monday that
   * starts it by week, "YYYY-MM" by month, or the first year of the period as "YYYY" by year, decade, century or
   * millennium.
   */
  bars: { period: string; mentions: number }[];
  unit: TimelineUnit;
  first?: string;
  last?: string;
  undatedArticles: number;
}

/**
 * The most bars of a readable timeline: the step is the shortest (day, week, month, year, decade, century) that
 * draws the span in at most this many bars, about 5 px each in the 320-unit drawing. A few days are drawn by day,
 * a few months by week, a few years by month.
 */
export const READABLE_BARS = 60;
/** The most bars a timeline ever has, whatever its dates: the loop that draws it is bounded by this. */
export const MAX_BARS = 100;
/** Years per bar beyond months, tried in order until the span fits. */
const YEAR_STEPS: [TimelineUnit, number][] = [
  ['year', 1],
  ['decade', 10],
  ['century', 100],
  ['millennium', 1000],
];

const pad4 = (year: number) => String(year).padStart(4, '0');
const pad2 = (n: number) => String(n).padStart(2, '0');

interface DateParts {
  y: number;
  m: number;
  /** Days since 1970-01-01, when the date has a day. */
  day?: number;
}

/** "YYYY-MM-DD" (or "YYYY-MM", "YYYY") → its parts as numbers; undefined when it is not a date. */
function dateParts(date: string): DateParts | undefined {
  const match = /^(\d{1,6})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(date);
  if (!match) return undefined;
  const y = Number(match[1]);
  const m = match[2] === undefined ? 1 : Number(match[2]);
  if (m < 1 || m > 12) return undefined;
  const d = match[3] === undefined ? undefined : Number(match[3]);
  if (d === undefined || d < 1 || d > 31) return { y, m };
  return { y, m, day: dayNumber(y, m, d) };
}

/** Days since 1970-01-01 (setUTCFullYear, so that years 0 to 99 are not read as 1900 to 1999). */
function dayNumber(y: number, m: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / 86_400_000);
}

/** The day as "YYYY-MM-DD". */
function isoDay(day: number): string {
  const date = new Date(day * 86_400_000);
  return `${pad4(date.getUTCFullYear())}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** The Monday that starts the day's week (1970-01-01 was a Thursday). */
const monday = (day: number) => day - ((((day + 3) % 7) + 7) % 7);

/** Mentions per day (or week, month, year…) over the entity's dated articles, in at most MAX_BARS bars. */
export function timeline(entity: Pick<SiteEntity, 'articles'>, { article }: Pick<Lookup, 'article'>): Timeline {
  const dated: (DateParts & { date: string; count: number })[] = [];
  let undatedArticles = 0;
  for (const ref of entity.articles) {
    const date = article.get(ref.id)?.date;
    const parts = date ? dateParts(date) : undefined;
    if (date && parts) dated.push({ date, ...parts, count: ref.count });
    else undatedArticles++;
  }
  if (!dated.length) return { bars: [], unit: 'month', undatedArticles };
  const sorted = [...dated].sort((a, b) => a.y - b.y || a.m - b.m || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const from = sorted[0]!;
  const to = sorted.at(-1)!;
  const [first, last] = [from.date, to.date];
  // every period is numbered from 0 (the first) to count - 1 (the last)
  const { unit, count, index, period } = periods(sorted);
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
  index: (d: DateParts) => number;
  /** The label of bar i: "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  period: (i: number) => string;
}

const clamp = (i: number, count: number) => Math.min(Math.max(Math.floor(i), 0), count - 1);

/**
 * The bars over the dates (sorted): by day or week when every date has a day and the span fits in READABLE_BARS,
 * else by month, else by the shortest run of years that fits (in READABLE_BARS, or at worst MAX_BARS).
 */
function periods(sorted: readonly DateParts[]): Periods {
  const from = sorted[0]!;
  const to = sorted.at(-1)!;
  const days = sorted.map((d) => d.day);
  if (days.every((d) => d !== undefined)) {
    const [lo, hi] = [Math.min(...(days as number[])), Math.max(...(days as number[]))];
    if (hi - lo + 1 <= READABLE_BARS)
      return {
        unit: 'day',
        count: hi - lo + 1,
        index: (d) => clamp(d.day! - lo, hi - lo + 1),
        period: (i) => isoDay(lo + i),
      };
    const [start, end] = [monday(lo), monday(hi)];
    const weeks = (end - start) / 7 + 1;
    if (weeks <= READABLE_BARS)
      return {
        unit: 'week',
        count: weeks,
        index: (d) => clamp((monday(d.day!) - start) / 7, weeks),
        period: (i) => isoDay(start + 7 * i),
      };
  }
  const months = (to.y - from.y) * 12 + to.m - from.m + 1;
  if (months <= READABLE_BARS) {
    const start = from.y * 12 + from.m - 1;
    const count = Math.max(1, months);
    return {
      unit: 'month',
      count,
      index: (d) => clamp(d.y * 12 + d.m - 1 - start, count),
      period: (i) => `${pad4(Math.floor((start + i) / 12))}-${pad2(((start + i) % 12) + 1)}`,
    };
  }
  const bucketsOf = (step: number) => Math.floor(to.y / step) - Math.floor(from.y / step) + 1;
  const [unit, step] =
    YEAR_STEPS.find(([, s]) => bucketsOf(s) <= READABLE_BARS) ??
    YEAR_STEPS.find(([, s]) => bucketsOf(s) <= MAX_BARS) ??
    YEAR_STEPS.at(-1)!;
  const start = Math.floor(from.y / step) * step;
  const count = Math.min(Math.max(1, bucketsOf(step)), MAX_BARS);
  return {
    unit,
    count,
    index: (d) => clamp((d.y - start) / step, count),
    period: (i) => pad4(start + i * step),
  };
}

/** A bar's period in words: "4 March 2021", "the week of 1 March 2021", "March 2021", "2021", "2020s", "2000–2099". */
function periodLabel(unit: TimelineUnit, period: string): string {
  if (unit === 'day') return formatDate(period);
  if (unit === 'week') return `week of ${formatDate(period)}`;
  if (unit === 'month') return formatMonth(period);
  if (unit === 'year') return period;
  if (unit === 'decade') return `${period}s`;
  const span = unit === 'century' ? 100 : 1000;
  return `${period}–${pad4(Number(period) + span - 1)}`;
}

/** A bar's period on the axis, short: "4 Mar 2021" (day or week), "Mar 2021", or as in words. */
function tickLabel(unit: TimelineUnit, period: string): string {
  if (unit === 'day' || unit === 'week' || unit === 'month') {
    const [day, month, year] = (unit === 'month' ? `1 ${formatMonth(period)}` : formatDate(period)).split(' ');
    return `${unit === 'month' ? '' : `${day} `}${month!.slice(0, 3)} ${year}`;
  }
  return periodLabel(unit, period);
}

/** The bars that get a label on the axis: the first, the last, and up to two evenly between. */
export function tickBars(count: number): number[] {
  const ticks =
    count <= 4
      ? Array.from({ length: count }, (_, i) => i)
      : [0, 1, 2, 3].map((k) => Math.round((k * (count - 1)) / 3));
  return [...new Set(ticks)];
}

const W = 320;
/** Height of the bars' area, and the room above it (the scale) and below it (the axis labels). */
const H = 56;
const TOP = 12;
const BOTTOM = 14;
/** The widest a bar is drawn, so that one bar or three do not fill the drawing. */
const MAX_BAR_WIDTH = 24;

/** The timeline as a small static SVG: the scale above, the period labels below, first and last seen in words. */
export function timelineSvg(t: Timeline, id: string): SafeHtml {
  if (!t.bars.length)
    return html`<p class="timeline-none">No dated articles${t.undatedArticles ? ` (${plural(t.undatedArticles, 'undated article')})` : ''}.</p>`;
  const max = Math.max(...t.bars.map((b) => b.mentions), 1);
  const step = W / t.bars.length;
  const bw = Math.min(Math.max(step - 1, 1), MAX_BAR_WIDTH);
  const label = (p: string) => periodLabel(t.unit, p);
  const ticks = tickBars(t.bars.length);
  const centre = (i: number) => i * step + step / 2;
  const anchor = (i: number) =>
    ticks.length === 1 ? 'middle' : i === 0 ? 'start' : i === t.bars.length - 1 ? 'end' : 'middle';
  const tickX = (i: number) =>
    anchor(i) === 'start' ? centre(i) - bw / 2 : anchor(i) === 'end' ? centre(i) + bw / 2 : centre(i);
  const y0 = TOP + H;
  return html`<figure class="timeline">
<svg viewBox="0 0 ${W} ${TOP + H + BOTTOM}" role="img" aria-labelledby="${id}-t"><title id="${id}-t">Mentions per ${t.unit}, ${label(t.bars[0]!.period)} to ${label(t.bars.at(-1)!.period)}; most in one ${t.unit}: ${max}</title>
<text class="scale" x="0" y="9">${plural(max, 'mention')} at most</text><text class="scale" x="${W}" y="9" text-anchor="end">one bar a ${t.unit}</text>
${t.bars.map((b, i) => (b.mentions ? html`<rect x="${(centre(i) - bw / 2).toFixed(1)}" y="${(y0 - (H * b.mentions) / max).toFixed(1)}" width="${bw.toFixed(1)}" height="${((H * b.mentions) / max).toFixed(1)}"><title>${label(b.period)}: ${plural(b.mentions, 'mention')}</title></rect>` : ''))}
<line x1="0" y1="${y0 + 0.5}" x2="${W}" y2="${y0 + 0.5}"/>
${ticks.map((i) => html`<line class="tick" x1="${centre(i).toFixed(1)}" y1="${y0}" x2="${centre(i).toFixed(1)}" y2="${y0 + 3}"/><text x="${tickX(i).toFixed(1)}" y="${y0 + 12}"${anchor(i) === 'start' ? '' : html` text-anchor="${anchor(i)}"`}>${tickLabel(t.unit, t.bars[i]!.period)}</text>`)}
</svg>
<figcaption>First seen <time datetime="${t.first}">${formatDate(t.first!)}</time>, last seen <time datetime="${t.last}">${formatDate(t.last!)}</time>${t.undatedArticles ? `; ${plural(t.undatedArticles, 'undated article')} not drawn` : ''}.</figcaption>
</figure>`;
}
