// Where the bundled example plan workbooks live, from the source tree or from dist/.
import * as path from 'node:path';
import { existsSync } from 'node:fs';

export function bundledWorkbook(id: string): string {
  // Compiled code runs from dist/examples; the workbooks stay in examples/workbooks at the package root.
  for (const dir of [path.join(__dirname, 'workbooks'), path.join(__dirname, '..', '..', 'examples', 'workbooks')]) {
    const file = path.join(dir, `${id}.xlsx`);
    if (existsSync(file)) return file;
  }
  throw new Error(`Bundled example plan not found: ${id}.xlsx (run npm run build:examples)`);
}
