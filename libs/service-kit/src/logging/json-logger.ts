import type { LoggerService, LogLevel } from '@nestjs/common';
import { redact } from '@consignado/core';
import { currentContext } from './request-context';

type Sink = (line: string) => void;

const RANK: Record<LogLevel, number> = { verbose: 0, debug: 1, log: 2, warn: 3, error: 4, fatal: 5 };

/**
 * Structured JSON logs, one line per entry, carrying the service name and the current
 * correlationId. Every context object passes through `redact`, so CPF, names and incomes are
 * masked even when a caller forgets (R-X-2, R-X-3).
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly service: string,
    private readonly minLevel: LogLevel = 'log',
    private readonly sink: Sink = (line) => process.stdout.write(`${line}\n`),
  ) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (RANK[level] < RANK[this.minLevel]) return;
    // Nest passes the context name last; an object argument is structured detail.
    const contextName = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const detail = rest.find((r) => r !== null && typeof r === 'object' && !(r instanceof Error));
    const error = [message, ...rest].find((r): r is Error => r instanceof Error);
    const entry = {
      time: new Date().toISOString(),
      level,
      service: this.service,
      context: contextName,
      ...currentContext(),
      msg: redact(message instanceof Error ? message.message : message),
      ...(detail ? { detail: redact(detail) } : {}),
      ...(error ? { error: { name: error.name, message: redact(error.message), stack: redact(error.stack?.split('\n').slice(0, 6).join('\n')) } } : {}),
    };
    this.sink(JSON.stringify(entry));
  }
}
