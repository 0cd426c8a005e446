import { assertTransition, canTransition, CONTRACT_STATUSES, type ContractStatus, isClosed } from './contract-status';

/** The allowed transitions, written out independently of the table under test. */
const ALLOWED = new Set([
  'AWAITING_ACCEPTANCE→PENDING_PORTABILITY',
  'AWAITING_ACCEPTANCE→PENDING_AVERBATION',
  'AWAITING_ACCEPTANCE→ACTIVE',
  'AWAITING_ACCEPTANCE→CANCELLED',
  'PENDING_PORTABILITY→PENDING_AVERBATION',
  'PENDING_PORTABILITY→ACTIVE',
  'PENDING_PORTABILITY→CANCELLED',
  'PENDING_AVERBATION→ACTIVE',
  'PENDING_AVERBATION→AVERBATION_FAILED',
  'PENDING_AVERBATION→CANCELLED',
  'ACTIVE→CANCELLED',
  'ACTIVE→SETTLED',
  'AVERBATION_FAILED→CANCELLED',
]);

const pairs: Array<[ContractStatus, ContractStatus, boolean]> = CONTRACT_STATUSES.flatMap((from) =>
  CONTRACT_STATUSES.map((to): [ContractStatus, ContractStatus, boolean] => [from, to, ALLOWED.has(`${from}→${to}`)]),
);

describe('contract state machine (R-LN-1)', () => {
  it('covers all 49 pairs of the seven statuses', () => expect(pairs).toHaveLength(49));

  it.each(pairs)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
    if (allowed) {
      expect(() => assertTransition(from, to)).not.toThrow();
    } else {
      expect(() => assertTransition(from, to)).toThrow(expect.objectContaining({ code: 'CONTRACT.ILLEGAL_TRANSITION', details: { from, to } }));
    }
  });

  it('names the refused transition in pt-BR', () => {
    expect(() => assertTransition('SETTLED', 'ACTIVE')).toThrow('Transição de contrato não permitida: SETTLED → ACTIVE.');
  });

  it('closed are exactly the statuses with no way out (CANCELLED, SETTLED)', () => {
    expect(CONTRACT_STATUSES.filter(isClosed)).toEqual(['CANCELLED', 'SETTLED']);
    for (const status of CONTRACT_STATUSES) expect(isClosed(status)).toBe(CONTRACT_STATUSES.every((to) => !canTransition(status, to)));
  });
});
