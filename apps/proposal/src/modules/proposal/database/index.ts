import { CreateProposal1795500000001 } from './migrations/1795500000001-create-proposal';
import { CreateParkedEvent1795500000002 } from './migrations/1795500000002-create-parked-event';
import { IdempotencyKeyRow } from './idempotency-key.orm-entity';
import { ParkedEventRow } from './parked-event.orm-entity';
import { ProposalDocumentContentRow, ProposalDocumentRow } from './proposal-document.orm-entity';
import { ProposalRow } from './proposal.orm-entity';
import { TimelineEntryRow } from './timeline-entry.orm-entity';

export const PROPOSAL_ENTITIES = [ProposalRow, TimelineEntryRow, ProposalDocumentRow, ProposalDocumentContentRow, IdempotencyKeyRow, ParkedEventRow];
export const PROPOSAL_MIGRATIONS = [CreateProposal1795500000001, CreateParkedEvent1795500000002];
