// Check results of the bundled example plans, made in-process as the demo makes them: forms filled by its offices.
import { examplePlans } from '../../examples/plans';
import type { ExamplePlan } from '../../examples/plans/example-plan';
import { planWorkbook } from '../../examples/plan-workbook';
import { sheetToGrid } from '../../examples/sheet-grid';
import { fillForm } from '../../examples/fill-form';
import { answersFor, behaviourOf } from '../../examples/sample-answers';
import { importPlan } from '../../shared/plan/import-plan';
import { checkWorkbook, formsToCreate } from '../../shared/workbook/check-workbook';
import type { CheckResult } from '../../shared/schemas/result';

export const EXAMPLE_AS_OF = '2026-07-15';

export function exampleResult(example: ExamplePlan, asOf = EXAMPLE_AS_OF): CheckResult {
  const planGrids = planWorkbook(example).map((s) => sheetToGrid(s));
  const plan = importPlan(planGrids).plan!;
  const filled = formsToCreate(planGrids, { asOf }).forms.flatMap((f, i) => {
    const answers = answersFor(behaviourOf(i), plan, asOf);
    return answers ? [sheetToGrid(fillForm(f.sheet, plan, answers))] : [];
  });
  const out = checkWorkbook([...planGrids, ...filled], { asOf });
  if (!out.ok) throw new Error(`no plan in ${example.id}`);
  return out.result;
}

export const exampleResults = (): Array<[string, CheckResult]> => examplePlans.map((e) => [e.id, exampleResult(e)]);
