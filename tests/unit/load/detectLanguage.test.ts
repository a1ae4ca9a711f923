import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Detect,
  detectLanguage,
  languageDetector,
  unsupportedLanguage,
} from '../../../scripts/load/detectLanguage.ts';

// Invented paragraphs, written for these tests (names and places are made up).
const EN =
  'The council of Port Eslin voted on Tuesday to close the old river bridge for repairs. Kordova Vesnik, who chairs the transport committee, said the work would take most of the summer and that ferries would run every half hour until the bridge reopens.';
const DE =
  'Der Stadtrat von Port Eslin hat am Dienstag beschlossen, die alte Flussbrücke für Reparaturen zu sperren. Kordova Vesnik, die den Verkehrsausschuss leitet, sagte, die Arbeiten würden den größten Teil des Sommers dauern.';
const FR =
  'Le conseil municipal de Port Eslin a décidé mardi de fermer le vieux pont sur la rivière pour des travaux. Kordova Vesnik, qui préside la commission des transports, a déclaré que le chantier durerait presque tout l’été.';
const ES =
  'El ayuntamiento de Port Eslin decidió el martes cerrar el viejo puente sobre el río para hacer reparaciones. Kordova Vesnik, que preside la comisión de transporte, dijo que las obras durarían casi todo el verano.';
const RU =
  'Городской совет Порт-Эслина во вторник решил закрыть старый мост через реку на ремонт. Кордова Весник, которая возглавляет транспортный комитет, сказала, что работы займут большую часть лета.';
const KO =
  '포트 에슬린 시의회는 화요일에 오래된 강 다리를 수리를 위해 폐쇄하기로 결정했다. 교통위원회 위원장인 코르도바 베스닉은 공사가 여름 내내 계속될 것이라고 말했다.';

let detect: Detect;
beforeAll(async () => {
  detect = await languageDetector();
});

describe('detectLanguage', () => {
  it.each([
    ['English', EN, 'en'],
    ['German', DE, 'de'],
    ['French', FR, 'fr'],
    ['Spanish', ES, 'es'],
    ['Russian', RU, 'ru'],
    ['Korean', KO, 'ko'],
    ['English, with a German quote in it', `${EN} "Wir bauen die Brücke neu", sagte sie. ${EN}`, 'en'],
  ])('a paragraph in %s → %s', (_, text, code) => {
    expect(detectLanguage(text, detect)).toBe(code);
  });

  // A wrong "not English" silently costs an article its entities: short or odd English must never be rejected.
  it.each([
    ['a headline', 'Port Eslin council shuts river bridge for summer repairs'],
    ['a short headline', 'Mayor resigns'],
    ['a list of names', 'Kordova Vesnik, Tamsin Halloway, Orrin Delacroix-Maas, Peleg Strand, Ilse Marrow'],
    ['a dateline and a sentence', 'PORT ESLIN, Vardania — Officials said on Monday that talks would resume.'],
    ['a list of places', 'Port Eslin; Vardania; Halden; Marrowby; Kestrel Falls'],
    ['figures', '2024: 1,204 votes (51.3%) — 2020: 1,188 votes (49.9%)'],
  ])('%s is English or undetermined, never another language', (_, text) => {
    expect([undefined, 'en']).toContain(detectLanguage(text, detect));
  });

  it.each([
    ['empty', ''],
    ['a few words', 'Kordova Vesnik'],
    ['numbers and punctuation', '12.04.2024 — 14:30 — 1.204 — 51,3 %'],
  ])('%s: undetermined', (_, text) => {
    expect(detectLanguage(text, detect)).toBeUndefined();
  });

  it.each([
    ['English, then German', `${EN}\n\n${DE}\n\n${FR}`, EN.length + 1, 'en'],
    ['German, then English', `${DE}\n\n${EN}\n\n${FR}`, DE.length + 1, 'de'],
  ])('%s: only the prefix is read', (_, text, prefix, code) => {
    expect(detectLanguage(text, detect, { prefix })).toBe(code);
  });

  it('hands the detector at most `prefix` characters', () => {
    const seen: number[] = [];
    detectLanguage(
      DE.repeat(100),
      (t) => {
        seen.push(t.length);
        return 'de';
      },
      { prefix: 1000 },
    );
    expect(seen[0]).toBeLessThanOrEqual(1000);
    expect(seen[0]).toBeGreaterThan(900);
  });
});

describe('unsupportedLanguage', () => {
  it.each([
    ['en', undefined],
    [undefined, undefined],
    ['de', 'is in German (de): extraction is English-only; its page is built without entities'],
    ['ko', 'is in Korean (ko): extraction is English-only; its page is built without entities'],
  ])('%s → %s', (language, message) => {
    const warning = unsupportedLanguage({ source: 'a.html', ...(language ? { language } : {}) });
    expect(warning?.message).toBe(message);
    if (message) expect(warning).toMatchObject({ code: 'LANGUAGE_NOT_SUPPORTED', file: 'a.html' });
  });
});
