import type { Channel } from '../domain/contract-vocabulary';
import type { Formalization } from '../domain/formalization';
import type { ContractRow } from './contract.orm-entity';

type FormalizationColumns = Pick<ContractRow, 'documentHash' | 'documentIssuedAt' | 'acceptedDocumentHash' | 'acceptedAt' | 'acceptanceChannel' | 'acceptedBy'>;

/** The CCB's hash and issue time and the acceptance as columns (R-LN-9); all null for a contract without a CCB. */
export function toFormalizationColumns(f: Formalization | undefined): FormalizationColumns {
  const a = f?.acceptance;
  return {
    documentHash: f?.documentHash ?? null, documentIssuedAt: f?.issuedAt ?? null,
    acceptedDocumentHash: a?.documentHash ?? null, acceptedAt: a?.acceptedAt ?? null, acceptanceChannel: a?.channel ?? null, acceptedBy: a?.acceptedBy ?? null,
  };
}

export function toFormalization(row: FormalizationColumns): Formalization | undefined {
  if (!row.documentHash || !row.documentIssuedAt) return undefined;
  const { acceptedDocumentHash, acceptedAt, acceptanceChannel, acceptedBy } = row;
  const accepted = acceptedDocumentHash && acceptedAt && acceptanceChannel && acceptedBy;
  return {
    documentHash: row.documentHash,
    issuedAt: row.documentIssuedAt,
    ...(accepted ? { acceptance: { documentHash: acceptedDocumentHash, acceptedAt, channel: acceptanceChannel as Channel, acceptedBy } } : {}),
  };
}
