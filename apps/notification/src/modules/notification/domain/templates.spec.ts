import { createEnvelope, examplePayload, type EventType, type PayloadOf } from '@consignado/contracts';
import { renderInstallmentDue, renderPaymentReceived } from './servicing-templates';
import { renderContractActivated, renderContractCancelled, renderCreditRejected, renderProposalCancelled } from './templates';

const event = <T extends EventType>(type: T, changes: Partial<PayloadOf<T>> = {}) =>
  createEnvelope(type, { payload: { ...examplePayload(type), ...changes }, metadata: { correlationId: '0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11' } });

describe('origination templates (pt-BR, R-NT-1)', () => {
  it('CREDIT_REJECTED lists the reasons', () => {
    expect(renderCreditRejected(event('CreditRejected'))).toEqual({
      template: 'CREDIT_REJECTED',
      subject: 'Sua proposta de crédito não foi aprovada',
      body: 'Analisamos sua proposta e, neste momento, não foi possível aprová-la.\nMotivos:\n• Parcela excede a margem consignável disponível.',
    });
  });

  it('CONTRACT_ACTIVATED gives amounts, term, first due date and CET', () => {
    expect(renderContractActivated(event('ContractActivated')).body).toBe(
      'Seu contrato foi ativado. Você receberá R$ 10.000,00 e pagará 48 parcelas de R$ 311,36, a primeira em 10/03/2025. CET de 1,78% ao mês (23,57% ao ano).',
    );
  });

  it('PROPOSAL_CANCELLED dates the request in Brasília', () => {
    expect(renderProposalCancelled(event('ProposalCancelled', { requestedAt: '2025-02-11T01:00:00.000Z' }))).toEqual({
      template: 'PROPOSAL_CANCELLED',
      subject: 'Proposta cancelada',
      body: 'Sua proposta foi cancelada em 10/02/2025. Se não reconhece este pedido, fale conosco.',
    });
  });

  it.each([
    [
      { reason: 'RIGHT_OF_REGRET' as const, averbationRegistered: true, amountToReturn: '10000.00' },
      'Seu contrato foi cancelado em 14/02/2025, a seu pedido, dentro do prazo de arrependimento de 7 dias. O desconto em folha também será cancelado. Para concluir, devolva R$ 10.000,00, o valor liberado; não há cobrança de IOF.',
    ],
    [{ reason: 'CUSTOMER_REQUEST' as const, averbationRegistered: false, amountToReturn: undefined }, 'Seu contrato foi cancelado em 14/02/2025, a seu pedido.'],
    [
      { reason: 'AVERBATION_FAILED' as const, averbationRegistered: false, amountToReturn: undefined },
      'Seu contrato foi cancelado em 14/02/2025 porque não foi possível registrar o desconto em folha (averbação).',
    ],
  ])('CONTRACT_CANCELLED %j', (changes, body) => {
    expect(renderContractCancelled(event('ContractCancelled', changes))).toEqual({ template: 'CONTRACT_CANCELLED', subject: 'Contrato cancelado', body });
  });

  it('CONTRACT_CANCELLED ACCEPTANCE_EXPIRED: the proposal expired unaccepted, nothing charged, a new simulation offered', () => {
    const expired = event('ContractCancelled', { reason: 'ACCEPTANCE_EXPIRED', averbationRegistered: false, amountToReturn: undefined, cancelledAt: '2025-02-18T02:00:00.000Z' });
    expect(renderContractCancelled(expired)).toEqual({
      template: 'CONTRACT_CANCELLED',
      subject: 'Proposta expirada',
      body:
        'Seu contrato foi cancelado em 17/02/2025 porque não foi aceito dentro do prazo e a proposta expirou. ' +
        'Nada foi cobrado nem creditado; se ainda quiser o crédito, faça uma nova simulação no aplicativo.',
    });
  });

  it('PROPOSAL_CANCELLED: nothing for ACCEPTANCE_EXPIRED (the ContractCancelled that follows tells it; nobody asked for it)', () => {
    expect(renderProposalCancelled(event('ProposalCancelled', { reason: 'ACCEPTANCE_EXPIRED' }))).toBeUndefined();
  });
});

