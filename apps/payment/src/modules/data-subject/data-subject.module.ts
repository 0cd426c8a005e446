import { Module } from '@nestjs/common';
import { ErasePersonalDataEventHandler } from './commands/erase-personal-data/erase-personal-data.event-handler';
import { ErasePersonalDataHandler } from './commands/erase-personal-data/erase-personal-data.handler';
import { PayoutDataEraser } from './database/payout-data-eraser';
import { PersonalDataEraser } from './database/personal-data-eraser';
import { ExportPersonalDataController } from './queries/export-personal-data/export-personal-data.controller';
import { PersonalDataQuery } from './queries/export-personal-data/personal-data.query';

/** The data subject's rights here (LGPD, R-SEC-3): export of what payment holds, and erasure on loan's decision. */
@Module({
  controllers: [ExportPersonalDataController],
  providers: [PersonalDataQuery, PersonalDataEraser, PayoutDataEraser, ErasePersonalDataHandler, ErasePersonalDataEventHandler],
})
export class DataSubjectModule {}
