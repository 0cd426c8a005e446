import type { PayloadOf } from '@consignado/contracts';
import type { Customer } from '../../customer/domain/customer';
import type { Proposal } from './proposal';

/**
 * ProposalCreated's payload (libs/contracts): the request plus the customer data credit analysis
 * decides on — CPF, birth date, income, expenses, link and benefit; never the name.
 */
export function proposalCreatedPayload(proposal: Proposal, customer: Customer): PayloadOf<'ProposalCreated'> {
  const { request: r, origin } = proposal.props;
  const c = customer.props;
  return {
    proposalId: proposal.id,
    customerId: c.id,
    cpf: c.cpf.toString(),
    product: r.product,
    operationType: r.operationType,
    channel: origin.channel,
    ...(origin.channel === 'CORBAN' ? { partnerId: origin.partnerId } : {}),
    ...(origin.channel === 'INTERNAL' ? { operatorId: origin.operatorId } : {}),
    requestedAmount: r.requestedAmount.toString(),
    termMonths: r.termMonths,
    ...(r.monthlyRate ? { monthlyRate: r.monthlyRate.toString() } : {}),
    withInsurance: r.withInsurance,
    contractDate: r.contractDate.toString(),
    firstDueDate: r.firstDueDate.toString(),
    birthDate: c.birthDate.toString(),
    monthlyIncome: c.monthlyIncome.toString(),
    ...(c.monthlyExpenses ? { monthlyExpenses: c.monthlyExpenses.toString() } : {}),
    linkType: c.linkType,
    ...(c.benefit
      ? { benefit: { number: c.benefit.number.toString(), kind: c.benefit.kind, value: c.benefit.value.toString(), startDate: c.benefit.startDate.toString() } }
      : {}),
    ...(r.benefitPaidByOwnBank !== undefined ? { benefitPaidByOwnBank: r.benefitPaidByOwnBank } : {}),
    ...(r.refinancedContractId ? { refinancedContractId: r.refinancedContractId } : {}),
    ...(r.portability ? { portability: r.portability } : {}),
  };
}
