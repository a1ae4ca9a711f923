/**
 * Why the templates are typed .11ty.ts: the same entity page rendered by Eleventy three ways over
 * the entities of a kb.json: a .11ty.ts template building prefixed URLs itself, the same page in
 * Nunjucks (autoescaped), and Nunjucks with HtmlBasePlugin adding the prefix after rendering.
 *
 *   npm run bench:templates -- --kb _site/kb.json [--repeat 3]
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Eleventy, { HtmlBasePlugin, type UserConfig } from '@11ty/eleventy';
import { register } from 'tsx/esm/api';

const { values } = parseArgs({ options: { kb: { type: 'string' }, repeat: { type: 'string', default: '3' } } });
if (!values.kb) {
  process.stderr.write('usage: npm run bench:templates -- --kb path/to/kb.json [--repeat R]\n');
  process.exit(2);
}
register();

const NUNJUCKS = `---
pagination:
  data: kb.entities
  size: 1
  alias: entity
permalink: "{{ entity.url }}"
---
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ entity.name }} · Dossier</title><link rel="stylesheet" href="/assets/style.css"></head>
<body><header><a href="/">Dossier</a><nav><a href="/people/">People</a><a href="/groups/">Groups</a><a href="/places/">Places</a></nav></header>
<main><h1>{{ entity.name }}</h1>{% if entity.aliases.length %}<p>Also called {{ entity.aliases | join(", ") }}</p>{% endif %}
<ol>{% for m in entity.mentions | batch(6) | first %}<li><blockquote>{{ m.sentence }}</blockquote><a href="{{ '/articles/' + m.article + '/' }}">{{ m.article }}</a></li>{% endfor %}</ol>
</main></body></html>
`;

const TYPESCRIPT = `const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
export const data = { pagination: { data: 'kb.entities', size: 1, alias: 'entity' }, permalink: (d: any) => d.entity.url };
export function render(d: any): string {
  const e = d.entity;
  const p = (u: string) => d.prefix + u.slice(1);
  return \`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>\${esc(e.name)} · Dossier</title><link rel="stylesheet" href="\${p('/assets/style.css')}"></head>
<body><header><a href="\${p('/')}">Dossier</a><nav><a href="\${p('/people/')}">People</a><a href="\${p('/groups/')}">Groups</a><a href="\${p('/places/')}">Places</a></nav></header>
<main><h1>\${esc(e.name)}</h1>\${e.aliases.length ? \`<p>Also called \${esc(e.aliases.join(', '))}</p>\` : ''}
<ol>\${e.mentions.slice(0, 6).map((m: any) => \`<li><blockquote>\${esc(m.sentence)}</blockquote><a href="\${p(\`/articles/\${m.article}/\`)}">\${esc(m.article)}</a></li>\`).join('')}</ol>
</main></body></html>\`;
}
`;

const kb = JSON.parse(await readFile(values.kb, 'utf8')) as { entities: unknown[] };
const tmp = await mkdtemp(path.join(tmpdir(), 'dossier-templates-'));
try {
  await mkdir(path.join(tmp, 'njk'));
  await mkdir(path.join(tmp, 'ts'));
  await writeFile(path.join(tmp, 'njk/entity.njk'), NUNJUCKS);
  await writeFile(path.join(tmp, 'ts/entity.11ty.ts'), TYPESCRIPT);
  await writeFile(path.join(tmp, 'empty.config.mjs'), 'export default function () {}\n');
  process.stdout.write(
    `Entity pages for ${kb.entities.length} entities, prefix /repo/, median of ${values.repeat} runs:\n`,
  );
  for (const variant of ['11ty.ts', 'Nunjucks', 'Nunjucks + HtmlBasePlugin'] as const) {
    const times: number[] = [];
    for (let r = 0; r < Number(values.repeat); r++) {
      const ts = variant === '11ty.ts';
      const eleventy = new Eleventy(path.join(tmp, ts ? 'ts' : 'njk'), path.join(tmp, `out-${r}`), {
        quietMode: true,
        configPath: path.join(tmp, 'empty.config.mjs'),
        ...(variant === 'Nunjucks + HtmlBasePlugin' ? { pathPrefix: '/repo/' } : {}),
        config: (cfg: UserConfig) => {
          cfg.addGlobalData('kb', kb);
          cfg.addGlobalData('prefix', '/repo/');
          if (ts) cfg.addExtension(['11ty.ts'], { key: '11ty.js' });
          cfg.setTemplateFormats([ts ? '11ty.ts' : 'njk']);
          if (variant === 'Nunjucks + HtmlBasePlugin') cfg.addPlugin(HtmlBasePlugin);
        },
      });
      const t0 = performance.now();
      await eleventy.write();
      times.push(performance.now() - t0);
      await rm(path.join(tmp, `out-${r}`), { recursive: true, force: true });
    }
    times.sort((a, b) => a - b);
    process.stdout.write(`  ${variant.padEnd(26)} ${Math.round(times[Math.floor(times.length / 2)]!)} ms\n`);
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}
