import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** Creates `dir` (mode 0700) when missing. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/**
 * The JSON in `file`, created with `create()` (mode 0600) only when the file does not exist yet:
 * nothing that exists is ever regenerated. A concurrent creator wins; its content is read back.
 */
export function readOrCreate<T>(file: string, create: () => T): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const value = create();
  try {
    writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return JSON.parse(readFileSync(file, 'utf8')) as T;
    throw error;
  }
  return value;
}

/** Replaces the JSON of `file` (mode 0600). */
export function writeSecret(file: string, value: unknown): void {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
}
