import type { PayloadOf } from '@consignado/contracts';
import type { ContractProps } from './contract-props';

type Raised = 'AverbationRequested' | 'ContractActivated' | 'ContractCancelled' | 'ContractSettled';

/** An event the Contract raised, with its payload as the catalogue defines it (libs/contracts). */
export type ContractEvent = { [K in Raised]: { type: K; payload: PayloadOf<K> } }[Raised];

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** Asks the connector to register the deduction at Dataprev; CPF and benefit are what Dataprev needs. */
export function averbationRequested(c: ContractProps, person: { cpf: string; benefitNumber: string }): ContractEvent {
  const t = c.terms.toInput();
  return {
    type: 'AverbationRequested',
    payload: {
      contractId: c.id,
      proposalId: c.proposalId,
      customerId: c.customerId,
      cpf: person.cpf,
      benefitNumber: person.benefitNumber,
      product: c.product,
      operationType: c.operationType,
      financedAmount: t.financedAmount,
      monthlyRate: t.monthlyRate,
      installmentAmount: t.installmentAmount,
      termMonths: t.termMonths,
      contractDate: t.contractDate,
      firstDueDate: t.firstDueDate,
      ...optional('refinancedContractId', c.refinancedContractId),
    },
  };
}

/** The contract is in force: its terms and full schedule, for payment, notification and proposal. */
export function contractActivated(c: ContractProps, activatedAt: Date): ContractEvent {
  return {
    type: 'ContractActivated',
    payload: {
      contractId: c.id,
      proposalId: c.proposalId,
      customerId: c.customerId,
      product: c.product,
      operationType: c.operationType,
      channel: c.channel,
      ...c.terms.toInput(),
      ...optional('averbationProtocol', c.averbation.protocol),
      ...optional('refinancedContractId', c.refinancedContractId),
      activatedAt: activatedAt.toISOString(),
      schedule: c.installments.map((i) => ({ number: i.number, dueDate: i.snapshot.dueDate.toString(), amount: i.snapshot.amount.toString() })),
    },
  };
}

/** The contract was undone; on regret the customer returns the released amount (IOF not charged). */
export function contractCancelled(c: ContractProps, reason: PayloadOf<'ContractCancelled'>['reason'], cancelledAt: Date): ContractEvent {
  return {
    type: 'ContractCancelled',
    payload: {
      contractId: c.id,
      proposalId: c.proposalId,
      customerId: c.customerId,
      reason,
      averbationRegistered: c.averbation.protocol !== undefined,
      ...optional('amountToReturn', reason === 'RIGHT_OF_REGRET' ? c.terms.releasedAmount.toString() : undefined),
      cancelledAt: cancelledAt.toISOString(),
    },
  };
}

/** Nothing more is owed: every installment was paid (R-PA-2). */
export function contractSettled(c: ContractProps, settledAt: Date, lastPaymentDate: string): ContractEvent {
  return {
    type: 'ContractSettled',
    payload: { contractId: c.id, customerId: c.customerId, reason: 'PAID_OFF', lastPaymentDate, settledAt: settledAt.toISOString() },
  };
}
