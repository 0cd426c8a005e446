import { CustomerClient, randomBenefitNumber } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { activeContract } from './life-cycle/contract';
import { channel, expectOk, type LifeCycleContext, type LifeCycleJourney } from './life-cycle/context';
import { follow } from './life-cycle/wait';

/**
 * LGPD data-subject requests (R-SEC-3) on the running stack: a customer exports what the six
 * services hold on her; an erasure while her contract is in force is kept by loan (RETAINED); a
 * customer whose proposal was refused is anonymized everywhere.
 */
export const privacy: LifeCycleJourney = {
  rows: [
    { label: 'LGPD · exportação dos dados do titular', expect: '6 seções' },
    { label: 'LGPD · anonimização, contrato vigente', expect: 'RETAINED CONTRACT_IN_FORCE' },
    { label: 'LGPD · anonimização, sem contrato', expect: 'ANONYMIZED' },
  ],
  run,
};

async function run(ctx: LifeCycleContext): Promise<string[]> {
  const tag = '[lgpd]';
  const helena = await activeContract(ctx, tag, 'digital', 'Helena Prado Lima', '1800.00', 12);
  const own = ctx.identity.privacy(ctx.stack.urls, { cpf: helena.cpf });
  const exported = expectOk(await own.exportAll(helena.customerId), 'exportação');
  const sections = Object.keys(exported.body['sections']);
  ctx.log(`${tag} Helena exporta os próprios dados: seções de ${sections.join(', ')}`);
  const kept = await erasure(ctx, tag, ctx.identity.privacy(ctx.stack.urls, { staff: 'diana.privacidade' }), helena.customerId, 'encarregada diana.privacidade pede a anonimização de Helena');

  // Born in 1946: 84 months would end past the age limit (D-9), so credit analysis refuses.
  const app = channel(ctx, 'digital') as CustomerClient;
  const registered = expectOk(await app.post(app.path('customers'), {
    cpf: app.cpf, name: 'Otávio Ramos Leite', birthDate: '1946-01-01', monthlyIncome: '3000.00', linkType: 'APOSENTADO',
    benefit: { number: randomBenefitNumber(), kind: 'APOSENTADORIA_POR_IDADE', value: '3000.00', startDate: '2010-02-01' },
  }), 'cliente');
  const otavio = String(registered.body['id']);
  const proposal = expectOk(await app.propose({ customerId: otavio, product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: '5000.00', termMonths: 84, withInsurance: false }), 'proposta');
  await follow(ctx.log, app, String(proposal.body['id']), tag);
  const erased = await erasure(ctx, tag, ctx.identity.privacy(ctx.stack.urls, { cpf: app.cpf }), otavio, 'Otávio (proposta recusada) pede a anonimização dos próprios dados');
  return [`${sections.length} seções`, kept, erased];
}

async function erasure(ctx: LifeCycleContext, tag: string, client: ReturnType<LifeCycleContext['identity']['privacy']>, customerId: string, what: string): Promise<string> {
  const opened = expectOk(await client.requestErasure(customerId), 'pedido de anonimização');
  ctx.log(`${tag} ${what}: ${opened.body['state']}`);
  const closed = await waitFor(async () => {
    const res = await client.erasureRequest(customerId, String(opened.body['requestId']));
    return res.body['state'] !== 'PENDING' ? res.body : undefined;
  }, { description: 'decisão do loan', timeoutMs: 60_000, intervalMs: 250 });
  ctx.log(`${tag} decisão do loan: ${closed['state']}${closed['reason'] ? ` (${closed['reason']})` : ''}`);
  return `${closed['state']}${closed['reason'] ? ` ${closed['reason']}` : ''}`;
}
