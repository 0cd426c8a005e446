import type { FieldCipher } from '@consignado/core';
import { type BackfillJob, sealJson } from '@consignado/service-kit';
import { PARKED_EVENT_SEALED } from './parked-event.mapper';
import { PROPOSAL_SEALED } from './proposal.mapper';
import { TIMELINE_SEALED } from './timeline.mapper';

/** A JSON document still stored as JSON (an object), sealed whole into a JSON string. */
function sealedJsonJob(cipher: FieldCipher, table: string, key: string, column: string, field: string): BackfillJob {
  return {
    table,
    key,
    columns: [column],
    clear: `jsonb_typeof(${column}) = 'object'`,
    types: { [column]: 'jsonb' },
    seal: (row) => ({ [column]: JSON.stringify(sealJson(cipher, row[column], field)) }),
  };
}

/** The proposal's copies of personal data written before they were sealed: decisions, timeline summaries, parked envelopes. */
export function proposalDataBackfills(cipher: FieldCipher): BackfillJob[] {
  return [
    sealedJsonJob(cipher, 'proposal', 'id', 'decision', PROPOSAL_SEALED.decision),
    {
      table: 'proposal_timeline',
      key: 'seq',
      columns: ['summary'],
      clear: `summary NOT LIKE 'pii:v1:%'`,
      seal: (row) => ({ summary: cipher.seal(String(row.summary), TIMELINE_SEALED.summary) }),
    },
    sealedJsonJob(cipher, 'proposal_parked_event', 'seq', 'envelope', PARKED_EVENT_SEALED.envelope),
  ];
}
