import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A contract's CCB (R-LN-9): the exact PDF bytes served, their SHA-256 and issue time. No personal data in clear (CPF masked). */
@Entity({ name: 'contract_document' })
export class ContractDocumentRow {
  @PrimaryColumn('uuid', { name: 'contract_id' })
  contractId!: string;

  @PrimaryColumn('text')
  kind!: string;

  @Column('text')
  sha256!: string;

  @Column('bytea')
  content!: Buffer;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt!: Date;
}
