import { Client } from 'pg';
import { testEndpoints } from '@consignado/testing';
import { SERVICE_DATABASES } from './stack';

/** Drops the run's schema from every service database. */
export async function dropE2eSchema(schema: string): Promise<void> {
  const base = new URL(testEndpoints().databaseUrl);
  for (const database of SERVICE_DATABASES) {
    base.pathname = `/${database}`;
    const client = new Client({ connectionString: base.toString() });
    try {
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } catch {
      // A database the run never created has nothing to drop.
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
