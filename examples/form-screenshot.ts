// Renders one filled example form through LibreOffice to a PNG for the README (docs/form.png).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { examplePlans } from './plans';
import { planWorkbook } from './plan-workbook';
import { answersFor } from './sample-answers';
import { fillForm } from './fill-form';
import { importPlan, periodById, buildForms } from '../shared';
import { writeWorkbook } from '../cli/xlsx-write';
import { sheetToGrid } from './sheet-grid';

export async function renderFormPng(out: string, planIndex = 1, office = 0): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'nq57-shot-'));
  const plan = importPlan(planWorkbook(examplePlans[planIndex]).map((s) => sheetToGrid(s))).plan!;
  const form = buildForms(plan, periodById('2026-H1')!)[office];
  const filled = fillForm(form.sheet, plan, answersFor('careful', plan, '2026-07-15')!);
  const xlsx = path.join(tmp, 'form.xlsx');
  await writeWorkbook(xlsx, [{ ...filled, print: { ...filled.print!, fitToWidth: true } }, form.meta]);
  execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file://${path.join(tmp, 'lo')}`, '--convert-to', 'pdf', '--outdir', tmp, xlsx], { stdio: 'pipe' });
  execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', path.join(tmp, 'form.pdf'), path.join(tmp, 'page')]);
  renameSync(path.join(tmp, readdirSync(tmp).find((f) => f.startsWith('page') && f.endsWith('.png'))!), out);
}

if (require.main === module) {
  const out = process.argv[2] ?? 'docs/form.png';
  renderFormPng(out).then(() => console.log(out));
}
