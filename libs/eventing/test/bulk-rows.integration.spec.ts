import { createIsolatedSchema, type IsolatedSchema } from '@consignado/testing';
import { randomUUID } from 'node:crypto';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { writeRows } from '../src';

@Entity({ name: 'line' })
class LineRow {
  @PrimaryColumn('uuid', { name: 'owner_id' }) ownerId!: string;
  @PrimaryColumn('integer') number!: number;
  @Column('numeric', { precision: 17, scale: 2 }) amount!: string;
  @Column('date', { name: 'due_date', nullable: true }) dueDate!: string | null;
}

@Entity({ name: 'sealed' })
class SealedRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { transformer: { to: (v: string) => v.toUpperCase(), from: (v: string) => v } }) name!: string;
}

/** writeRows on the real database: what TypeORM's insert/upsert would write, in one statement. */
describe('writeRows', () => {
  let db: IsolatedSchema;
  const owner = randomUUID();
  const lines = (n: number, amount: (k: number) => string) =>
    Array.from({ length: n }, (_, k) => ({ ownerId: owner, number: k + 1, amount: amount(k + 1), dueDate: k % 2 ? null : '2027-01-10' }));

  beforeAll(async () => {
    db = await createIsolatedSchema({ entities: [LineRow, SealedRow] });
    await db.dataSource.query(`CREATE TABLE line (owner_id uuid, number integer, amount numeric(17,2) NOT NULL, due_date date, PRIMARY KEY (owner_id, number))`);
  });
  afterAll(() => db.drop());

  const stored = () => db.dataSource.getRepository(LineRow).find({ order: { number: 'ASC' } });

  it('inserts every row with its columns mapped, more rows than one statement takes', async () => {
    await db.dataSource.transaction((m) => writeRows(m, LineRow, lines(20_000, (k) => `${k}.05`)));
    const rows = await stored();
    expect(rows).toHaveLength(20_000);
    expect(rows.slice(0, 2)).toEqual([
      { ownerId: owner, number: 1, amount: '1.05', dueDate: '2027-01-10' },
      { ownerId: owner, number: 2, amount: '2.05', dueDate: null },
    ]);
  });

  it('updates the rows that exist on conflict, inserts the others', async () => {
    await db.dataSource.query(`DELETE FROM line WHERE number > 3`);
    await db.dataSource.transaction((m) => writeRows(m, LineRow, lines(5, (k) => `${k * 10}.00`), { onConflict: ['ownerId', 'number'] }));
    expect((await stored()).map((r) => r.amount)).toEqual(['10.00', '20.00', '30.00', '40.00', '50.00']);
  });

  it('refuses an entity it cannot write faithfully and a row missing a property, writing nothing', async () => {
    await expect(db.dataSource.transaction((m) => writeRows(m, SealedRow, [{ id: randomUUID(), name: 'x' }]))).rejects.toThrow('not a plain column');
    const [first] = lines(1, () => '1.00');
    const partial = { ownerId: first.ownerId, number: 7, amount: first.amount }; // no dueDate
    await expect(db.dataSource.transaction((m) => writeRows(m, LineRow, [{ ...first, number: 6 }, partial as LineRow]))).rejects.toThrow('dueDate is missing');
    expect(await stored()).toHaveLength(5);
  });
});
