// Drives the explorer like a user, in headless Chromium: types a name, opens the first matching entity,
// follows a neighbour. Prints one JSON object with what each page showed; screenshots go to argv[4].
// Usage: node explorer-drive.mjs PLAYWRIGHT_CORE_DIR URL NAME SCREENSHOT_DIR
import { createRequire } from 'module';
const [, , lib, url, name, shots] = process.argv;
const { chromium } = createRequire(import.meta.url)(lib);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const out = { requests: [], errors: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
  page.on('request', r => out.requests.push(r.url()));
  page.on('pageerror', e => out.errors.push(String(e)));
  const ready = async () => page.waitForSelector('body[data-ready="yes"]', { timeout: 20000 });
  const view = async () => page.evaluate(() => ({
    title: document.querySelector('main h2')?.textContent || '',
    view: document.getElementById('main').dataset.view || '',
    millis: Number(document.body.dataset.millis),
    queries: document.body.dataset.queries,
    results: [...document.querySelectorAll('#results a.entity')].map(a => a.textContent),
    facts: [...document.querySelectorAll('#facts > li')].map(li => li.textContent),
    sentences: document.querySelectorAll('#facts .sentence, #events .sentence').length,
    quotes: [...document.querySelectorAll('#quotes > li')].map(li => li.textContent),
    events: [...document.querySelectorAll('#events > li')].map(li => li.textContent),
    neighbours: [...document.querySelectorAll('#neighbours a.entity')].map(a => a.textContent),
    drawn: document.querySelectorAll('#hood g').length,
  }));
  await page.goto(url);
  await ready();
  await page.fill('#q', name);
  await page.waitForSelector('main[data-view="search"] #results', { timeout: 20000 });
  await ready();
  out.search = await view();
  await page.screenshot({ path: shots + '/1-search.png' });
  await page.click('#results a.entity >> nth=0');
  await page.waitForSelector('main[data-view="entity"] #neighbours', { timeout: 20000 });
  await ready();
  out.entity = await view();
  await page.screenshot({ path: shots + '/2-entity.png', fullPage: true });
  const first = await page.$('#neighbours a.entity');
  if (first) {
    const before = out.entity.title;
    await first.click();
    await page.waitForFunction(t => document.querySelector('main h2')?.textContent !== t
      && document.body.dataset.ready === 'yes' && document.getElementById('neighbours'), before, { timeout: 20000 });
    out.neighbour = await view();
    await page.screenshot({ path: shots + '/3-neighbour.png', fullPage: true });
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(out));
