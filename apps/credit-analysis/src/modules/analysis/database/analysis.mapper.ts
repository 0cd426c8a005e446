import { Analysis } from '../domain/analysis';
import { isAnalysisState } from '../domain/analysis-state';
import { AnalysisRow } from './analysis.orm-entity';

/** Row ↔ aggregate. A row with an unknown state is corrupt: fail loudly rather than guess. */
export function toRow(analysis: Analysis): AnalysisRow {
  const s = analysis.snapshot();
  return Object.assign(new AnalysisRow(), {
    proposalId: s.proposalId,
    customerId: s.customerId,
    state: s.state,
    product: s.application?.product ?? null,
    application: s.application ?? null,
    correlationId: s.correlationId ?? null,
    reasons: s.reasons,
    parameterVersion: s.parameterVersion ?? null,
    parameterVersions: s.parameterVersions,
    terms: s.terms ?? null,
    margin: s.margin ?? null,
    portability: s.portability ?? null,
    refinancing: s.refinancing ?? null,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    decidedAt: s.decidedAt ?? null,
  });
}

export function toDomain(row: AnalysisRow): Analysis {
  if (!isAnalysisState(row.state)) throw new Error(`analysis ${row.proposalId} has an unknown state ${row.state}`);
  return Analysis.restore({
    proposalId: row.proposalId,
    customerId: row.customerId,
    state: row.state,
    application: row.application ?? undefined,
    correlationId: row.correlationId ?? undefined,
    reasons: row.reasons,
    parameterVersion: row.parameterVersion ?? undefined,
    parameterVersions: row.parameterVersions,
    terms: row.terms ?? undefined,
    margin: row.margin ?? undefined,
    portability: row.portability ?? undefined,
    refinancing: row.refinancing ?? undefined,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    decidedAt: row.decidedAt ?? undefined,
  });
}
