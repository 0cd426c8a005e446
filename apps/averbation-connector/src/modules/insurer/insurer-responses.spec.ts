import { parseClaim } from './insurer-responses';

const CLAIM_ID = '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';
const answer = {
  insurerClaimNumber: 'SIN-2026-000042', claimId: CLAIM_ID, contractId: '5b0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4', policyNumber: 'PRST-2026-000123', cause: 'DEATH',
  coverageDate: '2026-05-04', coverageAmount: '8214.33', status: 'UNDER_REVIEW', filedAt: '2026-05-04T14:00:00.000Z',
  paidAmount: null, paidAt: null, reason: null, message: null, deniedAt: null,
};

describe('insurer answers', () => {
  it('reads a claim under review, paid or denied, keeping only what the connector uses', () => {
    expect(parseClaim(answer, CLAIM_ID)).toEqual({ insurerClaimNumber: 'SIN-2026-000042', claimId: CLAIM_ID, status: 'UNDER_REVIEW' });
    expect(parseClaim({ ...answer, status: 'PAID', paidAmount: '8214.33', paidAt: '2026-05-06T10:00:00.000Z' }, CLAIM_ID)).toEqual({
      insurerClaimNumber: 'SIN-2026-000042', claimId: CLAIM_ID, status: 'PAID', paidAmount: '8214.33', paidAt: '2026-05-06T10:00:00.000Z',
    });
    const denied = { ...answer, status: 'DENIED', reason: 'EXCLUDED_CAUSE', message: 'O sinistro decorre de causa excluída pela apólice.', deniedAt: '2026-05-06T10:00:00.000Z' };
    expect(parseClaim(denied, CLAIM_ID.toUpperCase())).toMatchObject({ claimId: CLAIM_ID, status: 'DENIED', reason: 'EXCLUDED_CAUSE', deniedAt: '2026-05-06T10:00:00.000Z' });
  });

  it.each([
    ['another claim', { claimId: '00000000-0000-4000-8000-000000000000' }],
    ['an amount as a number', { status: 'PAID', paidAmount: 8214.33, paidAt: '2026-05-06T10:00:00.000Z' }],
    ['a payment without its amount', { status: 'PAID', paidAt: '2026-05-06T10:00:00.000Z' }],
    ['a denial without its reason', { status: 'DENIED', message: 'Negado.', deniedAt: '2026-05-06T10:00:00.000Z' }],
    ['a reason that is not a code', { status: 'DENIED', reason: 'causa excluída', message: 'Negado.', deniedAt: '2026-05-06T10:00:00.000Z' }],
    ['an unknown status', { status: 'SETTLED' }],
    ['no claim number', { insurerClaimNumber: '' }],
  ])('refuses %s (a bad response, retried)', (_name, change) => {
    expect(parseClaim({ ...answer, ...change }, CLAIM_ID)).toBeUndefined();
  });
});
