import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventPublisher } from '@consignado/eventing';
import type { IsoDate, Money } from '@consignado/finance';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import { ContractNotFoundError, CustomerNotFoundError } from '../../../billing/domain/billing.errors';
import { BILLING_REPOSITORY, type BillingRepository } from '../../../billing/database/billing.repository';
import { manualPayment, type Payment, paymentReceivedOf } from '../../domain/payment';
import { IdempotencyConflictError } from '../../domain/payment.errors';
import { type PaymentReceiptView, receiptOf } from '../../domain/payment.view';
import { type IdempotencyInput, PAYMENT_REPOSITORY, type PaymentRepository } from '../../database/payment.repository';

export interface MakePayment {
  customerId: string;
  contractId: string;
  amount: Money;
  installments: number[];
  paymentDate: IsoDate;
}

export interface PaymentAnswer {
  /** 201 for a new payment; 200 when an Idempotency-Key replays the first answer. */
  status: 201 | 200;
  body: PaymentReceiptView;
}

/**
 * A manual payment (seed 002 §8, R-LN-3). Under the billing's row lock: the checks in the seed's
 * order, then in one transaction the installments PAID, the overpayment credited, the payment
 * stored and PaymentReceived written to the outbox. A refusal writes nothing.
 */
@Injectable()
export class MakePaymentHandler {
  private readonly logger = new Logger('MakePayment');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
  ) {}

  async execute(command: MakePayment, idempotency?: IdempotencyInput): Promise<PaymentAnswer> {
    const earlier = idempotency && (await this.replay(idempotency));
    if (earlier) return earlier;
    try {
      return { status: 201, body: receiptOf(await this.pay(command, idempotency)) };
    } catch (error) {
      // A twin with the same key committed first (unique key, or the installments it just paid): answer as it did.
      const twin = idempotency && (await this.replay(idempotency));
      if (twin) return twin;
      throw error;
    }
  }

  private async replay(idempotency: IdempotencyInput): Promise<PaymentAnswer | undefined> {
    const stored = await this.payments.findByIdempotencyKey(idempotency.key);
    if (!stored) return undefined;
    if (stored.fingerprint !== idempotency.fingerprint) throw new IdempotencyConflictError();
    return { status: 200, body: receiptOf(stored.payment) };
  }

  private async pay(command: MakePayment, idempotency?: IdempotencyInput): Promise<Payment> {
    const payment = await this.dataSource.transaction(async (manager) => {
      if (!(await this.billings.customerHasBilling(manager, command.customerId))) throw new CustomerNotFoundError();
      const billing = await this.billings.findForUpdate(manager, command.contractId);
      if (!billing || billing.snapshot.customerId !== command.customerId) throw new ContractNotFoundError();
      const quote = billing.quotePayment({ installments: command.installments, amount: command.amount, paymentDate: command.paymentDate, today: await this.clock.today() });
      const paid = manualPayment({ paymentId: randomUUID(), customerId: command.customerId, contractId: command.contractId, paidAt: this.clock.now() }, quote);
      billing.recordPayment(paid.paymentId, quote);
      await this.billings.saveChanges(manager, [{ billing, installments: command.installments }]);
      await this.payments.add(manager, paid, idempotency);
      await this.publisher.publish(manager, 'PaymentReceived', { payload: paymentReceivedOf(paid) });
      return paid;
    });
    this.logger.log('payment recorded', { paymentId: payment.paymentId, contractId: payment.contractId, installments: payment.allocations.length, overpaid: payment.overpayment.isPositive() });
    return payment;
  }
}
