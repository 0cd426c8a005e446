import { parseTransfer } from './rail-responses';

const ID = '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';
const answer = {
  transferId: ID, amount: '8214.33', creditor: { kind: 'PIX_KEY', pixKey: 'maria@example.com' }, creditorCpf: '52998224725', purpose: 'LOAN_RELEASE',
  status: 'PENDING', filedAt: '2026-05-04T14:00:00.000Z', endToEndId: null, settledAt: null, reason: null, message: null, rejectedAt: null,
};
const E2E = 'E99000001202605041400aB3dE5fG7hJ';

describe('rail answers', () => {
  it('reads a transfer pending, settled or rejected, keeping only what the connector uses (no account, no CPF)', () => {
    expect(parseTransfer(answer, ID)).toEqual({ transferId: ID, status: 'PENDING' });
    expect(parseTransfer({ ...answer, status: 'SETTLED', endToEndId: E2E, settledAt: '2026-05-04T14:00:01.000Z' }, ID)).toEqual({
      transferId: ID, status: 'SETTLED', endToEndId: E2E, settledAt: '2026-05-04T14:00:01.000Z',
    });
    const rejected = { ...answer, status: 'REJECTED', reason: 'HOLDER_MISMATCH', message: 'O titular não é o CPF informado.', rejectedAt: '2026-05-04T14:00:01.000Z' };
    expect(parseTransfer(rejected, ID.toUpperCase())).toEqual({ transferId: ID, status: 'REJECTED', reason: 'HOLDER_MISMATCH', message: 'O titular não é o CPF informado.', rejectedAt: '2026-05-04T14:00:01.000Z' });
  });

  it.each([
    ['another transfer', { transferId: '00000000-0000-4000-8000-000000000000' }],
    ['a settlement without its end-to-end id', { status: 'SETTLED', settledAt: '2026-05-04T14:00:01.000Z' }],
    ['a rejection without its reason', { status: 'REJECTED', message: 'Rejeitada.', rejectedAt: '2026-05-04T14:00:01.000Z' }],
    ['a reason that is not a code', { status: 'REJECTED', reason: 'conta fechada', message: 'Rejeitada.', rejectedAt: '2026-05-04T14:00:01.000Z' }],
    ['an unknown status', { status: 'PAID' }],
  ])('refuses %s (a bad response, retried)', (_name, change) => {
    expect(parseTransfer({ ...answer, ...change }, ID)).toBeUndefined();
  });
});
