import type { EventEnvelope } from '@consignado/contracts';
import { brasiliaDay, brl, dateBr } from './format';
import type { RenderedMessage } from './templates';

/*
 * pt-BR texts for the release of funds (R-LN-10, R-NT-1): the loan's released amount or a refund
 * credited, or a transfer that failed for good. They never name the account (key or number): the
 * payload carries none, and a failure's rail message is not quoted.
 */

type Released = EventEnvelope<'FundsReleased'>['payload'];
type Failed = EventEnvelope<'FundsReleaseFailed'>['payload'];

/** The loan's money credited, or a refund; the end-to-end id is the customer's receipt reference. */
export function renderFundsReleased(event: EventEnvelope<'FundsReleased'>): RenderedMessage {
  const p = event.payload;
  const day = dateBr(brasiliaDay(p.releasedAt));
  const what: Record<Released['purpose'], { subject: string; body: string }> = {
    LOAN_RELEASE: { subject: 'Valor do empréstimo creditado', body: `O valor de ${brl(p.amount)} do seu contrato foi creditado na sua conta em ${day}.` },
    CREDIT_REFUND: { subject: 'Devolução creditada', body: `A devolução de ${brl(p.amount)} do seu crédito conosco foi creditada na sua conta em ${day}.` },
  };
  const { subject, body } = what[p.purpose];
  return { template: 'FUNDS_RELEASED', subject, body: `${body} Identificador da transferência (comprovante): ${p.endToEndId}.` };
}

const REGISTER = 'Cadastre no aplicativo uma conta de recebimento válida, em seu nome, para que o valor seja enviado novamente.';
const CHECK = 'Confira no aplicativo a sua conta de recebimento (ou cadastre outra, em seu nome) para que o valor seja enviado novamente.';

/** Why, in the customer's words, by the rail's code; any other code (unavailable, timeouts) reads as the rail's failure. */
const REFUSALS: Record<string, string> = {
  'RAIL.HOLDER_MISMATCH': 'a conta de recebimento cadastrada não está em seu nome (o titular deve ser o seu CPF)',
  'RAIL.KEY_NOT_FOUND': 'a chave PIX cadastrada não está registrada em nenhuma instituição',
  'RAIL.ACCOUNT_CLOSED': 'a conta de recebimento cadastrada está encerrada',
  'RAIL.ACCOUNT_BLOCKED': 'a conta de recebimento cadastrada está bloqueada e não pode receber créditos',
};
const UNAVAILABLE = 'o sistema de pagamentos ficou indisponível e a transferência não foi concluída após várias tentativas';

/** A transfer that failed for good: the money waits until the customer registers a valid account in the app. */
export function renderFundsReleaseFailed(event: EventEnvelope<'FundsReleaseFailed'>): RenderedMessage {
  const p = event.payload;
  const what: Record<Failed['purpose'], string> = {
    LOAN_RELEASE: `o valor de ${brl(p.amount)} do seu contrato`,
    CREDIT_REFUND: `a devolução de ${brl(p.amount)} do seu crédito conosco`,
  };
  const subject = p.purpose === 'LOAN_RELEASE' ? 'Não conseguimos creditar o valor do seu contrato' : 'Não conseguimos creditar a sua devolução';
  const refusal = REFUSALS[p.code];
  return { template: 'FUNDS_RELEASE_FAILED', subject, body: `Não foi possível creditar ${what[p.purpose]}: ${refusal ?? UNAVAILABLE}. ${refusal ? REGISTER : CHECK} O valor continua disponível para você.` };
}
