// The who-accused-whom page: /api/claims drawn with vis-network. Actors are
// nodes; each (source, claim type, target) is one edge, counted; clicking
// an edge or an actor lists the claims behind it.
(function () {
  const { el, getJSON } = ng;
  // Claim types that say someone did wrong: checked by default.
  const ACCUSATORY = ['accuse', 'condemn', 'criticize', 'deny', 'reject', 'threaten'];
  const ALL_CLAIMS = ['accuse', 'condemn', 'criticize', 'deny', 'reject', 'threaten', 'demand', 'appeal', 'praise', 'say', 'report'];
  const COLORS = { accuse: '#c62828', condemn: '#ad1457', criticize: '#ef6c00', deny: '#6a1b9a', reject: '#4527a0', threaten: '#37474f', demand: '#00838f', appeal: '#2e7d32', praise: '#558b2f', say: '#1565c0', report: '#546e7a' };
  const EDGE = { accuse: 'accused', condemn: 'condemned', criticize: 'criticized', deny: 'denied', reject: 'rejected', threaten: 'threatened', demand: 'demanded', appeal: 'appealed to', praise: 'praised', say: 'said', report: 'reported' };
  const KIND_COLORS = { country: '#90caf9', person: '#ffcc80', organization: '#a5d6a7', group: '#ef9a9a', place: '#e0e0e0' };

  const form = document.getElementById('filters');
  const status = document.getElementById('status');
  const detail = document.getElementById('detail');
  const nodes = new vis.DataSet();
  const edges = new vis.DataSet();
  const network = new vis.Network(document.getElementById('network'), { nodes, edges }, {
    nodes: { shape: 'dot', size: 16, font: { size: 15 } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.8 } }, font: { size: 13, align: 'top', strokeWidth: 3 }, smooth: { type: 'curvedCW', roundness: 0.15 } },
    physics: { solver: 'forceAtlas2Based', forceAtlas2Based: { gravitationalConstant: -90, springLength: 150, avoidOverlap: 0.6 }, stabilization: { iterations: 300 } },
    interaction: { hover: true },
  });
  let claimsByEdge = new Map();
  let claims = [];
  window.newsgraphNetwork = { network, nodes, edges, claims: [] };

  const typeBox = document.getElementById('types');
  for (const t of ALL_CLAIMS) {
    typeBox.append(el('label', { style: 'flex-direction:row;gap:.25em;align-items:center' },
      el('input', { type: 'checkbox', name: 'type', value: t }), t));
  }
  document.getElementById('legend').append(...ACCUSATORY.map(t => el('span', {}, el('i', { style: 'background:' + COLORS[t] }), EDGE[t])));

  function showClaims(title, list) {
    detail.replaceChildren(el('h3', {}, title), ...list.map(ng.eventCard));
  }
  network.on('click', p => {
    if (p.edges.length && !p.nodes.length) {
      const e = edges.get(p.edges[0]);
      showClaims(`${e.sourceName} ${EDGE[e.type] || e.type} ${e.targetName} (${e.count})`, claimsByEdge.get(e.id) || []);
    } else if (p.nodes.length) {
      const n = nodes.get(p.nodes[0]);
      showClaims(`Claims by or about ${n.label}`, claims.filter(c => c.source.some(s => s.id === n.id) || c.target.some(t => t.id === n.id)));
    }
  });

  async function load() {
    const p = new URLSearchParams();
    const types = [...form.querySelectorAll('input[name=type]:checked')].map(i => i.value);
    if (types.length) p.set('type', types.join(','));
    for (const k of ['entity', 'from', 'to']) if (form.elements[k].value) p.set(k, form.elements[k].value);
    ng.setParams(p);
    status.className = ''; status.textContent = 'Loading…';
    try {
      claims = await getJSON('/api/claims?' + p);
      window.newsgraphNetwork.claims = claims;
      const ns = new Map();
      claimsByEdge = new Map();
      const es = new Map();
      for (const c of claims) {
        if (c.negated) continue; // "did not accuse" draws no edge, as in the graph
        for (const s of c.source) for (const t of c.target) {
          if (s.id === t.id) continue;
          ns.set(s.id, s); ns.set(t.id, t);
          const id = `${s.id}|${c.type}|${t.id}`;
          if (!es.has(id)) es.set(id, { id, from: s.id, to: t.id, type: c.type, sourceName: s.name, targetName: t.name, count: 0 });
          es.get(id).count++;
          if (!claimsByEdge.has(id)) claimsByEdge.set(id, []);
          claimsByEdge.get(id).push(c);
        }
      }
      nodes.clear(); edges.clear();
      nodes.add([...ns.values()].map(e => ({ id: e.id, label: e.name, title: `${e.name} (${e.kind}${e.country ? ', ' + e.country : ''})`, color: KIND_COLORS[e.kind] || '#e0e0e0' })));
      edges.add([...es.values()].map(e => ({
        ...e, label: `${EDGE[e.type] || e.type} ×${e.count}`, width: 1 + Math.min(e.count, 8),
        color: { color: COLORS[e.type] || '#777', highlight: COLORS[e.type] || '#777' },
        title: `${e.sourceName} ${EDGE[e.type] || e.type} ${e.targetName}: ${e.count} claim${e.count === 1 ? '' : 's'}`,
      })));
      const rows = [...es.values()].sort((a, b) => b.count - a.count || a.sourceName.localeCompare(b.sourceName));
      document.querySelector('#edges tbody').replaceChildren(...rows.map(e =>
        el('tr', { 'data-edge': e.id, onclick: () => { network.selectEdges([e.id]); showClaims(`${e.sourceName} ${EDGE[e.type] || e.type} ${e.targetName} (${e.count})`, claimsByEdge.get(e.id)); } },
          el('td', {}, e.sourceName), el('td', {}, EDGE[e.type] || e.type), el('td', {}, e.targetName), el('td', {}, String(e.count)))));
      status.textContent = `${claims.length} claims, ${ns.size} actors, ${es.size} edges` + (p.toString() ? ' for ' + decodeURIComponent(p.toString()).replace(/&/g, ', ') : '') + '.';
      document.body.dataset.loaded = 'true';
    } catch (err) {
      status.className = 'error'; status.textContent = 'Error: ' + err.message;
      document.body.dataset.loaded = 'error';
    }
  }

  async function init() {
    const p = ng.params();
    const want = p.get('type') ? p.get('type').split(',') : ACCUSATORY;
    for (const i of form.querySelectorAll('input[name=type]')) i.checked = want.includes(i.value);
    for (const k of ['entity', 'from', 'to']) if (p.get(k)) form.elements[k].value = p.get(k);
    form.addEventListener('submit', e => { e.preventDefault(); load(); });
    getJSON('/api/entities').then(ents => document.getElementById('entity-list').replaceChildren(
      ...ents.map(e => el('option', { value: e.id }, `${e.name} (${e.kind})`)))).catch(() => {});
    load();
  }
  init();
})();
