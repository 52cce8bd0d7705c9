// What `clasp push` sends: the manifest, the global functions of contract §5, the menu, the sidebar and cell activation.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURE_AS_OF } from '../fixture-reports';
import { DIST, ROOT, ensureBuilt, loadBundle } from './bundle';
import { fixtureWorkbook, seedWorkbook } from './workbooks';
import { t as text } from '../../shared/i18n/text';

beforeAll(() => ensureBuilt(), 300_000);

const CONTRACT = ['onOpen', 'showSidebar', 'validateAndConsolidate', 'createForms', 'sendOverdueReminders', 'installTriggers'];

test('dist/apps-script holds exactly the bundle, the manifest and the sidebar', () => {
  expect(fs.readdirSync(DIST).sort()).toEqual(['appsscript.json', 'main.js', 'sidebar.html']);
});

test('the manifest: Vietnam time, V8, Stackdriver logging, the Sheets API turned on and the four scopes the code needs', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
  expect(manifest).toEqual(JSON.parse(fs.readFileSync(path.join(ROOT, 'apps-script', 'appsscript.json'), 'utf8')));
  expect(manifest).toMatchObject({ timeZone: 'Asia/Ho_Chi_Minh', runtimeVersion: 'V8', exceptionLogging: 'STACKDRIVER' });
  // The advanced service the bundle reads and writes through, as `Sheets`.
  expect(manifest.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: 'Sheets', version: 'v4', serviceId: 'sheets' }]);
  // `spreadsheets`, not `spreadsheets.currentonly`: the Sheets API does not accept the latter.
  expect([...manifest.oauthScopes].sort()).toEqual([
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/script.scriptapp',
    'https://www.googleapis.com/auth/script.send_mail',
    'https://www.googleapis.com/auth/spreadsheets',
  ]);
});

test('without the Sheets API turned on, a run says how to turn it on and writes nothing', () => {
  const t = loadBundle();
  seedWorkbook(t.fakes.spreadsheet, fixtureWorkbook());
  const sheets = t.fakes.spreadsheet.sheets.length;
  delete (t.ctx as Record<string, unknown>).Sheets;
  expect(() => t.call('validateAndConsolidate', { asOf: FIXTURE_AS_OF })).toThrow(/Google Sheets API/);
  expect(t.fakes.spreadsheet.sheets).toHaveLength(sheets);
});

test('the bundle declares each contract function at top level (what Apps Script lists and triggers call)', () => {
  const code = fs.readFileSync(path.join(DIST, 'main.js'), 'utf8');
  for (const name of [...CONTRACT, 'activateCell', 'getUiInfo', 'saveReminderSettings', 'menuValidateAndConsolidate', 'menuCreateForms']) {
    expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  }
  // No Node or browser module system left for Apps Script to trip on.
  expect(code).not.toMatch(/\brequire\(["']/);
  const t = loadBundle();
  for (const name of CONTRACT) expect(typeof t.ctx[name]).toBe('function');
});

test('onOpen only adds the NQ57 menu, touching nothing that needs authorisation', () => {
  const t = loadBundle();
  t.call('onOpen');
  expect(t.fakes.log.calls).toEqual([
    'Spreadsheet.SpreadsheetApp.getUi',
    'Spreadsheet.Ui.createMenu',
    'Spreadsheet.Menu.addItem',
    'Spreadsheet.Menu.addItem',
    'Spreadsheet.Menu.addSeparator',
    'Spreadsheet.Menu.addItem',
    'Spreadsheet.Menu.addToUi',
  ]);
  const menu = t.fakes.spreadsheetApp.ui.menus[0];
  expect(menu.name).toBe('NQ57');
  const items = menu.items.filter((i): i is { caption: string; fn: string } => i !== '---');
  expect(items.map((i) => i.caption)).toEqual(['Kiểm tra và tổng hợp', 'Tạo biểu mẫu', 'Mở bảng điều khiển (nhắc việc, danh sách lỗi)']);
  for (const i of items) expect(typeof t.ctx[i.fn]).toBe('function');
});

test('showSidebar serves the one HTML file with the sidebar script inlined; a menu item asks it to start', () => {
  const t = loadBundle();
  t.call('showSidebar');
  const [html] = t.fakes.spreadsheetApp.ui.sidebars;
  expect(html.title).toBe('NQ57 — Kiểm tra và tổng hợp');
  expect(html.content).not.toContain('<!-- SIDEBAR_SCRIPT -->');
  expect(html.content).toMatch(/<script>[\s\S]*validateAndConsolidate[\s\S]*<\/script>/);
  expect(html.content).not.toMatch(/<script[^>]+src=/);
  t.call('menuValidateAndConsolidate');
  expect(t.fakes.spreadsheetApp.ui.sidebars[1].content).toContain('window.NQ57_AUTORUN = "validate"');
});

test('the sidebar speaks English to an English-locale user, Vietnamese to everyone else', () => {
  expect(loadBundle({ locale: 'en_US' }).call('getUiInfo')).toMatchObject({ lang: 'en', settings: { enabled: false, hour: 7, replyTo: '' }, triggers: 0 });
  expect(loadBundle({ locale: 'vi' }).call('getUiInfo')).toMatchObject({ lang: 'vi' });
  expect(loadBundle({ locale: 'fr_FR' }).call('getUiInfo')).toMatchObject({ lang: 'vi' });
});

test('what the server refuses is said in the user\'s language: English for an English locale, Vietnamese otherwise', () => {
  for (const [locale, lang] of [['en_US', 'en'], ['vi', 'vi']] as const) {
    const t = loadBundle({ locale });
    seedWorkbook(t.fakes.spreadsheet, fixtureWorkbook());
    expect(() => t.call('validateAndConsolidate', { asOf: '15/07/2026' })).toThrow(text(lang, 'appsScript.badAsOf', { asOf: '15/07/2026' }));
    expect(() => t.call('validateAndConsolidate', { asOf: FIXTURE_AS_OF, period: 'quý 3' })).toThrow(text(lang, 'appsScript.badPeriod', { period: 'quý 3' }));
    expect(() => t.call('saveReminderSettings', { hour: 25 })).toThrow(text(lang, 'appsScript.badHour'));
    expect(() => t.call('saveReminderSettings', { replyTo: 'not an address' })).toThrow(text(lang, 'appsScript.badReplyTo', { address: 'not an address' }));
    expect(() => t.call('activateCell', 'Không có', 'A1')).toThrow(text(lang, 'appsScript.sheetMissing', { sheet: 'Không có' }));
  }
});

test('activateCell selects the cell an issue names, or its sheet', () => {
  const t = loadBundle();
  seedWorkbook(t.fakes.spreadsheet, fixtureWorkbook());
  t.call('validateAndConsolidate', { asOf: FIXTURE_AS_OF });
  expect(t.call('activateCell', 'Công an xã', 'E16')).toBe('Công an xã!E16');
  expect(t.fakes.spreadsheet.active).toEqual({ sheet: 'Công an xã', range: 'E16' });
  t.call('activateCell', 'Phụ lục I', null);
  expect(t.fakes.spreadsheet.active).toEqual({ sheet: 'Phụ lục I', range: null });
  expect(() => t.call('activateCell', 'Không có', 'A1')).toThrow(/Không tìm thấy trang "Không có"/);
});
