/**
 * Regenerates the documents derived from the catalogue: libs/contracts/asyncapi.yaml and the event
 * table in libs/contracts/README.md (between its catalogue markers).
 *
 *   npx tsx libs/contracts/scripts/asyncapi.ts          write them
 *   npx tsx libs/contracts/scripts/asyncapi.ts --check  exit 1 if either is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsyncApiYaml } from '../src/docs/asyncapi';
import { replaceCatalogueSection } from '../src/docs/catalogue-markdown';

const root = join(__dirname, '..');
const targets = [
  { file: join(root, 'asyncapi.yaml'), render: () => renderAsyncApiYaml() },
  { file: join(root, 'README.md'), render: () => replaceCatalogueSection(readFileSync(join(root, 'README.md'), 'utf8')) },
  // The repository README shows the same table in its event catalogue.
  { file: join(root, '..', '..', 'README.md'), render: () => replaceCatalogueSection(readFileSync(join(root, '..', '..', 'README.md'), 'utf8')) },
];

const check = process.argv.includes('--check');
let stale = 0;
for (const { file, render } of targets) {
  const fresh = render();
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // A missing file is simply stale.
  }
  if (current === fresh) continue;
  stale += 1;
  if (check) console.error(`stale: ${file}`);
  else writeFileSync(file, fresh);
}
if (check && stale > 0) process.exit(1);
console.log(check ? 'asyncapi.yaml and README.md are up to date' : `written (${stale} changed)`);
