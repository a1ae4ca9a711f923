import { describe, expect, it } from 'vitest';
import { Memo } from '../../../scripts/core/memo.ts';

describe('Memo', () => {
  it('gives the value kept under a key, made once, and counts hits and misses per build', () => {
    const memo = new Memo<number[]>();
    let made = 0;
    const make = () => [++made];
    const first = memo.get('a', make);
    expect(memo.get('a', make)).toBe(first);
    expect(made).toBe(1);
    memo.nextBuild();
    expect(memo.get('a', make)).toBe(first);
    expect(memo.get('b', make)).toEqual([2]);
    expect([memo.hits, memo.misses]).toEqual([1, 1]);
  });

  it('drops what a build did not ask for when the next begins', () => {
    const memo = new Memo<string>();
    memo.get('kept', () => 'k');
    memo.get('dropped', () => 'd');
    memo.nextBuild();
    memo.get('kept', () => 'again');
    memo.nextBuild();
    let remade = false;
    expect(memo.get('kept', () => 'again')).toBe('k');
    expect(
      memo.get('dropped', () => {
        remade = true;
        return 'd2';
      }),
    ).toBe('d2');
    expect(remade).toBe(true);
  });

  it('numbers objects by identity: the same object the same number, an equal copy another', () => {
    const memo = new Memo<string>();
    const article = { id: 'a', text: 'Text.' };
    expect(memo.idOf(article)).toBe(memo.idOf(article));
    expect(memo.idOf({ ...article })).not.toBe(memo.idOf(article));
  });
});
