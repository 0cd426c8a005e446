import type { PortabilityOrigin } from '@consignado/contracts';
import { type IsoDate, Money, MonthlyRate } from '@consignado/finance';
import { loanDates, optionalInputDate } from '../../../../shared/dates';
import { fieldError, valueOr400 } from '../../../../shared/field-errors';
import type { ProposalRequest } from '../../domain/proposal-props';
import type { CreateProposalRequestDto, PortabilityDto } from './create-proposal.request.dto';

const AREA = 'PROPOSAL';

export interface CreateProposalCommand {
  readonly customerId: string;
  /** The request before pricing: `monthlyRate` is the quoted one, if any. */
  readonly request: ProposalRequest;
  /** The credit offer the proposal is made from (POST offers/{offerId}/proposals). */
  readonly offerId?: string;
}

/**
 * DTO → command: amounts as Money, dates resolved (today by default, never in the past), ids
 * lower-case. Whether the operation wants an amount, and how much, is the Proposal's rule.
 */
export function toCreateProposalCommand(dto: CreateProposalRequestDto, today: IsoDate): CreateProposalCommand {
  const contractDate = optionalInputDate(dto.contractDate, 'contractDate', AREA);
  if (contractDate?.isBefore(today)) throw fieldError('PROPOSAL.INVALID_CONTRACT_DATE', 'contractDate', 'A data do contrato não pode ser anterior a hoje.');
  const dates = loanDates(today, AREA, contractDate, optionalInputDate(dto.firstDueDate, 'firstDueDate', AREA));
  return {
    customerId: dto.customerId.toLowerCase(),
    request: {
      product: dto.product,
      operationType: dto.operationType,
      requestedAmount: dto.requestedAmount === undefined ? undefined : valueOr400(Money.parse(dto.requestedAmount, 'requestedAmount'), AREA, 'requestedAmount'),
      termMonths: dto.termMonths,
      monthlyRate: dto.monthlyRate === undefined ? undefined : valueOr400(MonthlyRate.parse(dto.monthlyRate), AREA, 'monthlyRate'),
      withInsurance: dto.withInsurance,
      contractDate: dates.contractDate,
      firstDueDate: dates.firstDueDate,
      benefitPaidByOwnBank: dto.benefitPaidByOwnBank,
      refinancedContractId: dto.refinancedContractId?.toLowerCase(),
      portability: dto.portability && portabilityOf(dto.portability),
    },
  };
}

function portabilityOf(dto: PortabilityDto): PortabilityOrigin {
  return { originInstitutionIspb: dto.originInstitutionIspb, originContractNumber: dto.originContractNumber };
}
