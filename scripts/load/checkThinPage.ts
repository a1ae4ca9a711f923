/**
 * Saved web pages that are probably not the article: a body of a few hundred characters (a teaser, a caption, a
 * paywall stub), or one whose last paragraph asks the reader to subscribe or sign in to read on. Such a page is still
 * built, with a THIN_ARTICLE warning naming it, so the user can save the full page or paste the text into a .md file.
 *
 * Only HTML pages are checked: a short .md or .txt note, a dataset row or a short PDF or Word document is usually
 * meant to be short, and a paywall stub comes from saving a web page.
 */
import type { Warning } from '../core/types/common.ts';
import type { ArticleDraft } from './readers/draft.ts';

export interface Options {
  /** A page body with fewer characters than this is thin. */
  minCharacters: number;
  /** A last paragraph longer than this is prose, not a prompt, whatever words it has. */
  maxPromptCharacters: number;
}

/**
 * 500 characters: on the 274 saved pages of ../shared/data/web-pages, 8 bodies are shorter (a caption, a config
 * snippet, "Related Videos", a blog's footer line) and every real article is longer; the 5th percentile is 646.
 */
export const defaultOptions: Options = { minCharacters: 500, maxPromptCharacters: 300 };

/**
 * Prompts that end a paywall stub, in English, German, French, Spanish, Italian and Portuguese. A newsletter
 * invitation ("Subscribe to our newsletter") or a bare "Read more" link is not one: they end many full articles.
 */
const PAYWALL_PROMPTS: readonly RegExp[] = [
  // English
  /\b(?:subscribe|sign in|sign up|log ?in|register|become a (?:member|subscriber))\b[^.!?]{0,40}\b(?:to continue|continue reading|keep reading|to read (?:on|this|it|the (?:full|rest|whole))|read (?:on|the (?:full|rest|whole)))\b/i,
  /\b(?:continue|keep) reading\b[^.!?]{0,40}\b(?:subscri|sign in|log ?in|member)/i,
  /\b(?:this|the) (?:content|article|story|post|page) is (?:only )?(?:available )?(?:for|to|exclusive(?:ly)? (?:for|to)) (?:paid |premium |our )?(?:subscribers|members)\b/i,
  /\bsubscribers only\b|\bfor subscribers\b[^.!?]{0,30}\bonly\b|\balready a subscriber\b/i,
  /\b(?:to read|read) (?:the (?:full|rest of the|whole) (?:article|story)|more),? (?:please )?(?:subscribe|sign in|log ?in)/i,
  // German
  /\b(?:jetzt|bitte)?\s*(?:abonnieren|anmelden|einloggen|registrieren)\b[^.!?]{0,40}\bweiterlesen\b/i,
  /\bweiterlesen mit\b[^.!?]{0,30}\b(?:abo|plus|premium)/i,
  /\b(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur )?(?:exklusiv )?f(?:ü|ue)r (?:abonnenten|abonnentinnen|abonnent\*innen|mitglieder)\b/i,
  /\bsie sind bereits abonnent/i,
  // French
  /\b(?:cet|l['’])article est réservé aux abonnés\b|\bréservé aux abonnés\b/i,
  /\babonnez-vous pour (?:lire|continuer|poursuivre)\b/i,
  /\bil vous reste \d+\s?% de cet article à lire\b/i,
  // Spanish
  /\bsuscr[ií]bete (?:para|y) (?:seguir|continuar|leer)\b/i,
  /\b(?:este|el) (?:contenido|art[ií]culo) es (?:exclusivo )?(?:solo )?para suscriptores\b/i,
  // Italian, Portuguese
  /\babbonati per (?:continuare|leggere)\b|\briservato agli abbonati\b/i,
  /\bassine para (?:continuar|ler)\b|\bexclusivo para assinantes\b/i,
];

/** Whether a paragraph is a subscribe or sign-in prompt (short, with one of the paywall phrasings). */
export function isPaywallPrompt(paragraph: string, options: Partial<Options> = {}): boolean {
  const opts = { ...defaultOptions, ...options };
  const text = paragraph.trim();
  return text.length > 0 && text.length <= opts.maxPromptCharacters && PAYWALL_PROMPTS.some((p) => p.test(text));
}

/** A THIN_ARTICLE warning for a saved web page that is too short or ends in a paywall prompt; undefined otherwise. */
export function checkThinPage(article: ArticleDraft, options: Partial<Options> = {}): Warning | undefined {
  if (article.format !== 'html') return undefined;
  const opts = { ...defaultOptions, ...options };
  const text = article.text.trim();
  const last = text.split(/\n\s*\n/).at(-1) ?? '';
  const problem = isPaywallPrompt(last, opts)
    ? 'ends with a subscribe or sign-in prompt'
    : text.length < opts.minCharacters
      ? `has less than ${opts.minCharacters} characters of text`
      : undefined;
  if (!problem) return undefined;
  return {
    code: 'THIN_ARTICLE',
    file: article.source,
    message: `${problem}: it may be a paywall stub or a teaser rather than the article; it is built as it is (save the full page, or paste the text into a .md file)`,
  };
}
