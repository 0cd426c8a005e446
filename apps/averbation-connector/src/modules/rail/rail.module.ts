import { Module } from '@nestjs/common';
import { HttpRailGateway } from './http-rail.gateway';
import { RailStatusController } from './rail-status.controller';
import { RAIL_GATEWAY } from './rail.gateway';

/** The only way out to the payment rail (PIX transfers to customers). */
@Module({
  controllers: [RailStatusController],
  providers: [{ provide: RAIL_GATEWAY, useClass: HttpRailGateway }],
  exports: [RAIL_GATEWAY],
})
export class RailModule {}
