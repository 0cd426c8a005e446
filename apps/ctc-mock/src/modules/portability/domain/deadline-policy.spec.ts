import { IsoDate } from '@consignado/finance';
import { DeadlinePolicy } from './deadline-policy';

const policy = new DeadlinePolicy({ answer: 5, transfer: 1, confirmation: 2 });
const d = IsoDate.of;

describe('DeadlinePolicy (business days, national holidays)', () => {
  it.each([
    ['answer', '2025-02-28', '2025-03-11'], // Friday before Carnival: Mon/Tue off
    ['answer', '2025-04-15', '2025-04-24'], // over Good Friday and Tiradentes
    ['answer', '2026-03-14', '2026-03-20'], // a Saturday request counts from Monday
    ['transfer', '2025-06-18', '2025-06-20'], // Corpus Christi on Thursday
    ['transfer', '2026-09-04', '2026-09-08'], // Independência on Monday
    ['confirmation', '2025-11-19', '2025-11-24'], // Consciência Negra on Thursday
    ['confirmation', '2025-12-24', '2025-12-29'],
  ])('%s deadline from %s is %s', (kind, from, expected) => {
    const deadline = { answer: () => policy.answerDeadline(d(from)), transfer: () => policy.dueBalanceLimit(d(from)), confirmation: () => policy.confirmationDeadline(d(from)) }[kind];
    expect(deadline?.().toString()).toBe(expected);
  });

  it('is late only after the deadline day', () => {
    expect(DeadlinePolicy.isPast(d('2025-03-11'), d('2025-03-11'))).toBe(false);
    expect(DeadlinePolicy.isPast(d('2025-03-11'), d('2025-03-12'))).toBe(true);
    expect(DeadlinePolicy.isPast(d('2025-03-11'), d('2025-03-10'))).toBe(false);
  });

  it('answers the same day with 0 business days', () => {
    expect(new DeadlinePolicy({ answer: 0, transfer: 0, confirmation: 0 }).answerDeadline(d('2025-03-10')).toString()).toBe('2025-03-10');
  });
});
