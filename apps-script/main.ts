// The Apps Script entry: the one list of functions Sheets, menus, triggers and the sidebar may call.
// gas-webpack-plugin turns each `global.x = x` below into a top-level `function x() {}` Apps Script can see.
import { onOpen, showSidebar, menuValidateAndConsolidate, menuCreateForms, getUiInfo, activateCell } from './ui';
import { validateAndConsolidate } from './consolidate';
import { createForms } from './form-sheets';
import { sendOverdueReminders } from './mail';
import { installTriggers, saveReminderSettings } from './triggers';
import { guideAnswer, guideStart } from './guide';

declare const global: Record<string, unknown>;

// Contract §5.
global.onOpen = onOpen;
global.showSidebar = showSidebar;
global.validateAndConsolidate = (options?: unknown) => validateAndConsolidate(options);
global.createForms = (options?: unknown) => createForms(options);
global.sendOverdueReminders = (event?: unknown) => sendOverdueReminders(event);
global.installTriggers = installTriggers;

// Menu items and the sidebar.
global.menuValidateAndConsolidate = menuValidateAndConsolidate;
global.menuCreateForms = menuCreateForms;
global.getUiInfo = getUiInfo;
global.activateCell = activateCell;
global.saveReminderSettings = saveReminderSettings;
global.guideStart = (options?: unknown) => guideStart(options);
global.guideAnswer = (sheet: unknown, cell: unknown, input: unknown, options?: unknown) => guideAnswer(sheet, cell, input, options);
