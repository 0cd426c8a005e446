import type { FieldCipher } from '@consignado/core';
import { IsoDate, Money } from '@consignado/finance';
import { openOrUndefined, sealOrNull } from '@consignado/service-kit';
import { Contract } from '../domain/contract';
import type { ContractStatus } from '../domain/contract-status';
import { ContractTerms } from '../domain/contract-terms';
import type { Channel, ContractCancellationReason, OperationType, Product } from '../domain/contract-vocabulary';
import { Installment, type InstallmentStatus } from '../domain/installment';
import type { ContractRow } from './contract.orm-entity';
import type { InstallmentRow } from './installment.orm-entity';
import { type ExportedBlock, exportedBlocks, toBlocks, toBlocksColumn } from './block.mapper';
import { toPlan, toPlanColumns, toSettlement, toSettlementColumns } from './life-cycle.mapper';
import { toPolicy, toPolicyColumn } from './policy.mapper';
import { toFormalization, toFormalizationColumns } from './formalization.mapper';

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

/** Personal columns (LGPD, R-SEC-3) and their sealing field: the column is the associated data. */
export const CONTRACT_SEALED = { benefitNumber: 'contract.benefit_number', pendingAverbationCpf: 'contract.pending_averbation_cpf' } as const;

/** A stored row with its personal columns opened (the data subject's export); blocks without staff notes (block.mapper.ts). */
export function openContractColumns(cipher: FieldCipher, row: ContractRow): Omit<ContractRow, 'blocks'> & { blocks: ExportedBlock[] | null } {
  const open = (column: keyof typeof CONTRACT_SEALED) => openOrUndefined(cipher, row[column], CONTRACT_SEALED[column]) ?? null;
  return { ...row, benefitNumber: open('benefitNumber'), pendingAverbationCpf: open('pendingAverbationCpf'), blocks: row.blocks === null ? null : exportedBlocks(toBlocks(cipher, row.blocks)) };
}

/** Row ↔ aggregate, personal columns sealed on the way in and opened on the way out. Amounts travel as the numeric columns' strings, parsed into Money. */
export function toContractRow(cipher: FieldCipher, contract: Contract): ContractRow {
  const c = contract.snapshot;
  const t = c.terms.toInput();
  return {
    id: c.id,
    proposalId: c.proposalId,
    customerId: c.customerId,
    product: c.product,
    operationType: c.operationType,
    channel: c.channel,
    benefitNumber: sealOrNull(cipher, c.benefitNumber, CONTRACT_SEALED.benefitNumber),
    refinancedContractId: orNull(c.refinancedContractId),
    parameterVersion: c.parameterVersion,
    ...t,
    status: c.status,
    averbationProtocol: orNull(c.averbation.protocol),
    averbationId: orNull(c.averbation.averbationId),
    averbationRegisteredAt: c.averbation.registeredAt ? new Date(c.averbation.registeredAt) : null,
    averbationFailures: c.averbation.failures,
    bookedAt: c.bookedAt,
    activatedAt: orNull(c.activatedAt),
    cancelledAt: orNull(c.cancelledAt),
    cancellationReason: orNull(c.cancellationReason),
    settledAt: orNull(c.settledAt),
    cancellationMessage: orNull(c.cancellationMessage),
    ...toPlanColumns(c.plan),
    revision: c.revision,
    refinancing: orNull(c.refinancing),
    portability: orNull(c.portability),
    renegotiation: orNull(c.renegotiation),
    pendingAverbationCpf: sealOrNull(cipher, c.pendingAverbationCpf, CONTRACT_SEALED.pendingAverbationCpf),
    replacedByContractId: orNull(c.replacedByContractId),
    ...toSettlementColumns(c.settlement),
    blocks: toBlocksColumn(cipher, c.blocks),
    insurancePolicy: toPolicyColumn(c.policy),
    ...toFormalizationColumns(c.formalization),
    partnerId: orNull(c.partnerId),
  };
}

export function toInstallmentRows(contract: Contract): InstallmentRow[] {
  return contract.snapshot.installments.map((installment) => {
    const i = installment.snapshot;
    return {
      contractId: contract.id,
      number: i.number,
      dueDate: i.dueDate.toString(),
      amount: i.amount.toString(),
      interest: i.interest.toString(),
      amortization: i.amortization.toString(),
      balance: i.balance.toString(),
      status: i.status,
      paymentId: orNull(i.payment?.paymentId),
      paidDate: orNull(i.payment?.paidDate.toString()),
      paidAmount: orNull(i.payment?.amount.toString()),
      fine: orNull(i.payment?.fine.toString()),
      mora: orNull(i.payment?.mora.toString()),
    };
  });
}

export function toContract(cipher: FieldCipher, row: ContractRow, installments: InstallmentRow[]): Contract {
  const terms = ContractTerms.parse(row);
  if (!terms.ok) throw terms.error; // stored terms were valid when booked: a failure here is corruption
  return Contract.restore({
    id: row.id,
    proposalId: row.proposalId,
    customerId: row.customerId,
    product: row.product as Product,
    operationType: row.operationType as OperationType,
    channel: row.channel as Channel,
    benefitNumber: openOrUndefined(cipher, row.benefitNumber, CONTRACT_SEALED.benefitNumber),
    refinancedContractId: orUndefined(row.refinancedContractId),
    parameterVersion: row.parameterVersion,
    terms: terms.value,
    status: row.status as ContractStatus,
    installments: [...installments].sort((a, b) => a.number - b.number).map(toInstallment),
    averbation: {
      protocol: orUndefined(row.averbationProtocol),
      averbationId: orUndefined(row.averbationId),
      registeredAt: row.averbationRegisteredAt?.toISOString(),
      failures: row.averbationFailures,
    },
    bookedAt: row.bookedAt,
    activatedAt: orUndefined(row.activatedAt),
    cancelledAt: orUndefined(row.cancelledAt),
    cancellationReason: orUndefined(row.cancellationReason) as ContractCancellationReason | undefined,
    settledAt: orUndefined(row.settledAt),
    cancellationMessage: orUndefined(row.cancellationMessage),
    plan: toPlan(row),
    revision: row.revision,
    refinancing: orUndefined(row.refinancing),
    portability: orUndefined(row.portability),
    renegotiation: orUndefined(row.renegotiation),
    pendingAverbationCpf: openOrUndefined(cipher, row.pendingAverbationCpf, CONTRACT_SEALED.pendingAverbationCpf),
    replacedByContractId: orUndefined(row.replacedByContractId),
    settlement: toSettlement(row),
    blocks: toBlocks(cipher, row.blocks),
    policy: toPolicy(row.insurancePolicy),
    formalization: toFormalization(row),
    partnerId: orUndefined(row.partnerId),
  });
}

function toInstallment(row: InstallmentRow): Installment {
  const paid = row.paymentId !== null && row.paidDate !== null;
  return new Installment({
    number: row.number,
    dueDate: IsoDate.of(row.dueDate),
    amount: Money.of(row.amount),
    interest: Money.of(row.interest),
    amortization: Money.of(row.amortization),
    balance: Money.of(row.balance),
    status: row.status as InstallmentStatus,
    payment: paid
      ? {
          paymentId: row.paymentId as string,
          paidDate: IsoDate.of(row.paidDate as string),
          amount: Money.of(row.paidAmount ?? '0.00'),
          fine: Money.of(row.fine ?? '0.00'),
          mora: Money.of(row.mora ?? '0.00'),
        }
      : undefined,
  });
}
