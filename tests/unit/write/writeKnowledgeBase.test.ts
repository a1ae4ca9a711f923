import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('writeKnowledgeBase', () => {
  it('writes kb.json that parses back to the same knowledge base, one record per line', async () => {
    const { writeKnowledgeBase } = await import('../../../scripts/write/index.ts');
    const dir = await mkdtemp(path.join(tmpdir(), 'dossier-kb-'));
    const kb = {
      articles: [{ id: 'a', title: 'A "quoted" </script> title', url: '/articles/a/', source: 'a.md', about: ['x'] }],
      entities: [
        {
          id: 'x',
          name: 'X',
          type: 'place' as const,
          aliases: [],
          url: '/places/x/',
          mentions: [{ article: 'a', text: 'X', start: 0, end: 1, sentence: 'X.' }],
        },
        { id: 'y', name: 'Y', type: 'person' as const, aliases: ['Why'], url: '/people/y/', mentions: [] },
      ],
      relations: [],
    };
    const file = await writeKnowledgeBase(dir, kb);
    const text = await readFile(file, 'utf8');
    expect(JSON.parse(text)).toEqual(kb);
    expect(text.split('\n').filter((l) => l.startsWith('{"id":'))).toHaveLength(3);
  });
});
