import { inssPayload, personalPayload } from '../testing/proposal.fixtures';
import { proposalFacts } from './proposal-facts';

describe('proposalFacts', () => {
  it('reads the proposal into value objects', () => {
    const facts = proposalFacts(inssPayload({ birthDate: '1960-03-11' }));
    expect(facts.amount.toString()).toBe('10000.00');
    expect(facts.term.months).toBe(96);
    expect(facts.quotedRate?.toString()).toBe('0.0185');
    expect(facts.age).toBe(65);
    expect(facts.benefit?.startDate.toString()).toBe('2020-01-15');
    expect(facts.benefitPaidByOwnBank).toBe(false);
  });

  it('defaults absent expenses to zero', () => {
    const payload = personalPayload();
    delete payload.monthlyExpenses;
    expect(proposalFacts(payload).expenses.toString()).toBe('0.00');
  });

  it.each([
    [{ cpf: '52998224724' }, 'cpf', '52998224724'],
    [{ contractDate: '2026-02-30' }, 'contractDate', '2026-02-30'],
    [{ birthDate: '2026-03-10' }, 'birthDate', '2026-03-10'],
    [{ firstDueDate: '2026-03-10' }, 'firstDueDate', '2026-03-10'],
    [{ requestedAmount: '0.00' }, 'requestedAmount', '0.00'],
    [{ benefit: { number: '1234567890', kind: 'APOSENTADORIA_POR_IDADE', value: '2000.00', startDate: '2020-13-01' } }, 'benefit.startDate', '2020-13-01'],
  ])('an inconsistent %j is a permanent error naming %s, never echoing the value', (overrides, field, value) => {
    try {
      proposalFacts(inssPayload(overrides));
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toMatchObject({ code: 'ANALYSIS.INCONSISTENT_EVENT', details: { field } });
      expect((error as Error).message).not.toContain(value);
    }
  });
});
