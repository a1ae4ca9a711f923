import type { SiteEntity } from '../../scripts/core/types/site.ts';
import { plural } from '../../scripts/core/text/plural.ts';
import type { Lookup } from './data.ts';
import { html, type SafeHtml } from './html.ts';
import { formatDate, formatMonth } from './format.ts';

export interface Timeline {
  /** "YYYY-MM" (or "YYYY" when the span is long) → mentions, every period from first to last. */
  bars: { period: string; mentions: number }[];
  first?: string;
  last?: string;
  undatedArticles: number;
}

/** Longest span drawn month by month; longer spans are drawn year by year. */
const MAX_MONTHS = 48;

/** Mentions per month (or year) over the entity's dated articles. */
export function timeline(entity: Pick<SiteEntity, 'articles'>, { article }: Pick<Lookup, 'article'>): Timeline {
  const dated: { date: string; count: number }[] = [];
  let undatedArticles = 0;
  for (const ref of entity.articles) {
    const date = article.get(ref.id)?.date;
    if (date) dated.push({ date, count: ref.count });
    else undatedArticles++;
  }
  if (!dated.length) return { bars: [], undatedArticles };
  const dates = dated.map((d) => d.date).sort();
  const first = dates[0]!;
  const last = dates.at(-1)!;
  const months =
    (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
    Number(last.slice(5, 7)) -
    Number(first.slice(5, 7)) +
    1;
  const byYear = months > MAX_MONTHS;
  const key = (date: string) => (byYear ? date.slice(0, 4) : date.slice(0, 7));
  const counts = new Map<string, number>();
  for (const d of dated) counts.set(key(d.date), (counts.get(key(d.date)) ?? 0) + d.count);
  const bars: Timeline['bars'] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  for (;;) {
    const period = byYear ? String(y) : `${y}-${String(m).padStart(2, '0')}`;
    bars.push({ period, mentions: counts.get(period) ?? 0 });
    if (period === key(last)) break;
    if (byYear) y++;
    else if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return { bars, first, last, undatedArticles };
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
  const label = (p: string) => (p.length === 4 ? p : formatMonth(p));
  return html`<figure class="timeline">
<svg viewBox="0 0 ${W} ${H + 14}" role="img" aria-labelledby="${id}-t"><title id="${id}-t">Mentions per ${t.bars[0]!.period.length === 4 ? 'year' : 'month'}, ${label(t.bars[0]!.period)} to ${label(t.bars.at(-1)!.period)}; most in one period: ${max}</title>
${t.bars.map((b, i) => (b.mentions ? html`<rect x="${(i * step).toFixed(1)}" y="${(H - (H * b.mentions) / max).toFixed(1)}" width="${bw.toFixed(1)}" height="${((H * b.mentions) / max).toFixed(1)}"><title>${label(b.period)}: ${plural(b.mentions, 'mention')}</title></rect>` : ''))}
<line x1="0" y1="${H + 0.5}" x2="${W}" y2="${H + 0.5}"/>
<text x="0" y="${H + 12}">${label(t.bars[0]!.period)}</text>${t.bars.length > 1 ? html`<text x="${W}" y="${H + 12}" text-anchor="end">${label(t.bars.at(-1)!.period)}</text>` : ''}
</svg>
<figcaption>First seen <time datetime="${t.first}">${formatDate(t.first!)}</time>, last seen <time datetime="${t.last}">${formatDate(t.last!)}</time>${t.undatedArticles ? `; ${plural(t.undatedArticles, 'undated article')} not drawn` : ''}.</figcaption>
</figure>`;
}
