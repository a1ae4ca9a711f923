/**
 * A page about a body names its own outlets and teams after it ("Quorn Journal", "Quorn Exchange", "Quorn Customer
 * Care Team" on a page about Quorn): a group named "<X> <unit word>" joins X when X is the name the article names
 * most (three mentions or more) and is no place. Elsewhere "<X> Journal" keeps a page of its own.
 */
import { nameKey } from '../lang/keys.ts';

interface Named {
  article: string;
  entity: { name: string; type: string; aliases: readonly string[]; mentions: readonly unknown[] };
}

/** Last words that name a body's own outlet, project or team. */
const UNIT_WORDS = new Set(['journal', 'exchange', 'blog', 'newsletter', 'podcast', 'team']);

const MIN_MENTIONS = 3;

export function joinOwnUnits<N extends Named>(nodes: readonly N[], union: (a: number, b: number) => void): void {
  // each article's most-mentioned node
  const top = new Map<string, number>();
  nodes.forEach((node, i) => {
    const best = top.get(node.article);
    if (best === undefined || node.entity.mentions.length > nodes[best]!.entity.mentions.length)
      top.set(node.article, i);
  });
  nodes.forEach((node, i) => {
    if (node.entity.type !== 'group') return;
    const words = nameKey(node.entity.name).split(' ');
    if (words.length < 2 || !UNIT_WORDS.has(words.at(-1)!)) return;
    const t = top.get(node.article);
    if (t === undefined || t === i) return;
    const main = nodes[t]!.entity;
    if (main.type === 'place' || main.mentions.length < MIN_MENTIONS) return;
    const forms = new Set([main.name, ...main.aliases].map(nameKey));
    // "<X> Journal", "<X> Customer Care Team": X and then words ending in a unit's
    for (let k = 1; k < words.length; k++)
      if (forms.has(words.slice(0, k).join(' '))) {
        union(i, t);
        return;
      }
  });
}
