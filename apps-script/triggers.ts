// The one daily time-driven trigger that sends reminders, and the settings that switch it on and off.
import { parseSettings, readSettings, writeSettings, type ReminderSettings } from './settings';
import { userLang } from './run-options';

export const REMINDER_HANDLER = 'sendOverdueReminders';
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export type TriggerState = { settings: ReminderSettings; triggers: number };

/** Two editors saving at once must not leave two triggers: the script lock serialises it. */
function withScriptLock<T>(f: () => T): T {
  const lock = LockService.getScriptLock();
  lock.waitLock(20_000);
  try {
    return f();
  } finally {
    lock.releaseLock();
  }
}

/** Deletes every trigger of the handler, then makes one if `hour` is given: running it twice leaves one. */
function replaceTrigger(hour: number | null): number {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === REMINDER_HANDLER) ScriptApp.deleteTrigger(t);
  if (hour === null) return 0;
  ScriptApp.newTrigger(REMINDER_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone(TIME_ZONE).create();
  return 1;
}

export function reminderTriggerCount(): number {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === REMINDER_HANDLER).length;
}

/** Contract §5: switches daily reminders on at the saved hour (7 by default). */
export function installTriggers(): TriggerState {
  return withScriptLock(() => {
    const settings = { ...readSettings(), enabled: true };
    writeSettings(settings);
    return { settings, triggers: replaceTrigger(settings.hour) };
  });
}

/** The sidebar's settings form: saves, then makes the trigger match (none when switched off). */
export function saveReminderSettings(input: unknown): TriggerState {
  return withScriptLock(() => {
    const settings = parseSettings(input, readSettings(), userLang());
    writeSettings(settings);
    return { settings, triggers: replaceTrigger(settings.enabled ? settings.hour : null) };
  });
}
