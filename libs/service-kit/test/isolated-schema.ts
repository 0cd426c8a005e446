import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';

/* libs/testing builds on service-kit, so this lib's tests carve their schema themselves. */
const DATABASE_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/consignado_test';

async function admin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A private schema `sk_<random>` with the given migrations run; `drop()` removes it. */
export async function isolatedSchema(migrations: NonNullable<DataSourceOptions['migrations']>): Promise<{ dataSource: DataSource; drop: () => Promise<void> }> {
  const postgres = new URL(DATABASE_URL);
  postgres.pathname = '/postgres';
  const name = decodeURIComponent(new URL(DATABASE_URL).pathname.slice(1));
  await admin(postgres.toString(), `CREATE DATABASE "${name}"`).catch((e: { code?: string }) => {
    if (e.code !== '42P04') throw e;
  });
  const schema = `sk_${randomBytes(6).toString('hex')}`;
  await admin(DATABASE_URL, `CREATE SCHEMA "${schema}"`);
  const dataSource = new DataSource({ type: 'postgres', url: DATABASE_URL, schema, extra: { options: `-c search_path=${schema}` }, migrations, logging: false });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await admin(DATABASE_URL, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}
