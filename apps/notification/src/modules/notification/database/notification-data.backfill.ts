import type { FieldCipher } from '@consignado/core';
import { type BackfillJob, sealIfClear } from '@consignado/service-kit';
import { DELIVERY_SEALED } from './delivery.mapper';
import { NOTIFICATION_SEALED } from './notification.mapper';

/** `notification.subject` → `subject`: the sealed fields are named after their columns. */
const columnOf = (field: string): string => field.slice(field.indexOf('.') + 1);

/** One job per table: its rows with any sealed column still in clear, every such column sealed in one UPDATE (NULL stays NULL). */
function tableBackfill(cipher: FieldCipher, table: string, key: string, fields: readonly string[]): BackfillJob {
  const columns = fields.map(columnOf);
  const sealed = (value: unknown, field: string) => (value === null ? null : sealIfClear(cipher, String(value), field));
  return {
    table,
    key,
    columns,
    clear: columns.map((c) => `${c} NOT LIKE 'pii:v1:%'`).join(' OR '),
    seal: (row) => Object.fromEntries(fields.map((field) => [columnOf(field), sealed(row[columnOf(field)], field)])),
  };
}

/** Notifications and deliveries (address and last error) written before personal data was sealed (R-SEC-3). */
export function notificationDataBackfills(cipher: FieldCipher): BackfillJob[] {
  return [
    tableBackfill(cipher, 'notification', 'id', Object.values(NOTIFICATION_SEALED)),
    tableBackfill(cipher, 'notification_delivery', 'id', Object.values(DELIVERY_SEALED)),
  ];
}
