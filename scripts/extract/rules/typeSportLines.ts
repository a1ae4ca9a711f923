/**
 * Sports pages name teams after their towns, and in tables nothing but the shape of the line says so. In a
 * document about sport, a name is a team (a group) where the line it stands on has the shape of:
 * - a table row: the name, then numbers only ("Northam 4 3 1 0 7 4 10", "NORTHAM 83 49 .629 -");
 * - a result: a name and a number, another name and a number ("Northam 2 Southby 1", "Northam 31 Westley 33");
 * - a fixture: "A at B", "A v B", "A vs B", one or several on the line ("NORTHAM AT SOUTHBY"); in "A at B", B is
 *   also where the game is played, so a town's name there stays a place, mention by mention (typeMentions.ts);
 * - a club in brackets after a person ("Jane Roe (Northam)"), where it is no country and was read as a person.
 * Countries stay places (wire style writes a national side as its country), and a name the document marks as a
 * person's (a first name, an initial, a title) stays a person.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { EntityType } from '../../core/types/common.ts';
import { getLexicons, isCommonWord } from '../../lang/lexicon.ts';
import { lookupPlace } from '../../lang/gazetteer.ts';
import { splitByMention } from './typeMentions.ts';

export interface Options {
  /** Sport words needed in the document before its lines are read as tables of teams. */
  minSportWords: number;
}

export const defaultOptions: Options = { minSportWords: 2 };

interface Occurrence {
  first: number;
  last: number;
  text: string;
  role?: string;
}

interface SportCluster {
  type: EntityType;
  roles: string[];
  place?: { kind: string };
  forms: Map<string, number>;
  occurrences: Occurrence[];
}

/** Words of sports reports and their tables, in any case ("SOCCER -", "W L PCT GB", "Division one"). */
const SPORT_WORDS = new Set(
  `soccer football rugby cricket baseball basketball hockey tennis golf cycling athletics motor racing league
  division championship cup tournament match matches season standings played won drawn lost goals points pct gb
  innings wickets beat drew defeated coach striker goalkeeper scored halftime playoff semifinal quarterfinal`
    .trim()
    .split(/\s+/),
);

const FIXTURE_WORDS = new Set(['at', 'v', 'vs', 'v.', 'vs.', 'versus']);

/** Retype, in place, the clusters that a table row, a result, a fixture or a club bracket marks as teams. */
export function typeSportLines<C extends SportCluster>(
  ctx: DocContext,
  clusters: C[],
  options: Partial<Options> = {},
): C[] {
  const opts = { ...defaultOptions, ...options };
  const t = ctx.tokens;
  let sport = 0;
  for (const x of t) if (x.kind === 'word' && SPORT_WORDS.has(x.lower)) sport++;
  if (sport < opts.minSportWords) return clusters;
  const shapes = lineShapes(ctx, clusters);
  const people = new Set<number>();
  for (const c of clusters) if (c.type === 'person') for (const o of c.occurrences) people.add(o.first);
  const person = (token: number) => people.has(token);
  const wasPlace = new Set<C>();
  for (const c of clusters) {
    if (c.type === 'group' || c.roles.length > 0 || c.place?.kind === 'country' || c.place?.kind === 'region') continue;
    if (c.occurrences.some((o) => personLike(ctx, o)) || c.occurrences.some((o) => isCountry(o.text))) continue;
    if (c.occurrences.some((o) => isTeamSlot(shapes, o.first, person, c.type))) {
      if (c.type === 'place') wasPlace.add(c);
      c.type = 'group';
    }
  }
  // "A at B": B is where the game is played, the home team's town
  return splitByMention(clusters, (c, o) =>
    c.type === 'group' && (wasPlace.has(c) || c.place) && isHostSlot(shapes, o.first) ? 'place' : undefined,
  );
}

const isCountry = (text: string): boolean => {
  const p = lookupPlace(text);
  return p?.kind === 'country' || p?.kind === 'region';
};

