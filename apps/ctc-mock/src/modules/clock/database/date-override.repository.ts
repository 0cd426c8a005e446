import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IsoDate } from '@consignado/finance';
import type { DateOverride } from '../domain/exchange-clock';
import { ExchangeClockRow } from './exchange-clock.orm-entity';

const ROW = 1;

/** The operator's date in table `exchange_clock`, read on every call so all instances agree at once. */
@Injectable()
export class TypeOrmDateOverride implements DateOverride {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(): Promise<IsoDate | undefined> {
    const row = await this.dataSource.getRepository(ExchangeClockRow).findOneBy({ id: ROW });
    return row?.today ? IsoDate.of(row.today) : undefined;
  }

  async write(today: IsoDate | null, at: Date): Promise<void> {
    await this.dataSource.getRepository(ExchangeClockRow).upsert({ id: ROW, today: today?.toString() ?? null, updatedAt: at }, ['id']);
  }
}
