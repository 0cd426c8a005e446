import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM's logs through the service's JSON logger, never with query parameters: those carry
 * CPF, names and incomes (R-X-2), which TypeORM's default console logger prints in clear.
 */
export class DatabaseLogger implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  logQuery(): void {
    // Queries are not logged: too verbose, and their parameters are personal data.
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    // `_parameters` is deliberately never read.
    const code = typeof error === 'string' ? undefined : (error as { code?: string }).code;
    this.logger.warn({ query: query.slice(0, 200), code, error: typeof error === 'string' ? error : error.message });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ slowQueryMs: time, query: query.slice(0, 200) });
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(message);
    else this.logger.log(message);
  }
}
