/**
 * Cue words of organisations in news of many languages, for typing names by what they are called and by what
 * stands around them (typeByCues.ts). Lower case; words only, never names: a cue says what kind of thing carries
 * it ("… Railway", "… Shimbun", "… Bhd", "Banco …"), whoever it is.
 */

import { wordSet } from '../../lang/lexicon.ts';
const set = wordSet;

/**
 * Last words that make a name of two words or more an organisation's, whatever the rest: railway and transit
 * companies ("X Railway", "X Trains", "X Overground"), papers, agencies and sites ("X Register", "X Globe", "X
 * Shimbun", "X Ilbo", "X Zeitung"), company forms of many countries ("X Bhd", "X GmbH", "X Tbk"), exchanges and
 * banks, courts and legislatures ("Supreme Court", "X Rada", "X Duma"), universities, clubs' suffixes, desks of a
 * newsroom ("X Newsroom").
 */
export const GROUP_NAME_ENDS = set(`
  railway railways railroad railroads trains rail underground overground metro tramways buses airlines airways
  express line lines
  register globe times post journal herald tribune telegraph gazette chronicle observer courier inquirer examiner
  bulletin newspaper magazine daily weekly press news newswire wire ilbo shimbun sinmun shinbun ribao zeitung
  tageblatt tagblatt rundschau allgemeine presse kurier dagblad dagbladet posten tidning tidningen tidende krant
  courant gazet gazeta gazzetta corriere matin monde soir pravda izvestia vesti vestnik vesnik novosti kommersant
  hurriyet milliyet
  inc corp corporation co cos ltd limited llc plc ag sa nv gmbh bv spa srl sarl ab asa oy oyj bhd berhad tbk pte pty
  kk kgaa holdings bancorp bancshares
  exchange bourse borse börse bank banks
  court courts tribunal tribunals rada duma sejm knesset majlis bundestag bundesrat riksdag storting folketing
  eduskunta cortes
  university universität universitat université universite universidad universidade università universita
  college
  fc afc cf ssc
  newsroom newsdesk desk bureau
`);

/**
 * First words that make a name of two words or more an organisation's: company and bank forms ("PT X", "Banco X",
 * "Grupo X"), clubs' prefixes ("FC X", "VfB X"), universities and courts written first ("Universidad de X",
 * "Tribunal X").
 */
export const GROUP_NAME_STARTS = set(`
  pt banco banca banque bankhaus grupo groupe gruppo compagnie compañía compania société societe sociedad
  fc afc sv vfb vfl tsv cd ssc
  universidad universidade université universite universität universitat università universita tribunal
`);

/** Heads written before "of"/"for" that make the whole name an organisation's: "University of X", "Bank of X", "Transport for X". */
export const GROUP_HEADS_BEFORE_OF = set(`
  university bank court ministry department council commission committee college institute academy federation
  association union league party office bureau board transport authority agency
`);

/** Compass words before "Bank" make a region's name ("West Bank"), not a body's ("Central Bank" is a body's). */
export const COMPASS_FIRST = set(`north south east west northern southern eastern western upper lower left`);

/**
 * Nouns that, as the head of an apposition ("X, a miner", "X, the first foreign company to list"), say X is a
 * company, a paper or another organisation.
 */
export const ORG_APPOSITION_HEADS = set(`
  company companies firm group conglomerate maker manufacturer producer insurer retailer carrier airline bank lender
  broker brokerage newspaper daily weekly magazine paper operator exporter importer supplier distributor developer
  subsidiary publisher miner automaker carmaker drugmaker chipmaker utility refiner exchange agency
  broadcaster network website site startup start-up brokerage fund insurer club team
`);

/** Words that may end an apposition's head: punctuation or a word that starts what is said of the head. */
export const APPOSITION_AFTER = set(`
  , . ; : ) that which whose based listed owned controlled in of with to and for
`);

/** People at firms: "analysts at X", "an economist with X". */
export const FIRM_STAFF = set(`
  analyst analysts economist economists strategist strategists trader traders dealer dealers broker brokers
  banker bankers
`);
