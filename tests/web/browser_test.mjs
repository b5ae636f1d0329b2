// End-to-end browser test of `trichosim serve`: Debian's Chromium (headless), driven by playwright-core.
// Starts the server on a free loopback port with a fresh database, fills the forecast form (with a
// script-injection string in the name), sees the result table and plot, checks a bad age is reported with its
// range, runs an example scenario, checks the stored-runs page, fills the consultation form (a bad age first,
// then a man with crown and hairline thinning), sees the differential diagnosis and the regimen options with
// their forecasts, runs a small null trial on the trial page (a bad size first) and sees per-arm 95 % CIs, and
// takes screenshots (consultation.png shows the consultation result, trial.png the trial); then opens the trial
// report that `trichosim trial` writes for the same file and checks its CI plot (trial_report.png).
// Usage (from the repository root, after scripts/build and `npm ci` in tests/web):
//   node tests/web/browser_test.mjs [path/to/trichosim]      screenshots go to out/browser/
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const binary = process.argv[2] ?? path.join(root, 'build/default/cli/trichosim');
const shots = path.join(root, 'out/browser');
mkdirSync(shots, { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), 'trichosim-browser-'));
const attack = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';

function startServer() {
  const server = spawn(binary, ['serve', '--port', '0', '--db', path.join(work, 'runs.db')],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let banner = '';
    server.stdout.on('data', (chunk) => {
      banner += chunk;
      const m = banner.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) resolve({ server, url: m[0] });
    });
    server.on('exit', (code) => reject(new Error(`server exited early (${code}): ${banner}`)));
  });
}

