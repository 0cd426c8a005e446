import { Module } from '@nestjs/common';
import { RegisterCustomerController } from './commands/register-customer/register-customer.controller';
import { RegisterCustomerHandler } from './commands/register-customer/register-customer.handler';
import { CUSTOMER_REPOSITORY, TypeOrmCustomerRepository } from './database/customer.repository';
import { GetCustomerController } from './queries/get-customer/get-customer.controller';

/** Customers (R-PR-6); the repository is shared with proposals, which read customer data. */
@Module({
  controllers: [RegisterCustomerController, GetCustomerController],
  providers: [RegisterCustomerHandler, { provide: CUSTOMER_REPOSITORY, useClass: TypeOrmCustomerRepository }],
  exports: [CUSTOMER_REPOSITORY],
})
export class CustomerModule {}
