/**
 * Fields a messaging log line may carry. Deliberately scalar: payloads carry CPF and income and
 * must never be logged, so callers pass identifiers (eventId, eventType, correlationId), not objects.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** The logger the messaging library writes to; inject your service's logger through this. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
/** Log levels, lowest first. */
export type LogLevel = (typeof LEVELS)[number];

/**
 * One JSON object per line on stdout (the default logger), at `minLevel` and above.
 * `write` is injectable so tests can capture lines.
 */
export function jsonLogger(
  component: string,
  minLevel: LogLevel = 'info',
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const threshold = LEVELS.indexOf(minLevel);
  const at =
    (level: LogLevel) =>
    (message: string, fields: LogFields = {}): void => {
      if (LEVELS.indexOf(level) < threshold) return;
      write(JSON.stringify({ time: new Date().toISOString(), level, component, message, ...fields }));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Discards everything; for tests and benchmarks. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** The log-safe summary of an error: name, message and an optional code; never its payload. */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { error: error.message, errorName: error.name, errorCode: typeof code === 'string' ? code : undefined };
  }
  return { error: String(error) };
}
