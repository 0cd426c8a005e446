import type { EventEnvelope } from '@consignado/contracts';
import { Money } from '@consignado/finance';
import { brl, countBr, dateBr } from './format';
import { InvalidNotificationEventError } from './notification.errors';
import type { RenderedMessage } from './templates';

/*
 * pt-BR text for the workout of a late contract (R-LN-8, R-NT-1): the one notice of a
 * renegotiation, on the RENEGOTIATION contract's activation. The old contract's ContractSettled
 * RENEGOTIATED and its PaymentReceived RENEGOTIATION (no money moved) are withheld, so the customer
 * is not told twice nor thanked for a payment they did not make.
 */

/**
 * The late contract renegotiated: the debt carried over, the new plan, the late charges forgiven
 * (when any) and, for a payroll deduction, that it follows the new installment.
 * @throws InvalidNotificationEventError for a RENEGOTIATION activation without its workout.
 */
export function renderContractRenegotiated(event: EventEnvelope<'ContractActivated'>): RenderedMessage {
  const p = event.payload;
  const origin = p.renegotiation;
  if (!origin) throw new InvalidNotificationEventError(event.eventType, 'renegociação sem o acordo (renegotiation)');
  const discount = Money.of(origin.terms.discount).isPositive() ? ` Você recebeu um desconto de ${brl(origin.terms.discount)} sobre a multa e os juros de mora do atraso.` : '';
  const deduction = p.averbationProtocol ? ' O desconto em folha passa a ser o da nova parcela.' : '';
  return {
    template: 'CONTRACT_RENEGOTIATED',
    subject: 'Seu contrato foi renegociado',
    body:
      `Seu contrato em atraso foi renegociado em ${dateBr(origin.effectiveDate)}: o saldo devedor de ${brl(p.financedAmount)} passou para um novo contrato, ` +
      `sem IOF e sem liberação de novo crédito. Você pagará ${countBr(p.termMonths, 'parcela', 'parcelas')} de ${brl(p.installmentAmount)}, a primeira em ${dateBr(p.firstDueDate)}.` +
      `${discount}${deduction}`,
  };
}
