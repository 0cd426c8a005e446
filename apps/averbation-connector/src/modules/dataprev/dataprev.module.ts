import { Module } from '@nestjs/common';
import { DataprevStatusController } from './dataprev-status.controller';
import { DATAPREV_GATEWAY } from './dataprev.gateway';
import { HttpDataprevGateway } from './http-dataprev.gateway';

/** The only way out to Dataprev (R-AV-1). */
@Module({
  controllers: [DataprevStatusController],
  providers: [{ provide: DATAPREV_GATEWAY, useClass: HttpDataprevGateway }],
  exports: [DATAPREV_GATEWAY],
})
export class DataprevModule {}
