import type { EntityManager } from 'typeorm';
import { examplePayload } from '@consignado/contracts';
import type { PersonalDataEraser } from '../../database/personal-data.eraser';
import type { ErasedRows, Erasure } from '../../domain/erasure';
import { ApplyErasureHandler } from './apply-erasure.handler';

const ROWS: ErasedRows = { customer_contact: 1, notification: 2, notification_delivery: 5 };
const anonymize = { ...examplePayload('DataSubjectErasureDecided'), decision: 'ANONYMIZE' as const, reason: undefined, retainedUntil: undefined };

/** The eraser and a transaction whose ledger insert answers as `ledger` says, recording what ran. */
function setup(ledger: 'new' | 'already applied') {
  const calls: string[] = [];
  const manager = {
    query: async (sql: string, params: unknown[]) => (calls.push(`ledger ${params[0]} ${params[3]}`), sql.includes('personal_data_erasure') && ledger === 'new' ? [{ request_id: params[0] }] : []),
  } as unknown as EntityManager;
  const eraser: PersonalDataEraser = {
    holdings: async (_m, e: Erasure) => (calls.push(`holdings ${e.customerId} ${e.asOf.toISOString()}`), ROWS),
    erase: async (_m, e: Erasure) => (calls.push(`erase ${e.customerId}`), { cancelled: 1 }),
  };
  return { calls, manager, handler: new ApplyErasureHandler(eraser) };
}

describe('ApplyErasureHandler (R-SEC-3)', () => {
  it('ANONYMIZE: counts what the customer holds, puts the request on the ledger with the counts, then erases', async () => {
    const { calls, manager, handler } = setup('new');
    expect(await handler.execute(manager, anonymize)).toEqual({ applied: true, rows: ROWS, cancelled: 1 });
    expect(calls).toEqual([`holdings ${anonymize.customerId} ${anonymize.decidedAt}`, `ledger ${anonymize.requestId} ${JSON.stringify(ROWS)}`, `erase ${anonymize.customerId}`]);
  });

  it('a request already on the ledger erases nothing again', async () => {
    const { calls, manager, handler } = setup('already applied');
    expect(await handler.execute(manager, anonymize)).toEqual({ applied: false, why: 'ALREADY_APPLIED' });
    expect(calls.some((c) => c.startsWith('erase'))).toBe(false);
  });

  it('RETAIN: touches nothing, not even the ledger', async () => {
    const { calls, manager, handler } = setup('new');
    expect(await handler.execute(manager, examplePayload('DataSubjectErasureDecided'))).toEqual({ applied: false, why: 'RETAINED' });
    expect(calls).toEqual([]);
  });
});
