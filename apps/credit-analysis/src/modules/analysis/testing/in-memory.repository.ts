import type { EntityManager } from 'typeorm';
import { Analysis, type AnalysisProps } from '../domain/analysis';
import type { AnalysisRepository } from '../database/analysis.repository';

/** Test double of the repository port: stores snapshots, so a loaded aggregate is never shared. */
export class InMemoryAnalysisRepository implements AnalysisRepository {
  readonly rows = new Map<string, Readonly<AnalysisProps>>();

  async findForUpdate(_manager: EntityManager, proposalId: string): Promise<Analysis | undefined> {
    return this.findById(proposalId);
  }

  async insert(_manager: EntityManager, analysis: Analysis): Promise<void> {
    if (this.rows.has(analysis.proposalId)) throw new Error(`duplicate key ${analysis.proposalId}`);
    this.rows.set(analysis.proposalId, analysis.snapshot());
  }

  async update(_manager: EntityManager, analysis: Analysis): Promise<void> {
    if (!this.rows.has(analysis.proposalId)) throw new Error(`no row ${analysis.proposalId}`);
    this.rows.set(analysis.proposalId, analysis.snapshot());
  }

  async findById(proposalId: string): Promise<Analysis | undefined> {
    const props = this.rows.get(proposalId);
    return props ? Analysis.restore({ ...props, reasons: [...props.reasons], parameterVersions: [...props.parameterVersions] }) : undefined;
  }

  async countSince(_manager: EntityManager, customerId: string, since: Date): Promise<number> {
    return [...this.rows.values()].filter((r) => r.customerId === customerId && r.createdAt >= since).length;
  }

  stateOf(proposalId: string): string | undefined {
    return this.rows.get(proposalId)?.state;
  }
}
