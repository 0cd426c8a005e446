import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** Raised at boot when the environment does not satisfy an app's configuration class (R-X-4). */
export class ConfigError extends Error {
  readonly code = 'CONFIG.INVALID';

  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Reads the environment once into a validated, typed configuration object. Properties use the
 * variable names; class-transformer decorators convert strings (e.g. `@Type(() => Number)`).
 * Unknown variables are ignored; every missing or invalid one is reported together.
 */
export function loadConfig<T extends object>(schema: new () => T, env: Env = readProcessEnv()): T {
  const config = plainToInstance(schema, env, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigError(errors.flatMap((e) => describe(e)));
  return config;
}

function describe(error: ValidationError, prefix = ''): string[] {
  const name = `${prefix}${error.property}`;
  const own = Object.values(error.constraints ?? {}).map((message) => `${name}: ${message}`);
  return [...own, ...(error.children ?? []).flatMap((c) => describe(c, `${name}.`))];
}

function readProcessEnv(): Env {
  // The one sanctioned read of process.env: apps receive typed config objects instead.
  // eslint-disable-next-line no-restricted-syntax
  return { ...process.env };
}