const { server, url } = await startServer();
const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
  viewport: { width: 1200, height: 1500 },
});
let failed = false;
try {
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  assert.equal(await page.locator('h1').textContent(), 'Forecast one scalp');

  // 1. A bad age: the error names the field and the allowed range; nothing is shown as a result.
  await page.fill('input[name="person.age_years"]', '140');
  await page.click('#run-person');
  await page.locator('#error').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#error').textContent(),
    '<form>: person.age_years = 140: allowed range is 0 to 110 (year)');
  assert.equal(await page.locator('#result').isVisible(), false);

  // 2. A person, 2 years, with a script-injection string as the name.
  await page.fill('input[name="name"]', attack);
  await page.fill('input[name="person.age_years"]', '25');
  await page.fill('input[name="simulation.horizon_years"]', '2');
  await page.click('#run-person');
  await page.locator('#result').waitFor({ state: 'visible', timeout: 120000 });
  assert.equal(await page.locator('#error').isVisible(), false);
  assert.equal(await page.locator('#summary tbody tr').count(), 3);  // years 0, 1, 2
  assert.equal(await page.locator('#regions tbody tr').count(), 9);  // 8 regions + whole scalp
  assert.equal(await page.locator('#plot polyline').count(), 5);
  assert.ok((await page.locator('#result-title').textContent()).startsWith(attack));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.screenshot({ path: path.join(shots, 'forecast.png'), fullPage: true });

  // 3. An example scenario with a horizon override.
  await page.selectOption('#example', 'woman_50_postmenopause');
  assert.ok((await page.inputValue('#toml')).includes('sex = "female"'));
  await page.fill('#years', '1');
  await page.click('#run-scenario');
  await page.locator('#result-title', { hasText: 'Woman, 50, after menopause' }).waitFor({ timeout: 120000 });
  assert.equal(await page.locator('#summary tbody tr').count(), 2);

  // 4. Both runs are on the stored-runs page; the injected name shows as text.
  await page.click('nav >> text=Stored runs');
  await page.locator('#runs').waitFor();
  assert.equal(await page.locator('#runs tbody tr').count(), 2);
  assert.equal(await page.locator('#runs tbody tr').nth(1).locator('td').nth(3).textContent(), attack);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.screenshot({ path: path.join(shots, 'runs.png'), fullPage: true });

  // 5. The consultation form: a bad age is refused with the intake reader's message and nothing is stored.
  await page.click('nav >> text=Consultation');
  assert.equal(await page.locator('h1').textContent(), 'Consultation');
  await page.fill('input[name="person.age_years"]', '140');
  await page.click('#run-consult');
  await page.locator('#error').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#error').textContent(),
    '<form>: person.age_years = 140: allowed range is 0 to 110 (year)');
  assert.equal(await page.locator('#result').isVisible(), false);
  assert.equal((await (await page.request.get(`${url}api/runs`)).json()).length, 2);

  // 6. A man of 28 with crown and hairline thinning for 4 years (data/vignettes/male_aga_kaufman.toml).
  await page.fill('input[name="name"]', 'Consultation patient');
  await page.fill('input[name="person.age_years"]', '28');
  await page.selectOption('select[name="person.ethnicity"]', 'caucasian');
  await page.selectOption('select[name="person.family_history"]', 'one_side');
  await page.selectOption('select[name="complaint.onset"]', 'gradual');
  await page.fill('input[name="complaint.duration_months"]', '48');
  await page.check('input[name="complaint.pattern"][value="hairline"]');
  await page.check('input[name="complaint.pattern"][value="crown"]');
  await page.fill('input[name="shedding.hairs_per_day"]', '60');
  await page.fill('input[name="shedding.pull_test_percent"]', '4');
  await page.selectOption('select[name="event.type"]', 'none');
  await page.selectOption('select[name="conditions.thyroid"]', 'none');
  await page.selectOption('select[name="scalp.scarring"]', 'no');
  await page.fill('input[name="seed"]', '11');
  await page.click('#run-consult');
  await page.locator('#result').waitFor({ state: 'visible', timeout: 180000 });
  assert.equal(await page.locator('#error').isVisible(), false);
  assert.equal(await page.locator('#result-title').textContent(), 'Consultation patient — stored as run 3');
  assert.equal(await page.locator('#differential tbody tr').first().locator('td').first().textContent(),
    'aga male');
  assert.equal(await page.locator('#red-flags').isVisible(), false);
  const record = await (await page.request.get(`${url}api/runs/3`)).json();
  assert.equal(await page.locator('#options tbody tr').count(), record.regimen.options.length + 1);
  const simulated = record.regimen.options.filter((o) => o.status === 'simulated').length;
  assert.ok(simulated >= 1);
  assert.equal(await page.locator('#options-plot polyline').count(), simulated + 1);
  assert.ok((await page.locator('#patient-summary').textContent()).length > 0);
  await page.locator('#differential').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'consultation.png'), fullPage: true });
  const kinds = (await (await page.request.get(`${url}api/runs`)).json()).map((r) => r.kind);
  assert.deepEqual(kinds, ['consultation', 'forecast', 'forecast']);

  // 7. The trial page: a bad trial size is refused with the trial reader's message; a small null trial (two
  //    identical placebo arms of 10 men, half a year) runs, shows each arm's change with its 95 % CI, is stored.
  await page.click('nav >> text=Trial');
  assert.equal(await page.locator('h1').textContent(), 'Virtual trial');
  const trial = ['format = "trichosim-trial/1"', 'name = "Small null trial"', 'seed = 7', '[population]',
    'sex = "male"', 'age_min_years = 18', 'age_max_years = 41', '[design]', 'duration_years = 0.5',
    'visit_years = [0.25, 0.5]', 'n_total = 20', 'control_arm = "placebo"', 'sample_fraction = 0.1', '[[arms]]',
    'name = "placebo_b"', 'ratio = 1', '[[arms]]', 'name = "placebo"', 'ratio = 1', '[[endpoints]]',
    'name = "vertex_count"', 'instrument = "hair_count"', 'site = "crown"', 'circle_cm2 = 5.07', 'primary = true',
    ''].join('\n');
  await page.fill('#toml', trial.replace('n_total = 20', 'n_total = 0'));
  await page.click('#run-trial');
  await page.locator('#error').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#error').textContent(),
    '<request>: design.n_total = 0: must be a whole number from 2 to 1000000');
  await page.fill('#toml', trial);
  await page.click('#run-trial');
  await page.locator('#result').waitFor({ state: 'visible', timeout: 120000 });
  assert.equal(await page.locator('#result-title').textContent(), 'Small null trial — run 4');
  assert.equal(await page.locator('.trial-table tbody tr').count(), 6);  // 2 arms x (baseline + 2 visits)
  assert.equal(await page.locator('.ci-plot line.ci').count(), 4);  // 2 arms x 2 visits (baseline CI is 0 wide)
  // placebo_b vs placebo at 0.25 years: identical arms, so a difference of 0 inside a symmetric Welch CI.
  assert.match(await page.locator('.trial-table tbody tr').nth(1).locator('td').nth(6).textContent(),
    /^\+0\.0 \[-(\d+\.\d), \+\1\]$/);
  assert.equal(await page.inputValue('#stored'), '4');
  await page.screenshot({ path: path.join(shots, 'trial.png'), fullPage: true });
  // The stored trial shows again from the store after a reload.
  await page.reload();
  await page.locator('#stored option[value="4"]').waitFor({ state: 'attached' });
  await page.selectOption('#stored', '4');
  await page.click('#show-stored');
  await page.locator('#result').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.trial-table tbody tr').count(), 6);

  // 8. The same trial from the command line writes a self-contained report whose CI plot draws in Chromium.
  writeFileSync(path.join(work, 'trial.toml'), trial);
  const trialCli = spawnSync(binary, ['trial', path.join(work, 'trial.toml'), '--out', path.join(work, 'trial'),
    '--threads', '1', '--quiet'], { encoding: 'utf8' });
  assert.equal(trialCli.status, 0, trialCli.stderr);
  await page.goto(`file://${path.join(work, 'trial', 'trial_report.html')}`);
  await page.locator('#c_trial_0').waitFor();
  assert.deepEqual(await page.evaluate(() => Chart.getChart('c_trial_0').data.datasets.map((d) => d.label)),
    ['placebo_b 95 % CI', 'placebo_b mean', 'placebo 95 % CI', 'placebo mean']);
  await page.screenshot({ path: path.join(shots, 'trial_report.png'), fullPage: true });
  assert.deepEqual(pageErrors, []);
  console.log(`browser test passed: screenshots in ${shots}`);
} catch (e) {
  failed = true;
  console.error('browser test FAILED:', e);
} finally {
  await context.close();
  server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
