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
  /** Added (§6): the standing office returned this period's report: its reason and its errors (count, and each). */
  returned: z
    .object({
      reason: z.string(),
      errors: z.number().int(),
      errorList: z.array(z.object({ file: z.string().nullable(), sheet: z.string().nullable(), cell: z.string().nullable(), message: z.string() })).optional(),
    })
    .nullable()
    .optional(),
  /** Added: the report came but leaves inputs empty after the due date. */
  incomplete: z.object({ inputs: z.number().int(), filled: z.number().int() }).nullable().optional(),
});
export type Reminder = z.infer<typeof Reminder>;

/** A returned office's reason and the errors of its report, which the mail lists so the office knows what to fix. */
function returnedOf(result: CheckResult, office: string): Reminder['returned'] {
  const review = result.offices.find((o) => o.name === office)?.review;
  if (review?.state !== 'returned') return null;
  const errors = result.issues.filter((i) => i.office === office && i.severity === 'error');
  return {
    reason: review.reason ?? '',
    errors: errors.length,
    errorList: errors.map((i) => ({ file: i.file, sheet: i.sheet, cell: i.cell, message: i.message })),
  };
}

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
    const returned = returnedOf(result, office.name);
    const c = result.offices.find((o) => o.name === office.name)?.completeness;
    // An incomplete report is work in progress until the due date; after it, it is owed like a missing one.
    const incomplete = periodPassed && reported && c && c.filled < c.inputs ? { inputs: c.inputs, filled: c.filled } : null;
    if (tasks.length === 0 && !reportMissing && !returned && !incomplete) continue;
    // Only addresses a mail can go to (remind lists the others with invalidAddresses).
    reminders.push({ office: office.name, to: splitAddresses(office.emails).valid, tasks, reportMissing, returned, incomplete });
  }
  return reminders;
}

/** Addresses in the plan's office directory that no mail can go to, by office: said to the user, never used. */
export function invalidAddresses(plan: Plan): Array<{ office: string; address: string }> {
  return plan.offices.flatMap((o) => splitAddresses(o.emails).invalid.map((address) => ({ office: o.name, address })));
}
