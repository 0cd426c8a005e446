import type { EventEnvelope } from '@consignado/contracts';
import { brasiliaDay, dateBr } from './format';
import type { RenderedMessage } from './templates';

/*
 * pt-BR texts for a contract's block and unblock (seed 003 §4.9, R-LN-8). The staff note and the
 * operator stay out of them: only the reason, worded for the customer, and the day.
 */

type BlockReason = EventEnvelope<'ContractBlocked'>['payload']['reason'];

const SUSPENDED = 'pagamentos, quitação, amortização, refinanciamento e portabilidade deste contrato';

/** Why, in the customer's words; DEATH has none: no notice is sent for it (see renderContractBlocked). */
const BLOCK_REASONS: Record<Exclude<BlockReason, 'DEATH'>, string> = {
  JUDICIAL_ORDER: 'por ordem judicial',
  FRAUD_SUSPECTED: 'por suspeita de fraude, de forma preventiva',
};

/**
 * The block notice, or none for DEATH: the beneficiary died, and a notice "your contract is blocked"
 * would reach the family through the deceased's phone and e-mail, before the bank (and the
 * insurer, with credit-life insurance) has spoken to them. The event is still consumed (no notice
 * is not an error).
 */
export function renderContractBlocked(event: EventEnvelope<'ContractBlocked'>): RenderedMessage | undefined {
  const p = event.payload;
  if (p.reason === 'DEATH') return undefined;
  return {
    template: 'CONTRACT_BLOCKED',
    subject: 'Contrato bloqueado',
    body:
      `Seu contrato foi bloqueado em ${dateBr(brasiliaDay(p.blockedAt))} ${BLOCK_REASONS[p.reason]}. ` +
      `Enquanto o bloqueio durar, ficam suspensos ${SUSPENDED}. ` +
      'Em caso de dúvida, fale conosco pelos canais de atendimento do banco.',
  };
}

/**
 * Sent whatever the reason, DEATH included: an unblock means billing resumes on the contract, which
 * for a DEATH block only makes sense when the death was recorded in error (a confirmed death goes
 * on to the insurance claim and the contract's end, not to an unblock). The customer is then alive
 * and must learn that payments are due again. Worded to read right for a customer who never got
 * the block notice (none is sent for DEATH).
 */
export function renderContractUnblocked(event: EventEnvelope<'ContractUnblocked'>): RenderedMessage {
  return {
    template: 'CONTRACT_UNBLOCKED',
    subject: 'Contrato desbloqueado',
    body:
      `O bloqueio do seu contrato foi retirado em ${dateBr(brasiliaDay(event.payload.unblockedAt))}, após análise, e ele está regularizado. ` +
      `Voltam a estar disponíveis ${SUSPENDED}.`,
  };
}
