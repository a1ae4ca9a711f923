/** ISO 4217 currency codes ("EUR", "USD"), from the countries-list package's countries; loaded once. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let codes: ReadonlySet<string> | null = null;

export function currencyCodes(): ReadonlySet<string> {
  if (codes) return codes;
  const { countries } = require('countries-list') as { countries: Record<string, { currency: string[] | string }> };
  const out = new Set<string>();
  for (const c of Object.values(countries)) for (const code of ([] as string[]).concat(c.currency)) out.add(code);
  codes = out;
  return codes;
}
