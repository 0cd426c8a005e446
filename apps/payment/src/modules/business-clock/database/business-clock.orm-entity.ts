import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The single row (id = 1) holding the operator's business-date adjustment, if any. */
@Entity({ name: 'business_clock' })
export class BusinessClockRow {
  @PrimaryColumn('smallint')
  id!: number;

  @Column('date', { nullable: true })
  today!: string | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
