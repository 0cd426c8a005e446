import { createEnvelope, examplePayload } from '@consignado/contracts';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { openRequest, requestSealedCheck, sealRequest, sealRequestIfClear } from './sealed-request';

const cipher = new FieldCipher(DEV_PII_KEY_RING);
const request = createEnvelope('AverbationRequested', { payload: { ...examplePayload('AverbationRequested'), cpf: '39053344705', benefitNumber: '7341118901' } });

describe('a stored request at rest (R-SEC-3)', () => {
  it('seals the CPF and benefit number in place and leaves ids, amounts and metadata readable', () => {
    const sealed = sealRequest(cipher, request, 'averbation');
    expect(sealed.payload.cpf).toMatch(/^pii:v1:/);
    expect(sealed.payload.benefitNumber).toMatch(/^pii:v1:/);
    expect(JSON.stringify(sealed)).not.toMatch(/39053344705|7341118901/);
    expect({ ...sealed.payload, cpf: undefined, benefitNumber: undefined }).toEqual({ ...request.payload, cpf: undefined, benefitNumber: undefined });
    expect([sealed.eventId, sealed.metadata]).toEqual([request.eventId, request.metadata]);
    expect(openRequest(cipher, sealed, 'averbation')).toEqual(request);
  });

  it("binds each value to its table and field: another table's request does not open", () => {
    expect(() => openRequest(cipher, sealRequest(cipher, request, 'margin_check'), 'averbation')).toThrow(expect.objectContaining({ code: 'PRIVACY.UNREADABLE_FIELD' }));
  });

  it('leaves erased (absent) fields absent, and seals only what is still clear', () => {
    const rest: Partial<typeof request.payload> = { ...request.payload };
    delete rest.cpf;
    delete rest.benefitNumber;
    const erased = { ...request, payload: rest } as typeof request;
    expect(openRequest(cipher, sealRequest(cipher, erased, 'averbation'), 'averbation')).toEqual(erased);
    const sealed = sealRequest(cipher, request, 'averbation');
    expect(sealRequestIfClear(cipher, sealed, 'averbation')).toEqual(sealed);
  });

  it('checks in SQL that each personal field is absent or sealed', () => {
    expect(requestSealedCheck()).toBe(
      `(request #>> '{payload,cpf}' IS NULL OR request #>> '{payload,cpf}' LIKE 'pii:v1:%') AND (request #>> '{payload,benefitNumber}' IS NULL OR request #>> '{payload,benefitNumber}' LIKE 'pii:v1:%')`,
    );
  });
});
