import { Module } from '@nestjs/common';
import { CtcStatusController } from './ctc-status.controller';
import { CTC_GATEWAY } from './ctc.gateway';
import { HttpCtcGateway } from './http-ctc.gateway';

/** The only way out to the interbank portability exchange (the CTC). */
@Module({
  controllers: [CtcStatusController],
  providers: [{ provide: CTC_GATEWAY, useClass: HttpCtcGateway }],
  exports: [CTC_GATEWAY],
})
export class CtcModule {}
