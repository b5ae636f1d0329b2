// trichosim trial page: runs a trial file or shows a stored trial, with per arm, endpoint and visit the mean
// change and its 95 % CI (table and plot) and the difference to the control arm. All text from the server or the
// user is put in the page with textContent, never as HTML. No third-party code.
'use strict';

const $ = (id) => document.getElementById(id);
const COLOURS = ['#1d232a', '#c0392b', '#2f6f9f', '#27ae60', '#8e44ad', '#e67e22'];

function el(tag, text) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = String(text);
  return e;
}

function num(x, digits) { return x === null || x === undefined ? '—' : Number(x).toFixed(digits); }
function signed(x, digits) { return x === null || x === undefined ? '—' : `${x >= 0 ? '+' : ''}${num(x, digits)}`; }

function table(header, rows) {
  const t = el('table');
  const head = t.createTHead().insertRow();
  header.forEach((h) => head.appendChild(el('th', h)));
  const body = t.createTBody();
  rows.forEach((row) => {
    const r = body.insertRow();
    row.forEach((cell) => r.appendChild(el('td', cell)));
  });
  return t;
}

function svg(tag, attrs, text) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, String(v)));
  if (text !== undefined) e.textContent = String(text);
  return e;
}

// Mean change from baseline with its 95 % CI per arm over the visits (arms offset a little to keep bars apart).
function ciPlot(rec, e) {
  const W = 720, H = 300, L = 60, R = 150, T = 15, B = 35;
  const box = svg('svg', { width: W, height: H, role: 'img', class: 'ci-plot',
    'aria-label': `Mean change with 95 % CI: ${rec.arms[0].endpoints[e].name}` });
  const pts = rec.arms.flatMap((a) => a.endpoints[e].visits.filter((v) => v.change.mean !== null));
  const lows = pts.map((v) => (v.change.ci95_low ?? v.change.mean));
  const highs = pts.map((v) => (v.change.ci95_high ?? v.change.mean));
  let ymin = Math.min(0, ...lows), ymax = Math.max(0, ...highs);
  if (ymax - ymin < 1e-9) { ymin -= 1; ymax += 1; }
  const pad = 0.05 * (ymax - ymin);
  ymin -= pad; ymax += pad;
  const xmax = Math.max(...rec.trial.visit_years, 1e-9);
  const X = (x) => L + (x / xmax) * (W - L - R);
  const Y = (y) => T + (1 - (y - ymin) / (ymax - ymin)) * (H - T - B);
  box.appendChild(svg('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#555' }));
  box.appendChild(svg('line', { x1: L, y1: T, x2: L, y2: H - B, stroke: '#555' }));
  box.appendChild(svg('line', { x1: L, y1: Y(0), x2: W - R, y2: Y(0), stroke: '#bbb', 'stroke-dasharray': '4 3' }));
  for (let i = 0; i <= 4; i++) {
    const y = ymin + ((ymax - ymin) * i) / 4;
    box.appendChild(svg('text', { x: L - 6, y: Y(y) + 4, 'text-anchor': 'end', 'font-size': 11 }, num(y, 1)));
  }
  rec.trial.visit_years.forEach((x) => box.appendChild(
    svg('text', { x: X(x), y: H - B + 16, 'text-anchor': 'middle', 'font-size': 11 }, num(x, 2))));
  box.appendChild(svg('text', { x: (L + W - R) / 2, y: H - 4, 'text-anchor': 'middle', 'font-size': 12 },
    'years from baseline'));
  rec.arms.forEach((a, k) => {
    const colour = COLOURS[k % COLOURS.length];
    const dx = (k - (rec.arms.length - 1) / 2) * 6;
    const visits = a.endpoints[e].visits.filter((v) => v.change.mean !== null);
    box.appendChild(svg('polyline', { points: visits.map((v) => `${X(v.years) + dx},${Y(v.change.mean)}`).join(' '),
      fill: 'none', stroke: colour, 'stroke-width': 1.5 }));
    visits.forEach((v) => {
      if (v.change.ci95_low !== null && v.change.ci95_high !== null && v.change.ci95_high > v.change.ci95_low) {
        box.appendChild(svg('line', { class: 'ci', x1: X(v.years) + dx, x2: X(v.years) + dx, y1: Y(v.change.ci95_low),
          y2: Y(v.change.ci95_high), stroke: colour, 'stroke-width': 2 }));
      }
      box.appendChild(svg('circle', { cx: X(v.years) + dx, cy: Y(v.change.mean), r: 3.5, fill: colour }));
    });
    box.appendChild(svg('text', { x: W - R + 10, y: T + 14 + 18 * k, fill: colour, 'font-size': 12 }, a.name));
  });
  return box;
}

