import type { EventEnvelope } from '@consignado/contracts';
import { Money } from '@consignado/finance';
import { brasiliaDay, brl, countBr, dateBr } from './format';
import type { RenderedMessage } from './templates';

/*
 * pt-BR texts for the contract's life-cycle events (R-NT-1): settlement of every kind (none for the
 * insurer's, after a death, nor for a renegotiation's) and the new plan after an extraordinary amortization. Amounts come
 * from the payload as loan booked them.
 */

type Settled = EventEnvelope<'ContractSettled'>['payload'];

/** What settling early saved against paying the remaining installments as scheduled, when positive. */
function saving(p: Settled): string {
  if (!p.settlementAmount || !p.remainingUndiscounted) return '';
  const saved = Money.of(p.remainingUndiscounted).minus(Money.of(p.settlementAmount));
  if (!saved.isPositive()) return '';
  return ` Você economizou ${brl(saved.toString())} em relação às parcelas restantes (${brl(p.remainingUndiscounted)}), pois os juros futuros não são cobrados.`;
}

/** The unexpired credit-life premium owed back on an early end, as the customer's credit (payment credits it). */
function premiumRefund(p: Settled): string {
  return p.insurancePremiumRefund ? `\nDevolução proporcional do seguro prestamista: ${brl(p.insurancePremiumRefund)}, disponível como crédito.` : '';
}

/**
 * The settlement notice, or none for INSURANCE_CLAIM: the insurer paid the debt because the
 * customer died, and a "contract settled" message would reach the family on the deceased's phone
 * and e-mail (the same policy as a DEATH block: renderContractBlocked). None for RENEGOTIATED
 * either: nothing was paid, the debt moved to the RENEGOTIATION contract, whose activation tells
 * the customer once (renderContractRenegotiated). Consumed all the same.
 */
export function renderContractSettled(event: EventEnvelope<'ContractSettled'>): RenderedMessage | undefined {
  const p = event.payload;
  if (p.reason === 'INSURANCE_CLAIM' || p.reason === 'RENEGOTIATED') return undefined;
  const day = dateBr(p.lastPaymentDate ?? brasiliaDay(p.settledAt));
  const paid = p.settlementAmount ? `, com o pagamento de ${brl(p.settlementAmount)}` : '';
  const how: Record<Exclude<Settled['reason'], 'INSURANCE_CLAIM' | 'RENEGOTIATED'>, string> = {
    PAID_OFF: p.lastPaymentDate
      ? `Todas as parcelas do seu contrato foram pagas, a última em ${day}, e ele está quitado.`
      : `Todas as parcelas do seu contrato foram pagas e ele foi quitado em ${day}.`,
    EARLY_SETTLEMENT: `Seu contrato foi quitado antecipadamente em ${day}${paid}.${saving(p)}`,
    PORTED_OUT: `Seu contrato foi quitado em ${day} pela portabilidade para outra instituição${paid ? `, que pagou ${brl(p.settlementAmount as string)}` : ''}. O desconto em folha deste contrato será cancelado.`,
    REFINANCED: `Seu contrato foi quitado em ${day} e substituído pelo contrato do refinanciamento${paid}.`,
  };
  return { template: 'CONTRACT_SETTLED', subject: 'Contrato quitado', body: `${how[p.reason]} Nada mais é devido neste contrato.${premiumRefund(p)}` };
}

/** The new plan after an extraordinary amortization (R-LN-5): smaller installments, or fewer. */
export function renderContractAmended(event: EventEnvelope<'ContractAmended'>): RenderedMessage {
  const p = event.payload;
  const next = p.schedule[0];
  const last = p.schedule[p.schedule.length - 1];
  const remaining = countBr(p.remainingInstallments, 'parcela', 'parcelas');
  const plan =
    p.mode === 'REDUCE_INSTALLMENT'
      ? `Suas ${remaining} restantes passam de ${brl(p.previousInstallmentAmount)} para ${brl(p.installmentAmount)}, a próxima em ${dateBr(next.dueDate)}.`
      : `O prazo foi reduzido: restam ${remaining} de ${brl(p.installmentAmount)}, a última em ${dateBr(last.dueDate)}.`;
  return {
    template: 'CONTRACT_AMENDED',
    subject: p.mode === 'REDUCE_INSTALLMENT' ? 'Suas parcelas diminuíram' : 'O prazo do seu contrato diminuiu',
    body: `Recebemos ${brl(p.amount)} em ${dateBr(p.effectiveDate)} para amortizar seu contrato; o saldo devedor passou a ${brl(p.balance)}. ${plan}`,
  };
}
