import type { Principal } from '@consignado/auth';
import { assertMayActFor, PersonalDataSection } from '@consignado/service-kit';
import type { CustomerRecords } from '../../database/customer-records';
import type { ErasureDecisions } from '../../database/erasure-decision.repository';

/**
 * What loan holds on a customer (LGPD art. 18 II): contracts (benefit number and any CPF kept for
 * Dataprev opened; the CCB's hash and the acceptance), the CCBs issued (hash, issue time), installments, payments, portability-out and cancellation requests, the
 * erasure decisions, and the erasures applied. A customer (DIGITAL) asking for someone else gets
 * 404 PERSONAL_DATA.NOT_FOUND; a customer loan never saw, empty records.
 */
export async function personalDataOf(records: CustomerRecords, decisions: Pick<ErasureDecisions, 'ofCustomer'>, customerId: string, caller: Principal, now = new Date()): Promise<PersonalDataSection> {
  assertMayActFor(caller, customerId);
  const held = await records.of(customerId);
  return PersonalDataSection.of('loan', customerId, { ...held.records, erasureDecisions: await decisions.ofCustomer(customerId) }, held.erasures, now);
}
