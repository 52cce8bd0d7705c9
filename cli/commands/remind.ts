// nq57 remind: each office's overdue tasks and missing report, as JSON and .eml files; nothing is sent.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Args } from '../args';
import { one } from '../args';
import { isoDate, UsageError } from '../inputs';
import type { Io } from '../output';
import { type Lang, hasErrors, t, invalidAddresses, planReminderRun, type ReminderEntry, fileSlug, uniqueFileSlugs } from '../../shared';
import { writeFileAtomic } from '../safe-output';
import { periodOption, runCheck, writeJson } from './check';
import { toEml } from '../eml';
import type { CheckRun } from './check';

/** Every reminder's mail, an office without an address too: the outbox is drafts a person sends, and can address. */
export async function writeOutbox(dir: string, run: CheckRun, entries: ReminderEntry[]): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const files: string[] = [];
  // One file per office whatever the names (two offices must never share a mail file).
  const slugs = uniqueFileSlugs(entries.map((e) => e.reminder.office));
  for (const { reminder: r, mail } of entries) {
    const slug = slugs.get(r.office) ?? fileSlug(r.office);
    const file = path.join(dir, `${run.result.asOf}-${slug}.eml`);
    // Renamed into place: a link already in the outbox is replaced, never written through.
    await writeFileAtomic(file, toEml(mail, { from: 'NQ57 <nq57@localhost.invalid>', date: new Date(`${run.result.asOf}T01:00:00Z`), boundary: `nq57-${slug}` }));
    files.push(file);
  }
  return files;
}

export async function remindCommand(args: Args, io: Io, lang: Lang): Promise<number> {
  const plan = one(args, 'plan');
  const asOf = isoDate(one(args, 'as-of'));
  if (!plan || !asOf) throw new UsageError('nq57 remind --plan PLAN.xlsx [--reports DIR_OR_FILES...] --as-of YYYY-MM-DD [--json REMINDERS.json] [--outbox DIR] [--review OLD-SUMMARY.xlsx]');
  const jsonOut = one(args, 'json');
  // No summary here: files are named relative to the current folder (as the user typed them, when relative).
  const base = '.';
  const run = await runCheck({ plan, reports: args.options.get('reports') ?? [], asOf, period: periodOption(args), outputs: [jsonOut === undefined ? undefined : { option: 'json', path: jsonOut }], review: one(args, 'review'), base }, io, lang);
  // The same planner as Sheets' daily run, with no quota and nothing sent today: every reminder is due.
  const planned = planReminderRun({ plan: run.plan, result: run.result });
  const reminders = planned.entries.map((e) => e.reminder);
  for (const bad of invalidAddresses(run.plan)) {
    io.out(t(lang, 'cli.badAddress', { office: bad.office, address: bad.address }));
  }
  const json = one(args, 'json');
  if (json) await writeJson(json, reminders);
  const outbox = one(args, 'outbox');
  const files = outbox ? await writeOutbox(outbox, run, planned.entries) : [];
  for (const r of reminders) {
    const what = [
      r.returned ? t(lang, 'cli.remindReturned') : '',
      r.tasks.length > 0 ? t(lang, 'cli.remindOverdue', { count: r.tasks.length }) : '',
      r.reportMissing ? t(lang, 'cli.remindMissing') : '',
      r.incomplete ? t(lang, 'cli.remindIncomplete', { filled: r.incomplete.filled, inputs: r.incomplete.inputs }) : '',
    ].filter(Boolean).join(', ');
    io.out(`${r.office}: ${what}${planned.noAddress.includes(r.office) ? ` (${t(lang, 'cli.remindNoAddress')})` : ''}`);
  }
  if (outbox) io.out(t(lang, 'cli.remindWritten', { count: files.length, dir: outbox }));
  return hasErrors(run.result.issues) ? 1 : 0;
}
