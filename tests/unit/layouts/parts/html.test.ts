import { describe, expect, it } from 'vitest';
import { escapeHtml, html, joinHtml, jsonForScript, raw } from '../../../../layouts/parts/html.ts';

describe('html', () => {
  it.each<[string, () => string, string]>([
    ['escapes text', () => String(html`<p>${'<b>&"\''}</p>`), '<p>&lt;b&gt;&amp;&quot;&#39;</p>'],
    ['keeps trusted HTML', () => String(html`<p>${raw('<b>x</b>')}</p>`), '<p><b>x</b></p>'],
    [
      'joins arrays',
      () => String(html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}</ul>`),
      '<ul><li>a</li><li>b</li></ul>',
    ],
    ['drops null, undefined and booleans', () => String(html`${null}${undefined}${false}${true}|${0}`), '|0'],
    [
      'escapes in attributes',
      () => String(html`<a title="${'" onmouseover="x'}">`),
      '<a title="&quot; onmouseover=&quot;x">',
    ],
  ])('%s', (_, render, expected) => {
    expect(render()).toBe(expected);
  });

  it('JSON in a script element cannot close it', () => {
    const out = String(jsonForScript({ title: '</script><script>alert(1)</script>', amp: 'a&b' }));
    expect(out).not.toContain('</script');
    expect(JSON.parse(out)).toEqual({ title: '</script><script>alert(1)</script>', amp: 'a&b' });
    expect(escapeHtml('<>')).toBe('&lt;&gt;');
  });
});

describe('html: bidirectional controls in interpolated text', () => {
  const RLO = '\u202e';
  const name = `Kordova ${RLO}Vesnik`;
  const isolated = `\u2068Kordova ${RLO}Vesnik\u202c\u2069`;
  it.each<[string, () => string, string]>([
    ['element text', () => String(html`<p>${name} said</p>`), `<p>${isolated} said</p>`],
    ['a <title>', () => String(html`<title>${name} — Dossier</title>`), `<title>${isolated} — Dossier</title>`],
    ['SVG text', () => String(html`<text x="${1}">${name}</text>`), `<text x="1">${isolated}</text>`],
    ['a title attribute', () => String(html`<a title="${name}">`), `<a title="${isolated}">`],
    ['an aria-label', () => String(html`<a aria-label="${name} (person)">`), `<a aria-label="${isolated} (person)">`],
    ['an href: the URL as given', () => String(html`<a href="${`/x/${RLO}`}">`), `<a href="/x/${RLO}">`],
    ['a src after other attributes', () => String(html`<img alt="" src="${RLO}">`), `<img alt="" src="${RLO}">`],
    ['an id', () => String(html`<h2 id="${RLO}">`), `<h2 id="${RLO}">`],
    [
      'a list of names: each isolated on its own',
      () => String(html`<p>also ${joinHtml([name, 'K. & V.'])}</p>`),
      `<p>also ${isolated}, K. &amp; V.</p>`,
    ],
    [
      'text without controls: as before',
      () => String(html`<title>${'Port Eslin'}</title>`),
      '<title>Port Eslin</title>',
    ],
  ])('%s', (_, render, expected) => {
    expect(render()).toBe(expected);
  });
});