function show(runId, rec) {
  $('result-title').textContent = `${rec.trial.name} — run ${runId}`;
  const p = rec.provenance;
  $('result-provenance').textContent = `Screened ${rec.screening.screened}, enrolled ${rec.screening.enrolled}; ` +
    `control arm ${rec.trial.control_arm}; seed ${p.seed}; trichosim ${p.version} (${p.git_hash}). Observed cases ` +
    'at each visit; 95 % CIs from Student\'s t (arm means) and Welch\'s t test (differences).';
  const out = $('endpoints');
  out.replaceChildren();
  rec.arms[0].endpoints.forEach((ep, e) => {
    out.appendChild(el('h3', `${ep.primary ? 'Primary' : 'Secondary'} endpoint ${ep.name}: ${ep.instrument} at ` +
      `${ep.site}`));
    const fig = el('figure');
    fig.appendChild(ciPlot(rec, e));
    fig.appendChild(el('figcaption', 'Mean change from baseline per arm with its 95 % confidence interval.'));
    out.appendChild(fig);
    const rows = [];
    rec.arms.forEach((a) => a.endpoints[e].visits.forEach((v) => {
      const c = v.change_versus_control;
      rows.push([a.name, num(v.years, 2), v.change.n, num(v.value.mean, 1), signed(v.change.mean, 1),
        `[${signed(v.change.ci95_low, 1)}, ${signed(v.change.ci95_high, 1)}]`,
        c ? `${signed(c.difference, 1)} [${signed(c.ci95_low, 1)}, ${signed(c.ci95_high, 1)}]` : '',
        c ? num(c.p_value, 3) : '']);
    }));
    const t = table(['arm', 'years', 'n', 'mean', 'change', 'change 95 % CI', 'vs control [95 % CI]', 'p'], rows);
    t.className = 'trial-table';
    out.appendChild(t);
  });
  $('result').hidden = false;
}

async function call(what, request) {
  const buttons = document.querySelectorAll('button');
  buttons.forEach((b) => { b.disabled = true; });
  $('error').hidden = true;
  $('status').textContent = what;
  try {
    const res = await request();
    const reply = await res.json();
    if (!res.ok) throw new Error(reply.error || `HTTP ${res.status}`);
    return reply;
  } catch (e) {
    $('status').textContent = '';
    $('error').textContent = e.message;
    $('error').hidden = false;
    $('result').hidden = true;
    return null;
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

async function loadStored(selectId) {
  const res = await fetch('/api/runs');
  const trials = (await res.json()).filter((r) => r.kind === 'trial');
  const select = $('stored');
  select.replaceChildren(el('option', trials.length ? '(choose a stored trial)' : '(none stored yet)'));
  select.firstChild.value = '';
  trials.forEach((r) => {
    const o = el('option', `run ${r.id}: ${r.name} (${r.created_utc})`);
    o.value = String(r.id);
    select.appendChild(o);
  });
  if (selectId !== undefined) select.value = String(selectId);
}

document.addEventListener('DOMContentLoaded', () => {
  loadStored();
  $('upload').addEventListener('change', async (ev) => {
    const file = ev.target.files[0];
    if (file) $('toml').value = await file.text();
  });
  $('trial-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const reply = await call('Running the trial… (every patient in every arm is simulated)',
      () => fetch('/api/trial', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ toml: $('toml').value }) }));
    if (!reply) return;
    $('status').textContent = `Done: stored as run ${reply.run_id}.`;
    show(reply.run_id, reply.record);
    loadStored(reply.run_id);
  });
  $('stored-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const id = $('stored').value;
    if (id === '') return;
    const record = await call('Loading…', () => fetch(`/api/runs/${Number(id)}`));
    if (!record) return;
    $('status').textContent = '';
    show(id, record);
  });
});
