import { randomUUID } from 'node:crypto';
import { acceptAsCustomer, awaitsAcceptance, type Caller, type Channel, ChannelClient, CustomerClient, FINAL_PROPOSAL_STATES, followProposal, randomBenefitNumber, randomCpf } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { e2eIdentity } from './identity';
import { e2eStack } from './stack';

/** A real 1×1 PNG: the proposal service checks a document's bytes against its mimeType. */
export const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const FINAL_STATES = FINAL_PROPOSAL_STATES;

/**
 * A channel's proposal API with a real token: DIGITAL as a new customer (a fresh CPF unless
 * `caller` gives one), CORBAN as corban-alpha, INTERNAL as internal-origination — or as `caller`.
 */
export function client(channel: Channel, caller?: Caller): ChannelClient {
  return e2eIdentity().channel(e2eStack().urls, channel, caller);
}

/** The DIGITAL API as one customer (a fresh CPF unless given); register them with `inssCustomer(c)`. */
export function customer(cpf?: string): CustomerClient {
  return e2eIdentity().customer(e2eStack().urls, cpf);
}

/** The CPF to register: on DIGITAL the logged-in customer's own (the only one the API accepts), else `wanted` or a fresh one. */
function cpfFor(c: ChannelClient, wanted?: string): string {
  if (!(c instanceof CustomerClient)) return wanted ?? randomCpf();
  if (wanted && wanted.replace(/\D/g, '') !== c.cpf) throw new Error(`the DIGITAL client is customer ${c.cpf}: use client('digital', { cpf: '${wanted}' })`);
  return c.cpf;
}

export interface InssCustomer {
  cpf?: string;
  benefitNumber?: string;
  benefitValue?: string;
  benefitStart?: string;
  birthDate?: string;
  linkType?: 'APOSENTADO' | 'PENSIONISTA';
  /** What the customer spends a month (absent unless given): the proposals carry it to credit analysis. */
  monthlyExpenses?: string;
  /** Where notifications go (CustomerContactChanged → notification). */
  email?: string;
  phone?: string;
}

/**
 * Registers an INSS beneficiary (synthetic unless a fixture's CPF and benefit are given); on
 * DIGITAL, the logged-in customer (`client('digital', { cpf })` for a fixture's CPF).
 */
export async function inssCustomer(c: ChannelClient, p: InssCustomer = {}): Promise<{ id: string; cpf: string; benefitNumber: string }> {
  const benefitNumber = p.benefitNumber ?? randomBenefitNumber();
  const cpf = cpfFor(c, p.cpf);
  const res = await c.post(c.path('customers'), {
    cpf,
    name: 'Cliente de Teste',
    birthDate: p.birthDate ?? '1960-03-15',
    monthlyIncome: p.benefitValue ?? '3000.00',
    ...(p.monthlyExpenses ? { monthlyExpenses: p.monthlyExpenses } : {}),
    linkType: p.linkType ?? 'APOSENTADO',
    benefit: { number: benefitNumber, kind: 'APOSENTADORIA_POR_IDADE', value: p.benefitValue ?? '3000.00', startDate: p.benefitStart ?? '2015-01-10' },
    ...(p.email ? { email: p.email } : {}),
    ...(p.phone ? { phone: p.phone } : {}),
  });
  if (res.status !== 201) throw new Error(`customer refused ${res.status}: ${JSON.stringify(res.body)}`);
  return { id: String(res.body['id']), cpf, benefitNumber };
}

export async function plainCustomer(c: ChannelClient, fields: Record<string, unknown>): Promise<string> {
  const res = await c.post(c.path('customers'), { name: 'Cliente de Teste', birthDate: '1980-01-01', monthlyIncome: '6000.00', ...fields, cpf: cpfFor(c, fields['cpf'] as string | undefined) });
  if (res.status !== 201) throw new Error(`customer refused ${res.status}: ${JSON.stringify(res.body)}`);
  return String(res.body['id']);
}

/** Creates a proposal (documents too, for DIGITAL) and returns its id. */
export async function propose(c: ChannelClient, body: Record<string, unknown>): Promise<string> {
  const res = await c.post(c.path('proposals'), { operationType: 'NEW', withInsurance: false, ...body }, { 'idempotency-key': randomUUID() });
  if (res.status !== 201) throw new Error(`proposal refused ${res.status}: ${JSON.stringify(res.body)}`);
  const id = String(res.body['id']);
  if (c.channel === 'digital') {
    for (const kind of ['SELFIE', 'ID_FRONT']) {
      const doc = await c.post(c.path(`proposals/${id}/documents`), { kind, mimeType: 'image/png', contentBase64: ONE_PIXEL_PNG });
      if (doc.status !== 201) throw new Error(`document refused ${doc.status}: ${JSON.stringify(doc.body)}`);
    }
  }
  return id;
}

export async function finalState(c: ChannelClient, id: string): Promise<Record<string, any>> {
  return followProposal(c, id, FINAL_STATES, undefined, 150_000);
}

/**
 * For a journey that waits on something else than a final state: waits until the contract of `id`
 * is issued and accepts it as its customer does (R-LN-9 — the CCB read, its hash checked); the view answered.
 */
export async function acceptWhenIssued(c: ChannelClient, id: string): Promise<Record<string, any>> {
  const issued = await waitFor(async () => {
    const p = (await c.proposal(id)).body;
    return awaitsAcceptance(p) ? p : undefined;
  }, { description: `the contract of proposal ${id} issued`, timeoutMs: 90_000, intervalMs: 150 });
  const outcome = await acceptAsCustomer(c, issued);
  if (!outcome.accepted) throw new Error(`the acceptance of proposal ${id} did not go through: ${outcome.retry}`);
  return outcome.view;
}

export async function timeline(c: ChannelClient, id: string): Promise<Array<Record<string, any>>> {
  const res = await c.get<{ entries: Array<Record<string, any>> }>(c.path(`proposals/${id}/timeline`));
  return res.body.entries;
}

export function failedRules(proposal: Record<string, any>): string[] {
  return (proposal['decision']?.reasons ?? []).filter((r: { passed?: boolean }) => r.passed === false).map((r: { code: string }) => r.code);
}

/** Scripts the mock Dataprev: the next `failNext` calls of `operation` on the benefit fail. */
export async function scriptDataprev(benefitNumber: string, operation: string, failNext: number, status: number | 'timeout' = 503): Promise<void> {
  const res = await fetch(`${e2eStack().urls['dataprev-mock']}/admin/chaos/script`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ benefitNumber, operation, failNext, status }),
  });
  if (res.status >= 300) throw new Error(`chaos script refused ${res.status}: ${await res.text()}`);
}
