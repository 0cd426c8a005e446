import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'exchange_clock' })
export class ExchangeClockRow {
  @PrimaryColumn('smallint')
  id!: number;

  /** The operator's date; null: the system date in São Paulo. */
  @Column('date', { nullable: true })
  today!: string | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
