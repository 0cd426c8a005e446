import { type Principal, userIdOf } from '../../access/domain/principal';
import { type Acceptance, acceptanceOverdue } from './formalization';
import { AcceptanceExpiredError, DocumentMismatchError, NotAwaitingAcceptanceError } from './formalization.errors';
import type { ProposalProps } from './proposal-props';

/**
 * R-LN-9: the acceptance `by` takes of the document `documentHash`, or undefined when that very
 * document was already accepted (a repeat: nothing new). Refused, in this order: a proposal
 * cancelled because the window closed, or whose window closed → PROPOSAL.ACCEPTANCE_EXPIRED;
 * nothing issued, not APPROVED, or accepted by another document → PROPOSAL.NOT_AWAITING_ACCEPTANCE;
 * another document than the CCB issued → PROPOSAL.DOCUMENT_MISMATCH.
 */
export function acceptanceOf(p: ProposalProps, documentHash: string, by: Principal, now: Date): Acceptance | undefined {
  const f = p.formalization;
  if (f?.acceptance) {
    if (f.documentHash === documentHash) return undefined;
    throw new NotAwaitingAcceptanceError(p.state);
  }
  if (f && (p.cancellation?.reason === 'ACCEPTANCE_EXPIRED' || (p.state === 'APPROVED' && acceptanceOverdue(f, now)))) throw new AcceptanceExpiredError(f.acceptBy);
  if (!f || p.state !== 'APPROVED') throw new NotAwaitingAcceptanceError(p.state);
  if (f.documentHash !== documentHash) throw new DocumentMismatchError();
  return { acceptedAt: now.toISOString(), channel: by.channel, acceptedBy: userIdOf(by) };
}
