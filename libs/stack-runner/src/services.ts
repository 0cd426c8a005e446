/** The processes of the platform, in start order (Dataprev first: the connector talks to it). */
export const STACK_SERVICES = [
  { name: 'dataprev-mock', port: 3090, database: 'consignado_dataprev' },
  { name: 'proposal', port: 3001, database: 'consignado_proposal' },
  { name: 'credit-analysis', port: 3002, database: 'consignado_credit_analysis' },
  { name: 'loan', port: 3003, database: 'consignado_loan' },
  { name: 'averbation-connector', port: 3004, database: 'consignado_averbation' },
  { name: 'payment', port: 3005, database: 'consignado_payment' },
  { name: 'notification', port: 3006, database: 'consignado_notification' },
] as const;

export type StackServiceName = (typeof STACK_SERVICES)[number]['name'];
