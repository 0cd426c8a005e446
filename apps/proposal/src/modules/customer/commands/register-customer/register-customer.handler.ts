import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventPublisher } from '@consignado/eventing';
import { Clock } from '../../../../shared/clock';
import { type Principal, userIdOf } from '../../../access/domain/principal';
import { Customer, type NewCustomer } from '../../domain/customer';
import { CustomerAlreadyExistsError } from '../../domain/customer.errors';
import { CUSTOMER_REPOSITORY, type CustomerRepository } from '../../database/customer.repository';

/**
 * Registers a customer once per CPF (R-PR-6); the second attempt learns the existing id. The
 * CustomerContactChanged the customer raises goes to notification in the same transaction
 * (R-EV-5, R-NT-1).
 */
@Injectable()
export class RegisterCustomerHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
  ) {}

  async execute(input: NewCustomer, by: Principal): Promise<Customer> {
    const customer = Customer.register(input, by, this.clock.today(), this.clock.now());
    const inserted = await this.dataSource.transaction(async (manager) => {
      if (!(await this.customers.insert(manager, customer))) return false;
      if (by.channel === 'CORBAN') await this.customers.grantPartner(manager, customer.id, by.partnerId);
      // Each registration starts its own flow: a new correlationId.
      for (const { type, payload, by: causedBy } of customer.pullEvents()) {
        await this.publisher.publish(manager, type, { payload, metadata: { correlationId: randomUUID(), userId: userIdOf(causedBy), channel: causedBy.channel } });
      }
      return true;
    });
    if (!inserted) throw new CustomerAlreadyExistsError((await this.customers.findIdByCpf(input.cpf.toString())) ?? '');
    return customer;
  }
}
