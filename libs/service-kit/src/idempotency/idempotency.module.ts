import { Module } from '@nestjs/common';
import { IdempotentCommands } from './idempotent-commands';

/** `IdempotentCommands` on the service's DataSource; the table comes from `idempotencyMigrations`. */
@Module({ providers: [IdempotentCommands], exports: [IdempotentCommands] })
export class IdempotencyModule {}
