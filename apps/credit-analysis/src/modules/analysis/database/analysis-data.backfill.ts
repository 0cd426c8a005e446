import type { FieldCipher } from '@consignado/core';
import { type BackfillJob, sealJson } from '@consignado/service-kit';
import { ANALYSIS_SEALED } from './analysis.mapper';

const COLUMNS = ['application', 'margin', 'reasons'] as const;

/** The jsonb text to write: a document still stored as JSON sealed whole into a JSON string; null, `[]` and sealed ones as they are. */
const sealedText = (cipher: FieldCipher, value: unknown, field: string): string | null => {
  if (value === null) return null;
  if (typeof value === 'string' || (Array.isArray(value) && value.length === 0)) return JSON.stringify(value);
  return JSON.stringify(sealJson(cipher, value, field));
};

/** Analyses written before personal data was sealed (R-SEC-3): the application, the margin and the reasons, in one UPDATE. */
export function analysisDataBackfill(cipher: FieldCipher): BackfillJob {
  return {
    table: 'analysis',
    key: 'proposal_id',
    columns: COLUMNS,
    clear: `jsonb_typeof(application) = 'object' OR jsonb_typeof(margin) = 'object' OR (jsonb_typeof(reasons) = 'array' AND jsonb_array_length(reasons) > 0)`,
    types: { application: 'jsonb', margin: 'jsonb', reasons: 'jsonb' },
    seal: (row) => Object.fromEntries(COLUMNS.map((c) => [c, sealedText(cipher, row[c], ANALYSIS_SEALED[c])])),
  };
}
