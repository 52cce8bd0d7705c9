// The command line's help and argument errors, run in-process: per-command help, errors naming the option, exit 2.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from './main';
import { parseDateOption } from './option-values';
import { COMMANDS, OPTIONS } from './option-table';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('help', () => {
  test.each(Object.keys(COMMANDS))('nq57 %s --help and nq57 help %s print that command\'s own help, in either language', async (name) => {
    const vi = await run(name, '--help');
    expect(vi.status).toBe(0);
    expect(vi.stdout).toContain(`nq57 ${name} `);
    for (const o of COMMANDS[name].options) expect(vi.stdout).toContain(`--${o}`);
    expect(vi.stdout).toContain('Cách dùng');
    const again = await run('help', name);
    expect(again).toEqual(vi);
    const en = await run(name, '--help', '--lang', 'en');
    expect(en.stdout).toContain('Usage');
    expect(en.stdout).not.toEqual(vi.stdout);
    // Another command's options are not listed.
    const others = Object.keys(OPTIONS).filter((o) => !COMMANDS[name].options.includes(o));
    for (const o of others) expect(vi.stdout).not.toContain(`--${o} `);
  });

  test('the general help lists every command and --version; --version prints the package version', async () => {
    const h = await run('--help');
    expect(h.status).toBe(0);
    for (const c of Object.keys(COMMANDS)) expect(h.stdout).toContain(c);
    expect(h.stdout).toContain('--version');
    const v = await run('--version');
    expect(v.status).toBe(0);
    expect(v.stdout).toBe(JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version);
  });

  test('no command: the help, on stderr, exit 2; an unknown command or help topic is named', async () => {
    expect((await run()).status).toBe(2);
    const bad = await run('frobnicate');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"frobnicate"');
    expect((await run('help', 'frobnicate')).stderr).toContain('"frobnicate"');
  });
});

describe('argument errors name the option and what it accepts, exit 2', () => {
  test('nq57 forms with no options: its Vietnamese usage and the missing options', async () => {
    const r = await run('forms');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--plan: bắt buộc/);
    expect(r.stderr).toMatch(/--out: bắt buộc/);
    expect(r.stderr).toContain('nq57 forms --plan KE_HOACH.xlsx --out THU_MUC');
  });

  test('--as-of: dd/mm/yyyy and ISO accepted; slips and years out of range refused, in the chosen language', () => {
    expect(parseDateOption('15/07/2026')).toBe('2026-07-15');
    expect(parseDateOption('5/7/2026')).toBe('2026-07-05');
    expect(parseDateOption('2026-07-15')).toBe('2026-07-15');
    for (const bad of ['0100-06-01', '9999-12-31', '31/02/2026', '2026-13-01', '15-07-2026', '07/15/2026', '', 'hôm nay']) expect(parseDateOption(bad)).toBeNull();
  });

  test.each([
    [['check', '--plan', 'p.xlsx', '--reports', 'r', '--out', 's.xlsx', '--as-of', '9999-12-31'], '--as-of', /dd\/mm\/yyyy.*YYYY-MM-DD.*2000.*2100/],
    [['remind', '--plan', 'p.xlsx', '--as-of', '0100-06-01'], '--as-of', /2000/],
    [['check', '--plan', 'p.xlsx', '--reports', 'r', '--out', 's.xlsx', '--period', '2026-X9'], '--period', /YYYY-H1.*YYYY-H2.*YYYY .*YYYY-Qn.*YYYY-MM/],
    [['check', '--plan', 'p.xlsx', '--reports', 'r', '--out', 's.xlsx', '--quite'], '--quite', /--plan, --reports/],
    [['check', '--plan', 'p.xlsx', '--reports', 'r', '--out', 's.xlsx', '--json'], '--json', /thiếu giá trị/],
    [['forms', '--plan', 'a.xlsx', '--plan', 'b.xlsx', '--out', 'x'], '--plan', /một giá trị/],
    [['forms', '--plan', 'a.xlsx', '--out', 'x', '--outbox', 'y'], '--outbox', /forms/],
    [['check', '--plan', 'a.xlsx', 'b.xlsx', '--reports', 'r', '--out', 'x'], '"b.xlsx"', /tham số thừa/],
  ])('%j → %s', async (argv, option, accepts) => {
    const r = await run(...argv);
    expect(r.status).toBe(2);
    const line = r.stderr.split('\n').find((l) => l.includes(option));
    expect(line).toBeDefined();
    expect(line).toMatch(accepts);
  });

  test('English with --lang en; --lang fr names --lang and its values', async () => {
    const en = await run('check', '--plan', 'p.xlsx', '--reports', 'r', '--out', 's.xlsx', '--as-of', '2026-02-30', '--lang', 'en');
    expect(en.status).toBe(2);
    expect(en.stderr).toMatch(/--as-of: "2026-02-30" is not valid; it takes a date as dd\/mm\/yyyy/);
    const fr = await run('check', '--lang', 'fr');
    expect(fr.status).toBe(2);
    expect(fr.stderr).toMatch(/--lang: "fr".*vi.*en/);
  });
});

test('demo writes only its own files: a file the user put under out/ survives, and dd/mm/yyyy is the same day', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nq57-demo-'));
  const out = path.join(dir, 'out');
  mkdirSync(path.join(out, 'thong-nhat-4888', 'bieu-mau'), { recursive: true });
  const mine = [path.join(out, 'ghi-chu.txt'), path.join(out, 'thong-nhat-4888', 'ghi-chu.txt'), path.join(out, 'thong-nhat-4888', 'bieu-mau', 'ban-sao.txt')];
  for (const f of mine) writeFileSync(f, 'của tôi');
  const first = await run('demo', '--out', out, '--as-of', '15/07/2026', '--quiet');
  expect(first.status).toBe(0);
  // A second run replaces its own output and still leaves the user's files alone.
  const second = await run('demo', '--out', out, '--quiet');
  expect(second.status).toBe(0);
  for (const f of mine) expect(readFileSync(f, 'utf8')).toBe('của tôi');
  const a = JSON.parse(readFileSync(path.join(out, 'thong-nhat-4888', 'ket-qua.json'), 'utf8'));
  expect(a.asOf).toBe('2026-07-15');
  // The sample reports carry their story's saved times, not the moment the demo ran: the sloppy offices late
  // (one in every seven), the others on time.
  const timed = (a.offices as Array<{ name: string; onTime: boolean | null }>).filter((o) => o.onTime !== null);
  const late = timed.filter((o) => o.onTime === false).length;
  expect(late).toBeGreaterThan(0);
  expect(timed.length - late).toBeGreaterThan(2 * late);
  expect(existsSync(path.join(out, 'thong-nhat-4888', 'tong-hop.xlsx'))).toBe(true);
  expect(readdirSync(path.join(out, 'thong-nhat-4888', 'bieu-mau')).filter((f) => f.endsWith('.xlsx')).length).toBeGreaterThan(0);
  expect(second.stdout).not.toMatch(/Không ghi đè/);
}, 120_000);
