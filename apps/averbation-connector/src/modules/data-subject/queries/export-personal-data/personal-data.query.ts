import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import { erasuresOf, PersonalDataSection } from '@consignado/service-kit';
import { alterationRecord, averbationRecord, disbursementRecord, marginCheckRecord, portabilityRecord } from './personal-data.records';

const OF_CUSTOMER = `SELECT id, contract_id FROM averbation WHERE customer_id = $1`;

const SQL = {
  marginChecks: `SELECT * FROM margin_check WHERE customer_id = $1 ORDER BY created_at, id`,
  averbations: `SELECT * FROM averbation WHERE customer_id = $1 ORDER BY created_at, id`,
  alterations: `SELECT * FROM averbation_alteration WHERE id IN (SELECT id FROM (${OF_CUSTOMER}) a) ORDER BY created_at, id`,
  portabilities: `
    SELECT 'IN' AS direction, id, portability_number, proposal_id, contract_id, cpf, status, detail, created_at FROM portability_in WHERE customer_id = $1
    UNION ALL
    SELECT 'OUT', id, portability_number, NULL, contract_id, NULL, status, detail, created_at FROM portability_out WHERE contract_id IN (SELECT contract_id FROM (${OF_CUSTOMER}) a)
    ORDER BY created_at, id`,
  disbursements: `SELECT * FROM disbursement WHERE customer_id = $1 ORDER BY created_at, id`,
} as const;

/**
 * Everything the connector holds on a customer (LGPD art. 18 II), personal data opened: margin
 * checks, averbations and their plan changes, portabilities in (theirs) and out (of their
 * contracts), the transfers of released funds to their account; and the erasures applied. A customer it never saw gets empty lists.
 */
@Injectable()
export class PersonalDataQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async execute(customerId: string): Promise<PersonalDataSection> {
    const rows = async (sql: string) => (await this.dataSource.query(sql, [customerId])) as Array<Record<string, unknown>>;
    const records = {
      marginChecks: (await rows(SQL.marginChecks)).map((r) => marginCheckRecord(this.cipher, r)),
      averbations: (await rows(SQL.averbations)).map((r) => averbationRecord(this.cipher, r)),
      averbationAlterations: (await rows(SQL.alterations)).map((r) => alterationRecord(this.cipher, r)),
      portabilities: (await rows(SQL.portabilities)).map((r) => portabilityRecord(this.cipher, r)),
      disbursements: (await rows(SQL.disbursements)).map((r) => disbursementRecord(this.cipher, r)),
    };
    return PersonalDataSection.of('averbation-connector', customerId, records, await erasuresOf(this.dataSource.manager, customerId));
  }
}
