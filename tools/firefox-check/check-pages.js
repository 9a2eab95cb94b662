// Manual check: the two pages in Firefox (Debian's firefox-esr) through WebDriver BiDi, against ./run.sh.
// Not part of the test command (CI machines have no Node.js): apt-get install -y firefox-esr nodejs npm;
// cd tools/firefox-check && PUPPETEER_SKIP_DOWNLOAD=1 npm install && npm run check
// Agent 1002 signs in, logs in to the ACD, goes ready; supervisor1 opens the dashboard. Screenshots go to /tmp.
const puppeteer = require('puppeteer-core');
// The pages' CSP forbids Function(), which waitForFunction uses: poll from here instead.
async function until(page, fn, what, ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await page.evaluate(fn)) return;
    if (Date.now() > end) throw new Error('timed out: ' + what);
    await new Promise((r) => setTimeout(r, 300));
  }
}
const base = 'http://127.0.0.1:8080/cti/';
(async () => {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, defaultViewport: null, args: ['--width=1360', '--height=1100'] });
  console.log('browser', await browser.version());
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console:', m.type(), m.text()));
  await page.goto(base);
  await page.waitForSelector('#user', { visible: true });
  await page.type('#user', '1002'); await page.type('#password', '1002');
  await page.click('#sign-in button[type=submit]');
  const text = (id) => page.$eval('#' + id, (e) => e.textContent);
  await until(page, () => document.getElementById('agent-state').textContent !== '', 'condition');
  console.log('state', await text('agent-state'));
  if ((await text('agent-state')) === 'Logout') {
    await page.type('#login-password', '1002');
    await page.click('#login');
    await until(page, () => document.getElementById('agent-state').textContent === 'Not ready', 'condition');
  }
  await until(page, () => !document.getElementById('ready').disabled, 'condition');
  await page.click('#ready');
  await until(page, () => document.getElementById('agent-state').textContent === 'Available', 'condition');
  console.log('after ready:', await text('agent-state'), '|', await text('stream-indicator'), '|', await text('link-indicator'));
  const pad = await page.$$('#dial-pad button');
  console.log('dial pad keys', pad.length, 'reason options', await page.$$eval('#not-ready-reason option', (o) => o.length));
  await page.screenshot({ path: '/tmp/ctios-firefox-desktop.png' });
  const sup = await browser.newPage();
  await sup.goto(base + 'supervisor/');
  // sessionStorage is per tab: sign in again
  await sup.waitForSelector('#user', { visible: true });
  await sup.type('#user', 'supervisor1'); await sup.type('#password', 'supervisor1');
  await sup.click('#sign-in button[type=submit]');
  await until(sup, () => document.querySelectorAll('#agents tbody tr').length > 0, 'condition');
  await new Promise((r) => setTimeout(r, 11000));
  console.log('rows', await sup.$$eval('#agents tbody tr', (r) => r.length),
    'stats rows', await sup.$$eval('#statistics tbody tr, #skill-groups tbody tr', (r) => r.length),
    'chart paths', await sup.$$eval('svg path, svg polyline', (p) => p.length));
  await sup.screenshot({ path: '/tmp/ctios-firefox-supervisor.png' });
  await browser.close();
})().catch((e) => { console.error('FAILED', e); process.exit(1); });
