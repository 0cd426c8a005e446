import { Module } from '@nestjs/common';
import { IdempotencyModule } from '@consignado/service-kit';
import { BillingModule } from '../billing/billing.module';
import { MakePaymentController } from './commands/make-payment/make-payment.controller';
import { MakePaymentHandler } from './commands/make-payment/make-payment.handler';
import { RenegotiateController } from './commands/renegotiate/renegotiate.controller';
import { RenegotiateHandler } from './commands/renegotiate/renegotiate.handler';
import { ReceiveInsuranceClaimEventHandler } from './commands/receive-insurance-claim/receive-insurance-claim.event-handler';
import { ReceivePortabilityFundsEventHandler } from './commands/receive-portability-funds/receive-portability-funds.event-handler';
import { GetPaymentController } from './queries/get-payment/get-payment.controller';

/**
 * Payments received: manual payments (installments, early settlement, extraordinary amortization),
 * a late contract's workout accepted (the settling RENEGOTIATION payment),
 * a portability out's funds, a credit-life insurer's claim payment, and their lookup. The payment store is BillingModule's (a payoff
 * is written with the billing it settles).
 */
@Module({
  imports: [BillingModule, IdempotencyModule],
  controllers: [MakePaymentController, RenegotiateController, GetPaymentController],
  providers: [MakePaymentHandler, RenegotiateHandler, ReceivePortabilityFundsEventHandler, ReceiveInsuranceClaimEventHandler],
})
export class PaymentModule {}
