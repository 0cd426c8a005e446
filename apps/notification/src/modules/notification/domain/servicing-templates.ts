import type { EventEnvelope } from '@consignado/contracts';
import { Money } from '@consignado/finance';
import { brl, countBr, dateBr, listBr } from './format';
import { InvalidNotificationEventError } from './notification.errors';
import type { RenderedMessage } from './templates';

/*
 * pt-BR texts for servicing events (R-NT-1). Every amount comes from the payload as it was booked
 * (fine and mora already rounded half-up by payment, D-3); nothing is recomputed here.
 */

export function renderInstallmentUpcoming(event: EventEnvelope<'InstallmentDue'>): RenderedMessage {
  const p = event.payload;
  return {
    template: 'INSTALLMENT_UPCOMING',
    subject: `Sua parcela vence em ${dateBr(p.dueDate)}`,
    body: `A parcela ${p.installmentNumber} do seu contrato, no valor de ${brl(p.amount)}, vence em ${dateBr(p.dueDate)}.`,
  };
}

/** @throws InvalidNotificationEventError when the payload lacks days late, fine or mora. */
export function renderInstallmentOverdue(event: EventEnvelope<'InstallmentDue'>): RenderedMessage {
  const { daysLate, fine, mora, ...p } = event.payload;
  if (daysLate === undefined || fine === undefined || mora === undefined) {
    throw new InvalidNotificationEventError(event.eventType, 'parcela em atraso sem dias de atraso, multa ou juros de mora');
  }
  return {
    template: 'INSTALLMENT_OVERDUE',
    subject: `Parcela ${p.installmentNumber} em atraso`,
    body:
      `A parcela ${p.installmentNumber} do seu contrato, de ${brl(p.amount)}, venceu em ${dateBr(p.dueDate)} ` +
      `e está com ${countBr(daysLate, 'dia', 'dias')} de atraso. Multa: ${brl(fine)}. Juros de mora: ${brl(mora)}. ` +
      `Total atualizado em ${dateBr(p.referenceDate)}: ${brl(p.totalDue)}.`,
  };
}

/**
 * The payment notice, or none for the credit-life insurer's (INSURANCE): it pays because the
 * customer died, and the notice would reach the family on the deceased's contacts (as for a DEATH
 * block). None for a workout's (RENEGOTIATION) either: no money moved, the debt went to the new
 * contract, whose activation is the renegotiation's one notice (renderContractRenegotiated).
 * @throws InvalidNotificationEventError for an installment payment that names no installment.
 */
export function renderPaymentReceived(event: EventEnvelope<'PaymentReceived'>): RenderedMessage | undefined {
  const p = event.payload;
  if (p.source === 'INSURANCE' || p.source === 'RENEGOTIATION') return undefined;
  const overpayment = Money.of(p.overpayment);
  const credit = overpayment.isPositive() ? ` O valor pago a mais, ${brl(p.overpayment)}, ficou como crédito a seu favor.` : '';
  return {
    template: 'PAYMENT_RECEIVED',
    subject: 'Pagamento recebido',
    body: `Recebemos ${brl(p.amount)} em ${dateBr(p.paymentDate)}${paymentPurpose(event, p.source)}${credit}`,
  };
}

/** Who paid a settlement: the customer, the refinancing's proceeds, or the bank the contract was ported to. */
const SETTLEMENT_SOURCES: Record<Exclude<EventEnvelope<'PaymentReceived'>['payload']['source'], 'INSURANCE' | 'RENEGOTIATION'>, string> = {
  MANUAL: ', para a quitação antecipada do seu contrato.',
  PAYROLL: ', para a quitação antecipada do seu contrato.',
  REFINANCING: ', do seu novo contrato de refinanciamento, para quitar o contrato anterior.',
  PORTABILITY: ', da instituição para a qual você fez a portabilidade, para quitar o seu contrato.',
};

function paymentPurpose(event: EventEnvelope<'PaymentReceived'>, source: keyof typeof SETTLEMENT_SOURCES): string {
  const p = event.payload;
  if (p.purpose === 'EARLY_SETTLEMENT') return SETTLEMENT_SOURCES[source];
  if (p.purpose === 'EXTRA_AMORTIZATION') {
    const mode = { REDUCE_TERM: ' com redução do prazo', REDUCE_INSTALLMENT: ' com redução do valor das parcelas' };
    return `, para amortização do seu contrato${p.amortizationMode ? mode[p.amortizationMode] : ''}.`;
  }
  if (p.allocations.length === 0) throw new InvalidNotificationEventError(event.eventType, 'pagamento de parcela sem parcelas');
  const numbers = p.allocations.map((a) => String(a.installmentNumber));
  const which = numbers.length === 1 ? `à parcela ${numbers[0]}` : `às parcelas ${listBr(numbers)}`;
  const fine = Money.sum(p.allocations.map((a) => Money.of(a.fine)));
  const mora = Money.sum(p.allocations.map((a) => Money.of(a.mora)));
  const charges = fine.isPositive() || mora.isPositive() ? ` O valor inclui multa de ${brl(fine.toString())} e juros de mora de ${brl(mora.toString())} por atraso.` : '';
  return `, referente ${which}.${charges}`;
}

/** InstallmentDue is a reminder (UPCOMING) or a collection notice (OVERDUE). */
export function renderInstallmentDue(event: EventEnvelope<'InstallmentDue'>): RenderedMessage {
  return event.payload.kind === 'OVERDUE' ? renderInstallmentOverdue(event) : renderInstallmentUpcoming(event);
}
