import { randomBytes } from 'node:crypto';

/**
 * A name unique to this run, for topics, consumer groups and schemas, so concurrent and repeated
 * runs never see each other's data. Only `[a-z0-9_.-]` characters are produced after the prefix.
 */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** A PostgreSQL-safe schema name (`t_<random>`): lower-case letters, digits and underscores. */
export function uniqueSchemaName(): string {
  return `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}
