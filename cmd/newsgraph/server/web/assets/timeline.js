// The timeline page: /api/timeline drawn with vis-timeline. Days are
// points, weeks, months and longer intervals are ranges; each item opens
// its sentence and article below.
(function () {
  const { el, getJSON, names } = ng;
  const form = document.getElementById('filters');
  const status = document.getElementById('status');
  const detail = document.getElementById('detail');
  const undated = document.getElementById('undated');
  const items = new vis.DataSet();
  const timeline = new vis.Timeline(document.getElementById('timeline'), items, {
    stack: true, zoomKey: 'ctrlKey', orientation: 'top', margin: { item: 6 },
    tooltip: { followMouse: true }, minHeight: '260px', maxHeight: '620px',
  });
  let byId = new Map();
  window.newsgraphTimeline = { timeline, items, events: [] };

  function nextDay(iso) {
    const d = new Date(iso + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  }
  function escapeHTML(s) {
    return String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }
  function toItem(ev) {
    const d = ev.date;
    const end = d.end || d.start;
    const isRange = end !== d.start || (d.granularity && d.granularity !== 'day' && d.granularity !== 'time');
    const grain = d.granularity === 'day' || d.granularity === 'week' || d.granularity === 'month' ? d.granularity : (isRange ? 'other' : 'day');
    const who = names(ev.source) + (ev.target && ev.target.length ? ' → ' + names(ev.target) : '');
    const guess = ng.inferred(ev);
    const phrase = guess ? (ev.date_from === 'context' && d.text ? `(context: ${d.text})` : '(publication date)') : d.text;
    const label = `${ev.negated ? 'not ' : ''}${ev.type}${who ? ': ' + who : ''}${phrase ? ' · ' + phrase : ''}`;
    return {
      id: ev.id,
      content: escapeHTML(label),
      start: d.start,
      end: isRange ? nextDay(end) : undefined, // vis ends are exclusive
      type: isRange ? 'range' : 'point',
      className: 'grain-' + grain + ' type-' + ev.type + (guess ? ' inferred' : ''),
      title: escapeHTML(`${ng.when(d, ev.date_from)}\n${ev.sentence}`),
    };
  }

  function show(ev) {
    detail.replaceChildren(el('h3', {}, 'Selected event'), ng.eventCard(ev));
  }
  timeline.on('select', p => { const ev = byId.get(p.items[0]); if (ev) show(ev); });

  async function load() {
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) p.set(k, v);
    ng.setParams(p);
    status.className = ''; status.textContent = 'Loading…';
    try {
      const evs = await getJSON('/api/timeline?' + p);
      window.newsgraphTimeline.events = evs;
      byId = new Map(evs.map(e => [e.id, e]));
      const dated = evs.filter(e => e.date && e.date.start);
      const rest = evs.filter(e => !(e.date && e.date.start));
      items.clear();
      items.add(dated.map(toItem));
      if (dated.length) {
        // Frame the items: points carry their label to the right, so leave
        // room after the last one.
        const day = 864e5;
        const lo = Math.min(...dated.map(e => Date.parse(e.date.start)));
        const hi = Math.max(...dated.map(e => Date.parse(e.date.end || e.date.start) + day));
        const span = Math.max(hi - lo, 7 * day);
        timeline.setWindow(lo - Math.max(day / 2, span * 0.03), hi + Math.max(2 * day, span * 0.35), { animation: false });
      }
      status.textContent = `${evs.length} events (${dated.length} dated, ${rest.length} undated)` + (p.toString() ? ' matching ' + decodeURIComponent(p.toString()).replace(/&/g, ', ') : '') + '.';
      undated.hidden = rest.length === 0;
      undated.replaceChildren(el('h3', {}, `Undated events (${rest.length})`), ...rest.map(ng.eventCard));
      document.body.dataset.loaded = 'true';
    } catch (err) {
      status.className = 'error'; status.textContent = 'Error: ' + err.message;
      document.body.dataset.loaded = 'error';
    }
  }

  async function init() {
    const p = ng.params();
    for (const k of ['entity', 'type', 'from', 'to']) if (p.get(k)) form.elements[k].value = p.get(k);
    form.addEventListener('submit', e => { e.preventDefault(); load(); });
    document.getElementById('reset').addEventListener('click', () => setTimeout(load, 0));
    try {
      const [ents, all] = await Promise.all([getJSON('/api/entities'), getJSON('/api/timeline')]);
      document.getElementById('entity-list').replaceChildren(...ents.map(e => el('option', { value: e.id }, `${e.name} (${e.kind})`)));
      const types = [...new Set(all.map(e => e.type))].sort();
      const sel = document.getElementById('type');
      sel.append(...types.map(t => el('option', { value: t }, t)));
      if (p.get('type')) sel.value = p.get('type');
    } catch (err) { /* load() reports errors */ }
    load();
  }
  init();
})();
