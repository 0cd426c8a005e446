import type { EventEnvelope } from '@consignado/contracts';
import { maskPayoutKey } from '@consignado/core';
import { brasiliaDay, dateBr } from './format';
import type { RenderedMessage } from './templates';

type Account = EventEnvelope<'CustomerPayoutAccountChanged'>['payload']['account'];

function accountText(account: Account): string {
  if (account.kind === 'PIX_KEY') return `a chave PIX ${maskPayoutKey(account.pixKey)}`;
  return `a conta ${maskPayoutKey(account.number)}, agência ${account.branch}, da instituição de ISPB ${account.ispb}`;
}

/**
 * The account released amounts and refunds go to was registered or confirmed (R-LN-10): the
 * customer is told at once, with the account masked, so a change they did not make is noticed
 * before any money goes there (a bank's usual anti-fraud notice).
 */
export function renderPayoutAccountChanged(event: EventEnvelope<'CustomerPayoutAccountChanged'>): RenderedMessage {
  const p = event.payload;
  const body =
    `Em ${dateBr(brasiliaDay(p.changedAt))}, ${accountText(p.account)} foi cadastrada para receber os valores dos seus contratos e as devoluções. ` +
    'Se não foi você, fale conosco imediatamente pelos canais oficiais: nenhum valor é enviado a uma conta que não esteja em seu nome.';
  return { template: 'PAYOUT_ACCOUNT_CHANGED', subject: 'Conta para recebimento cadastrada', body };
}
