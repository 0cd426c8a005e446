import type { ProposalOperationType, OriginationChannel, PortabilityOrigin, Product, RefinancingTerms } from '@consignado/contracts';
import type { FieldCipher } from '@consignado/core';
import { IsoDate, Money, MonthlyRate } from '@consignado/finance';
import { openJson, sealJson } from '@consignado/service-kit';
import type { Principal } from '../../access/domain/principal';
import type { DocumentKind } from '../domain/documents';
import type { Formalization } from '../domain/formalization';
import { Proposal } from '../domain/proposal';
import type { PortabilityProgress } from '../domain/portability-progress';
import type { ApprovedTerms, AverbationFailure, Cancellation, ContractCancellation, Decision } from '../domain/proposal-props';
import type { ProposalState } from '../domain/proposal-state';
import { commissionColumns, commissionOf } from './commission.columns';
import { ProposalRow } from './proposal.orm-entity';

/** The associated data of the sealed column. */
export const PROPOSAL_SEALED = { decision: 'proposal.decision' } as const;

/** Domain ↔ row; the decision is sealed here and opened here (R-SEC-3). */
export function toRow(proposal: Proposal, cipher: FieldCipher): ProposalRow {
  const p = proposal.props;
  const r = p.request;
  return Object.assign(new ProposalRow(), {
    id: p.id,
    customerId: p.customerId,
    channel: p.origin.channel,
    partnerId: p.origin.channel === 'CORBAN' ? p.origin.partnerId : null,
    operatorId: p.origin.channel === 'INTERNAL' ? p.origin.operatorId : null,
    product: r.product,
    operationType: r.operationType,
    requestedAmount: (r.requestedAmount ?? Money.ZERO).toString(),
    termMonths: r.termMonths,
    monthlyRate: r.monthlyRate?.toString() ?? null,
    withInsurance: r.withInsurance,
    contractDate: r.contractDate.toString(),
    firstDueDate: r.firstDueDate.toString(),
    benefitPaidByOwnBank: r.benefitPaidByOwnBank ?? null,
    refinancedContractId: r.refinancedContractId ?? null,
    portability: (r.portability) ?? null,
    offerId: p.offerId ?? null,
    state: p.state,
    correlationId: p.correlationId,
    documentKinds: [...p.documentKinds],
    terms: (p.terms) ?? null,
    decision: p.decision ? sealJson(cipher, p.decision, PROPOSAL_SEALED.decision) : null,
    contractId: p.contractId ?? null,
    activatedAt: p.activatedAt ? new Date(p.activatedAt) : null,
    ...commissionColumns(p.commission),
    cancellation: (p.cancellation) ?? null,
    averbationFailure: (p.averbationFailure) ?? null,
    refinancing: p.refinancing ?? null,
    portabilityProgress: p.portabilityProgress ?? null,
    contractCancellation: p.contractCancellation ?? null,
    formalization: p.formalization ?? null,
    acceptanceDueAt: p.formalization && !p.formalization.acceptance ? new Date(p.formalization.acceptBy) : null,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    submittedAt: p.submittedAt ?? null,
  });
}

export function toDomain(row: ProposalRow, cipher: FieldCipher): Proposal {
  return Proposal.restore({
    id: row.id,
    customerId: row.customerId,
    origin: originOf(row),
    request: {
      product: row.product as Product,
      operationType: row.operationType as ProposalOperationType,
      requestedAmount: row.operationType === 'PORTABILITY' ? undefined : Money.of(row.requestedAmount),
      termMonths: row.termMonths,
      monthlyRate: row.monthlyRate === null ? undefined : MonthlyRate.of(row.monthlyRate),
      withInsurance: row.withInsurance,
      contractDate: IsoDate.of(row.contractDate),
      firstDueDate: IsoDate.of(row.firstDueDate),
      benefitPaidByOwnBank: row.benefitPaidByOwnBank ?? undefined,
      refinancedContractId: row.refinancedContractId ?? undefined,
      portability: (row.portability as PortabilityOrigin | null) ?? undefined,
    },
    ...(row.offerId ? { offerId: row.offerId } : {}),
    state: row.state as ProposalState,
    correlationId: row.correlationId,
    documentKinds: row.documentKinds as DocumentKind[],
    terms: (row.terms as ApprovedTerms | null) ?? undefined,
    decision: row.decision === null ? undefined : openJson<Decision>(cipher, row.decision, PROPOSAL_SEALED.decision),
    contractId: row.contractId ?? undefined,
    activatedAt: row.activatedAt?.toISOString(),
    commission: commissionOf(row.operationType, row),
    cancellation: (row.cancellation as Cancellation | null) ?? undefined,
    averbationFailure: (row.averbationFailure as AverbationFailure | null) ?? undefined,
    refinancing: (row.refinancing as RefinancingTerms | null) ?? undefined,
    portabilityProgress: (row.portabilityProgress as PortabilityProgress | null) ?? undefined,
    contractCancellation: (row.contractCancellation as ContractCancellation | null) ?? undefined,
    formalization: (row.formalization as Formalization | null) ?? undefined,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    submittedAt: row.submittedAt ?? undefined,
  });
}

function originOf(row: ProposalRow): Principal {
  const channel = row.channel as OriginationChannel;
  if (channel === 'CORBAN') return { channel, partnerId: row.partnerId ?? '' };
  if (channel === 'INTERNAL') return { channel, operatorId: row.operatorId ?? '' };
  return { channel: 'DIGITAL', customerId: row.customerId };
}
