import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ContractPositionChangedPayload } from '@consignado/contracts';

/** The highest revision of each contract's ContractPositionChanged, as received but for the benefit number, sealed (R-SEC-3). */
@Entity({ name: 'contract_position' })
export class ContractPositionRow {
  @PrimaryColumn('uuid', { name: 'contract_id' })
  contractId!: string;

  @Index('contract_position_customer')
  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('integer')
  revision!: number;

  @Column('text')
  status!: string;

  @Column('text')
  product!: string;

  @Column('jsonb')
  payload!: ContractPositionChangedPayload;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
