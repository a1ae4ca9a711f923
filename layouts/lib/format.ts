/** A relation's weight: whole numbers as they are, fractions to two places ("1.25", "0.5"). */
export const formatWeight = (w: number): string => (Number.isInteger(w) ? String(w) : w.toFixed(2).replace(/0$/, ''));
