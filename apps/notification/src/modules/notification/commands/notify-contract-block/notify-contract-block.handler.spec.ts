import type { EntityManager } from 'typeorm';
import { createEnvelope, examplePayload } from '@consignado/contracts';
import type { ContractBlockRevisions } from '../../database/contract-block.repository';
import type { RenderedMessage } from '../../domain/templates';
import type { RecordNotificationHandler } from '../record-notification/record-notification.handler';
import { NotifyContractBlockHandler } from './notify-contract-block.handler';

const manager = {} as EntityManager;
const message: RenderedMessage = { template: 'CONTRACT_BLOCKED', subject: 'Contrato bloqueado', body: '…' };
const event = (type: 'ContractBlocked' | 'ContractUnblocked', revision: number) =>
  createEnvelope(type, { payload: { ...examplePayload(type), revision }, metadata: { correlationId: '0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11' } });

/** Revisions kept in a map as the table does (latest wins), and the notifications recorded. */
function setup() {
  const latest = new Map<string, number>();
  const recorded: string[] = [];
  const revisions: ContractBlockRevisions = {
    advance: async (_m, contractId, revision) => ((latest.get(contractId) ?? 0) < revision ? (latest.set(contractId, revision), true) : false),
  };
  const record = { execute: async (_m: EntityManager, customerId: string, e: { eventType: string }) => void recorded.push(`${e.eventType} ${customerId}`) };
  return { latest, recorded, handler: new NotifyContractBlockHandler(revisions, record as unknown as RecordNotificationHandler) };
}

describe('NotifyContractBlockHandler (R-LN-8)', () => {
  const { customerId, contractId } = examplePayload('ContractBlocked');

  it('records the notice of the latest event for the contract', async () => {
    const { recorded, handler } = setup();
    expect(await handler.execute(manager, event('ContractBlocked', 3), message)).toBe('NOTIFIED');
    expect(await handler.execute(manager, event('ContractUnblocked', 4), message)).toBe('NOTIFIED');
    expect(recorded).toEqual([`ContractBlocked ${customerId}`, `ContractUnblocked ${customerId}`]);
  });

  it('tells nothing for a block older than the unblock already seen (two topics, out of order)', async () => {
    const { recorded, latest, handler } = setup();
    await handler.execute(manager, event('ContractUnblocked', 4), message);
    expect(await handler.execute(manager, event('ContractBlocked', 3), message)).toBe('STALE');
    expect(recorded).toEqual([`ContractUnblocked ${customerId}`]);
    expect(latest.get(contractId)).toBe(4);
  });

  it('a withheld message (DEATH) records no notification but still moves the revision on', async () => {
    const { recorded, latest, handler } = setup();
    expect(await handler.execute(manager, event('ContractBlocked', 3), undefined)).toBe('WITHHELD');
    expect(recorded).toEqual([]);
    expect(latest.get(contractId)).toBe(3);
  });
});
