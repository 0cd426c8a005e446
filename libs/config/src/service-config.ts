import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
export type ServiceLogLevel = (typeof LOG_LEVELS)[number];

/**
 * What every service reads at boot. Apps extend it, overriding the defaults (port, database)
 * and adding their own variables; `loadConfig` validates the whole class (R-X-4).
 */
export class BaseServiceConfig {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

  /** PostgreSQL schema of the service's tables (tests give each run its own). */
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'DATABASE_SCHEMA must be a lower-case SQL identifier' })
  DATABASE_SCHEMA = 'public';

  @Matches(/^[\w.-]+:\d+(,[\w.-]+:\d+)*$/, { message: 'KAFKA_BROKERS must be host:port[,host:port…]' })
  KAFKA_BROKERS = '127.0.0.1:9092';

  /** Optional prefix isolating this stack's topics and consumer groups on a shared broker. */
  @IsOptional()
  @Transform(({ value }) => (value === '' ? undefined : value))
  @Matches(/^[a-z0-9][a-z0-9-]{0,40}$/, { message: 'KAFKA_NAMESPACE must be lower-case letters, digits and dashes' })
  KAFKA_NAMESPACE?: string;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: ServiceLogLevel = 'log';

  get kafkaBrokers(): string[] {
    return this.KAFKA_BROKERS.split(',');
  }
}
