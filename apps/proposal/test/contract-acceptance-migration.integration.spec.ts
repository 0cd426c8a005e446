import { randomUUID } from 'node:crypto';
import { examplePayload } from '@consignado/contracts';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { IsoDate, Money } from '@consignado/finance';
import { messagingMigrations } from '@consignado/messaging';
import { createIsolatedSchema, type IsolatedSchema } from '@consignado/testing';
import { PROPOSAL_SERVICE_ENTITIES, PROPOSAL_SERVICE_MIGRATIONS } from '../src/database';
import { TypeOrmCustomerRepository } from '../src/modules/customer/database/customer.repository';
import { CommissionPolicy } from '../src/modules/proposal/domain/commission';
import { AcceptanceWindow } from '../src/modules/proposal/domain/formalization';
import { Proposal } from '../src/modules/proposal/domain/proposal';
import { TypeOrmProposalRepository } from '../src/modules/proposal/database/proposal.repository';
import { applicant } from '../src/modules/proposal/testing/applicant.fixture';

const cipher = new FieldCipher(DEV_PII_KEY_RING);
const commission = new CommissionPolicy({ NEW: '3', REFINANCING: '2', PORTABILITY: '1.5' });
const ISSUED = new Date('2026-03-10T12:00:00.000Z');
const LATE = new Date('2026-03-10T12:05:00.000Z');
const request = { product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: Money.of('1000.00'), termMonths: 24, withInsurance: false, contractDate: IsoDate.of('2026-03-10'), firstDueDate: IsoDate.of('2026-04-10') } as const;

/** An approved proposal of `customerId` with its contract issued at ISSUED (one-minute window), accepted if told. */
function issued(customerId: string, accepted = false): Proposal {
  const proposal = Proposal.open({ id: randomUUID(), customerId, origin: { channel: 'INTERNAL', operatorId: 'op-1' }, request, correlationId: randomUUID() }, applicant(customerId), ISSUED);
  const payload = (type: 'MarginChecked' | 'CreditApproved' | 'ContractIssued') => ({ ...examplePayload(type), proposalId: proposal.id, customerId, ...(type === 'ContractIssued' ? { contractId: randomUUID(), issuedAt: ISSUED.toISOString() } : {}) });
  for (const type of ['MarginChecked', 'CreditApproved', 'ContractIssued'] as const) proposal.apply({ type, payload: payload(type), occurredAt: ISSUED.toISOString() } as never, commission, ISSUED, new AcceptanceWindow(1));
  if (accepted) proposal.accept(examplePayload('ContractIssued').documentHash, { channel: 'INTERNAL', operatorId: 'op-1' }, ISSUED);
  return proposal;
}

/** Migration ContractAcceptance1798100000000 and the expiry's selection over it (R-LN-9). */
describe('contract acceptance columns', () => {
  let schema: IsolatedSchema;

  beforeAll(async () => {
    schema = await createIsolatedSchema({ migrations: [...messagingMigrations, ...PROPOSAL_SERVICE_MIGRATIONS], entities: PROPOSAL_SERVICE_ENTITIES });
  });

  afterAll(async () => {
    await schema.drop();
  });

  it('selects overdue unaccepted proposals once across instances (SKIP LOCKED), and survives down() and up() with its rows', async () => {
    const ds = schema.dataSource;
    const customer = applicant(randomUUID());
    await new TypeOrmCustomerRepository(ds, cipher).insert(ds.manager, customer);
    const proposals = new TypeOrmProposalRepository(ds, cipher);
    const [due, accepted] = [issued(customer.id), issued(customer.id, true)];
    for (const p of [due, accepted]) await proposals.insert(ds.manager, p);

    expect(await ds.transaction((m) => proposals.lockOverdueAcceptances(m, ISSUED, 10))).toEqual([]);
    await ds.transaction(async (first) => {
      expect((await proposals.lockOverdueAcceptances(first, LATE, 10)).map((p) => p.id)).toEqual([due.id]);
      expect(await ds.transaction((second) => proposals.lockOverdueAcceptances(second, LATE, 10))).toEqual([]);
    });

    // Back through ContractAcceptance1798100000000: the migrations after it are undone first.
    const later = ds.migrations.filter((m) => Number(m.name?.slice(-13)) > 1798100000000).length;
    for (let k = 0; k <= later; k += 1) await ds.undoLastMigration({ transaction: 'each' });
    const columns = `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'proposal' AND column_name IN ('formalization', 'acceptance_due_at')`;
    expect(await ds.query(columns, [schema.schema])).toEqual([]);
    expect(await ds.query(`SELECT count(*)::int AS n FROM proposal`)).toEqual([{ n: 2 }]);
    await ds.runMigrations({ transaction: 'each' });
    expect((await ds.query(columns, [schema.schema])).length).toBe(2);
  });
});
