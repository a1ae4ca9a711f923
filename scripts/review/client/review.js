// Dossier's review mode (npm start only; never part of a built site): sends each review form to the local server
// with the page's token, then follows the entity to its page once the site is rebuilt, the outcome said and focused.
(() => {
  const meta = document.querySelector('meta[name="dossier-review-token"]');
  const status = document.getElementById('review-status');
  if (!meta || !status) return;
  const token = meta.getAttribute('content');
  const api = meta.dataset.api;
  const KEY = 'dossier-review-status';

  function show(message, { undo = false, error = false } = {}) {
    status.hidden = false;
    status.className = `review-status${error ? ' is-error' : ''}`;
    status.textContent = '';
    const text = document.createElement('p');
    text.textContent = message;
    status.append(text);
    if (undo) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Undo';
      button.addEventListener('click', () => send({ action: 'undo' }, button));
      status.append(button);
    }
    status.focus();
  }

  function busy(on, control) {
    for (const el of document.querySelectorAll('form[data-review] button, .review-status button')) el.disabled = on;
    document.body.toggleAttribute('aria-busy', on);
    if (on) {
      status.hidden = false;
      status.className = 'review-status';
      status.textContent = 'Saving to entities.yaml and rebuilding the site…';
    } else if (control) control.focus();
  }

  async function send(body, control) {
    busy(true);
    let answer;
    try {
      const response = await fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dossier-token': token },
        body: JSON.stringify(body),
      });
      answer = await response.json().catch(() => ({ ok: false, error: `the server answered ${response.status}` }));
    } catch {
      answer = { ok: false, error: 'the server did not answer: is npm start still running?' };
    }
    if (!answer.ok) {
      busy(false, control);
      show(answer.error, { error: true });
      return;
    }
    sessionStorage.setItem(KEY, JSON.stringify({ message: `${answer.message}.`, undo: body.action !== 'undo' }));
    const target = new URL(answer.url, location.href);
    if (target.pathname === location.pathname) location.reload();
    else location.assign(target.href);
  }

  function fields(form) {
    const body = {};
    for (const [key, value] of new FormData(form)) {
      const text = String(value);
      if (key === 'articles' || key === 'mentions') (body[key] ??= []).push(text);
      else if (text !== '') body[key] = text;
    }
    return body;
  }

  document.addEventListener('submit', (event) => {
    const form = event.target.closest('form[data-review]');
    if (!form) return;
    event.preventDefault();
    send(fields(form), event.submitter ?? form.querySelector('button'));
  });

  // the type-ahead of "Merge with…": every entity's name, loaded when the field is first used
  const names = document.getElementById('rv-names');
  const other = document.getElementById('rv-other');
  if (names && other) {
    let loaded = false;
    other.addEventListener('focus', async () => {
      if (loaded) return;
      loaded = true;
      const list = await fetch(meta.dataset.names).then((r) => r.json());
      const own = document.querySelector('h1')?.textContent.trim();
      for (const entity of list) {
        if (entity.name === own) continue;
        const option = document.createElement('option');
        option.value = entity.name;
        option.label = `${entity.type}, ${entity.mentions} mention${entity.mentions === 1 ? '' : 's'}`;
        names.append(option);
      }
    });
  }

  const carried = sessionStorage.getItem(KEY);
  if (carried) {
    sessionStorage.removeItem(KEY);
    try {
      const { message, undo } = JSON.parse(carried);
      show(message, { undo });
    } catch {
      // an unreadable note is dropped
    }
  }
})();
