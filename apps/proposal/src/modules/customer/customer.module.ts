import { Module } from '@nestjs/common';
import { IdempotencyModule } from '@consignado/service-kit';
import { ChangePayoutAccountController } from './commands/change-payout-account/change-payout-account.controller';
import { ChangePayoutAccountHandler } from './commands/change-payout-account/change-payout-account.handler';
import { RegisterCustomerController } from './commands/register-customer/register-customer.controller';
import { RegisterCustomerHandler } from './commands/register-customer/register-customer.handler';
import { CUSTOMER_REPOSITORY, TypeOrmCustomerRepository } from './database/customer.repository';
import { GetCustomerController } from './queries/get-customer/get-customer.controller';

/** Customers (R-PR-6); the repository is shared with proposals, which read customer data. */
@Module({
  imports: [IdempotencyModule],
  controllers: [RegisterCustomerController, GetCustomerController, ChangePayoutAccountController],
  providers: [RegisterCustomerHandler, ChangePayoutAccountHandler, { provide: CUSTOMER_REPOSITORY, useClass: TypeOrmCustomerRepository }],
  exports: [CUSTOMER_REPOSITORY],
})
export class CustomerModule {}
