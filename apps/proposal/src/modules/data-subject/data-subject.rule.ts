import type { Principal } from '@consignado/auth';

/** Who is asking, as erasure requests record it. */
export function requesterOf(caller: Principal): { origin: 'DATA_SUBJECT' | 'PRIVACY_OFFICER'; requestedBy: string; channel: 'DIGITAL' | 'INTERNAL' } {
  if (caller.channel === 'DIGITAL') return { origin: 'DATA_SUBJECT', requestedBy: caller.customerId, channel: 'DIGITAL' };
  return { origin: 'PRIVACY_OFFICER', requestedBy: caller.channel === 'INTERNAL' ? caller.operatorId : caller.clientId, channel: 'INTERNAL' };
}
