import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { derivePlaceTable } from '../../../scripts/lang/placeTable.ts';
import { placeTableFile, readPlaceTable } from '../../../scripts/load/readPlaceTable.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-places-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readPlaceTable', () => {
  const derived = derivePlaceTable();

  it.each([
    ['derived when the folder holds no table, and kept there', () => {}],
    ['read back from the file it kept', () => expect(existsSync(placeTableFile(dir))).toBe(true)],
    ['derived again when the file is not a table', () => writeFileSync(placeTableFile(dir), 'not a table')],
  ])('gives the package table: %s', (_, before) => {
    before();
    expect(readPlaceTable({ dir })).toEqual(derived);
    expect(existsSync(placeTableFile(dir))).toBe(true);
  });

  it('gives the package table when the folder cannot be written', () => {
    const file = path.join(dir, 'a-file');
    writeFileSync(file, '');
    expect(readPlaceTable({ dir: path.join(file, 'below') })).toEqual(derived);
  });
});
