import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { SERVICES } from '@consignado/contracts';
import { STACK_SERVICES } from '@consignado/stack-runner';
import { testEndpoints, waitFor } from '@consignado/testing';
import { activeContract, type ActiveContract, type Json } from '../support/contracts';
import { e2eIdentity } from '../support/identity';
import { customer, finalState, inssCustomer, propose } from '../support/journey';
import { e2eStack } from '../support/stack';

const privacy = (caller?: Parameters<ReturnType<typeof e2eIdentity>['privacy']>[1]) => e2eIdentity().privacy(e2eStack().urls, caller);

/** Every row of every table of the six services' databases (this run's schema), as JSON text. */
async function everyRow(): Promise<Array<{ database: string; table: string; row: string }>> {
  const rows: Array<{ database: string; table: string; row: string }> = [];
  for (const service of STACK_SERVICES.filter((s) => (SERVICES as readonly string[]).includes(s.name))) {
    const database = (service as { database: string }).database;
    const url = new URL(testEndpoints().databaseUrl);
    url.pathname = `/${database}`;
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const { schema } = e2eStack();
      const tables = (await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`, [schema])).rows.map((r) => r.table_name as string);
      for (const table of tables) {
        const found = await client.query(`SELECT row_to_json(t)::text AS row FROM "${schema}"."${table}" t`);
        rows.push(...found.rows.map((r) => ({ database, table, row: r.row as string })));
      }
    } finally {
      await client.end();
    }
  }
  return rows;
}

/** R-SEC-3 on the running stack: export across the six services, erasure decided by loan, data at rest sealed. */
export function dataSubjectSuite(): void {
  describe('data-subject requests (LGPD) across the six services', () => {
    let maria: ActiveContract & { email: string };

    beforeAll(async () => {
      const email = `maria.${randomUUID().slice(0, 8)}@example.com`;
      maria = { ...(await activeContract('digital', '2000.00', 6, { email })), email };
    }, 200_000);

    it("the customer's own export holds what each service keeps on her, opened; another customer's is 404", async () => {
      const own = privacy({ cpf: maria.cpf });
      const exported = await waitFor(async () => {
        const res = await own.exportAll(maria.customerId);
        return res.status === 200 && res.body['sections']['notification']['records']['contact']?.length ? res.body : undefined;
      }, { description: "Maria's export with her notification contact" });
      expect(Object.keys(exported['sections']).sort()).toEqual([...SERVICES].sort());
      const sections = exported['sections'] as Record<string, Json>;
      expect(sections['proposal']['records']['customer'][0]).toMatchObject({ id: maria.customerId, cpf: maria.cpf });
      expect(JSON.stringify(sections['loan'])).toContain(maria.contractId);
      expect(JSON.stringify(sections['loan'])).toContain(maria.benefitNumber);
      expect(JSON.stringify(sections['payment'])).toContain(maria.contractId);
      expect(JSON.stringify(sections['averbation-connector'])).toContain(maria.benefitNumber);
      expect(JSON.stringify(sections['credit-analysis'])).toContain(maria.cpf);
      expect(JSON.stringify(sections['notification'])).toContain(maria.email);
      const stranger = customer();
      await inssCustomer(stranger);
      expect((await privacy({ cpf: stranger.cpf }).exportAll(maria.customerId)).status).toBe(404);
    });

    it('while her contract is in force, loan keeps everything: the erasure closes RETAINED (CONTRACT_IN_FORCE)', async () => {
      const officer = privacy({ staff: 'diana.privacidade' });
      const opened = await officer.requestErasure(maria.customerId, randomUUID());
      expect([opened.status, opened.body['state'], opened.body['origin']]).toEqual([202, 'PENDING', 'PRIVACY_OFFICER']);
      const closed = await waitFor(async () => {
        const res = await officer.erasureRequest(maria.customerId, opened.body['requestId']);
        return res.body['state'] !== 'PENDING' ? res.body : undefined;
      }, { description: "loan's decision" });
      expect(closed).toMatchObject({ state: 'RETAINED', reason: 'CONTRACT_IN_FORCE', contractIds: [maria.contractId] });
      expect(JSON.stringify((await officer.exportAll(maria.customerId)).body)).toContain(maria.cpf);
    });

    it('a customer who never contracted is anonymized in every service: the export then names nobody and lists each erasure', async () => {
      const email = `joao.${randomUUID().slice(0, 8)}@example.com`;
      const app = customer();
      const joao = await inssCustomer(app, { birthDate: '1946-01-01', email });
      const proposal = await finalState(app, await propose(app, { customerId: joao.id, product: 'INSS_CONSIGNADO', requestedAmount: '5000.00', termMonths: 84 }));
      expect(proposal['state']).toBe('REJECTED');
      const own = privacy({ cpf: joao.cpf });
      const before = JSON.stringify((await own.exportAll(joao.id)).body);
      for (const value of [joao.cpf, joao.benefitNumber, email]) expect(before).toContain(value);

      const opened = await own.requestErasure(joao.id);
      expect([opened.status, opened.body['origin']]).toEqual([202, 'DATA_SUBJECT']);
      await waitFor(async () => ((await own.erasureRequest(joao.id, opened.body['requestId'])).body['state'] === 'ANONYMIZED' ? true : undefined), { description: 'ANONYMIZED' });
      const officer = privacy();
      const after = await waitFor(async () => {
        const res = await officer.exportAll(joao.id);
        const sections = Object.values((res.body['sections'] ?? {}) as Record<string, Json>);
        return res.status === 200 && sections.length === SERVICES.length && sections.every((s) => s['erasures'].length > 0 || Object.values(s['records']).every((r) => (r as unknown[]).length === 0)) ? res.body : undefined;
      }, { description: 'every service applied the erasure', timeoutMs: 60_000 });
      const text = JSON.stringify(after);
      for (const value of [joao.cpf, joao.benefitNumber, email]) expect({ value, found: text.includes(value) }).toEqual({ value, found: false });
      expect(after['sections']['proposal']['records']['customer'][0]).toMatchObject({ id: joao.id, status: 'ANONYMIZED' });
      const rows = (await everyRow()).filter((r) => [joao.cpf, joao.benefitNumber, email].some((v) => r.row.includes(v)));
      expect(rows).toEqual([]);
    }, 120_000);

    it("at rest, no service's database holds a CPF, benefit number or e-mail in clear", async () => {
      const rows = await everyRow();
      // The scan reads her rows in each of the six databases (found by her customer id, which is not personal data).
      expect(new Set(rows.filter((r) => r.row.includes(maria.customerId)).map((r) => r.database)).size).toBe(SERVICES.length);
      const leaks = rows.filter((r) => [maria.cpf, maria.benefitNumber, maria.email].some((v) => r.row.includes(v)));
      expect(leaks.map((l) => `${l.database}.${l.table}`)).toEqual([]);
    });
  });
}
