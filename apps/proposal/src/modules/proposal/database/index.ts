import { CreateProposal1795500000001 } from './migrations/1795500000001-create-proposal';
import { CreateParkedEvent1795500000002 } from './migrations/1795500000002-create-parked-event';
import { SetAsideProposalIdempotencyKey1795500000003 } from './migrations/1795500000003-set-aside-proposal-idempotency-key';
import { MoveProposalIdempotencyKeys1795700000001 } from './migrations/1795700000001-move-proposal-idempotency-keys';
import { RefinancingPortabilityProposal1795800000001 } from './migrations/1795800000001-refinancing-portability-proposal';
import { RequireSealedProposalData1796600000003 } from './migrations/1796600000003-require-sealed-proposal-data';
import { CommissionClawback1797800000000 } from './migrations/1797800000000-commission-clawback';
import { ContractAcceptance1798100000000 } from './migrations/1798100000000-contract-acceptance';
import { CreateCreditOffer1798400000000 } from './migrations/1798400000000-create-credit-offer';
import { CreditOfferRow } from './credit-offer.orm-entity';
import { ParkedEventRow } from './parked-event.orm-entity';
import { ProposalDocumentContentRow, ProposalDocumentRow } from './proposal-document.orm-entity';
import { ProposalRow } from './proposal.orm-entity';
import { TimelineEntryRow } from './timeline-entry.orm-entity';

export { proposalDataBackfills } from './proposal-data.backfill';

export const PROPOSAL_ENTITIES = [ProposalRow, TimelineEntryRow, ProposalDocumentRow, ProposalDocumentContentRow, ParkedEventRow, CreditOfferRow];
/** MoveProposalIdempotencyKeys runs after service-kit's CreateIdempotencyKey1795700000000 (TypeORM orders by timestamp). */
export const PROPOSAL_MIGRATIONS = [
  CreateProposal1795500000001,
  CreateParkedEvent1795500000002,
  SetAsideProposalIdempotencyKey1795500000003,
  MoveProposalIdempotencyKeys1795700000001,
  RefinancingPortabilityProposal1795800000001,
  RequireSealedProposalData1796600000003,
  CommissionClawback1797800000000,
  ContractAcceptance1798100000000,
  CreateCreditOffer1798400000000,
];
/** Migrations that need the proposal's personal data sealed first: they run after the start-up backfill. */
export const PROPOSAL_SEALED_ONLY_MIGRATIONS = [RequireSealedProposalData1796600000003];
