import type { ContractProps } from '../contract-props';
import type { ContractEvent } from '../contract-events';
import { optional } from './optional';

/**
 * Asks the connector to register the deduction at Dataprev; CPF and benefit are what Dataprev
 * needs. REFINANCING names the contract whose deduction it replaces; PORTABILITY the origin's.
 */
export function averbationRequested(c: ContractProps, person: { cpf: string; benefitNumber: string }): ContractEvent {
  const operationType = proposed(c);
  const t = c.terms.toInput();
  const origin = c.portability && { originInstitutionIspb: c.portability.originInstitutionIspb, originContractNumber: c.portability.originContractNumber };
  return {
    type: 'AverbationRequested',
    payload: {
      contractId: c.id, proposalId: c.proposalId, customerId: c.customerId, cpf: person.cpf, benefitNumber: person.benefitNumber,
      product: c.product, operationType, financedAmount: t.financedAmount, monthlyRate: t.monthlyRate,
      installmentAmount: t.installmentAmount, termMonths: t.termMonths, contractDate: t.contractDate, firstDueDate: t.firstDueDate,
      ...optional('refinancedContractId', c.refinancedContractId),
      ...optional('portability', origin),
    },
  };
}

/** The contract is in force: its terms and full schedule; a refinancing's terms so payment pays the old contract off. */
export function contractActivated(c: ContractProps, activatedAt: Date): ContractEvent {
  return {
    type: 'ContractActivated',
    payload: {
      contractId: c.id, proposalId: c.proposalId, customerId: c.customerId, product: c.product, operationType: c.operationType, channel: c.channel,
      ...c.terms.toInput(),
      ...optional('averbationProtocol', c.averbation.protocol),
      ...optional('refinancedContractId', c.refinancedContractId),
      ...optional('refinancing', c.refinancing),
      ...optional('renegotiation', c.renegotiation),
      activatedAt: activatedAt.toISOString(),
      schedule: c.installments.map((i) => ({ number: i.number, dueDate: i.snapshot.dueDate.toString(), amount: i.snapshot.amount.toString() })),
    },
  };
}

/** A portability in was booked: the connector transfers the origin's stated balance through the exchange (R-LN-11). */
export function portabilityTransferRequested(c: ContractProps, requestedAt: Date): ContractEvent {
  if (!c.portability) throw new Error(`contract ${c.id} is not a portability`);
  const { portabilityNumber, originInstitutionIspb, balance } = c.portability;
  return {
    type: 'PortabilityTransferRequested',
    payload: { contractId: c.id, proposalId: c.proposalId, customerId: c.customerId, portabilityNumber, originInstitutionIspb, amount: balance, requestedAt: requestedAt.toISOString() },
  };
}

/** A RENEGOTIATION contract opens ACTIVE on the old deduction (R-LN-8): it never asks for an averbação nor a CCB. */
export function proposed(c: ContractProps): Exclude<ContractProps['operationType'], 'RENEGOTIATION'> {
  if (c.operationType === 'RENEGOTIATION') throw new Error(`contract ${c.id}: a renegotiation is not originated`);
  return c.operationType;
}
