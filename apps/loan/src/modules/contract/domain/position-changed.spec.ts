import { examplePayload } from '@consignado/contracts';
import { handWorkedApproval, inssApproval } from '../../../../test/fixtures/approvals';
import { CONTRACT_ID, expectValid, only, payable, bookAccepted } from '../../../../test/fixtures/contracts';
import { installmentPayment } from '../../../../test/fixtures/payments';
import { Contract } from './contract';

const at = new Date('2026-04-10T13:00:00.000Z');
const revisions = (c: Contract) => c.pullEvents().filter((e) => e.type === 'ContractPositionChanged').map((e) => (e.payload as { revision: number }).revision);

function book(approval = handWorkedApproval()): Contract {
  const result = bookAccepted(approval, CONTRACT_ID, at);
  if (!result.ok) throw result.error;
  return result.value;
}

describe('ContractPositionChanged (docs/life-cycle.md principle 4)', () => {
  it('carries the whole position, rows with their status and paid date', () => {
    const approval = handWorkedApproval();
    const contract = book(approval);
    contract.pullEvents();
    contract.recordPayment(installmentPayment(payable(contract), [{ number: 1 }], '2026-05-10'), at);
    const events = contract.pullEvents();
    expect(only(events, 'ContractPositionChanged')).toEqual({
      contractId: CONTRACT_ID, customerId: approval.customerId, revision: 2, status: 'ACTIVE', product: 'PERSONAL', operationType: 'NEW',
      monthlyRate: '0.02', financedAmount: '1000.00', contractDate: '2026-04-10', firstDueDate: '2026-05-10', termMonths: 3, installmentAmount: '346.75',
      activatedAt: at.toISOString(), planStart: { date: '2026-04-10', balance: '1000.00', afterInstallment: 0 },
      installments: [
        { number: 1, dueDate: '2026-05-10', amount: '346.75', interest: '20.00', amortization: '326.75', balance: '673.25', status: 'PAID', paidOn: '2026-05-10' },
        { number: 2, dueDate: '2026-06-10', amount: '346.75', interest: '13.47', amortization: '333.28', balance: '339.97', status: 'PENDING' },
        { number: 3, dueDate: '2026-07-10', amount: '346.77', interest: '6.80', amortization: '339.97', balance: '0.00', status: 'PENDING' },
      ],
      changedAt: at.toISOString(),
    });
    expectValid(events);
  });

  it('raises one revision more with every change, and none when nothing changed', () => {
    const approval = inssApproval();
    const contract = book(approval);
    expect(revisions(contract)).toEqual([1]);
    const failure = { code: 'DATAPREV.UNAVAILABLE', message: 'Indisponível.', retryable: true, attempts: 1, at: at.toISOString() };
    contract.failAverbation(failure, at);
    expect(revisions(contract)).toEqual([]);
    const registration = { ...examplePayload('AverbationCompleted'), proposalId: approval.proposalId, installmentAmount: '231.24', termMonths: 96, firstDueDate: '2026-04-10' };
    contract.completeAverbation(registration, at);
    expect(revisions(contract)).toEqual([2]);
    contract.completeAverbation(registration, at);
    expect(revisions(contract)).toEqual([]);
    contract.recordPayment(installmentPayment(payable(contract), [{ number: 1 }, { number: 2 }], '2026-04-10'), at);
    expect(revisions(contract)).toEqual([3]);
    contract.requestCancellation({ reason: 'RIGHT_OF_REGRET', requestedAt: at }, at);
    expect([revisions(contract), contract.snapshot.revision]).toEqual([[4], 4]);
  });

  it('is raised when the averbação fails for good', () => {
    const contract = book(inssApproval());
    contract.pullEvents();
    contract.failAverbation({ code: 'AVERBATION.MARGIN_INSUFFICIENT', message: 'Margem insuficiente.', retryable: false, attempts: 1, at: at.toISOString() }, at);
    expect(only(contract.pullEvents(), 'ContractPositionChanged')).toMatchObject({ revision: 2, status: 'AVERBATION_FAILED' });
  });
});
