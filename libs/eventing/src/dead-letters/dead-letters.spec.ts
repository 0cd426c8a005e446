import type { Kafka } from 'kafkajs';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { replayDeadLetters, type ReplayReport } from '@consignado/messaging';
import { statusForCode } from '@consignado/service-kit';
import { DeadLetters } from './dead-letters';

jest.mock('@consignado/messaging', () => ({ ...jest.requireActual('@consignado/messaging'), replayDeadLetters: jest.fn() }));

const options = { service: 'loan' as const, brokers: ['127.0.0.1:9092'], namespace: 'it-x', personalData: new FieldCipher(DEV_PII_KEY_RING) };
const REPORT: ReplayReport = { replayed: 1, skipped: 0, truncated: 0, unreadable: 0 };

describe('DeadLetters.replay', () => {
  const replay = replayDeadLetters as jest.MockedFunction<typeof replayDeadLetters>;
  beforeEach(() => replay.mockReset());

  it("replays the service's namespaced group with the request's filter", async () => {
    replay.mockResolvedValueOnce(REPORT);
    await expect(new DeadLetters(options, {} as Kafka).replay({ eventType: 'ContractActivated', limit: 5 })).resolves.toBe(REPORT);
    const called = replay.mock.calls[0][0];
    expect(called).toMatchObject({ group: 'it-x.loan', dlqTopic: 'consignado.dlq.it-x.loan', replayGroupId: 'replay.it-x.loan', limit: 5, includeUnreplayable: false });
    const record = (eventType: string, reason: string) => ({ eventType, reason }) as never;
    expect([called.filter?.(record('ContractActivated', 'permanent-error')), called.filter?.(record('PaymentReceived', 'permanent-error'))]).toEqual([true, false]);
  });

  it('refuses a second replay while one runs (409 DLQ.REPLAY_CONFLICT), and takes one again after', async () => {
    let finish: (r: ReplayReport) => void = () => undefined;
    replay.mockReturnValueOnce(new Promise((resolve) => (finish = resolve)));
    const deadLetters = new DeadLetters(options, {} as Kafka);
    const first = deadLetters.replay({});
    await expect(deadLetters.replay({})).rejects.toMatchObject({ code: 'DLQ.REPLAY_CONFLICT', message: expect.stringMatching(/^Já há um reprocessamento/) });
    expect(statusForCode('DLQ.REPLAY_CONFLICT')).toBe(409);
    expect(replay).toHaveBeenCalledTimes(1); // the refused one never reached Kafka
    finish(REPORT);
    await expect(first).resolves.toBe(REPORT);
    replay.mockResolvedValueOnce(REPORT);
    await expect(deadLetters.replay({})).resolves.toBe(REPORT);
  });

  it('lets go of the lock when a replay fails', async () => {
    const deadLetters = new DeadLetters(options, {} as Kafka);
    replay.mockRejectedValueOnce(new Error('broker away')).mockResolvedValueOnce(REPORT);
    await expect(deadLetters.replay({})).rejects.toThrow('broker away');
    await expect(deadLetters.replay({})).resolves.toBe(REPORT);
  });
});
