/** A process of the local stack: its HTTP port (health, API, docs) and what else it needs. */
export interface StackService {
  readonly name: string;
  readonly port: number;
  /** Its own PostgreSQL database; absent for processes that keep no state there (the mail sink). */
  readonly database?: string;
  /** The SMTP and SMPP ports, for the mail sink (also the local SMSC and push service). */
  readonly smtpPort?: number;
  readonly smppPort?: number;
}

/**
 * The processes of the platform, in start order: the mocks of Dataprev, of the CTC (the
 * interbank portability exchange), of the insurer's claims desk (credit-life insurance) and of the
 * payment rail (PIX transfers to customers) before the connector that calls them, the mail sink (a local SMTP test server, like MailHog) before
 * notification that sends to it. The mail sink stays second (smtpPortOf).
 */
export const STACK_SERVICES = [
  { name: 'dataprev-mock', port: 3090, database: 'consignado_dataprev' },
  { name: 'mail-sink', port: 3091, smtpPort: 2525, smppPort: 2775 },
  { name: 'ctc-mock', port: 3092, database: 'consignado_ctc' },
  { name: 'insurer-mock', port: 3093, database: 'consignado_insurer' },
  { name: 'rail-mock', port: 3094, database: 'consignado_rail' },
  { name: 'proposal', port: 3001, database: 'consignado_proposal' },
  { name: 'credit-analysis', port: 3002, database: 'consignado_credit_analysis' },
  { name: 'loan', port: 3003, database: 'consignado_loan' },
  { name: 'averbation-connector', port: 3004, database: 'consignado_averbation' },
  { name: 'payment', port: 3005, database: 'consignado_payment' },
  { name: 'notification', port: 3006, database: 'consignado_notification' },
] as const satisfies readonly StackService[];

export type StackServiceName = (typeof STACK_SERVICES)[number]['name'];

/** The mail sink's SMTP port on a stack started with `portOffset`. */
export function smtpPortOf(offset = 0): number {
  return STACK_SERVICES[1].smtpPort + offset;
}

/** The mail sink's SMPP port (the local SMSC) on a stack started with `portOffset`. */
export function smppPortOf(offset = 0): number {
  return STACK_SERVICES[1].smppPort + offset;
}
