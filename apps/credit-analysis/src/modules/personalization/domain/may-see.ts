import type { ApplicantHistory } from './applicant-history';

/** The caller as personalization needs it: a customer sees only their own, a partner only the customers it brought. */
export type Caller = { readonly channel: 'DIGITAL'; readonly customerId: string } | { readonly channel: 'CORBAN'; readonly partnerId: string } | { readonly channel: 'INTERNAL' };

export function maySee(caller: Caller, customerId: string, history: Pick<ApplicantHistory, 'partnerIds'>): boolean {
  if (caller.channel === 'DIGITAL') return caller.customerId === customerId;
  if (caller.channel === 'CORBAN') return history.partnerIds.includes(caller.partnerId);
  return true;
}
