import type { FieldCipher } from '@consignado/core';
import type { EventOutcome } from '../domain/consumed-event';
import type { ProposalState } from '../domain/proposal-state';
import type { TimelineEntry } from '../domain/timeline';
import { TimelineEntryRow } from './timeline-entry.orm-entity';

/**
 * The summary is free pt-BR text built from the event (a refusal quotes the margin or the capacity
 * drawn from the customer's income), so it is sealed (R-SEC-3); the rest of the entry is ids,
 * states and times.
 */
export const TIMELINE_SEALED = { summary: 'proposal_timeline.summary' } as const;

export function toTimelineRow(entry: TimelineEntry, cipher: FieldCipher): Omit<TimelineEntryRow, 'seq'> {
  return { ...entry, occurredAt: new Date(entry.occurredAt), summary: cipher.seal(entry.summary, TIMELINE_SEALED.summary) };
}

export function toTimelineEntry(row: TimelineEntryRow, cipher: FieldCipher): TimelineEntry {
  return {
    proposalId: row.proposalId,
    eventId: row.eventId,
    eventType: row.eventType,
    direction: row.direction as TimelineEntry['direction'],
    outcome: row.outcome as EventOutcome,
    occurredAt: row.occurredAt.toISOString(),
    correlationId: row.correlationId,
    causationId: row.causationId,
    stateAfter: row.stateAfter as ProposalState,
    summary: cipher.open(row.summary, TIMELINE_SEALED.summary),
  };
}
