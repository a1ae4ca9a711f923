import type { Correction, Warning } from '../types.ts';

export interface LoadedCorrections {
  file: string;
  corrections: Correction[];
  warnings: Warning[];
}

/** Read and validate `<contentDir>/entities.yaml`. */
export async function loadCorrections(_contentDir: string): Promise<LoadedCorrections> {
  return { file: 'entities.yaml', corrections: [], warnings: [] };
}
