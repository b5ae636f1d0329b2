// trichosim consultation page. The form is turned into an intake object (the JSON form of the intake file,
// docs/consultation.md) and validated by the server's intake reader; this script checks nothing itself. All text
// from the server or the user is put in the page with textContent, never as HTML. No third-party code.
'use strict';

const $ = (id) => document.getElementById(id);
const COLOURS = ['#c0392b', '#2f6f9f', '#27ae60', '#8e44ad', '#e67e22', '#16a085', '#7f8c8d', '#d35400'];

function el(tag, text) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = String(text);
  return e;
}

function fixed(x, digits) { return Number(x).toFixed(digits); }

function fillTable(table, header, rows) {
  table.tHead.replaceChildren();
  table.tBodies[0].replaceChildren();
  const tr = el('tr');
  header.forEach((h) => tr.appendChild(el('th', h)));
  table.tHead.appendChild(tr);
  rows.forEach((row) => {
    const r = el('tr');
    row.forEach((cell) => r.appendChild(el('td', cell)));
    table.tBodies[0].appendChild(r);
  });
}

function svg(tag, attrs, text) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, String(v)));
  if (text !== undefined) e.textContent = String(text);
  return e;
}

// The form as an intake object: "table.key" names nest; numbers typed as numbers are sent as numbers and
// anything else as text (so the server names the field and its range); yes/no become true/false; empty = unknown.
function intakeFromForm(form) {
  const intake = {};
  const put = (name, value) => {
    const parts = name.split('.');
    if (parts.length === 1) { intake[name] = value; return; }
    intake[parts[0]] = intake[parts[0]] || {};
    intake[parts[0]][parts[1]] = value;
  };
  const event = {};
  form.querySelectorAll('input, select').forEach((field) => {
    if (!field.name || field.type === 'file') return;
    if (field.type === 'checkbox') {
      if (field.checked) {
        const [table, key] = field.name.split('.');
        intake[table] = intake[table] || {};
        (intake[table][key] = intake[table][key] || []).push(field.value);
      }
      return;
    }
    const text = field.value.trim();
    if (text === '') return;
    let value = text;
    if (field.dataset.kind === 'number' && text !== '' && Number.isFinite(Number(text))) value = Number(text);
    if (field.dataset.kind === 'flag') value = text === 'yes';
    if (field.name.startsWith('event.')) { event[field.name.slice(6)] = value; return; }
    put(field.name, value);
  });
  if (event.type === 'none') intake.recent_events = [];
  else if (event.type !== undefined || event.months_ago !== undefined) intake.recent_events = [event];
  return intake;
}

function plotOptions(rec) {
  const box = $('options-plot');
  box.replaceChildren();
  const W = 720, H = 300, L = 50, R = 230, T = 15, B = 35;
  const series = [{ label: 'no treatment (twin)', points: rec.twin.natural_course.map((c) => [c.years, c.twin.median]),
    colour: '#1d232a', dash: '6 4' }];
  rec.regimen.options.filter((o) => o.status === 'simulated').forEach((o, k) => {
    series.push({ label: o.label, points: o.forecast.map((f) => [f.years, f.density_per_cm2.median]),
      colour: COLOURS[k % COLOURS.length], dash: '' });
  });
  const ys = series.flatMap((s) => s.points.map((p) => p[1]));
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ymin = Math.max(0, Math.min(...ys) * 0.9), ymax = Math.max(1, ...ys) * 1.05;
  const xmax = Math.max(1, ...xs);
  const X = (x) => L + (x / xmax) * (W - L - R);
  const Y = (y) => T + (1 - (y - ymin) / (ymax - ymin)) * (H - T - B);
  box.appendChild(svg('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#555' }));
  box.appendChild(svg('line', { x1: L, y1: T, x2: L, y2: H - B, stroke: '#555' }));
  for (let i = 0; i <= 4; i++) {
    const y = ymin + ((ymax - ymin) * i) / 4;
    box.appendChild(svg('text', { x: L - 6, y: Y(y) + 4, 'text-anchor': 'end', 'font-size': 11 }, fixed(y, 0)));
  }
  xs.filter((x, i) => xs.indexOf(x) === i).forEach((x) => box.appendChild(
    svg('text', { x: X(x), y: H - B + 16, 'text-anchor': 'middle', 'font-size': 11 }, fixed(x, 0))));
  box.appendChild(svg('text', { x: (L + W - R) / 2, y: H - 4, 'text-anchor': 'middle', 'font-size': 12 },
    'years from now'));
  series.forEach((s, k) => {
    const points = s.points.map(([x, y]) => `${X(x).toFixed(1)},${Y(y).toFixed(1)}`).join(' ');
    box.appendChild(svg('polyline', { points, fill: 'none', stroke: s.colour, 'stroke-width': 2,
      'stroke-dasharray': s.dash }));
    box.appendChild(svg('text', { x: W - R + 10, y: T + 14 + 18 * k, fill: s.colour, 'font-size': 12 },
      s.label.length > 34 ? `${s.label.slice(0, 33)}…` : s.label));
  });
}

