import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { contentHash, DomainError } from '@consignado/core';
import { type IdempotencyClaim, IdempotentCommands, idempotencyMigrations, type ResultCodec } from '../src';
import { isolatedSchema } from './isolated-schema';

const conflict = () => new DomainError('THING.IDEMPOTENCY_CONFLICT', 'Idempotency-Key já usada com outro conteúdo');
const claim = (key: string, content: unknown, scope = 'thing.create'): IdempotencyClaim => ({ scope, key, content, conflict });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('IdempotentCommands on PostgreSQL', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  let commands: IdempotentCommands;
  const things = async () => Number((await ds.query('SELECT count(*) AS n FROM thing'))[0].n);
  const create = (label: string, pause = 0) => async (manager: DataSource['manager']) => {
    await sleep(pause);
    const [row] = await manager.query('INSERT INTO thing (label) VALUES ($1) RETURNING id', [label]);
    return { id: Number(row.id), label };
  };

  beforeAll(async () => {
    ({ dataSource: ds, drop } = await isolatedSchema(idempotencyMigrations));
    await ds.query('CREATE TABLE thing (id serial PRIMARY KEY, label text NOT NULL)');
    commands = new IdempotentCommands(ds);
  });
  afterAll(() => drop());

  it('runs a command without a key in a transaction, never replayed', async () => {
    await expect(commands.run(undefined, create('a'))).resolves.toEqual({ result: { id: expect.any(Number), label: 'a' }, replayed: false });
    await expect(commands.run(undefined, async (m) => (await create('b')(m), Promise.reject(new Error('boom'))))).rejects.toThrow('boom');
    expect((await ds.query(`SELECT label FROM thing WHERE label IN ('a','b')`)).map((r: { label: string }) => r.label)).toEqual(['a']);
  });

  it('stores the first result with the fingerprint; the same content again replays it and runs nothing', async () => {
    const key = randomUUID();
    const first = await commands.run(claim(key, { label: 'x', tags: [1, 2] }), create('x'));
    const before = await things();
    const again = await commands.run(claim(key, { tags: [1, 2], label: 'x' }), create('x'));
    expect(again).toEqual({ result: first.result, replayed: true });
    expect(await things()).toBe(before);
    const [row] = await ds.query('SELECT fingerprint, result FROM idempotency_key WHERE scope = $1 AND key = $2', ['thing.create', key]);
    expect(row).toEqual({ fingerprint: contentHash({ label: 'x', tags: [1, 2] }), result: first.result });
  });

  it('refuses the key with other content (…_CONFLICT) and writes nothing; another scope is another key', async () => {
    const key = randomUUID();
    await commands.run(claim(key, { label: 'y' }), create('y'));
    const before = await things();
    await expect(commands.run(claim(key, { label: 'z' }), create('z'))).rejects.toMatchObject({ code: 'THING.IDEMPOTENCY_CONFLICT' });
    expect(await things()).toBe(before);
    await expect(commands.run(claim(key, { label: 'z' }, 'other.scope'), create('z'))).resolves.toMatchObject({ replayed: false });
  });

  it('a command that fails leaves its key free', async () => {
    const key = randomUUID();
    await expect(commands.run(claim(key, { label: 'w' }), () => Promise.reject(conflict()))).rejects.toBeInstanceOf(DomainError);
    expect(await ds.query('SELECT 1 FROM idempotency_key WHERE key = $1', [key])).toEqual([]);
    await expect(commands.run(claim(key, { label: 'w' }), create('w'))).resolves.toMatchObject({ replayed: false });
  });

  it('concurrent twins: one runs, the others wait on the key and replay its result', async () => {
    const key = randomUUID();
    const before = await things();
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => commands.run(claim(key, { label: 't' }), create('t', 150))));
    expect(outcomes.map((o) => o.replayed).sort()).toEqual([false, true, true, true, true]);
    expect(new Set(outcomes.map((o) => o.result.id)).size).toBe(1);
    expect(await things()).toBe(before + 1);
  });

  it('a codec stores a domain result as JSON and rebuilds it on replay', async () => {
    const codec: ResultCodec<{ at: Date }> = { encode: (r) => ({ at: r.at.toISOString() }), decode: (s) => ({ at: new Date((s as { at: string }).at) }) };
    const at = new Date('2026-03-10T12:00:00.123Z');
    const key = randomUUID();
    await commands.run(claim(key, {}), async () => ({ at }), codec);
    const again = await commands.run(claim(key, {}), async () => ({ at: new Date() }), codec);
    expect(again.replayed).toBe(true);
    expect(again.result.at).toEqual(at);
  });

  it('the migration goes down and up again', async () => {
    const scratch = await isolatedSchema(idempotencyMigrations);
    await scratch.dataSource.undoLastMigration();
    expect(await scratch.dataSource.query(`SELECT to_regclass('idempotency_key') AS t`)).toEqual([{ t: null }]);
    await scratch.dataSource.runMigrations();
    expect(await scratch.dataSource.query(`SELECT to_regclass('idempotency_key')::text AS t`)).toEqual([{ t: 'idempotency_key' }]);
    await scratch.drop();
  });
});
