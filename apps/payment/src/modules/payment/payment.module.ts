import { Module } from '@nestjs/common';
import { IdempotencyModule } from '@consignado/service-kit';
import { BillingModule } from '../billing/billing.module';
import { MakePaymentController } from './commands/make-payment/make-payment.controller';
import { MakePaymentHandler } from './commands/make-payment/make-payment.handler';
import { PAYMENT_REPOSITORY, TypeOrmPaymentRepository } from './database/payment.repository';
import { GetPaymentController } from './queries/get-payment/get-payment.controller';

/** Payments received: manual payments of chosen installments (seed 002 §8) and their lookup. */
@Module({
  imports: [BillingModule, IdempotencyModule],
  controllers: [MakePaymentController, GetPaymentController],
  providers: [{ provide: PAYMENT_REPOSITORY, useClass: TypeOrmPaymentRepository }, MakePaymentHandler],
  exports: [PAYMENT_REPOSITORY],
})
export class PaymentModule {}
