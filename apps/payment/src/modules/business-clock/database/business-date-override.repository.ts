import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IsoDate } from '@consignado/finance';
import type { BusinessDateOverride } from '../domain/business-clock';
import { BusinessClockRow } from './business-clock.orm-entity';

const ROW = 1;

/** The adjustment in table `business_clock`, read on every call so all instances agree at once. */
@Injectable()
export class TypeOrmBusinessDateOverride implements BusinessDateOverride {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(): Promise<IsoDate | undefined> {
    const row = await this.dataSource.getRepository(BusinessClockRow).findOneBy({ id: ROW });
    return row?.today ? IsoDate.of(row.today) : undefined;
  }

  async write(today: IsoDate | null, at: Date): Promise<void> {
    await this.dataSource.getRepository(BusinessClockRow).upsert({ id: ROW, today: today?.toString() ?? null, updatedAt: at }, ['id']);
  }
}
