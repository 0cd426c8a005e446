import type { FieldCipher } from '@consignado/core';
import { Analysis } from '../domain/analysis';
import { isAnalysisState } from '../domain/analysis-state';
import { ANALYSIS_SEALED, opened, openReasons, sealed, storedReasons } from './analysis-sealed-columns';
import { AnalysisRow } from './analysis.orm-entity';

export { ANALYSIS_SEALED, openReasons, storedReasons };

/** Row ↔ aggregate, personal data sealed on the way in and opened on the way out. A row with an unknown state is corrupt: fail loudly. */
export function toRow(cipher: FieldCipher, analysis: Analysis): AnalysisRow {
  const s = analysis.snapshot();
  return Object.assign(new AnalysisRow(), {
    proposalId: s.proposalId,
    customerId: s.customerId,
    state: s.state,
    product: s.application?.product ?? null,
    application: sealed(cipher, s.application, ANALYSIS_SEALED.application),
    correlationId: s.correlationId ?? null,
    applicantProfile: sealed(cipher, s.applicantProfile, ANALYSIS_SEALED.applicantProfile),
    reasons: storedReasons(cipher, s.reasons),
    parameterVersion: s.parameterVersion ?? null,
    parameterVersions: s.parameterVersions,
    terms: s.terms ?? null,
    margin: sealed(cipher, s.margin, ANALYSIS_SEALED.margin),
    portability: s.portability ?? null,
    refinancing: s.refinancing ?? null,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    decidedAt: s.decidedAt ?? null,
  });
}

export function toDomain(cipher: FieldCipher, row: AnalysisRow): Analysis {
  if (!isAnalysisState(row.state)) throw new Error(`analysis ${row.proposalId} has an unknown state ${row.state}`);
  return Analysis.restore({
    proposalId: row.proposalId,
    customerId: row.customerId,
    state: row.state,
    application: opened(cipher, row.application, ANALYSIS_SEALED.application),
    correlationId: row.correlationId ?? undefined,
    applicantProfile: opened(cipher, row.applicantProfile, ANALYSIS_SEALED.applicantProfile),
    reasons: openReasons(cipher, row.reasons),
    parameterVersion: row.parameterVersion ?? undefined,
    parameterVersions: row.parameterVersions,
    terms: row.terms ?? undefined,
    margin: opened(cipher, row.margin, ANALYSIS_SEALED.margin),
    portability: row.portability ?? undefined,
    refinancing: row.refinancing ?? undefined,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    decidedAt: row.decidedAt ?? undefined,
  });
}