function band(b) { return `${fixed(b.median, 0)} (${fixed(b.lower, 0)}–${fixed(b.upper, 0)})`; }

function show(reply) {
  const rec = reply.record;
  $('result-title').textContent = `${rec.name} — stored as run ${reply.run_id}`;
  $('disclaimer').textContent = rec.disclaimer;
  const flags = rec.differential.red_flags;
  $('red-flags').querySelector('ul').replaceChildren(...flags.map((f) => el('li', `${f.flag}: ${f.because}`)));
  $('red-flags').hidden = flags.length === 0;
  $('confidence').textContent = `Confidence ${fixed(100 * rec.differential.confidence, 0)} % (share of the ` +
    `informative fields known). Unknown: ${rec.differential.missing_fields.join(', ') || 'none'}.`;
  fillTable($('differential'), ['condition', 'probability %', 'raised by', 'lowered by'],
    rec.differential.scores.map((s) => [s.condition.replace(/_/g, ' '), fixed(100 * s.probability, 1),
      s.raised_by.slice(0, 3).map((t) => t.finding).join('; '),
      s.lowered_by.slice(0, 2).map((t) => t.finding).join('; ')]));
  const t = rec.twin;
  $('twin').textContent = `Virtual twin at the ${t.site.replace(/_/g, ' ')} (${t.measure} density), ` +
    `${t.from_history ? 'fitted to the measurement history' : 'from the population prior (no history given)'}; ` +
    `${t.draws} draws. Bands: median (lower–upper) hairs/cm². ` +
    `Causes carried: ${(t.causes || []).map((c) => c.label).join('; ') || 'none'}` +
    `${(t.causes_left_out || []).length ? `; not carried: ${t.causes_left_out.join('; ')}` : ''}.`;
  const years = rec.twin.natural_course.map((c) => c.years);
  fillTable($('options'),
    ['rank', 'option', 'status', ...years.map((y) => `${y} y /cm²`), ...years.map((y) => `cost ${y} y ` +
      `${rec.regimen.currency}`)],
    [['', 'no treatment (twin)', 'simulated', ...rec.twin.natural_course.map((c) => band(c.twin)),
      ...years.map(() => '0')],
    ...rec.regimen.options.map((o) => [o.rank || '', o.label,
      o.status === 'simulated' ? 'simulated' : `${o.status.replace(/_/g, ' ')}: ${o.status_note}`,
      ...o.forecast.map((f) => (f.density_per_cm2 ? band(f.density_per_cm2) : '—')),
      ...o.forecast.map((f) => fixed(f.cost, 0))])]);
  fillTable($('excluded'), ['option', 'why not'], rec.regimen.excluded.map((e) => [e.label, e.reason]));
  $('excluded-section').hidden = rec.regimen.excluded.length === 0;
  $('patient-summary').textContent = rec.patient_summary;
  plotOptions(rec);
  $('result').hidden = false;
}

async function run(body) {
  const buttons = document.querySelectorAll('button');
  buttons.forEach((b) => { b.disabled = true; });
  $('error').hidden = true;
  $('status').textContent = 'Running the consultation… (the twin and each option are simulated; a few seconds)';
  try {
    const res = await fetch('/api/consult', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) });
    const reply = await res.json();
    if (!res.ok) throw new Error(reply.error || `HTTP ${res.status}`);
    $('status').textContent = `Done: stored as run ${reply.run_id}.`;
    show(reply);
  } catch (e) {
    $('status').textContent = '';
    $('error').textContent = e.message;
    $('error').hidden = false;
    $('result').hidden = true;
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('upload').addEventListener('change', async (ev) => {
    const file = ev.target.files[0];
    if (file) $('toml').value = await file.text();
  });
  $('intake-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    run({ intake: intakeFromForm(ev.target) });
  });
  $('intake-file-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    run({ toml: $('toml').value });
  });
});
