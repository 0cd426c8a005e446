import type { FieldCipher } from '@consignado/core';
import type { ResultCodec } from '@consignado/service-kit';
import type { Proposal } from '../domain/proposal';
import { toDomain, toRow } from './proposal.mapper';
import { ProposalRow } from './proposal.orm-entity';

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;
const date = (text: unknown): Date | null => (typeof text === 'string' ? new Date(text) : null);

/**
 * A proposal as an idempotent creation's stored result (R-PR-7): its row as JSON (sealed fields
 * sealed, as in the proposal table), timestamps as ISO text, so a retry gets the proposal exactly
 * as it was created. The migration that moved the old keys writes this same shape.
 */
export function proposalResultCodec(cipher: FieldCipher): ResultCodec<Proposal> {
  return {
    encode: (proposal) => {
      const row = toRow(proposal, cipher);
      return { ...row, activatedAt: iso(row.activatedAt), commissionReversedAt: iso(row.commissionReversedAt), acceptanceDueAt: iso(row.acceptanceDueAt), createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt), submittedAt: iso(row.submittedAt) };
    },
    decode: (stored) => {
      const record = stored as Record<keyof ProposalRow, unknown>;
      const stamps = {
        activatedAt: date(record.activatedAt),
        commissionReversedAt: date(record.commissionReversedAt),
        acceptanceDueAt: date(record.acceptanceDueAt),
        createdAt: date(record.createdAt) as Date,
        updatedAt: date(record.updatedAt) as Date,
        submittedAt: date(record.submittedAt),
      };
      return toDomain(Object.assign(new ProposalRow(), record, stamps), cipher);
    },
  };
}
