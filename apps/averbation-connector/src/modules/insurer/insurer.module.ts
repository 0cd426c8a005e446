import { Module } from '@nestjs/common';
import { HttpInsurerGateway } from './http-insurer.gateway';
import { InsurerStatusController } from './insurer-status.controller';
import { INSURER_GATEWAY } from './insurer.gateway';

/** The only way out to the insurer's claims desk (credit-life insurance). */
@Module({
  controllers: [InsurerStatusController],
  providers: [{ provide: INSURER_GATEWAY, useClass: HttpInsurerGateway }],
  exports: [INSURER_GATEWAY],
})
export class InsurerModule {}
