import { type AccessRule, mayActFor, type Principal } from '@consignado/auth';
import { PersonalDataNotFoundError } from './domain/data-subject.errors';

/** The data subject's routes (R-SEC-3): a privacy officer, or the DIGITAL customer for themself. */
export const DATA_SUBJECT_RULE: AccessRule = { scopes: ['privacy'], roles: ['PRIVACY_OFFICER'], dataSubject: true };

/** Another customer's data answers as a missing customer's does. */
export function assertMayActFor(caller: Principal, customerId: string): void {
  if (!mayActFor(caller, customerId)) throw new PersonalDataNotFoundError();
}

/** Who is asking, as erasure requests record it. */
export function requesterOf(caller: Principal): { origin: 'DATA_SUBJECT' | 'PRIVACY_OFFICER'; requestedBy: string; channel: 'DIGITAL' | 'INTERNAL' } {
  if (caller.channel === 'DIGITAL') return { origin: 'DATA_SUBJECT', requestedBy: caller.customerId, channel: 'DIGITAL' };
  return { origin: 'PRIVACY_OFFICER', requestedBy: caller.channel === 'INTERNAL' ? caller.operatorId : caller.clientId, channel: 'INTERNAL' };
}
