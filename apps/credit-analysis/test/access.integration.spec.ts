import { randomUUID } from 'node:crypto';
import { generateCpf } from '@consignado/auth';
import { bearer, testIdentity } from '@consignado/testing';
import { oldContract } from '../src/modules/contract-projection/testing/position.fixtures';
import { inssPayload } from '../src/modules/analysis/testing/proposal.fixtures';
import { deliver, getJson, type Harness, projectPosition, proposalEvent, startHarness } from './harness';

/**
 * R-SEC-1 with real tokens of the local provider. Analyses (income, margins) are back-office reads
 * with a staff role; contract positions need contracts:read and a customer sees only their own.
 * AUTH.ROLE_REQUIRED cannot be met here: every dev client or staff account holding `backoffice`
 * has OPERATOR, SERVICING or AUDITOR; src/api-access.spec.ts proves it on the route's rule.
 */
describe('credit-analysis API access', () => {
  const identity = testIdentity();
  let h: Harness;
  beforeAll(async () => void (h = await startHarness()));
  afterAll(async () => h?.close());

  const staff = async (username: string) => bearer(await identity.staffToken(username));
  const client = async (clientId: string) => bearer(await identity.clientToken(clientId));
  const customer = async () => {
    const session = await identity.customerSession(generateCpf());
    return { customerId: session.accountId, headers: bearer(session.accessToken) };
  };
  /** A contract of `customerId` in the projection. */
  const contractOf = async (customerId: string) => {
    const payload = oldContract({ contractId: randomUUID(), customerId });
    await projectPosition(h, payload);
    return payload.contractId;
  };

  it('refuses a request without a token: 401 AUTH.TOKEN_MISSING with a Bearer challenge', async () => {
    for (const path of [`/v1/analyses/${randomUUID()}`, `/v1/contract-positions/${randomUUID()}`]) {
      expect(await getJson(h, path, {})).toMatchObject({ status: 401, challenge: 'Bearer realm="consignado"', body: { code: 'AUTH.TOKEN_MISSING' } });
    }
  });

  it('keeps analyses from customers and correspondents (403 AUTH.INSUFFICIENT_SCOPE) and gives them to every staff role', async () => {
    const created = proposalEvent(inssPayload());
    await deliver(h, created);
    const path = `/v1/analyses/${created.aggregateId}`;
    for (const headers of [(await customer()).headers, await client('corban-alpha')]) {
      expect(await getJson(h, path, headers)).toMatchObject({ status: 403, challenge: expect.stringContaining('insufficient_scope'), body: { code: 'AUTH.INSUFFICIENT_SCOPE' } });
    }
    for (const username of ['ana.operadora', 'bruno.servicing', 'carla.auditora']) {
      expect(await getJson(h, path, await staff(username))).toMatchObject({ status: 200, body: { proposalId: created.aggregateId } });
    }
  });

  it("gives a customer their own contract position, and another customer's the same 404 as a missing one", async () => {
    const [ana, bia] = [await customer(), await customer()];
    const [anas, bias] = [await contractOf(ana.customerId), await contractOf(bia.customerId)];
    expect(await getJson(h, `/v1/contract-positions/${anas}`, ana.headers)).toMatchObject({ status: 200, body: { contractId: anas, customerId: ana.customerId } });
    const foreign = await getJson(h, `/v1/contract-positions/${bias}`, ana.headers);
    const missing = await getJson(h, `/v1/contract-positions/${randomUUID()}`, ana.headers);
    expect(foreign).toMatchObject({ status: 404, body: { code: 'PROJECTION.CONTRACT_NOT_FOUND', detail: 'Contrato não encontrado na projeção da análise de crédito' } });
    expect([foreign.body.detail, foreign.body.code]).toEqual([missing.body.detail, missing.body.code]);
    expect((await getJson(h, `/v1/contract-positions/${bias}`, await client('servicing-ops'))).body).toMatchObject({ customerId: bia.customerId });
  });

  it('refuses contract positions to a token without contracts:read (corban, payroll-source): 403 AUTH.INSUFFICIENT_SCOPE', async () => {
    const contractId = await contractOf(randomUUID());
    for (const clientId of ['corban-alpha', 'payroll-source']) {
      expect(await getJson(h, `/v1/contract-positions/${contractId}`, await client(clientId))).toMatchObject({ status: 403, body: { code: 'AUTH.INSUFFICIENT_SCOPE' } });
    }
  });
});