/** A first name before the surname, an initial ("C. Roe") or a title: a person's name. */
function personLike(ctx: DocContext, o: Occurrence): boolean {
  if (o.role) return true;
  const words = ctx.tokens.slice(o.first, o.last + 1).filter((x) => x.kind === 'word');
  if (words.length < 2) return false;
  const first = words[0]!;
  return (getLexicons().firstNames.has(first.lower) && !isCommonWord(first.lower)) || /^\p{Lu}\.?$/u.test(first.text);
}

/** Each line's shape: E a name, N a number, v a fixture word, w any other word, ( ) brackets, p other punctuation. */
interface Line {
  shape: string;
  /** The token each letter of the shape starts at. */
  starts: number[];
  /** Lower-case words of the fixture letters, by token. */
  words: Record<number, string>;
}

/** Token index of each name's first token → its line and the position of its letter in the line's shape. */
type LineShapes = Map<number, { line: Line; pos: number }>;

function lineShapes(ctx: DocContext, clusters: readonly SportCluster[]): LineShapes {
  const t = ctx.tokens;
  const nameEnd = new Map<number, number>();
  for (const c of clusters)
    for (const o of c.occurrences) nameEnd.set(o.first, Math.max(nameEnd.get(o.first) ?? 0, o.last));
  const at: LineShapes = new Map();
  let i = 0;
  while (i < t.length) {
    const line: Line = { shape: '', starts: [], words: {} };
    do {
      const end = nameEnd.get(i);
      line.starts.push(i);
      const x = t[i]!;
      if (end !== undefined) {
        line.shape += 'E';
        i = end + 1;
        continue;
      }
      if (x.kind === 'number') line.shape += 'N';
      else if (x.kind === 'word' && FIXTURE_WORDS.has(x.lower)) {
        line.shape += 'v';
        line.words[i] = x.lower;
      } else if (x.kind === 'word') line.shape += 'w';
      else line.shape += x.norm === '(' || x.norm === ')' ? x.norm : 'p';
      i++;
    } while (i < t.length && !t[i]!.lineStart);
    line.starts.forEach((tok, pos) => {
      if (line.shape[pos] === 'E') at.set(tok, { line, pos });
    });
  }
  return at;
}

const FIXTURES = /^(?:w+p)?(?:EvEp?)+(?:Ev)?$/;

/** Is the name starting at token `first` the second of a fixture "A at B" (the venue)? */
function isHostSlot(shapes: LineShapes, first: number): boolean {
  const entry = shapes.get(first);
  if (!entry || !FIXTURES.test(entry.line.shape) || entry.line.shape[entry.pos - 1] !== 'v') return false;
  const at = entry.line.starts[entry.pos - 1]!;
  return entry.line.words[at] === 'at';
}

/**
 * Is the name starting at token `first` a team's slot on its line? `person`: is the name starting at a token a
 * person's? `type`: the name's type so far (only a name read as a person's is a club in brackets).
 */
function isTeamSlot(shapes: LineShapes, first: number, person: (token: number) => boolean, type: EntityType): boolean {
  const entry = shapes.get(first);
  if (!entry) return false;
  const { pos } = entry;
  const { shape, starts } = entry.line;
  // a table row: the name first, then numbers (a bracketed qualifier may follow the name)
  if (pos === 0 && /^E(?:\(E\))?(?:N|p)*$/.test(shape) && (shape.match(/N/g)?.length ?? 0) >= 2) return true;
  // a result: "A 2 B 1", the name in either place
  if (
    /^E(?:\(E\))?NE(?:\(E\))?N/.test(shape) &&
    (pos === 0 || (pos === shape.indexOf('NE') + 1 && shape[pos - 1] === 'N'))
  )
    return true;
  // fixtures: "A at B", "A v B, C v D", after a label ("Postponed: A v B")
  if (FIXTURES.test(shape) && (shape[pos + 1] === 'v' || shape[pos - 1] === 'v')) return true;
  // a club in brackets after a person's name, itself read as a person's: "Jane Roe (Northam)"
  return (
    type === 'person' &&
    pos >= 2 &&
    shape[pos - 1] === '(' &&
    shape[pos + 1] === ')' &&
    shape[pos - 2] === 'E' &&
    person(starts[pos - 2]!)
  );
}
