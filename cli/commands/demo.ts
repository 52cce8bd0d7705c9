// nq57 demo: the whole job on the bundled example plans, into ./out: plan workbooks, forms, sample reports, summary, reminders.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Args } from '../args';
import { one } from '../args';
import { isoDate } from '../inputs';
import type { Io } from '../output';
import { printSummary } from '../output';
import { type Lang, buildForms, fileSlug, resolvePeriod, planReminderRun, renderSummary, t } from '../../shared';
import { examplePlans } from '../../examples/plans';
import { answersFor, behaviourOf, savedAtFor } from '../../examples/sample-answers';
import { fillForm } from '../../examples/fill-form';
import { writeWorkbook } from '../xlsx-write';
import { loadPlan } from '../inputs';
import { writeForms } from './forms';
import { runCheck, writeJson, writeReportDocx } from './check';
import { writeOutbox } from './remind';
import { bundledWorkbook } from '../../examples/bundled';

/** A fixed date after the half-year deadline, so the demo shows overdue tasks and missing reports every time. */
export const DEMO_AS_OF = '2026-07-15';

export async function demoCommand(args: Args, io: Io, lang: Lang): Promise<number> {
  const root = one(args, 'out') ?? 'out';
  const asOf = isoDate(one(args, 'as-of')) ?? DEMO_AS_OF;
  const summaries: string[] = [];
  for (const example of examplePlans) {
    const dir = path.join(root, example.id);
    await fs.mkdir(dir, { recursive: true });
    const planFile = path.join(dir, 'ke-hoach.xlsx');
    await fs.copyFile(bundledWorkbook(example.id), planFile);
    io.out(`\n== ${example.commune} — ${example.planNumber} ==`);
    const { plan } = await loadPlan(planFile, lang);
    const period = resolvePeriod(plan!, asOf);
    // Only the demo's own forms from an earlier run are replaced; any other file in the folder stays (forms never overwrite).
    const formsDir = path.join(dir, 'bieu-mau');
    for (const form of buildForms(plan!, period)) await fs.rm(path.join(formsDir, `${fileSlug(form.office)}.xlsx`), { force: true });
    await writeForms(planFile, formsDir, undefined, asOf, io, lang);

    // Sample reports: the same forms, typed into as the demo's offices would.
    const reportsDir = path.join(dir, 'bao-cao');
    await fs.mkdir(reportsDir, { recursive: true });
    for (const [i, form] of buildForms(plan!, period).entries()) {
      const behaviour = behaviourOf(i);
      const answers = answersFor(behaviour, plan!, asOf);
      if (!answers) continue;
      await writeWorkbook(path.join(reportsDir, `${fileSlug(form.office)}.xlsx`), [fillForm(form.sheet, plan!, answers), form.meta], { modified: savedAtFor(behaviour, period.due) });
    }
    // A file that is no workbook at all, as arrives by e-mail now and then.
    await fs.writeFile(path.join(reportsDir, 'bao-cao-gui-nham.xlsx'), 'Đây không phải tệp Excel.\n');

    const run = await runCheck({ plan: planFile, reports: [reportsDir], asOf, base: dir }, io, lang);
    const summary = path.join(dir, 'tong-hop.xlsx');
    await writeWorkbook(summary, renderSummary(run.result, lang, run.plan));
    await writeJson(path.join(dir, 'ket-qua.json'), run.result);
    await writeReportDocx(path.join(dir, 'bao-cao.docx'), run.result, lang);
    const reminders = planReminderRun({ plan: run.plan, result: run.result }).entries;
    await writeJson(path.join(dir, 'nhac-viec.json'), reminders.map((e) => e.reminder));
    await writeOutbox(path.join(dir, 'thu-nhac-viec'), run, reminders);
    printSummary(io, run.result, lang);
    summaries.push(summary);
  }
  io.out('');
  io.out(t(lang, 'cli.demoDone'));
  for (const s of summaries) io.out(`  ${s}`);
  io.out(t(lang, 'cli.demoBeside'));
  return 0;
}
