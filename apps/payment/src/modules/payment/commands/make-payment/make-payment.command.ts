import { fieldError } from '@consignado/core';
import type { AmortizationMode, IsoDate, Money } from '@consignado/finance';
import { parseInputDate, parsePositiveAmount } from '../../../../shared/http/input';
import type { MakePaymentRequestDto } from './make-payment.request.dto';

interface Common {
  customerId: string;
  contractId: string;
  amount: Money;
  paymentDate: IsoDate;
}

/** What POST /v1/payments asks, by purpose. */
export type MakePayment =
  | (Common & { purpose: 'INSTALLMENT'; installments: number[] })
  | (Common & { purpose: 'EARLY_SETTLEMENT' })
  | (Common & { purpose: 'EXTRA_AMORTIZATION'; amortizationMode: AmortizationMode });

const refused = (field: string, message: string) => fieldError('REQUEST.INVALID_BODY', field, message);

/** The request's meaning: ids lower-cased, amount and date parsed, the fields each purpose takes and no others. */
export function makePaymentOf(body: MakePaymentRequestDto): MakePayment {
  const purpose = body.purpose ?? 'INSTALLMENT';
  if (purpose === 'INSTALLMENT' && body.installments === undefined) throw refused('installments', 'installments é obrigatório para pagamento de parcelas');
  if (purpose !== 'INSTALLMENT' && body.installments !== undefined) throw refused('installments', `installments não se aplica a ${purpose}`);
  if (purpose === 'EXTRA_AMORTIZATION' && body.amortizationMode === undefined) throw refused('amortizationMode', 'amortizationMode é obrigatório para EXTRA_AMORTIZATION');
  if (purpose !== 'EXTRA_AMORTIZATION' && body.amortizationMode !== undefined) throw refused('amortizationMode', `amortizationMode não se aplica a ${purpose}`);
  const common = {
    customerId: body.customerId.toLowerCase(),
    contractId: body.contractId.toLowerCase(),
    amount: parsePositiveAmount(body.amount, 'amount'),
    paymentDate: parseInputDate(body.paymentDate, 'paymentDate'),
  };
  if (purpose === 'INSTALLMENT') return { ...common, purpose, installments: body.installments ?? [] };
  if (purpose === 'EXTRA_AMORTIZATION') return { ...common, purpose, amortizationMode: body.amortizationMode ?? 'REDUCE_TERM' };
  return { ...common, purpose };
}

/**
 * What an Idempotency-Key vouches for: the meaning, so "11/09/2025" and "2025-09-11" are the same
 * request. An installment payment keeps the shape keys had before purposes existed.
 */
export function contentOf(command: MakePayment): Record<string, unknown> {
  const { purpose, ...rest } = command;
  const content = { ...rest, amount: command.amount.toString(), paymentDate: command.paymentDate.toString() };
  return purpose === 'INSTALLMENT' ? content : { ...content, purpose };
}
