// manifest.xml's essentials, checked offline (Microsoft's validator is a web service): ids, host, requirement set,
// and that every URL it names is a file the build serves from dist/addin.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DIST, ROOT, ensureBuilt } from './built-addin';

const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const DEV_ORIGIN = 'https://localhost:3000';

/** Attribute values of every element named `tag` (namespace prefix ignored). */
function attrs(tag: string, attr: string): string[] {
  const re = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*\\b${attr}="([^"]*)"`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1]);
}
function text(tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}>([^<]*)</(?:\\w+:)?${tag}>`, 'g'))].map((m) => m[1].trim());
}

beforeAll(() => ensureBuilt(), 180_000);

// .ci/run installs libxml2-utils: xmllint is a real parser, so a malformed manifest fails here.
test('is well-formed XML (xmllint)', () => {
  expect(() => execFileSync('xmllint', ['--noout', path.join(ROOT, 'manifest.xml')], { stdio: 'pipe' })).not.toThrow();
});

test('a task pane add-in for Excel workbooks with a fixed id and the minimum requirement set', () => {
  expect(xml).toMatch(/<OfficeApp\b[^>]*xsi:type="TaskPaneApp"/);
  expect(text('Id')).toEqual([expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)]);
  expect(text('Version')).toEqual(['1.0.0.0']);
  expect(text('DefaultLocale')).toEqual(['vi-VN']);
  expect(attrs('DisplayName', 'DefaultValue')).toEqual(['NQ57 – Kiểm tra và tổng hợp']);
  expect(attrs('Host', 'Name')).toEqual(['Workbook']);
  expect(xml).toMatch(/<Host xsi:type="Workbook">/);
  expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.8"\/>/);
  expect(text('Permissions')).toEqual(['ReadWriteDocument']);
});

test('a Home-tab button labelled "Kiểm tra và tổng hợp" opens the pane; the function file exists', () => {
  expect(xml).toMatch(/<OfficeTab id="TabHome">/);
  expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
  expect(xml).toMatch(/<bt:String id="Button.Label" DefaultValue="Kiểm tra và tổng hợp">/);
  expect(xml).toMatch(/<FunctionFile resid="Commands.Url"\/>/);
});

test('SourceLocation and every icon and URL are files that the build puts in dist/addin', () => {
  const source = attrs('SourceLocation', 'DefaultValue');
  expect(source).toEqual([`${DEV_ORIGIN}/taskpane.html`]);
  const urls = [...new Set(attrs('[A-Za-z]+', 'DefaultValue').filter((v) => v.startsWith('https://')))];
  expect(urls.length).toBeGreaterThanOrEqual(6);
  for (const url of urls) {
    expect(url.startsWith(`${DEV_ORIGIN}/`)).toBe(true);
    const file = path.join(DIST, url.slice(DEV_ORIGIN.length + 1));
    expect(existsSync(file)).toBe(true);
  }
  expect(text('AppDomain')).toContain(DEV_ORIGIN);
});

test('icons are PNGs of the size the manifest declares', () => {
  const declared = [...xml.matchAll(/<bt:Image id="Icon\.(\d+)" DefaultValue="([^"]+)"/g)];
  expect(declared.map((m) => m[1])).toEqual(['16', '32', '80']);
  const all = [...declared.map((m) => [m[1], m[2]]), ['32', attrs('IconUrl', 'DefaultValue')[0]], ['64', attrs('HighResolutionIconUrl', 'DefaultValue')[0]]];
  for (const [size, url] of all) {
    const png = readFileSync(path.join(DIST, url.slice(DEV_ORIGIN.length + 1)));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
  }
});

test('the pane loads office.js by URL, never bundled', () => {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  // (the production build minifies the HTML: attribute quotes may go)
  expect(html).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
  expect(readFileSync(path.join(DIST, 'taskpane.js'), 'utf8')).not.toContain('OfficeExtension.ClientRequestContext');
});

// ---- The production manifest: `NQ57_ADDIN_URL=https://… npm run build` writes dist/manifest.xml for that address ----
const { manifestFor, addinBaseUrl } = require('../../scripts/addin-manifest') as {
  manifestFor: (xml: string, url?: string) => string;
  addinBaseUrl: (url?: string) => { base: string; origin: string };
};

