// Helpers shared by newsgraph's pages.
window.ng = (function () {
  async function getJSON(url) {
    const res = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await res.json().catch(() => ({ error: res.statusText }));
    if (!res.ok || (body && body.error)) throw new Error(body.error || res.statusText);
    return body;
  }
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null) continue;
      if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
    }
    for (const k of kids.flat()) if (k != null) e.append(k.nodeType ? k : document.createTextNode(String(k)));
    return e;
  }
  const names = es => (es || []).map(e => e.name || e.id).join(', ');
  // when is the event's date as a person reads it. A date the event's own
  // sentence does not give (date_from "context" or "publication") says so,
  // so that an inferred date is never read as the sentence's.
  function when(d, from) {
    if (!d || !d.start) return 'undated';
    const span = d.end && d.end !== d.start ? `${d.start} – ${d.end}` : d.start;
    if (from === 'context') return d.text ? `${span} (inferred from context: “${d.text}”)` : `${span} (inferred from context)`;
    if (from === 'publication') return `${span} (inferred: publication date)`;
    return d.text ? `${span} (“${d.text}”, ${d.granularity})` : `${span} (${d.granularity})`;
  }
  // inferred reports whether the event's date comes from outside its sentence.
  const inferred = ev => ev.date_from === 'context' || ev.date_from === 'publication';
  // articleLink links to the article, at the sentence where the browser can.
  function articleLink(ev) {
    const a = ev.article || {};
    const label = `${a.title || a.id} (${a.source ? a.source + ', ' : ''}${a.published})`;
    if (!a.url) return el('span', { class: 'article', title: 'article id ' + a.id }, label);
    const words = (ev.sentence || '').split(/\s+/).slice(0, 8).join(' ');
    const href = words ? `${a.url}#:~:text=${encodeURIComponent(words)}` : a.url;
    return el('a', { class: 'article', href, target: '_blank', rel: 'noopener' }, label);
  }
  // eventCard is one event with its sentence and article.
  function eventCard(ev) {
    const verb = (ev.negated ? 'not ' : '') + ev.type;
    return el('div', { class: 'event', 'data-event': ev.id },
      el('div', { class: 'meta' }, el('span', { class: 'type t-' + ev.type }, verb), ' ',
        names(ev.source) || '—', ev.target && ev.target.length ? ' → ' + names(ev.target) : '', ' · ', when(ev.date, ev.date_from)),
      el('blockquote', { class: 'sentence' }, ev.sentence),
      ev.quote ? el('div', { class: 'quote' }, 'Quote: “', ev.quote, '”') : null,
      el('div', { class: 'source' }, 'Article: ', articleLink(ev)));
  }
  // params reads and writes the page's filters in its URL.
  function params() { return new URLSearchParams(location.search); }
  function setParams(p) {
    const q = p.toString();
    history.replaceState(null, '', q ? '?' + q : location.pathname);
  }
  return { getJSON, el, names, when, inferred, articleLink, eventCard, params, setParams };
})();
