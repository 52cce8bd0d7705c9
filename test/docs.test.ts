// The README and the officers' guide (docs/huong-dan.md): what they tell people to run and to paste is what exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DIST as APPS_SCRIPT_DIST, ensureBuilt as ensureAppsScriptBuilt } from './apps-script/bundle';

const ROOT = path.join(__dirname, '..');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const guide = readFileSync(path.join(ROOT, 'docs', 'huong-dan.md'), 'utf8');

/** Images a markdown file shows: ![alt](src) and <img src="…">, relative to the file. */
function images(md: string, dir: string): string[] {
  const srcs = [...md.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g), ...md.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1]);
  return srcs.map((s) => path.join(dir, s));
}

/** A section of a markdown file: from its heading to the next heading of the same or a higher level. */
function section(md: string, heading: string): string {
  const start = md.indexOf(`${heading}\n`);
  const level = heading.match(/^#+/)![0].length;
  const rest = md.slice(start + heading.length);
  const end = rest.search(new RegExp(`\\n#{1,${level}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

test('the README links the guide; every picture either shows is a PNG that a test or docs script writes', () => {
  expect(readme).toContain('](docs/huong-dan.md)');
  const writers = [
    ...['addin/taskpane.browser.test.ts', 'addin/files-pane.browser.test.ts', 'apps-script/sidebar.browser.test.ts'].map((f) => readFileSync(path.join(__dirname, f), 'utf8')),
    readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
  ].join('\n');
  const shown = [...images(guide, path.join(ROOT, 'docs')), ...images(readme, ROOT)];
  expect(shown.length).toBeGreaterThanOrEqual(8);
  for (const file of new Set(shown)) {
    expect(readFileSync(file).subarray(1, 4).toString('ascii')).toBe('PNG');
    // `pdftoppm -singlefile … docs/report` (npm run docs:report) names its output without the `.png` it appends.
    const base = path.basename(file);
    expect([base, writers.includes(base) || writers.includes(`docs/${base.replace(/\.png$/, '')}`)]).toEqual([base, true]);
  }
  // Both rounds and the three ways are in the guide.
  for (const h of ['## 1. Vòng việc của cơ quan thường trực', '## 2. Vòng việc của một đơn vị', '## 3. Trên trình duyệt', '## 4. Trong Excel', '## 5. Trong Google Trang tính']) expect(guide).toContain(h);
});

test('the Set-up section holds exactly two commands: the demo and the tests (which run the set-up script first)', () => {
  const blocks = [...section(readme, '## Set-up').matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1].trim());
  expect(blocks).toEqual(['npm install && npm start', 'npm install && npm test']);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  expect(pkg.scripts.test.startsWith('npm run setup && ')).toBe(true);
  expect(pkg.scripts.start).toMatch(/nq57\.js demo$/);
});

test('the README never sends anyone to a registry for nq57: npm link, or npx inside the clone', () => {
  expect(readme).not.toMatch(/npm (install|i) (-g|--global) nq57|npx (-y|--yes) nq57|npm exec nq57/);
  const npx = readme.split('\n').filter((l) => /npx nq57/.test(l));
  expect(npx.length).toBe(1);
  expect(npx[0]).toMatch(/clone/);
  expect(readme).toMatch(/^npm link$/m);
});

describe('Sheets without clasp: the files the guide tells an officer to paste', () => {
  beforeAll(() => ensureAppsScriptBuilt(), 240_000);
  const steps = section(guide, '## 5. Trong Google Trang tính, không cần cài công cụ');

  test('are the built files, all of them', () => {
    const named = [...steps.matchAll(/`([\w.-]+\.(?:js|html|json))`/g)].map((m) => m[1]).filter((f) => f !== 'Code.gs');
    expect(new Set(named)).toEqual(new Set(readdirSync(APPS_SCRIPT_DIST)));
    for (const f of named) expect(existsSync(path.join(APPS_SCRIPT_DIST, f))).toBe(true);
  });

  test('the HTML file is named as the script opens it, and appsscript.json turns on the Sheets service it names', () => {
    const bundle = readFileSync(path.join(APPS_SCRIPT_DIST, 'main.js'), 'utf8');
    const opened = [...bundle.matchAll(/createHtmlOutputFromFile\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(opened).toEqual(['sidebar']);
    expect(steps).toContain('đặt tên **`sidebar`**');
    const manifest = JSON.parse(readFileSync(path.join(APPS_SCRIPT_DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([expect.objectContaining({ userSymbol: 'Sheets', serviceId: 'sheets' })]);
    expect(steps).toContain('`Sheets`');
    expect(steps).toContain(manifest.timeZone);
    // The entry points the menu needs are top-level functions a pasted script defines.
    for (const fn of ['onOpen', 'showSidebar', 'validateAndConsolidate', 'createForms']) expect(bundle).toMatch(new RegExp(`function ${fn}\\(`));
  });
});
