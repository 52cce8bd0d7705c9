// The server functions the sidebar calls, typed, as promises over google.script.run.
import type { CheckResult } from '../../shared';
import type { FormsCreated } from '../form-sheets';
import type { ReminderRun } from '../mail';
import type { TriggerState } from '../triggers';
import type { UiInfo } from '../ui';
import type { ReminderSettings } from '../settings';
import type { GuideView } from '../guide';

export type Server = {
  getUiInfo(): UiInfo;
  validateAndConsolidate(options?: { asOf?: string; period?: string }): CheckResult;
  createForms(options?: { asOf?: string; period?: string }): FormsCreated;
  activateCell(sheet: string, cell: string | null): string;
  saveReminderSettings(settings: Partial<ReminderSettings>): TriggerState;
  sendOverdueReminders(): ReminderRun;
  guideStart(options?: { asOf?: string }): GuideView;
  guideAnswer(sheet: string, cell: string, input: string, options?: { asOf?: string }): GuideView;
};

type Runner = {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error | string) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner } };

export function call<K extends keyof Server>(name: K, ...args: Parameters<Server[K]>): Promise<ReturnType<Server[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as ReturnType<Server[K]>))
      .withFailureHandler((e) => reject(e instanceof Error ? e : new Error(String(e))));
    runner[name](...args);
  });
}
