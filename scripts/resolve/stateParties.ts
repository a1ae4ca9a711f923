/**
 * A party named as a US state's branch ("the state Quorn Party", "Eslin Quorn Party" with the state's name written
 * before it but found apart) is not the national party of the same name: in such an article the party's nodes are
 * returned with a key of the article's own, to be kept apart from the party named plainly elsewhere.
 */
import { nameKey } from '../lang/keys.ts';
import { US_STATES } from '../lang/usStates.ts';

interface Node {
  article: string;
  entity: { name: string; type: string; mentions: readonly { start: number; end: number }[] };
}

/** "state " or a US state's name (one or two words) just before a mention. */
function afterState(before: string): boolean {
  if (/\bstate\s+$/.test(before)) return true;
  const words = before.trimEnd().split(/\s+/).slice(-2);
  return [words.slice(-1), words].some(
    (w) => before.endsWith(' ') && Object.hasOwn(US_STATES, w.join(' ').toLowerCase()),
  );
}

/** The nodes of a party every mention of which names a state's branch, each with the qualifier that keeps it apart. */
export function stateParties(
  nodes: readonly Node[],
  textOf: (article: string) => string | undefined,
): Map<number, string> {
  const out = new Map<number, string>();
  nodes.forEach((node, i) => {
    const { type, name, mentions } = node.entity;
    if (type !== 'group' || !mentions.length || nameKey(name).split(' ').at(-1) !== 'party') return;
    const text = textOf(node.article);
    if (text === undefined) return;
    if (mentions.every((m) => afterState(text.slice(Math.max(0, m.start - 30), m.start))))
      out.set(i, `state-party|${node.article}`);
  });
  return out;
}
