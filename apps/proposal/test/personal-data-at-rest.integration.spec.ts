import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { api, inssProposal, newCpf, retiree, type Service, setClock, startProposalService } from './support';

/** The service's tables that can hold customer data, the outbox included (its events' personal data is sealed too). */
const TABLES = ['customer', 'customer_partner', 'proposal', 'proposal_timeline', 'proposal_document', 'proposal_parked_event', 'idempotency_key', 'outbox'];

/** Every row of the service's own tables as JSON text, by table. */
async function storedRows(service: Service): Promise<Record<string, string[]>> {
  const client = new Client({ connectionString: service.config.DATABASE_URL });
  await client.connect();
  try {
    const rows: Record<string, string[]> = {};
    for (const table of TABLES) rows[table] = (await client.query(`SELECT row_to_json(t)::text AS r FROM "${service.config.DATABASE_SCHEMA}"."${table}" t`)).rows.map((x) => x.r as string);
    return rows;
  } finally {
    await client.end();
  }
}

/** Personal data at rest through the real service (LGPD, R-SEC-3). */
describe('personal data at rest in proposal\'s database', () => {
  let service: Service;

  beforeAll(async () => {
    service = await startProposalService();
    setClock(service, '2026-03-10T12:00:00.000Z');
  });

  afterAll(async () => {
    await service?.close();
  });

  it('stores a registered customer sealed, still refuses the same CPF, and answers in clear', async () => {
    const cpf = newCpf();
    const person = { cpf, name: 'Joana Sigilosa Prado', monthlyIncome: '3456.78', monthlyExpenses: '1234.56', email: 'joana.sigilo@example.com', phone: '+5561987654321' };
    const body = retiree({ ...person, benefit: { number: '9876543210', kind: 'APOSENTADORIA_POR_IDADE', value: '2987.65', startDate: '2020-01-15' } });
    const corban = api(service, 'corban');
    const created = await corban.post('customers', body);
    expect(created.status).toBe(201);

    const [row] = (await storedRows(service)).customer.filter((r) => r.includes(created.body.id));
    const clear = [cpf, person.name, person.monthlyIncome, person.monthlyExpenses, '2987.65', '9876543210', person.email, person.phone];
    expect(clear.filter((value) => row.includes(value))).toEqual([]);
    expect(JSON.parse(row).cpf_hash).toBe(new FieldCipher(DEV_PII_KEY_RING).lookup(cpf));

    const again = await api(service, 'internal').post('customers', { ...body, name: 'Outra Pessoa' });
    expect([again.status, again.body.code, again.body.details]).toEqual([409, 'CUSTOMER.ALREADY_EXISTS', { customerId: created.body.id }]);

    const read = await corban.get(`customers/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ ...person, benefit: { number: '9876543210', value: '2987.65' }, birthDate: '1958-06-21' });
  });

  it('leaves no CPF, name, income, e-mail or phone in clear in any of its tables once a proposal is made', async () => {
    const caller = api(service, 'digital');
    const person = { cpf: caller.cpf, name: 'Rita Reservada Lemos', monthlyIncome: '4321.09', email: 'rita.reservada@example.com', phone: '+5511976543210' };
    const customer = await caller.post('customers', retiree(person));
    expect(customer.status).toBe(201);
    const proposal = await api(service, 'internal').post('proposals', inssProposal(customer.body.id), { 'Idempotency-Key': randomUUID() });
    expect(proposal.status).toBe(201);

    const rows = await storedRows(service);
    expect([rows.customer.length, rows.proposal.length, rows.proposal_timeline.length, rows.idempotency_key.length, rows.outbox.length].every((n) => n > 0)).toBe(true);
    const found = Object.entries(rows).flatMap(([table, all]) => Object.values(person).filter((value) => all.some((r) => r.includes(value))).map((value) => `${table}: ${value}`));
    expect(found).toEqual([]);
  });
});
