// A strict XML parser over every part of a package we wrote.
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/** Throws on the first well-formedness error of any XML part of the package. */
export function assertEveryPartWellFormed(bytes: Uint8Array): number {
  const files = unzipSync(bytes);
  let parts = 0;
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels|vml)$/.test(name)) continue;
    const parser = new SaxesParser();
    parser.on('error', (e) => {
      throw new Error(`${name}: ${e.message}`);
    });
    parser.write(strFromU8(data)).close();
    parts++;
  }
  return parts;
}

