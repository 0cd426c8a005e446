import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * tsx resolves the `@consignado/*` aliases only from a tsconfig it is told about (a tsconfig.json
 * in the working directory, or TSX_TSCONFIG_PATH); the workspace keeps them in tsconfig.base.json.
 * So a script run as `npx tsx <file>` re-runs itself once with TSX_TSCONFIG_PATH set.
 * @returns true when this process relaunched (and the caller must do nothing more).
 */
export function relaunchWithWorkspaceTsconfig(): boolean {
  if (process.env['TSX_TSCONFIG_PATH']) return false;
  let root = __dirname;
  while (!existsSync(join(root, 'nx.json'))) {
    const parent = dirname(root);
    if (parent === root) return false;
    root = parent;
  }
  const { status, signal } = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.base.json') },
  });
  process.exit(status ?? (signal ? 1 : 0));
}
