import { createEnvelope, examplePayload } from '@consignado/contracts';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { contractsCodec, withSealedPersonalData } from './contracts-codec';

describe('withSealedPersonalData (LGPD, R-SEC-3)', () => {
  const cipher = new FieldCipher(DEV_PII_KEY_RING);
  const codec = withSealedPersonalData(contractsCodec, cipher);
  const created = createEnvelope('ProposalCreated', { payload: { ...examplePayload('ProposalCreated'), cpf: '52998224725', monthlyIncome: '4321.00' } });

  it('puts no CPF or income in clear on the wire, and gives the consumer the clear values back', () => {
    const wire = JSON.stringify(codec.wire?.(created));
    expect(wire).not.toContain('52998224725');
    expect(wire).not.toContain('4321.00');
    const decoded = codec.validate(JSON.parse(wire));
    expect(decoded).toEqual({ ok: true, envelope: created });
  });

  it('leaves events without personal data as they are', () => {
    const paid = createEnvelope('PaymentReceived', { payload: examplePayload('PaymentReceived') });
    expect(codec.wire?.(paid)).toEqual(paid);
  });

  it('understands a producer still sending clear values', () => {
    expect(codec.validate(JSON.parse(JSON.stringify(created)))).toEqual({ ok: true, envelope: created });
  });

  it('refuses a sealed field it cannot open (another key, or moved from another field)', () => {
    const other = withSealedPersonalData(contractsCodec, new FieldCipher({ keys: { k9: Buffer.alloc(32, 1).toString('base64') }, active: 'k9', lookupKey: Buffer.alloc(32, 2).toString('base64') }));
    expect(codec.validate(JSON.parse(JSON.stringify(other.wire?.(created)))).ok).toBe(false);
    const moved = JSON.parse(JSON.stringify(codec.wire?.(created)));
    moved.payload.monthlyIncome = moved.payload.cpf;
    expect(codec.validate(moved).ok).toBe(false);
  });
});