/** Every URL in a manifest: attribute values and element text starting with http(s). */
function urlsOf(manifest: string): string[] {
  return [...manifest.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]*)/g)].map((m) => m[1]);
}

test('an address that is not https, or carries a query or a password, stops the build with a clear message', () => {
  expect(() => addinBaseUrl('http://nq57.example.vn')).toThrow(/https:\/\//);
  expect(() => addinBaseUrl('nq57.example.vn')).toThrow(/NQ57_ADDIN_URL/);
  expect(() => addinBaseUrl('https://u:p@nq57.example.vn')).toThrow(/NQ57_ADDIN_URL/);
  expect(() => addinBaseUrl('https://nq57.example.vn/?x=1')).toThrow(/NQ57_ADDIN_URL/);
  expect(addinBaseUrl(undefined).base).toBe(DEV_ORIGIN);
  expect(addinBaseUrl('https://a.example.vn/nq57/').base).toBe('https://a.example.vn/nq57');
});

test('the default build writes dist/manifest.xml for the dev server, identical in URLs to manifest.xml', () => {
  const built = readFileSync(path.join(DIST, '..', 'manifest.xml'), 'utf8');
  expect(urlsOf(built)).toEqual(urlsOf(xml));
});

describe('a production build with NQ57_ADDIN_URL', () => {
  const address = 'https://bao-cao.example.gov.vn/nq57/addin';
  let out: string;
  let manifest: string;
  beforeAll(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'nq57-prod-'));
    // The real build, as `NQ57_ADDIN_URL=… npm run build:addin` runs it, into a folder of its own.
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production', '--env', 'host=addin', '--env', `out=${out}`], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, NQ57_ADDIN_URL: `${address}/` },
    });
    manifest = readFileSync(path.join(out, 'manifest.xml'), 'utf8');
  }, 240_000);

  test('is well-formed (xmllint) and every URL is on the address, except office.js\'s own domain', () => {
    execFileSync('xmllint', ['--noout', path.join(out, 'manifest.xml')], { stdio: 'pipe' });
    const urls = urlsOf(manifest);
    expect(urls.length).toBe(urlsOf(xml).length);
    const ours = urls.filter((u) => u !== 'https://appsforoffice.microsoft.com');
    expect(ours.length).toBe(urls.length - 1);
    for (const u of ours) expect(u === 'https://bao-cao.example.gov.vn' || u.startsWith(`${address}/`)).toBe(true);
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain('<AppDomain>https://bao-cao.example.gov.vn</AppDomain>');
    expect(manifest).toMatch(new RegExp(`<SourceLocation DefaultValue="${address}/taskpane.html"/>`));
  });

  test('every file it names is in the built addin/ folder, icons as PNGs of their declared size', () => {
    for (const u of urlsOf(manifest).filter((x) => x.startsWith(`${address}/`))) expect(existsSync(path.join(out, 'addin', u.slice(address.length + 1)))).toBe(true);
    for (const [, size, url] of manifest.matchAll(/<bt:Image id="Icon\.(\d+)" DefaultValue="([^"]+)"/g)) {
      const png = readFileSync(path.join(out, 'addin', url.slice(address.length + 1)));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });

  test('the rest of the manifest is the same: id, requirement set, button', () => {
    const strip = (s: string) => s.replace(/<!--[\s\S]*?-->/, '').split(`${address}/`).join('X/').split(`${DEV_ORIGIN}/`).join('X/').replace('<AppDomain>https://bao-cao.example.gov.vn</AppDomain>', '').replace(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, '');
    expect(strip(manifest)).toBe(strip(xml));
    expect(manifestFor(xml, `${address}`)).toBe(manifest);
  });
});
