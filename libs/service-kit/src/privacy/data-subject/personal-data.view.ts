import { ApiProperty } from '@nestjs/swagger';
import type { ErasureRecord } from './erasure-ledger';

/**
 * What one service holds on a customer (LGPD art. 18 II, data-subject access): every record that
 * names them, personal data opened, grouped by kind; and the erasures applied. proposal's
 * `GET /v1/customers/{customerId}/personal-data` gathers the six services' sections.
 */
export class PersonalDataSection {
  @ApiProperty({ example: 'loan' })
  service!: string;

  @ApiProperty()
  customerId!: string;

  @ApiProperty({ description: 'UTC, ISO 8601' })
  generatedAt!: string;

  @ApiProperty({ description: 'Kind of record (e.g. "contracts") → the records, as the service keeps them', type: 'object', additionalProperties: true })
  records!: Record<string, unknown[]>;

  @ApiProperty({ description: 'Anonymizations applied (request, origin, rows per table, when)', type: 'array', items: { type: 'object' } })
  erasures!: ErasureRecord[];

  static of(service: string, customerId: string, records: Record<string, unknown[]>, erasures: ErasureRecord[], now = new Date()): PersonalDataSection {
    return Object.assign(new PersonalDataSection(), { service, customerId, generatedAt: now.toISOString(), records, erasures });
  }
}
