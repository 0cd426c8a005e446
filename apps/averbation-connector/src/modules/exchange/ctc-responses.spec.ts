import { parseFeedPage, parsePortability } from './ctc-responses';

const snapshot = {
  portabilityNumber: '202502280000000000424',
  status: 'ACCEPTED_SETTLEMENT_IN_PROGRESS',
  originIspb: '99100001',
  destinationIspb: '99000001',
  originContractNumber: 'CT-778',
  cpf: '52998224725',
  offer: { monthlyRate: '0.0159', termMonths: 60, installment: '262.10', annualCet: '0.2107' },
  requestedAt: '2025-02-28T15:00:00.000Z',
  requestDate: '2025-02-28',
  answerDeadline: '2025-03-11',
  answer: { balance: '10234.56', balanceDate: '2025-03-05', remainingInstallments: 60, installment: '310.00', monthlyRate: '0.0214', answeredAt: '2025-03-05T12:00:00.000Z', dueBalanceLimitDate: '2025-03-06' },
  transfer: null,
  settlement: null,
  closure: null,
  statusUpdatedAt: '2025-03-05T12:00:00.000Z',
};

describe('exchange answers', () => {
  it('reads a portability and leaves the CPF and the offer behind', () => {
    const parsed = parsePortability(snapshot);
    expect(parsed).toEqual({
      portabilityNumber: '202502280000000000424', status: 'ACCEPTED_SETTLEMENT_IN_PROGRESS', originIspb: '99100001', destinationIspb: '99000001', originContractNumber: 'CT-778',
      requestedAt: '2025-02-28T15:00:00.000Z', requestDate: '2025-02-28', answerDeadline: '2025-03-11',
      answer: { balance: '10234.56', balanceDate: '2025-03-05', remainingInstallments: 60, installment: '310.00', monthlyRate: '0.0214', answeredAt: '2025-03-05T12:00:00.000Z', dueBalanceLimitDate: '2025-03-06' },
    });
    expect(JSON.stringify(parsed)).not.toContain('52998224725');
  });

  it.each([
    ['an amount as a number', { answer: { ...snapshot.answer, balance: 10234.56 } }],
    ['an unknown status', { status: 'SETTLED' }],
    ['a short NU', { portabilityNumber: '2025022800000000004' }],
    ['a rate of 1 or more', { answer: { ...snapshot.answer, monthlyRate: '1.02' } }],
  ])('refuses %s (a bad response, retried)', (_name, change) => {
    expect(parsePortability({ ...snapshot, ...change })).toBeUndefined();
  });

  it('reads a feed page; a malformed header spoils the page, a malformed snapshot only its message', () => {
    const message = { cursor: '42', portabilityNumber: snapshot.portabilityNumber, role: 'DESTINATION', status: snapshot.status, previousStatus: 'PENDING', occurredAt: snapshot.statusUpdatedAt, portability: snapshot };
    const page = parseFeedPage({ messages: [message], nextCursor: '42' });
    expect([page?.nextCursor, page?.messages.map((m) => [m.cursor, m.role, m.status, m.portability?.answer?.balance])]).toEqual(['42', [['42', 'DESTINATION', 'ACCEPTED_SETTLEMENT_IN_PROGRESS', '10234.56']]]);
    expect(parseFeedPage({ messages: [message, { ...message, cursor: 43 }], nextCursor: '43' })).toBeUndefined();
    const spoilt = parseFeedPage({ messages: [{ ...message, portability: { ...snapshot, answer: { ...snapshot.answer, balance: 1 } } }], nextCursor: '42' });
    expect(spoilt?.messages.map((m) => [m.cursor, m.portability])).toEqual([['42', null]]);
  });
});
