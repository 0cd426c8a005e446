import type { EventType } from './catalog';

/**
 * The personal data an event carries because a consumer needs it (LGPD minimization, R-SEC-3):
 * on Kafka and in the outboxes these fields travel sealed (`pii:v1:…`, AES-256-GCM with keys from
 * configuration): the CPF, the INSS benefit number (it names the person at the INSS), birth date,
 * income, benefit value, contact and payout account (PIX key, account number). Every other field is an id of ours, an amount of the operation
 * or a date. Dotted paths reach into objects. Events not listed carry no personal data.
 */
export const PERSONAL_DATA_FIELDS: Partial<Readonly<Record<EventType, readonly string[]>>> = {
  ProposalCreated: ['cpf', 'birthDate', 'monthlyIncome', 'monthlyExpenses', 'benefit.number', 'benefit.value'],
  MarginCheckRequested: ['cpf', 'benefitNumber'],
  MarginChecked: ['benefitNumber', 'benefit.number', 'benefit.value'],
  MarginCheckFailed: ['benefitNumber'],
  CreditApproved: ['cpf', 'benefitNumber'],
  PortabilityBalanceRequested: ['cpf', 'benefitNumber'],
  AverbationRequested: ['cpf', 'benefitNumber'],
  AverbationCompleted: ['benefitNumber'],
  ContractPositionChanged: ['benefitNumber'],
  CustomerContactChanged: ['email', 'phone'],
  CustomerPayoutAccountChanged: ['account.pixKey', 'account.number', 'holderCpf'],
  FundsReleaseRequested: ['account.pixKey', 'account.number', 'holderCpf'],
};

/**
 * A copy of an event's payload with each personal-data field present replaced by `transform`'s
 * answer (sealing or opening it); other fields and absent ones are left as they are.
 */
export function mapPersonalData(eventType: string, payload: unknown, transform: (value: string, field: string) => string): unknown {
  const fields = PERSONAL_DATA_FIELDS[eventType as EventType];
  if (!fields || typeof payload !== 'object' || payload === null) return payload;
  const copy = structuredClone(payload) as Record<string, unknown>;
  for (const path of fields) {
    const keys = path.split('.');
    const parent = keys.slice(0, -1).reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), copy);
    const last = keys[keys.length - 1];
    if (parent && typeof parent === 'object' && typeof (parent as Record<string, unknown>)[last] === 'string') {
      (parent as Record<string, string>)[last] = transform((parent as Record<string, string>)[last], path);
    }
  }
  return copy;
}
