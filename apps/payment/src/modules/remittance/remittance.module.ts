import { Module } from '@nestjs/common';
import { IdempotencyModule } from '@consignado/service-kit';
import { BillingModule } from '../billing/billing.module';
import { ReceiveRemittanceController } from './commands/receive-remittance/receive-remittance.controller';
import { ReceiveRemittanceHandler } from './commands/receive-remittance/receive-remittance.handler';
import { REMITTANCE_REPOSITORY, TypeOrmRemittanceRepository } from './database/remittance.repository';
import { GetRemittanceController } from './queries/get-remittance/get-remittance.controller';

/** Payroll remittances (consignado deductions): received once, reconciled line by line. */
@Module({
  imports: [BillingModule, IdempotencyModule],
  controllers: [ReceiveRemittanceController, GetRemittanceController],
  providers: [{ provide: REMITTANCE_REPOSITORY, useClass: TypeOrmRemittanceRepository }, ReceiveRemittanceHandler],
})
export class RemittanceModule {}
