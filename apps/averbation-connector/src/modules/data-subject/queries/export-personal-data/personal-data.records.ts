import type { EventEnvelope, PayoutAccount } from '@consignado/contracts';
import type { FieldCipher } from '@consignado/core';
import { openJson, openOrUndefined } from '@consignado/service-kit';
import { openRequest } from '../../../../privacy/sealed-request';

type Row = Record<string, unknown>;

const iso = (value: unknown): string | undefined => (value instanceof Date ? value.toISOString() : undefined);
/** Absent values are left out, so an erased field simply is not there. */
const present = (record: Row): Row => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && v !== null));

/** The CPF a stored request still holds (a pending margin check, an averbation), opened. */
function cpfOf(cipher: FieldCipher, request: unknown, table: string): string | undefined {
  if (!request) return undefined;
  return (openRequest(cipher, request as EventEnvelope, table).payload as { cpf?: string }).cpf;
}

export function marginCheckRecord(cipher: FieldCipher, r: Row): Row {
  const benefitNumber = openOrUndefined(cipher, r.benefit_number as string | null, 'margin_check.benefit_number');
  return present({ id: r.id, proposalId: r.proposal_id, benefitNumber, cpf: cpfOf(cipher, r.request, 'margin_check'), status: r.status, attempts: r.attempts, lastErrorCode: r.last_error_code, requestedAt: iso(r.created_at) });
}

export function averbationRecord(cipher: FieldCipher, r: Row): Row {
  const benefitNumber = openOrUndefined(cipher, r.benefit_number as string | null, 'averbation.benefit_number');
  const dates = { registeredAt: iso(r.registered_at), cancelledAt: iso(r.cancelled_at), requestedAt: iso(r.created_at) };
  return present({ contractId: r.contract_id, proposalId: r.proposal_id, benefitNumber, cpf: cpfOf(cipher, r.request, 'averbation'), installmentAmount: r.installment_amount, status: r.status, protocol: r.protocol, closeReason: r.close_reason, ...dates });
}

export function alterationRecord(cipher: FieldCipher, r: Row): Row {
  const benefitNumber = openOrUndefined(cipher, r.benefit_number as string | null, 'averbation_alteration.benefit_number');
  return present({ contractId: r.contract_id, benefitNumber, installmentAmount: r.installment_amount, remainingInstallments: r.remaining_installments, effectiveDate: r.effective_date, status: r.status, appliedAt: iso(r.applied_at) });
}

export function portabilityRecord(cipher: FieldCipher, r: Row): Row {
  const detail = r.detail as { originIspb?: string; originContractNumber?: string; destinationIspb?: string; answer?: { balance?: string } };
  const cpf = r.direction === 'IN' ? openOrUndefined(cipher, r.cpf as string | null, 'portability_in.cpf') : undefined;
  const parties = { originIspb: detail.originIspb, originContractNumber: detail.originContractNumber, destinationIspb: detail.destinationIspb };
  return present({ direction: r.direction, portabilityNumber: r.portability_number, proposalId: r.proposal_id, contractId: r.contract_id, cpf, status: r.status, ...parties, balance: detail.answer?.balance, requestedAt: iso(r.created_at) });
}

/** A transfer of funds to the customer's account, with the account and holder CPF opened (unless erased). */
export function disbursementRecord(cipher: FieldCipher, r: Row): Row {
  const detail = r.detail as { purpose?: string; amount?: string; endToEndId?: string; releasedAt?: string; failure?: { code?: string } };
  const account = r.account === null ? undefined : openJson<PayoutAccount>(cipher, r.account as string, 'disbursement.account');
  const holderCpf = openOrUndefined(cipher, r.holder_cpf as string | null, 'disbursement.holder_cpf');
  const outcome = { endToEndId: detail.endToEndId, releasedAt: detail.releasedAt, failureCode: detail.failure?.code };
  return present({ disbursementId: r.id, contractId: r.contract_id, purpose: detail.purpose, amount: detail.amount, account, holderCpf, status: r.status, ...outcome, requestedAt: iso(r.created_at) });
}
