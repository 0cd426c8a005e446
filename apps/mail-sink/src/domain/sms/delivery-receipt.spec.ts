import { deliveryReceipt, wantsReceipt } from './delivery-receipt';

describe('delivery receipt (SMPP v3.4 Appendix B)', () => {
  it('formats id, counts, dates (YYMMDDhhmm, UTC), status and the first 20 characters', () => {
    const sms = { id: 'f1b0c3a2', text: 'Seu contrato foi bloqueado — ação necessária', receivedAt: '2026-03-10T12:34:56.000Z' };
    expect(deliveryReceipt(sms, new Date('2026-03-10T12:35:10.000Z'))).toBe(
      'id:f1b0c3a2 sub:001 dlvrd:001 submit date:2603101234 done date:2603101235 stat:DELIVRD err:000 text:Seu contrato foi blo',
    );
  });

  it.each([
    [0x00, false],
    [0x01, true],
    [0x02, false],
    [0x03, true],
    // Intermediate-notification and SME-acknowledgement bits do not ask for an SMSC receipt.
    [0x10, false],
    [0x11, true],
  ])('registered_delivery %i asks for a receipt: %s', (registeredDelivery, wanted) => expect(wantsReceipt(registeredDelivery)).toBe(wanted));
});
