import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { createEnvelope, examplePayload } from '@consignado/contracts';
import { RetryPolicy } from '../../../jobs/domain/retry-policy';
import type { AlterationRepository } from '../../database/alteration.repository';
import type { AverbationRepository } from '../../database/averbation.repository';
import { Averbation } from '../../domain/averbation';
import type { AverbationAlteration } from '../../domain/averbation-alteration';
import { renegotiationOf } from '../../domain/renegotiation';
import { NEW_CONTRACT_ID, OLD_CONTRACT_ID, PROTOCOL, renegotiationActivated } from '../../domain/renegotiation.fixture';
import { CloseAverbationHandler } from '../close-averbation/close-averbation.handler';
import { RenegotiateAverbationHandler } from './renegotiate-averbation.handler';

const manager = {} as EntityManager;
const now = new Date('2026-04-10T13:00:03.000Z');

/** The late contract's deduction, registered under PROTOCOL, in in-memory repositories. */
function setUp(status: 'REGISTERED' | 'NONE' | 'PENDING_CANCELLATION' = 'REGISTERED') {
  Logger.overrideLogger(false);
  const averbations = new Map<string, Averbation>();
  const alterations = new Map<string, AverbationAlteration>();
  if (status !== 'NONE') {
    const a = Averbation.requested('6d1f0c5e-1b2a-4c3d-8e9f-0a1b2c3d4e5f', createEnvelope('AverbationRequested', { payload: { ...examplePayload('AverbationRequested'), contractId: OLD_CONTRACT_ID } }), now);
    a.record('REGISTER', { ok: true, protocol: PROTOCOL, registeredAt: now.toISOString() }, now, new RetryPolicy(3, 1, 1));
    if (status === 'PENDING_CANCELLATION') a.close('SETTLED:PAID_OFF', now);
    averbations.set(a.snapshot.id, a);
  }
  const byContract = (contractId: string) => [...averbations.values()].find((a) => a.contractId === contractId);
  const averbationRepo = { lockByContract: async (_m: EntityManager, id: string) => byContract(id), update: jest.fn(async () => undefined) } as unknown as AverbationRepository;
  const alterationRepo = {
    lock: async (_m: EntityManager, id: string) => alterations.get(id),
    insert: jest.fn(async (_m: EntityManager, a: AverbationAlteration) => void alterations.set(a.snapshot.id, a)),
    update: jest.fn(async () => undefined),
  } as unknown as AlterationRepository;
  const handler = new RenegotiateAverbationHandler(averbationRepo, alterationRepo);
  const run = (event = renegotiationActivated()) => handler.execute(manager, event, renegotiationOf(event) as NonNullable<ReturnType<typeof renegotiationOf>>);
  return { averbations, alterations, byContract, alterationRepo, averbationRepo, run, close: new CloseAverbationHandler(averbationRepo) };
}

describe('RenegotiateAverbation (R-LN-8)', () => {
  it('hands the deduction to the new contract and schedules "Alterar contrato" RENEGOCIACAO with the new plan', async () => {
    const s = setUp();
    await s.run();
    expect([s.byContract(OLD_CONTRACT_ID), s.byContract(NEW_CONTRACT_ID)?.snapshot.status]).toEqual([undefined, 'REGISTERED']);
    const [alteration] = [...s.alterations.values()];
    expect([alteration.snapshot.contractId, alteration.snapshot.protocol, alteration.snapshot.status, alteration.snapshot.plan.installmentAmount, alteration.snapshot.plan.remainingInstallments, alteration.snapshot.plan.reason]).toEqual([
      NEW_CONTRACT_ID, PROTOCOL, 'PENDING', '180.40', 72, 'RENEGOTIATION',
    ]);
  });

  it('the same renegotiation again (another event id): found under the new contract, the plan kept, revision unchanged', async () => {
    const s = setUp();
    const first = renegotiationActivated();
    await s.run(first);
    await s.run(createEnvelope('ContractActivated', { payload: first.payload }));
    const [alteration] = [...s.alterations.values()];
    expect([s.alterations.size, alteration.snapshot.revision, alteration.snapshot.request.eventId]).toEqual([1, 1, first.eventId]);
  });

  it('retries, then dead-letters, a deduction loan names but the connector does not know; ignores one loan knows nothing of', async () => {
    await expect(setUp('NONE').run()).rejects.toMatchObject({ code: 'AVERBATION.NOT_YET_KNOWN' });
    const s = setUp('NONE');
    await s.run(renegotiationActivated({ product: 'SERVIDOR_CONSIGNADO', averbationProtocol: undefined }));
    expect(s.alterations.size).toBe(0);
  });

  it('dead-letters another protocol than the deduction’s, and leaves a deduction being cancelled', async () => {
    await expect(setUp().run(renegotiationActivated({ averbationProtocol: 'DTP-2025-999999999' }))).rejects.toMatchObject({ code: 'AVERBATION.RENEGOTIATION_INVALID' });
    const s = setUp('PENDING_CANCELLATION');
    await s.run();
    expect([s.alterations.size, s.byContract(OLD_CONTRACT_ID)?.snapshot.status]).toEqual([0, 'PENDING_CANCELLATION']);
  });

  it('never cancels the deduction on ContractSettled RENEGOTIATED, before or after the activation', async () => {
    const s = setUp();
    const settled = { ...examplePayload('ContractSettled'), contractId: OLD_CONTRACT_ID, reason: 'RENEGOTIATED' as const, replacedByContractId: NEW_CONTRACT_ID };
    await s.close.settled(manager, settled);
    await s.run();
    await s.close.settled(manager, settled);
    expect(s.byContract(NEW_CONTRACT_ID)?.snapshot.status).toBe('REGISTERED');
    expect(s.averbationRepo.update).toHaveBeenCalledTimes(1); // the hand-over only
  });
});
