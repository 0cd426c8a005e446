import { createEnvelope, examplePayload } from '@consignado/contracts';
import type { DataprevGateway } from '../../../dataprev/dataprev.gateway';
import type { DataprevFailure, DataprevRegistration, DataprevResult } from '../../../dataprev/dataprev.types';
import { RetryPolicy } from '../../../jobs/domain/retry-policy';
import { Averbation } from '../../domain/averbation';
import { cancelAtDataprev, registerAtDataprev } from './dataprev-steps';

const payload = examplePayload('AverbationRequested');
const registration = (protocol: string, contractId = payload.contractId, active = true): DataprevRegistration => ({ protocol, contractId, active, registeredAt: '2025-02-10T13:00:00.000Z' });
const unavailable: DataprevFailure = { kind: 'TRANSIENT', code: 'DATAPREV.UNAVAILABLE', message: 'Dataprev indisponível no momento.' };
const notFound: DataprevFailure = { kind: 'REFUSED', code: 'DATAPREV.REGISTRATION_NOT_FOUND', message: 'Averbação não encontrada na Dataprev.', dataprevCode: 'DATAPREV.REGISTRATION.NOT_FOUND' };

function averbation(protocol?: string): Averbation {
  const a = Averbation.requested('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', createEnvelope('AverbationRequested', { payload }), new Date());
  if (protocol) a.record('REGISTER', { ok: true, protocol, registeredAt: '2025-02-10T13:00:00.000Z' }, new Date(), new RetryPolicy(3, 1, 1));
  a.close('PAID_OFF', new Date());
  return a;
}

/** A gateway answering from a script, recording the calls made. */
function gateway(list: DataprevResult<DataprevRegistration[]>, cancel: DataprevResult<DataprevRegistration>) {
  const calls: string[] = [];
  const fake: Partial<DataprevGateway> = {
    listRegistrations: async (holder) => (calls.push(`list ${holder.benefitNumber}`), list),
    cancel: async (protocol) => (calls.push(`cancel ${protocol}`), cancel),
    register: async (order) => (calls.push(`register ${order.contractId} ${order.installmentAmount} ${order.operationType}`), { ok: true, value: registration('P-NEW') }),
  };
  return { calls, dataprev: fake as DataprevGateway };
}

const signal = new AbortController().signal;

describe('cancelAtDataprev: how a deduction is ended', () => {
  it.each([
    // protocol known?, list answer, cancel answer → calls, outcome
    ['P-1', { ok: true, value: [] }, { ok: true, value: registration('P-1') }, ['cancel P-1'], true],
    ['P-1', { ok: true, value: [] }, { ok: false, failure: notFound }, ['cancel P-1'], true],
    ['P-1', { ok: true, value: [] }, { ok: false, failure: unavailable }, ['cancel P-1'], false],
    [undefined, { ok: true, value: [registration('P-9', 'other'), registration('P-2')] }, { ok: true, value: registration('P-2') }, ['list 1234567890', 'cancel P-2'], true],
    [undefined, { ok: true, value: [registration('P-9', 'other')] }, { ok: true, value: registration('P-9') }, ['list 1234567890'], true],
    [undefined, { ok: true, value: [registration('P-2', payload.contractId, false)] }, { ok: true, value: registration('P-2') }, ['list 1234567890'], true],
    [undefined, { ok: false, failure: unavailable }, { ok: true, value: registration('P-2') }, ['list 1234567890'], false],
  ] as const)('protocol %s → %j', async (protocol, list, cancel, expectedCalls, ok) => {
    const { calls, dataprev } = gateway(list as DataprevResult<DataprevRegistration[]>, cancel as DataprevResult<DataprevRegistration>);
    const outcome = await cancelAtDataprev(dataprev, averbation(protocol), signal);
    expect([calls, outcome.ok]).toEqual([expectedCalls, ok]);
  });
});

describe('registerAtDataprev', () => {
  it('sends the request’s contract, installment and operation, and returns the protocol', async () => {
    const { calls, dataprev } = gateway({ ok: true, value: [] }, { ok: true, value: registration('P') });
    const fresh = Averbation.requested('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', createEnvelope('AverbationRequested', { payload }), new Date());
    expect(await registerAtDataprev(dataprev, fresh, signal)).toEqual({ ok: true, protocol: 'P-NEW', registeredAt: '2025-02-10T13:00:00.000Z' });
    expect(calls).toEqual([`register ${payload.contractId} 311.36 NEW`]);
  });
});

describe('registerAtDataprev: the operation’s own references', () => {
  const sent = async (extra: Partial<typeof payload>) => {
    const orders: unknown[] = [];
    const dataprev = { register: async (order: unknown) => (orders.push(order), { ok: true, value: registration('P') }) } as unknown as DataprevGateway;
    const a = Averbation.requested('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', createEnvelope('AverbationRequested', { payload: { ...payload, ...extra } }), new Date());
    await registerAtDataprev(dataprev, a, signal);
    return orders[0] as { operationType: string; portabilityOrigin?: unknown; refinancedContractId?: string };
  };

  it('sends a portability’s origin (tipoOperacao PORTABILIDADE), which Dataprev requires', async () => {
    const portability = { originInstitutionIspb: '60746948', originContractNumber: 'CTR-000123456' };
    expect(await sent({ operationType: 'PORTABILITY', portability })).toMatchObject({ operationType: 'PORTABILITY', portabilityOrigin: portability });
  });

  it('sends a refinancing’s replaced contract and no origin', async () => {
    const order = await sent({ operationType: 'REFINANCING', refinancedContractId: '11111111-2222-4333-8444-555555555555' });
    expect([order.operationType, order.refinancedContractId, order.portabilityOrigin]).toEqual(['REFINANCING', '11111111-2222-4333-8444-555555555555', undefined]);
  });
});
