import { randomUUID } from 'node:crypto';
import { CHANNEL_DEV_KEYS, ChannelClient, FINAL_PROPOSAL_STATES, followProposal, type Channel } from '@consignado/stack-runner';
import { e2eStack } from './stack';
import { randomBenefitNumber, randomCpf } from '@consignado/stack-runner';

export const KEYS: Record<Channel | 'corbanBeta', string> = { ...CHANNEL_DEV_KEYS, corbanBeta: 'corban-beta-dev-key' };

/** A real 1×1 PNG: the proposal service checks a document's bytes against its mimeType. */
export const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const FINAL_STATES = FINAL_PROPOSAL_STATES;

/** `null` sends no key at all. */
export function client(channel: Channel, key: string | null = KEYS[channel]): ChannelClient {
  return new ChannelClient(e2eStack().urls.proposal, channel, key ?? undefined);
}

export interface InssCustomer {
  cpf?: string;
  benefitNumber?: string;
  benefitValue?: string;
  benefitStart?: string;
  birthDate?: string;
  linkType?: 'APOSENTADO' | 'PENSIONISTA';
  /** Where notifications go (CustomerContactChanged → notification). */
  email?: string;
  phone?: string;
}

/** Registers an INSS beneficiary (synthetic unless a fixture's CPF and benefit are given). */
export async function inssCustomer(c: ChannelClient, p: InssCustomer = {}): Promise<{ id: string; benefitNumber: string }> {
  const benefitNumber = p.benefitNumber ?? randomBenefitNumber();
  const res = await c.post(c.path('customers'), {
    cpf: p.cpf ?? randomCpf(),
    name: 'Cliente de Teste',
    birthDate: p.birthDate ?? '1960-03-15',
    monthlyIncome: p.benefitValue ?? '3000.00',
    linkType: p.linkType ?? 'APOSENTADO',
    benefit: { number: benefitNumber, kind: 'APOSENTADORIA_POR_IDADE', value: p.benefitValue ?? '3000.00', startDate: p.benefitStart ?? '2015-01-10' },
    ...(p.email ? { email: p.email } : {}),
    ...(p.phone ? { phone: p.phone } : {}),
  });
  if (res.status !== 201) throw new Error(`customer refused ${res.status}: ${JSON.stringify(res.body)}`);
  return { id: String(res.body['id']), benefitNumber };
}

export async function plainCustomer(c: ChannelClient, fields: Record<string, unknown>): Promise<string> {
  const res = await c.post(c.path('customers'), { cpf: randomCpf(), name: 'Cliente de Teste', birthDate: '1980-01-01', monthlyIncome: '6000.00', ...fields });
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
