// Who owes what: each office's overdue tasks as lead (not those whose part it reported done) and a missing report.
import { z } from 'zod';
import type { Plan } from '../schemas/plan';
import type { CheckResult } from '../schemas/result';
import { splitAddresses } from './addresses';

export const Reminder = z.object({
  office: z.string(),
  to: z.array(z.string()),
  tasks: z.array(z.object({ section: z.string(), stt: z.string(), name: z.string(), deadline: z.string() })),
  reportMissing: z.boolean(),
});
export type Reminder = z.infer<typeof Reminder>;

/** The list `nq57 remind --json` writes and the Sheets trigger mails (contract §4). */
export function buildReminders(plan: Plan, result: CheckResult): Reminder[] {
  const reminders: Reminder[] = [];
  const periodPassed = result.period.due < result.asOf;
  for (const office of plan.offices) {
    const tasks = result.tasks
      .filter((t) => t.overdue && t.deadline !== null && t.leadOffices.includes(office.name) && t.leadStatus?.[office.name] !== 'done')
      .map((t) => ({ section: t.section, stt: t.stt, name: t.name, deadline: t.deadline! }));
    const reported = result.offices.find((o) => o.name === office.name)?.reported ?? false;
    const leadsSomething = [...plan.indicators, ...plan.tasks].some((x) => x.leadOffices.includes(office.name));
    const reportMissing = periodPassed && !reported && leadsSomething;
    if (tasks.length === 0 && !reportMissing) continue;
    // Only addresses a mail can go to (remind lists the others with invalidAddresses).
    reminders.push({ office: office.name, to: splitAddresses(office.emails).valid, tasks, reportMissing });
  }
  return reminders;
}

/** Addresses in the plan's office directory that no mail can go to, by office: said to the user, never used. */
export function invalidAddresses(plan: Plan): Array<{ office: string; address: string }> {
  return plan.offices.flatMap((o) => splitAddresses(o.emails).invalid.map((address) => ({ office: o.name, address })));
}
