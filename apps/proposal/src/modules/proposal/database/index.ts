import { CreateProposal1795500000001 } from './migrations/1795500000001-create-proposal';
import { IdempotencyKeyRow } from './idempotency-key.orm-entity';
import { ProposalDocumentContentRow, ProposalDocumentRow } from './proposal-document.orm-entity';
import { ProposalRow } from './proposal.orm-entity';
import { TimelineEntryRow } from './timeline-entry.orm-entity';

export const PROPOSAL_ENTITIES = [ProposalRow, TimelineEntryRow, ProposalDocumentRow, ProposalDocumentContentRow, IdempotencyKeyRow];
export const PROPOSAL_MIGRATIONS = [CreateProposal1795500000001];
