/**
 * A US state's own party branch or capitol is not the national one of the same name: a party every mention of which
 * follows "state" or a state's name ("the state Quorn Party", "Eslin Quorn Party" found apart from "Eslin"), and a
 * capitol every mention of which follows "its", "state" or a state's possessive ("Eslin closed its Capitol", "the
 * state Capitol", "Eslin's Capitol"). Such nodes are returned with a key of their article's own, to be kept apart
 * from the national party or the U.S. Capitol named plainly elsewhere.
 */
import { nameKey } from '../lang/keys.ts';
import { US_STATES } from '../lang/usStates.ts';

interface Node {
  article: string;
  entity: { name: string; type: string; mentions: readonly { start: number; end: number }[] };
}

const isState = (words: string[]) => Object.hasOwn(US_STATES, words.join(' ').toLowerCase());

/** "state " or a US state's name (one or two words), possessive where `possessive`, just before a mention. */
function afterState(before: string, possessive: boolean): boolean {
  if (/\bstate\s+$/.test(before)) return true;
  if (!before.endsWith(' ')) return false;
  const words = before.trimEnd().split(/\s+/).slice(-2);
  const last = words.at(-1) ?? '';
  if (possessive && !/['’]s?$/.test(last)) return false;
  const plain = [...words.slice(0, -1), last.replace(/['’]s?$/, '')];
  return isState(plain.slice(-1)) || isState(plain);
}

/** A branch's head word and what may stand before its mentions. */
const BRANCHES: Record<string, (before: string) => boolean> = {
  party: (before) => afterState(before, false),
  capitol: (before) => /\bits\s+$/.test(before) || afterState(before, true),
};

/** The nodes of a state's party or capitol, each with the qualifier that keeps it apart. */
export function stateBranches(
  nodes: readonly Node[],
  textOf: (article: string) => string | undefined,
): Map<number, string> {
  const out = new Map<number, string>();
  nodes.forEach((node, i) => {
    const { type, name, mentions } = node.entity;
    const head = nameKey(name).split(' ').at(-1)!;
    const cue = BRANCHES[head];
    if (type === 'person' || !mentions.length || !cue || !Object.hasOwn(BRANCHES, head)) return;
    if (head === 'party' && type !== 'group') return;
    const text = textOf(node.article);
    if (text === undefined) return;
    if (mentions.every((m) => cue(text.slice(Math.max(0, m.start - 30), m.start))))
      out.set(i, `state-${head}|${node.article}`);
  });
  return out;
}
