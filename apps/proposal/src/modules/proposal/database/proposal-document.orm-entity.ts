import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Metadata of an uploaded document (digital channel); the bytes live in proposal_document_content. */
@Entity({ name: 'proposal_document' })
export class ProposalDocumentRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'proposal_id' })
  proposalId!: string;

  @Column('text')
  kind!: string;

  @Column('text', { name: 'mime_type' })
  mimeType!: string;

  @Column('int', { name: 'size_bytes' })
  sizeBytes!: number;

  @Column('char', { length: 64 })
  sha256!: string;

  @Column('timestamptz', { name: 'uploaded_at' })
  uploadedAt!: Date;
}

@Entity({ name: 'proposal_document_content' })
export class ProposalDocumentContentRow {
  @PrimaryColumn('uuid', { name: 'document_id' })
  documentId!: string;

  @Column('bytea')
  content!: Buffer;
}
