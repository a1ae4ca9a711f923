import { describe, expect, it } from 'vitest';
import { csvField } from '../../../../layouts/files/relations-csv.11ty.ts';

describe('relations CSV', () => {
  it.each<[string | number, string]>([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    [1.25, '1.25'],
  ])('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
