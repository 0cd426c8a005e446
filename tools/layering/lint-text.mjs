// Lints sources given on stdin as [{ filePath, text }] with the workspace's own eslint.config.mjs
// and prints [{ filePath, messages: [{ ruleId, message }] }]. A separate process because ESLint
// loads its flat config with a dynamic import, which Jest's module sandbox refuses.
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: root });
const sources = JSON.parse(readFileSync(0, 'utf8'));
const results = [];
for (const { filePath, text } of sources) {
  const [result] = await eslint.lintText(text, { filePath: join(root, filePath) });
  results.push({ filePath, messages: result.messages.map(({ ruleId, message }) => ({ ruleId, message })) });
}
process.stdout.write(JSON.stringify(results));
