// scripts/setup.sh (npm run setup, run by npm test and .ci/run): with the programs missing it stops at once, naming
// each program and the exact apt-get line, and installs nothing when it cannot (no apt-get on PATH here).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');
const SCRIPT = path.join(ROOT, 'scripts', 'setup.sh');

/** A PATH holding only the shell tools the script itself uses: every test program is missing. */
function barePath(extra: string[] = []): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nq57-bare-path-'));
  for (const tool of ['bash', 'id', 'grep', ...extra]) {
    const found = spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    if (found) symlinkSync(found, path.join(dir, tool));
  }
  return dir;
}

test('with no test program on PATH: exit 1 at once, each program named, the exact apt-get install line', () => {
  const bash = spawnSync('bash', ['-c', 'command -v bash'], { encoding: 'utf8' }).stdout.trim();
  const r = spawnSync(bash, [SCRIPT], { env: { PATH: barePath(), HOME: os.tmpdir() }, encoding: 'utf8', timeout: 30_000 });
  expect(r.status).toBe(1);
  for (const program of ['libreoffice', 'lowriter', 'chromium', 'pdftoppm', 'pdftotext', 'xmllint']) expect(r.stderr).toContain(`- ${program} (`);
  const line = r.stderr.split('\n').find((l) => l.includes('apt-get install'))!;
  expect(line.trim().split(/\s+/)).toEqual(['sudo', 'apt-get', 'install', '-y', '--no-install-recommends', 'libreoffice-calc', 'libreoffice-writer', 'chromium', 'poppler-utils', 'libxml2-utils', 'fontconfig', 'fonts-dejavu-core']);
});

test('the packages named are only those missing; with everything present it says so and exits 0', () => {
  const bash = spawnSync('bash', ['-c', 'command -v bash'], { encoding: 'utf8' }).stdout.trim();
  // Everything but Chromium: only its package is asked for.
  const withoutChromium = barePath(['libreoffice', 'localc', 'lowriter', 'pdftoppm', 'pdftotext', 'xmllint', 'fc-list']);
  const r = spawnSync(bash, [SCRIPT], { env: { PATH: withoutChromium, HOME: os.tmpdir(), NQ57_SETUP: 'check' }, encoding: 'utf8', timeout: 30_000 });
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/apt-get install -y --no-install-recommends chromium\s*$/m);
  const all = spawnSync(bash, [SCRIPT], { env: { ...process.env, NQ57_SETUP: 'check' }, encoding: 'utf8', timeout: 30_000 });
  expect(all.status).toBe(0);
});

test('npm test and .ci/run both go through the same set-up script', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  expect(pkg.scripts.setup).toBe('bash scripts/setup.sh');
  expect(pkg.scripts.test).toMatch(/^npm run setup && /);
  expect(readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/^bash scripts\/setup\.sh$/m);
});
