// Writes the bundled example plan workbooks (examples/workbooks/*.xlsx) from the reviewable transcriptions.
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { examplePlans } from './plans';
import { planWorkbook } from './plan-workbook';
import { writeWorkbook } from '../cli/xlsx-write';

export async function buildExampleWorkbooks(dir: string): Promise<string[]> {
  const files: string[] = [];
  await fs.mkdir(dir, { recursive: true });
  for (const plan of examplePlans) {
    const file = path.join(dir, `${plan.id}.xlsx`);
    await writeWorkbook(file, planWorkbook(plan), { creator: 'nq57' });
    files.push(file);
  }
  return files;
}

if (require.main === module) {
  const dir = path.join(__dirname, '..', '..', 'examples', 'workbooks');
  buildExampleWorkbooks(dir).then((files) => files.forEach((f) => { console.log(f); }));
}
