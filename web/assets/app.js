// trichosim forecast page. All text from the server or the user is put in the page with textContent, never as
// HTML. No third-party code: the page works offline.
'use strict';

const REGIONS = ['frontal_hairline', 'mid_scalp', 'crown', 'temporal_left', 'temporal_right', 'parietal_left',
  'parietal_right', 'occipital', 'whole_scalp'];
const PLOTTED = { whole_scalp: '#1d232a', frontal_hairline: '#c0392b', mid_scalp: '#e67e22', crown: '#8e44ad',
  occipital: '#27ae60' };
const $ = (id) => document.getElementById(id);

function el(tag, text) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = String(text);
  return e;
}

function fixed(x, digits) { return Number(x).toFixed(digits); }

function fillTable(table, header, rows) {
  const head = table.tHead;
  const body = table.tBodies[0];
  head.replaceChildren();
  body.replaceChildren();
  const tr = el('tr');
  header.forEach((h) => tr.appendChild(el('th', h)));
  head.appendChild(tr);
  rows.forEach((row) => {
    const r = el('tr');
    row.forEach((cell) => r.appendChild(el('td', cell)));
    body.appendChild(r);
  });
}

function svg(tag, attrs, text) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, String(v)));
  if (text !== undefined) e.textContent = String(text);
  return e;
}

function plot(record) {
  const box = $('plot');
  box.replaceChildren();
  const W = 720, H = 300, L = 50, R = 150, T = 15, B = 35;
  const obs = record.observations;
  const xs = obs.map((o) => o.years);
  const series = Object.keys(PLOTTED).map((r) => ({ region: r, ys: obs.map((o) => o.regions[r].density_per_cm2) }));
  const ymax = Math.max(1, ...series.flatMap((s) => s.ys)) * 1.05;
  const xmax = Math.max(1e-9, ...xs);
  const X = (x) => L + (x / xmax) * (W - L - R);
  const Y = (y) => T + (1 - y / ymax) * (H - T - B);
  box.appendChild(svg('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#555' }));
  box.appendChild(svg('line', { x1: L, y1: T, x2: L, y2: H - B, stroke: '#555' }));
  for (let i = 0; i <= 4; i++) {
    const y = (ymax * i) / 4;
    box.appendChild(svg('text', { x: L - 6, y: Y(y) + 4, 'text-anchor': 'end', 'font-size': 11 }, fixed(y, 0)));
    box.appendChild(svg('text', { x: X((xmax * i) / 4), y: H - B + 16, 'text-anchor': 'middle', 'font-size': 11 },
      fixed((xmax * i) / 4, 1)));
  }
  box.appendChild(svg('text', { x: (L + W - R) / 2, y: H - 4, 'text-anchor': 'middle', 'font-size': 12 },
    'years from start'));
  series.forEach((s, k) => {
    const points = s.ys.map((y, i) => `${X(xs[i]).toFixed(1)},${Y(y).toFixed(1)}`).join(' ');
    box.appendChild(svg('polyline', { points, fill: 'none', stroke: PLOTTED[s.region], 'stroke-width': 2 }));
    box.appendChild(svg('text', { x: W - R + 10, y: T + 14 + 18 * k, fill: PLOTTED[s.region], 'font-size': 12 },
      s.region.replace('_', ' ')));
  });
}

function show(reply) {
  const rec = reply.record;
  $('result-title').textContent = `${rec.scenario.name} — run ${reply.run_id}`;
  const p = rec.provenance;
  $('result-provenance').replaceChildren(
    el('span', `${rec.person.sex}, ${fixed(rec.person.age_years, 0)} y at start, seed ${p.seed}, trichosim ` +
      `${p.version} (${p.git_hash}), ${rec.engine.follicles} follicles. `),
    Object.assign(el('a', 'JSON record'), { href: `/api/runs/${Number(reply.run_id)}` }));
  fillTable($('summary'),
    ['year', 'age', 'density /cm²', 'terminal /cm²', 'vellus /cm²', 'mean diameter µm', 'anagen %', 'shed /day',
      'crown /cm²', 'frontal /cm²'],
    rec.observations.map((o) => {
      const w = o.regions.whole_scalp;
      return [fixed(o.years, 1), fixed(o.age_years, 1), fixed(w.density_per_cm2, 1), fixed(w.terminal_per_cm2, 1),
        fixed(w.vellus_per_cm2, 1), fixed(w.mean_diameter_um, 1), fixed(w.anagen_percent, 1),
        fixed(w.shed_per_day, 0), fixed(o.regions.crown.density_per_cm2, 1),
        fixed(o.regions.frontal_hairline.density_per_cm2, 1)];
    }));
  const last = rec.observations[rec.observations.length - 1];
  fillTable($('regions'),
    ['region', 'area cm²', 'density /cm²', 'terminal /cm²', 'intermediate /cm²', 'vellus /cm²', 'mean diameter µm',
      'anagen %', 'kenogen %'],
    REGIONS.map((r) => {
      const s = last.regions[r];
      return [r.replace(/_/g, ' '), fixed(s.area_cm2, 1), fixed(s.density_per_cm2, 1), fixed(s.terminal_per_cm2, 1),
        fixed(s.intermediate_per_cm2, 1), fixed(s.vellus_per_cm2, 1), fixed(s.mean_diameter_um, 1),
        fixed(s.anagen_percent, 1), fixed(s.kenogen_percent, 1)];
    }));
  plot(rec);
  $('result').hidden = false;
}

async function run(body) {
  const buttons = document.querySelectorAll('button');
  buttons.forEach((b) => { b.disabled = true; });
  $('error').hidden = true;
  $('status').textContent = 'Running the forecast… (about a second per simulated year)';
  try {
    const res = await fetch('/api/forecast', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) });
    const reply = await res.json();
    if (!res.ok) throw new Error(reply.error || `HTTP ${res.status}`);
    $('status').textContent = `Done: stored as run ${reply.run_id}.`;
    show(reply);
  } catch (e) {
    $('status').textContent = '';
    $('error').textContent = e.message;
    $('error').hidden = false;
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

async function loadExamples() {
  const res = await fetch('/api/examples');
  const examples = await res.json();
  const select = $('example');
  examples.forEach((e) => {
    const o = el('option', e.id.replace(/_/g, ' '));
    o.value = e.id;
    select.appendChild(o);
  });
  select.addEventListener('change', () => {
    const chosen = examples.find((e) => e.id === select.value);
    $('toml').value = chosen ? chosen.toml : '';
  });
}

document.addEventListener('DOMContentLoaded', () => {
  loadExamples();
  $('upload').addEventListener('change', async (ev) => {
    const file = ev.target.files[0];
    if (file) $('toml').value = await file.text();
  });
  $('person-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const fields = {};
    new FormData(ev.target).forEach((v, k) => { fields[k] = String(v).trim(); });
    run({ fields });
  });
  $('scenario-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const body = { toml: $('toml').value };
    const years = $('years').value.trim();
    if (years !== '') body.years = Number(years);
    run(body);
  });
});
