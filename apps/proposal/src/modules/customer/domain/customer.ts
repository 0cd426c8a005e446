import { randomUUID } from 'node:crypto';
import { DomainError } from '@consignado/core';
import type { LinkType, PayloadOf } from '@consignado/contracts';
import type { Cpf, InssBenefitNumber, IsoDate, Money } from '@consignado/finance';
import { completedYears } from '../../../shared/dates';
import { fieldError } from '../../../shared/field-errors';
import type { Principal } from '../../access/domain/principal';
import { assertOwnedBy, type PayoutAccount, sameAccount } from './payout-account';

/** The INSS benefit (seed 003 §5.1, §7.3). */
export interface Benefit {
  readonly number: InssBenefitNumber;
  /** As Dataprev names it, e.g. APOSENTADORIA_POR_IDADE. */
  readonly kind: string;
  readonly value: Money;
  readonly startDate: IsoDate;
}

/** What a channel supplies to register a customer (seed 002 §4, seed 003 §7.3). */
export interface NewCustomer {
  readonly cpf: Cpf;
  readonly name: string;
  readonly birthDate: IsoDate;
  readonly monthlyIncome: Money;
  readonly monthlyExpenses?: Money;
  readonly linkType: LinkType;
  readonly benefit?: Benefit;
  readonly email?: string;
  readonly phone?: string;
}

export interface CustomerProps extends NewCustomer {
  readonly id: string;
  readonly status: 'ACTIVE';
  readonly registeredBy: Principal;
  readonly createdAt: Date;
  /** Where released amounts and refunds go (R-LN-10), and since when. */
  readonly payoutAccount?: PayoutAccount;
  readonly payoutAccountChangedAt?: Date;
}

type Raised = 'CustomerContactChanged' | 'CustomerPayoutAccountChanged';

/** An event the customer raised, with who caused it (R-EV-1). */
export type CustomerEvent = { [K in Raised]: { readonly type: K; readonly payload: PayloadOf<K>; readonly by: Principal } }[Raised];

const INSS_LINKS: readonly LinkType[] = ['APOSENTADO', 'PENSIONISTA'];
const ADULT_AGE = 18;

/**
 * Customer aggregate (R-PR-6): one per CPF, an adult, with the INSS benefit exactly when retired
 * or pensioner. Registration raises CustomerContactChanged (e-mail and mobile only).
 */
export class Customer {
  private events: CustomerEvent[] = [];

  private constructor(readonly props: CustomerProps) {}

  private get mutable(): { -readonly [K in keyof CustomerProps]: CustomerProps[K] } {
    return this.props;
  }

  static register(input: NewCustomer, by: Principal, today: IsoDate, now: Date): Customer {
    if (!input.birthDate.isBefore(today)) throw fieldError('CUSTOMER.INVALID_BIRTH_DATE', 'birthDate', 'A data de nascimento deve ser anterior a hoje.');
    if (completedYears(input.birthDate, today) < ADULT_AGE) throw fieldError('CUSTOMER.INVALID_BIRTH_DATE', 'birthDate', 'O cliente deve ser maior de idade (18 anos).');
    if (!input.monthlyIncome.isPositive()) throw fieldError('CUSTOMER.INVALID_AMOUNT', 'monthlyIncome', 'A renda mensal deve ser maior que zero.');
    const needsBenefit = INSS_LINKS.includes(input.linkType);
    if (needsBenefit && !input.benefit) throw fieldError('CUSTOMER.INVALID_BENEFIT', 'benefit', 'Aposentados e pensionistas devem informar o benefício INSS.');
    if (!needsBenefit && input.benefit) throw fieldError('CUSTOMER.INVALID_BENEFIT', 'benefit', 'O benefício INSS se aplica apenas a aposentados e pensionistas.');
    if (input.benefit && !input.benefit.value.isPositive()) throw fieldError('CUSTOMER.INVALID_BENEFIT', 'benefit.value', 'O valor do benefício deve ser maior que zero.');
    if (input.benefit?.startDate.isAfter(today)) throw fieldError('CUSTOMER.INVALID_BENEFIT', 'benefit.startDate', 'A data de início do benefício não pode ser futura.');
    const customer = new Customer({ ...input, id: ownId(input, by), status: 'ACTIVE', registeredBy: by, createdAt: now });
    const { email, phone } = input;
    customer.events.push({ type: 'CustomerContactChanged', by, payload: { customerId: customer.id, ...(email ? { email } : {}), ...(phone ? { phone } : {}), changedAt: now.toISOString() } });
    return customer;
  }

  /**
   * Registers the account released amounts and refunds go to (R-LN-10); a CPF key must be the
   * customer's own. The same account again is a confirmation: dated and raised again, so a
   * release that failed for a reason not the account's (the rail unavailable) is asked for again
   * on it. Returns whether the account changed.
   */
  changePayoutAccount(account: PayoutAccount, by: Principal, now: Date): boolean {
    assertOwnedBy(account, this.props.cpf.toString());
    const changed = !sameAccount(this.props.payoutAccount, account);
    this.mutable.payoutAccount = account;
    this.mutable.payoutAccountChangedAt = now;
    const payload = { customerId: this.id, account, holderCpf: this.props.cpf.toString(), changedAt: now.toISOString() };
    this.events.push({ type: 'CustomerPayoutAccountChanged', by, payload });
    return changed;
  }

  static restore(props: CustomerProps): Customer {
    return new Customer(props);
  }

  get id(): string {
    return this.props.id;
  }

  /** Events raised since the last pull, oldest first. */
  pullEvents(): CustomerEvent[] {
    const pulled = this.events;
    this.events = [];
    return pulled;
  }

  /** Whether the customer may take this product: INSS needs the benefit, the servant loan a servant (R-PR-4). */
  canTake(product: 'INSS_CONSIGNADO' | 'SERVIDOR_CONSIGNADO' | 'PERSONAL'): boolean {
    if (product === 'INSS_CONSIGNADO') return INSS_LINKS.includes(this.props.linkType) && this.props.benefit !== undefined;
    if (product === 'SERVIDOR_CONSIGNADO') return this.props.linkType === 'SERVIDOR';
    return true;
  }
}

/**
 * A customer registering through the app becomes the customer their login is (R-SEC-1): the id is
 * the token's subject, and the CPF must be the one the provider verified.
 */
function ownId(input: NewCustomer, by: Principal): string {
  if (by.channel !== 'DIGITAL') return randomUUID();
  if (by.cpf !== input.cpf.toString()) throw new DomainError('CUSTOMER.CPF_FORBIDDEN', 'O CPF informado não é o do cliente autenticado.');
  return by.customerId;
}
