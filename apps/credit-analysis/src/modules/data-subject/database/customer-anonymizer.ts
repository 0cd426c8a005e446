import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import { openReasons, storedReasons } from '../../analysis/database/analysis.mapper';
import { anonymizedReasons } from '../domain/anonymized-reasons';

/** Whose rows: the customer's, and those the erasure names (proposals, contracts). */
export interface ErasureTarget {
  readonly customerId: string;
  readonly proposalIds: readonly string[];
  readonly contractIds: readonly string[];
}

/** The rows found, by table: analyses by proposal id, projected contracts by contract id. */
export interface CustomerRows {
  readonly analysis: string[];
  readonly contract_position: string[];
  /** Seed 004 profiles and recommendation rounds: advice, kept for no contract, so deleted. */
  readonly financial_profile: string[];
  readonly recommendation: string[];
}

export const CUSTOMER_ANONYMIZER = Symbol('CUSTOMER_ANONYMIZER');

/** Port: anonymizes a customer's rows in the caller's transaction (R-SEC-3). */
export interface CustomerAnonymizer {
  /** The customer's rows, locked until the transaction ends. */
  lock(manager: EntityManager, target: ErasureTarget): Promise<CustomerRows>;
  /** Personal data gone: application, margin and applicant profile null, reasons reduced to codes, no benefit number, profiles and recommendations deleted; ids, states, amounts and dates kept. */
  erase(manager: EntityManager, rows: CustomerRows): Promise<void>;
}

@Injectable()
export class SqlCustomerAnonymizer implements CustomerAnonymizer {
  constructor(private readonly cipher: FieldCipher) {}

  async lock(manager: EntityManager, t: ErasureTarget): Promise<CustomerRows> {
    const ids = async (sql: string, named: readonly string[]) => ((await manager.query(sql, [t.customerId, named])) as Array<{ id: string }>).map((r) => r.id);
    const owned = async (sql: string) => ((await manager.query(sql, [t.customerId])) as Array<{ id: string }>).map((r) => r.id);
    return {
      analysis: await ids('SELECT proposal_id AS id FROM analysis WHERE customer_id = $1 OR proposal_id = ANY($2::uuid[]) ORDER BY 1 FOR UPDATE', t.proposalIds),
      contract_position: await ids('SELECT contract_id AS id FROM contract_position WHERE customer_id = $1 OR contract_id = ANY($2::uuid[]) ORDER BY 1 FOR UPDATE', t.contractIds),
      financial_profile: await owned('SELECT profile_id AS id FROM financial_profile WHERE customer_id = $1 ORDER BY 1 FOR UPDATE'),
      recommendation: await owned('SELECT recommendation_id AS id FROM recommendation WHERE customer_id = $1 ORDER BY 1 FOR UPDATE'),
    };
  }

  async erase(manager: EntityManager, rows: CustomerRows): Promise<void> {
    const analyses = (await manager.query('SELECT proposal_id, reasons FROM analysis WHERE proposal_id = ANY($1::uuid[])', [rows.analysis])) as Array<{ proposal_id: string; reasons: string | [] }>;
    for (const row of analyses) {
      const reasons = storedReasons(this.cipher, anonymizedReasons(openReasons(this.cipher, row.reasons)));
      await manager.query('UPDATE analysis SET application = NULL, margin = NULL, applicant_profile = NULL, reasons = $2::jsonb WHERE proposal_id = $1', [row.proposal_id, JSON.stringify(reasons)]);
    }
    await manager.query('DELETE FROM recommendation WHERE recommendation_id = ANY($1::uuid[])', [rows.recommendation]);
    await manager.query('DELETE FROM financial_profile WHERE profile_id = ANY($1::uuid[])', [rows.financial_profile]);
    await manager.query(`UPDATE contract_position SET payload = payload - 'benefitNumber' WHERE contract_id = ANY($1::uuid[])`, [rows.contract_position]);
  }
}
