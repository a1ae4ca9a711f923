import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, lookupDemonym, lookupPlace, placeCoordinates } from '../../../scripts/lang/gazetteer.ts';

describe('gazetteer', () => {
  it.each([
    ['United States', 'country', 'country:US'],
    ['U.S.', 'country', 'country:US'],
    ['U.K.', 'country', 'country:GB'],
    ['USA', 'country', 'country:US'],
    ['Syria', 'country', 'country:SY'],
    ['Bosnia', 'country', 'country:BA'],
    ['Europe', 'region', 'region:europe'],
  ])('%s is a %s', (surface, kind, id) => {
    const p = lookupPlace(surface);
    expect(p?.kind).toBe(kind);
    expect(p?.id).toBe(id);
  });

  it.each([
    ['Mosul', 36.3, 43.1],
    ['Raqqa', 35.9, 39.0], // "Ar Raqqah": article dropped, final "h" optional
    ['Fallujah', 33.3, 43.8], // "Al Fallūjah": diacritics folded
    ['London', 51.5, -0.1],
    ['Washington D.C.', 38.9, -77.0], // "Washington, D.C.": written without the comma too
  ])('city %s has coordinates', (name, lat, lon) => {
    const p = lookupPlace(name);
    expect(p?.kind).toBe('city');
    expect(p!.lat!).toBeCloseTo(lat, 0);
    expect(p!.lon!).toBeCloseTo(lon, 0);
  });

  it.each([
    ['Iraqi', 'Iraq'],
    ['Iraqis', 'Iraq'],
    ['American', 'United States'],
  ])('demonym %s → %s', (d, country) => {
    expect(lookupDemonym(d)?.name).toBe(country);
  });

  it.each([['Pentagon'], ['Erdogan'], ['IN.'], ['in']])('%s is not a place', (s) => {
    expect(lookupPlace(s)).toBeUndefined();
  });

  it('folds case, diacritics and quotes', () => {
    expect(fold('Tikrīt  ’s')).toBe("tikrit 's");
  });

  // plain ASCII takes a shorter way: the same fold as the whole one (below) for every string
  const fullFold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[’‘`ʼ′]/g, "'")
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  it.each([
    ['Port Velmar', 'port velmar'],
    ['  Port  Velmar ', 'port velmar'],
    ['Port\tVelmar', 'port velmar'],
    ['Ker`ano', "ker'ano"],
    ["Ker'ano-Sud (Est.)", "ker'ano-sud (est.)"],
    ['Ōrvik Östra', 'orvik ostra'],
    ['', ''],
  ])('folds %j to %j', (s, folded) => {
    expect(fold(s)).toBe(folded);
    expect(fold(s)).toBe(fullFold(s));
  });

  it('folds any string as the whole fold does', () => {
    const chars = fc.constantFrom(..."aZ9 \t`'’.-,éŌ\u0301ʼ".split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (list) => {
        const s = list.join('');
        expect(fold(s)).toBe(fullFold(s));
      }),
    );
  });

  it.each<[string, boolean]>([
    ['Baghdad', true],
    ['Kandahar', true],
    ['Paris', true],
    ['White House', false],
  ])('coordinates for %s: %s (a small town named with common words gets none)', (name, expected) => {
    const place = lookupPlace(name);
    expect(place).toBeDefined();
    expect(placeCoordinates(place!) !== undefined).toBe(expected);
  });
});
