// The menu, the sidebar and what the sidebar asks of the server besides checking: its language, settings, a cell to select.
import { parseA1, words, type Lang, t } from '../shared';
import { readSettings, type ReminderSettings } from './settings';
import { reminderTriggerCount } from './triggers';
import { userLang } from './run-options';

const SIDEBAR_TITLE = t('vi', 'appsScript.sidebarTitle');

/**
 * Simple trigger: runs without authorisation, so it only builds the menu (no Session, no
 * properties). The menu is Vietnamese, like the workbook; the sidebar follows the user's locale.
 */
export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu('NQ57')
    .addItem(words.vi.validateButton, 'menuValidateAndConsolidate')
    .addItem(words.vi.formsButton, 'menuCreateForms')
    .addSeparator()
    .addItem(t('vi', 'appsScript.menuSidebar'), 'showSidebar')
    .addToUi();
}

/** `then` names the sidebar button to press once it has loaded (a menu item that starts an action). */
function openSidebar(then?: 'validate' | 'forms'): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(SIDEBAR_TITLE);
  if (then) html.append(`<script>window.NQ57_AUTORUN = ${JSON.stringify(then)};</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showSidebar(): void {
  openSidebar();
}

export function menuValidateAndConsolidate(): void {
  openSidebar('validate');
}

export function menuCreateForms(): void {
  openSidebar('forms');
}

export type UiInfo = { lang: Lang; settings: ReminderSettings; triggers: number };

export function getUiInfo(): UiInfo {
  return { lang: userLang(), settings: readSettings(), triggers: reminderTriggerCount() };
}

/** Clicking an issue in the sidebar: select its cell, or show its sheet when it names none. */
export function activateCell(sheetName: string, cell?: string | null): string {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(t(userLang(), 'appsScript.sheetMissing', { sheet: sheetName }));
  if (cell && parseA1(cell)) {
    sheet.getRange(cell).activate();
    return `${sheetName}!${cell}`;
  }
  sheet.activate();
  return sheetName;
}
