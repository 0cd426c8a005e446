import { positionPayoff } from '@consignado/finance';
import { IsoDate } from '@consignado/finance';
import { oldContract } from '../testing/position.fixtures';
import { projectContract } from './project-contract';
import { paidInstallments, supersedes } from './projected-contract';

describe('projectContract (ContractPositionChanged → a finance position)', () => {
  it('reads the plan in force as a position: rows after afterInstallment, PAID ones paid', () => {
    const c = projectContract(oldContract({ paid: 2 }));
    expect([c.status, c.product, c.installment.toString(), c.contractDate.toString(), paidInstallments(c)]).toEqual(['ACTIVE', 'INSS_CONSIGNADO', '211.24', '2025-11-10', 2]);
    expect(c.position.rows.map((r) => [r.number, r.paid])).toEqual([[1, true], [2, true], [3, false], [4, false], [5, false]]);
    // Hand-worked: B_2 = 610.95, 10 days of interest to 2026-01-20: R(610.95 × (1.0185^(10/30) − 1)) = 3.74.
    const payoff = positionPayoff(c.position, IsoDate.of('2026-01-20'));
    expect(payoff.ok && [payoff.value.balance, payoff.value.interest, payoff.value.payoff].map(String)).toEqual(['610.95', '3.74', '614.69']);
  });

  it('exposes the block while the position carries one (R-LN-8), and none once a position comes without it', () => {
    const block = { reason: 'JUDICIAL_ORDER' as const, since: '2026-01-12T10:00:00.000Z' };
    expect(projectContract(oldContract({ revision: 4, block })).block).toEqual(block);
    expect(projectContract(oldContract({ revision: 5 })).block).toBeUndefined();
  });

  it('an amended plan starts after its afterInstallment, at its own date and balance', () => {
    const payload = oldContract({ paid: 2, planStart: { date: '2026-01-10', balance: '610.95', afterInstallment: 2 } });
    const c = projectContract(payload);
    expect([c.position.start.date.toString(), c.position.start.balance.toString(), c.position.rows[0].number]).toEqual(['2026-01-10', '610.95', 3]);
  });

  it.each<[string, Parameters<typeof oldContract>[0], string]>([
    ['rows not numbered 1..n', { installments: oldContract().installments.slice(1) }, 'installments'],
    ['a plan start past the last row', { planStart: { date: '2025-11-10', balance: '1000.00', afterInstallment: 5 } }, 'planStart'],
    ['a plan starting after its first row', { planStart: { date: '2025-12-11', balance: '1000.00', afterInstallment: 0 } }, 'installments'],
    ['an impossible date', { contractDate: '2025-02-30' }, 'contractDate'],
  ])('refuses %s: PROJECTION.INCONSISTENT_POSITION', (_name, overrides, field) => {
    expect(() => projectContract(oldContract(overrides))).toThrow(expect.objectContaining({ code: 'PROJECTION.INCONSISTENT_POSITION', details: expect.objectContaining({ field }) }));
  });

  it.each([
    [undefined, 3, true],
    [2, 3, true],
    [3, 3, false],
    [4, 3, false],
  ])('stored revision %s, incoming %i → kept %s (the highest revision wins)', (stored, incoming, kept) => {
    const current = stored === undefined ? undefined : projectContract(oldContract({ revision: stored }));
    expect(supersedes(projectContract(oldContract({ revision: incoming })), current)).toBe(kept);
  });
});
