import { Module } from '@nestjs/common';
import { ContactModule } from '../contact/contact.module';
import { NotificationModule } from '../notification/notification.module';
import { ApplyErasureEventHandler } from './commands/apply-erasure/apply-erasure.event-handler';
import { ApplyErasureHandler } from './commands/apply-erasure/apply-erasure.handler';
import { PERSONAL_DATA_ERASER, TypeOrmPersonalDataEraser } from './database/personal-data.eraser';
import { ExportPersonalDataController } from './queries/export-personal-data/export-personal-data.controller';
import { ExportPersonalDataQuery } from './queries/export-personal-data/export-personal-data.query';

/** The data subject's rights over notification's data (LGPD, R-SEC-3): export, and erasure on loan's decision. */
@Module({
  imports: [ContactModule, NotificationModule],
  controllers: [ExportPersonalDataController],
  providers: [ApplyErasureEventHandler, ApplyErasureHandler, ExportPersonalDataQuery, { provide: PERSONAL_DATA_ERASER, useClass: TypeOrmPersonalDataEraser }],
})
export class DataSubjectModule {}
