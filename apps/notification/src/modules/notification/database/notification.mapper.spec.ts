import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import type { Delivery } from '../domain/delivery';
import type { Notification } from '../domain/notification';
import { DELIVERY_SEALED, toDelivery, toDeliveryRow, toDueDelivery, toOutcomeColumns } from './delivery.mapper';
import { NOTIFICATION_SEALED, toNotification, toNotificationRow } from './notification.mapper';

const cipher = new FieldCipher(DEV_PII_KEY_RING);
const notification: Notification = {
  id: '3d6f7e1a-1111-4c33-9b1e-2f7a1c9d4e55',
  customerId: '0b5c8f0e-7d1a-4c33-9b1e-2f7a1c9d4e55',
  sourceEventId: '5a1b2c3d-2222-4c33-9b1e-2f7a1c9d4e55',
  sourceEventType: 'InstallmentDue',
  correlationId: '7e8f9a0b-3333-4c33-9b1e-2f7a1c9d4e55',
  template: 'INSTALLMENT_OVERDUE',
  subject: 'Parcela 1 em atraso',
  body: 'A parcela 1 do seu contrato, de R$ 305,96, venceu em 01/09/2025. Total atualizado em 11/09/2025: R$ 313,09.',
  createdAt: new Date('2026-03-01T12:00:00.000Z'),
};
const delivery = (channel: Delivery['channel'], address: string): Delivery => ({
  id: '9c0d1e2f-4444-4c33-9b1e-2f7a1c9d4e55',
  notificationId: notification.id,
  channel,
  address,
  status: 'PENDING',
  attempts: 0,
  nextAttemptAt: new Date('2026-03-01T12:00:00.000Z'),
  lastError: null,
  sentAt: null,
});

describe('notification and delivery mapping: texts and addresses sealed at rest (R-SEC-3)', () => {
  it('stores subject and body only sealed, each under its own column, and reads them back', () => {
    const row = toNotificationRow(cipher, notification);
    expect(JSON.stringify(row)).not.toMatch(/305,96|313,09|Parcela 1 em atraso/);
    expect([row.subject, row.body].every((v) => FieldCipher.isSealed(v))).toBe(true);
    expect(() => cipher.open(row.body ?? '', NOTIFICATION_SEALED.subject)).toThrow();
    expect(toNotification(cipher, { ...row, createdAt: notification.createdAt })).toEqual(notification);
  });

  it.each([
    ['EMAIL', 'maria@example.com'],
    ['SMS', '+5561999990000'],
    ['PUSH', notification.customerId],
  ] as const)('stores a %s address only sealed and reads it back', (channel, address) => {
    const row = toDeliveryRow(cipher, delivery(channel, address));
    expect(JSON.stringify(row)).not.toContain(address.slice(1));
    expect(cipher.open(row.address ?? '', DELIVERY_SEALED.address)).toBe(address);
    expect(toDelivery(cipher, row)).toEqual(delivery(channel, address));
  });

  it('an attempt writes its outcome, never the address', () => {
    expect(Object.keys(toOutcomeColumns(cipher, delivery('EMAIL', 'maria@example.com'))).sort()).toEqual(['attempts', 'lastError', 'nextAttemptAt', 'sentAt', 'status']);
  });

  it('stores the last error only sealed (a provider may quote the recipient), and reads it back', () => {
    const failed = { ...delivery('EMAIL', 'maria@example.com'), status: 'RETRYING' as const, lastError: '550 maria.silva: no such user' };
    for (const row of [toDeliveryRow(cipher, failed), toOutcomeColumns(cipher, failed)]) {
      expect(JSON.stringify(row)).not.toContain('maria.silva');
      expect(cipher.open(row.lastError ?? '', DELIVERY_SEALED.lastError)).toBe(failed.lastError);
    }
    expect(toDelivery(cipher, toDeliveryRow(cipher, failed)).lastError).toBe(failed.lastError);
  });

  it("reads an erased customer's rows as erased: texts and address null", () => {
    const erased = { ...toNotificationRow(cipher, notification), subject: null, body: null, createdAt: notification.createdAt };
    expect(toNotification(cipher, erased)).toEqual({ ...notification, subject: null, body: null });
    const cancelled = { ...toDeliveryRow(cipher, delivery('EMAIL', 'maria@example.com')), address: null, status: 'CANCELLED' };
    expect(toDelivery(cipher, cancelled)).toEqual({ ...delivery('EMAIL', 'maria@example.com'), address: null, status: 'CANCELLED' });
  });

  it('refuses to hand the worker a due delivery without an address', () => {
    expect(() => toDueDelivery(cipher, { ...toDeliveryRow(cipher, delivery('SMS', '+5561999990000')), address: null })).toThrow('is due but has no address');
  });
});
