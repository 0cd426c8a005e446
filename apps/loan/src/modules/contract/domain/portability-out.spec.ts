import { createEnvelope, examplePayload, validateEnvelope } from '@consignado/contracts';
import { inssApproval } from '../../../../test/fixtures/approvals';
import { booked, CONTRACT_ID, NOW, paidOnTime } from '../../../../test/fixtures/contracts';
import { settlementPayment } from '../../../../test/fixtures/payments';
import type { ContractProps } from './contract';
import { answerPortabilityOut } from './portability-out';

const NU = '202605250000000000123';
const request = (balanceDate: string) => ({ ...examplePayload('PortabilityOutRequested'), contractId: CONTRACT_ID, portabilityNumber: NU, balanceDate });
const answer = (contract: ContractProps | undefined, balanceDate = '2026-05-25', cut = '0') => answerPortabilityOut(request(balanceDate), contract, cut, NOW);
const withFirstPaid = () => paidOnTime(booked(), [1]).snapshot;
const base = { contractId: CONTRACT_ID, portabilityNumber: NU, answeredAt: NOW.toISOString() };
const schemaErrors = (payload: ReturnType<typeof answer>) => {
  const result = validateEnvelope(createEnvelope('PortabilityOutAnswered', { payload } as never));
  return result.ok ? [] : result.errors;
};

describe('portability out (R-LN-7, R-LN-11): loan answers another bank', () => {
  it('states the settlement amount on the balance date with the contract\'s installments and rate', () => {
    // #1 paid; on 2026-05-25 the payoff is 673.25 + 6.70 = 679.95 (settlement-quote); 2 installments of 346.75 left.
    expect(answer(withFirstPaid())).toEqual({
      ...base, outcome: 'BALANCE', balance: '679.95', balanceDate: '2026-05-25', remainingInstallments: 2, installmentAmount: '346.75', monthlyRate: '0.02',
    });
  });

  it('states the consolidated debt of a late contract', () => {
    // Nothing paid, 2026-05-20: 354.83 overdue with charges + 677.71 = 1032.54.
    expect(answer(booked().snapshot, '2026-05-20')).toMatchObject({ outcome: 'BALANCE', balance: '1032.54', remainingInstallments: 3 });
    expect(answer(booked().snapshot, '2026-05-20', '0.005').retentionOffer).toBeUndefined();
  });

  it.each<[string, string, object | undefined]>([
    // 679.95 at 1.5% over 2 rows, 16 days to 06-10: R(679.95 × 1.015^(16/30 − 1) × 0.015 / (1 − 1.015^−2)) = R(345.2364) = 345.24 < 346.75.
    ['a cut that lowers the installment', '0.005', { monthlyRate: '0.015', installmentAmount: '345.24', termMonths: 2 }],
    // At 1.9999% the same plan costs about 346.98 > 346.75: nothing to offer.
    ['a cut too small to lower it', '0.000001', undefined],
    ['no cut configured', '0', undefined],
    ['a cut that would leave no rate', '0.02', undefined],
  ])('retention offer with %s', (_label, cut, offer) => {
    const answered = answer(withFirstPaid(), '2026-05-25', cut);
    expect([answered.retentionOffer, schemaErrors(answered)]).toEqual([offer, []]);
  });

  it.each<[string, () => ContractProps | undefined, string, string]>([
    ['an unknown contract', () => undefined, 'CONTRATO_NAO_ENCONTRADO', 'Contrato não encontrado ou não vigente nesta instituição.'],
    ['a contract not in force yet', () => booked(inssApproval()).snapshot, 'CONTRATO_NAO_ENCONTRADO', 'Contrato não encontrado ou não vigente nesta instituição.'],
    ['a cancelled contract', () => {
      const c = booked();
      c.requestCancellation({ reason: 'RIGHT_OF_REGRET', requestedAt: NOW }, NOW);
      return c.snapshot;
    }, 'CONTRATO_NAO_ENCONTRADO', 'Contrato não encontrado ou não vigente nesta instituição.'],
    ['a settled contract', () => {
      const c = booked();
      c.recordPayment(settlementPayment(c.snapshot, '1000.00', '2026-04-10', { contractId: c.id }), NOW);
      return c.snapshot;
    }, 'CONTRATO_LIQUIDADO', 'Contrato já liquidado nesta instituição.'],
  ])('refuses %s', (_label, contract, refusalCode, refusalMessage) => {
    const answered = answer(contract());
    expect([answered, schemaErrors(answered)]).toEqual([{ ...base, outcome: 'REFUSED', refusalCode, refusalMessage }, []]);
  });

  it('refuses a balance date it cannot value the contract on (OUTROS, with the reason)', () => {
    expect(answer(withFirstPaid(), '2026-04-01')).toMatchObject({
      outcome: 'REFUSED', refusalCode: 'OUTROS', refusalMessage: 'Saldo não pode ser informado na data pedida: A data de quitação não pode ser anterior a 2026-04-10.',
    });
  });
});