describe('servicing templates (pt-BR, R-NT-1)', () => {
  it('INSTALLMENT_UPCOMING: amount and due date', () => {
    const upcoming = event('InstallmentDue', { kind: 'UPCOMING', daysLate: undefined, fine: undefined, mora: undefined, totalDue: '311.36', referenceDate: '2025-05-05' });
    expect(renderInstallmentDue(upcoming)).toEqual({
      template: 'INSTALLMENT_UPCOMING',
      subject: 'Sua parcela vence em 10/05/2025',
      body: 'A parcela 3 do seu contrato, no valor de R$ 311,36, vence em 10/05/2025.',
    });
  });

  it("INSTALLMENT_OVERDUE: seed 002 §8.4's example with the mora rounded half-up (D-3)", () => {
    // 305.96 × 2% = 6.1192 → 6.12; 305.96 × 0.033% × 10 = 1.009668 → 1.01; 305.96 + 6.12 + 1.01 = 313.09.
    const overdue = event('InstallmentDue', {
      kind: 'OVERDUE', installmentNumber: 1, amount: '305.96', dueDate: '2025-09-01', referenceDate: '2025-09-11', daysLate: 10, fine: '6.12', mora: '1.01', totalDue: '313.09',
    });
    expect(renderInstallmentDue(overdue)).toEqual({
      template: 'INSTALLMENT_OVERDUE',
      subject: 'Parcela 1 em atraso',
      body: 'A parcela 1 do seu contrato, de R$ 305,96, venceu em 01/09/2025 e está com 10 dias de atraso. Multa: R$ 6,12. Juros de mora: R$ 1,01. Total atualizado em 11/09/2025: R$ 313,09.',
    });
  });

  it('INSTALLMENT_OVERDUE says "1 dia" for a single day', () => {
    const overdue = event('InstallmentDue', { daysLate: 1, fine: '6.23', mora: '0.10', totalDue: '317.69', referenceDate: '2025-05-11' });
    expect(renderInstallmentDue(overdue).body).toContain('está com 1 dia de atraso');
  });

  it('refuses an OVERDUE without its charges (dead-lettered, never guessed)', () => {
    const broken = event('InstallmentDue', { kind: 'OVERDUE', fine: undefined });
    expect(() => renderInstallmentDue(broken)).toThrow(expect.objectContaining({ code: 'NOTIFICATION.INVALID_EVENT' }));
  });

  it('PAYMENT_RECEIVED for one installment on time', () => {
    expect(renderPaymentReceived(event('PaymentReceived'))).toEqual({
      template: 'PAYMENT_RECEIVED',
      subject: 'Pagamento recebido',
      body: 'Recebemos R$ 311,36 em 10/03/2025, referente à parcela 1.',
    });
  });

  it('PAYMENT_RECEIVED for late installments: charges summed, overpayment as credit', () => {
    // 305.96 + 6.12 + 1.01 (parcela 1) + 305.96 + 6.12 + 0.10 (parcela 2) + 20.00 a mais = 645.27.
    const paid = event('PaymentReceived', {
      source: 'MANUAL',
      amount: '645.27',
      allocations: [
        { installmentNumber: 1, amount: '305.96', fine: '6.12', mora: '1.01' },
        { installmentNumber: 2, amount: '305.96', fine: '6.12', mora: '0.10' },
      ],
      overpayment: '20.00',
      paymentDate: '2025-10-02',
    });
    expect(renderPaymentReceived(paid)?.body).toBe(
      'Recebemos R$ 645,27 em 02/10/2025, referente às parcelas 1 e 2. O valor inclui multa de R$ 12,24 e juros de mora de R$ 1,11 por atraso. ' +
        'O valor pago a mais, R$ 20,00, ficou como crédito a seu favor.',
    );
  });

  it.each([
    [{ purpose: 'EARLY_SETTLEMENT' as const }, 'Recebemos R$ 311,36 em 10/03/2025, para a quitação antecipada do seu contrato.'],
    [
      { purpose: 'EARLY_SETTLEMENT' as const, source: 'REFINANCING' as const },
      'Recebemos R$ 311,36 em 10/03/2025, do seu novo contrato de refinanciamento, para quitar o contrato anterior.',
    ],
    [
      { purpose: 'EARLY_SETTLEMENT' as const, source: 'PORTABILITY' as const },
      'Recebemos R$ 311,36 em 10/03/2025, da instituição para a qual você fez a portabilidade, para quitar o seu contrato.',
    ],
    [{ purpose: 'EXTRA_AMORTIZATION' as const, amortizationMode: 'REDUCE_TERM' as const }, 'Recebemos R$ 311,36 em 10/03/2025, para amortização do seu contrato com redução do prazo.'],
    [
      { purpose: 'EXTRA_AMORTIZATION' as const, amortizationMode: 'REDUCE_INSTALLMENT' as const },
      'Recebemos R$ 311,36 em 10/03/2025, para amortização do seu contrato com redução do valor das parcelas.',
    ],
  ])('PAYMENT_RECEIVED %j', (changes, body) => {
    expect(renderPaymentReceived(event('PaymentReceived', { ...changes, allocations: [], unallocated: '311.36' }))?.body).toBe(body);
  });

  it('PAYMENT_RECEIVED: nothing for the credit-life insurer\'s payoff (the customer died; the notice would reach the family)', () => {
    const insured = event('PaymentReceived', { source: 'INSURANCE', purpose: 'EARLY_SETTLEMENT', settlement: { reason: 'INSURANCE_CLAIM', claimId: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e' }, allocations: [], unallocated: '311.36' });
    expect(renderPaymentReceived(insured)).toBeUndefined();
  });
});
