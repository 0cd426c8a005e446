import { createEnvelope, examplePayload, type EventType, type PayloadOf } from '@consignado/contracts';
import { renderContractAmended, renderContractSettled } from './life-cycle-templates';

const event = <T extends EventType>(type: T, changes: Partial<PayloadOf<T>> = {}) =>
  createEnvelope(type, { payload: { ...examplePayload(type), ...changes }, metadata: { correlationId: '0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11' } });

const END = ' Nada mais é devido neste contrato.';

describe('life-cycle templates (pt-BR, R-NT-1)', () => {
  it.each([
    [{ reason: 'PAID_OFF' as const, lastPaymentDate: '2029-01-31' }, 'Todas as parcelas do seu contrato foram pagas, a última em 31/01/2029, e ele está quitado.'],
    [{ reason: 'PAID_OFF' as const, lastPaymentDate: undefined }, 'Todas as parcelas do seu contrato foram pagas e ele foi quitado em 10/02/2029.'],
    [
      { reason: 'EARLY_SETTLEMENT' as const, settlementAmount: '8185.69', lastPaymentDate: undefined },
      'Seu contrato foi quitado antecipadamente em 10/02/2029, com o pagamento de R$ 8.185,69.',
    ],
    [
      // 36 installments of 311.36 = 11,208.96 left; settled for 8,185.69: 3,023.27 saved.
      { reason: 'EARLY_SETTLEMENT' as const, settlementAmount: '8185.69', remainingUndiscounted: '11208.96', lastPaymentDate: '2026-02-20' },
      'Seu contrato foi quitado antecipadamente em 20/02/2026, com o pagamento de R$ 8.185,69. Você economizou R$ 3.023,27 em relação às parcelas restantes (R$ 11.208,96), pois os juros futuros não são cobrados.',
    ],
    [
      // A consolidated debt with late charges above the remaining installments: no saving to show.
      { reason: 'EARLY_SETTLEMENT' as const, settlementAmount: '650.00', remainingUndiscounted: '622.72', lastPaymentDate: '2026-02-20' },
      'Seu contrato foi quitado antecipadamente em 20/02/2026, com o pagamento de R$ 650,00.',
    ],
    [
      { reason: 'PORTED_OUT' as const, settlementAmount: '6245.07', lastPaymentDate: '2026-03-25' },
      'Seu contrato foi quitado em 25/03/2026 pela portabilidade para outra instituição, que pagou R$ 6.245,07. O desconto em folha deste contrato será cancelado.',
    ],
    [
      { reason: 'REFINANCED' as const, settlementAmount: '7100.10', lastPaymentDate: undefined },
      'Seu contrato foi quitado em 10/02/2029 e substituído pelo contrato do refinanciamento, com o pagamento de R$ 7.100,10.',
    ],
  ])('CONTRACT_SETTLED %j', (changes, body) => {
    expect(renderContractSettled(event('ContractSettled', changes))).toEqual({ template: 'CONTRACT_SETTLED', subject: 'Contrato quitado', body: body + END });
  });

  const REFUND = '\nDevolução proporcional do seguro prestamista: R$ 123,45, disponível como crédito.';

  it.each([
    [
      { reason: 'EARLY_SETTLEMENT' as const, settlementAmount: '8185.69', lastPaymentDate: '2026-02-20' },
      'Seu contrato foi quitado antecipadamente em 20/02/2026, com o pagamento de R$ 8.185,69.',
    ],
    [
      { reason: 'PORTED_OUT' as const, settlementAmount: '6245.07', lastPaymentDate: '2026-03-25' },
      'Seu contrato foi quitado em 25/03/2026 pela portabilidade para outra instituição, que pagou R$ 6.245,07. O desconto em folha deste contrato será cancelado.',
    ],
    [
      { reason: 'REFINANCED' as const, settlementAmount: '7100.10', lastPaymentDate: '2026-04-10' },
      'Seu contrato foi quitado em 10/04/2026 e substituído pelo contrato do refinanciamento, com o pagamento de R$ 7.100,10.',
    ],
  ])('CONTRACT_SETTLED of an insured contract ended early %j: a line with the premium refund as credit', (changes, body) => {
    const settled = renderContractSettled(event('ContractSettled', { ...changes, insurancePremiumRefund: '123.45' }));
    expect(settled).toEqual({ template: 'CONTRACT_SETTLED', subject: 'Contrato quitado', body: body + END + REFUND });
  });

  it('CONTRACT_SETTLED by the insurer (INSURANCE_CLAIM): no notice — the customer died (as for a DEATH block)', () => {
    const claim = { reason: 'INSURANCE_CLAIM' as const, claimId: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e', settlementAmount: '8214.33', lastPaymentDate: '2026-05-04' };
    expect(renderContractSettled(event('ContractSettled', claim))).toBeUndefined();
  });

  const rows = [
    { number: 24, dueDate: '2027-02-10', amount: '203.14', interest: '39.97', amortization: '163.17', balance: '4138.79' },
    { number: 25, dueDate: '2027-03-10', amount: '203.10', interest: '2.00', amortization: '201.10', balance: '0.00' },
  ];

  it('CONTRACT_AMENDED (REDUCE_INSTALLMENT): old and new installment, next due date, new balance', () => {
    expect(renderContractAmended(event('ContractAmended', { schedule: rows, remainingInstallments: 2 }))).toEqual({
      template: 'CONTRACT_AMENDED',
      subject: 'Suas parcelas diminuíram',
      body: 'Recebemos R$ 2.000,00 em 25/03/2026 para amortizar seu contrato; o saldo devedor passou a R$ 4.301,96. Suas 2 parcelas restantes passam de R$ 311,36 para R$ 203,14, a próxima em 10/02/2027.',
    });
  });

  it('CONTRACT_AMENDED (REDUCE_TERM): installments left and the last due date', () => {
    const amended = event('ContractAmended', { mode: 'REDUCE_TERM', installmentAmount: '311.36', schedule: rows, remainingInstallments: 2 });
    expect(renderContractAmended(amended)).toEqual({
      template: 'CONTRACT_AMENDED',
      subject: 'O prazo do seu contrato diminuiu',
      body: 'Recebemos R$ 2.000,00 em 25/03/2026 para amortizar seu contrato; o saldo devedor passou a R$ 4.301,96. O prazo foi reduzido: restam 2 parcelas de R$ 311,36, a última em 10/03/2027.',
    });
  });
});
