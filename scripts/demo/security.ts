import type { Caller, StackServiceName } from '@consignado/stack-runner';
import { br } from './format';
import { activeContract, newCustomer } from './life-cycle/contract';
import { type LifeCycleContext, type LifeCycleJourney, servicing } from './life-cycle/context';

/** The six services, each asked one of its routes with no token. */
const PROBES: ReadonlyArray<[StackServiceName, string]> = [
  ['proposal', '/v1/digital/proposals'],
  ['credit-analysis', '/v1/contract-positions/00000000-0000-4000-8000-000000000000'],
  ['loan', '/v1/contracts'],
  ['averbation-connector', '/v1/averbations/00000000-0000-4000-8000-000000000000'],
  ['payment', '/v1/admin/clock'],
  ['notification', '/v1/notifications'],
];

/**
 * R-SEC-1 on the running stack, with real tokens of the local provider: a customer reads their own
 * contract and not another's (404, as if it did not exist), no token opens no API, and an operator
 * without CLOCK_ADMIN cannot move payment's business clock.
 */
export const security: LifeCycleJourney = {
  rows: [
    { label: 'SEGURANÇA · cliente, o próprio contrato', expect: '200' },
    { label: 'SEGURANÇA · contrato de outro cliente', expect: '404' },
    { label: 'SEGURANÇA · sem token, nos 6 serviços', expect: '401' },
    { label: 'SEGURANÇA · relógio sem CLOCK_ADMIN', expect: '403 AUTH.ROLE_REQUIRED' },
  ],
  run,
};

async function run(ctx: LifeCycleContext): Promise<string[]> {
  const tag = '[segurança]';
  const as = (caller: Caller) => servicing(ctx).as(ctx.identity.token(caller));
  const beatriz = await activeContract(ctx, tag, 'digital', 'Beatriz Monteiro Dias', '2500.00', 12);
  const carlos = await newCustomer(ctx, 'digital', 'Carlos Eduardo Nogueira');

  const own = await as({ cpf: beatriz.cpf }).customerContract(beatriz.customerId, beatriz.contractId);
  ctx.log(`${tag} token da cliente Beatriz, o contrato dela: ${own.status}${own.status === 200 ? ` (saldo devedor ${br(own.body['updatedBalance'])})` : ` ${own.body['code']}`}`);
  const other = await as({ cpf: carlos.cpf }).customerContract(beatriz.customerId, beatriz.contractId);
  ctx.log(`${tag} token do cliente Carlos, o contrato de Beatriz: ${other.status} ${other.body['code'] ?? ''} (como se não existisse)`);

  const anonymous = as({ anonymous: true });
  const refusals = await Promise.all(PROBES.map(async ([service, path]) => [service, (await anonymous.read(service, path)).status] as const));
  ctx.log(`${tag} sem token: ${refusals.map(([service, status]) => `${service} ${status}`).join(', ')}`);
  const unexpected = refusals.filter(([, status]) => status !== 401);

  const clock = await ctx.clock.tryAs(as({ staff: 'ana.operadora' }));
  ctx.log(`${tag} operadora ana.operadora (OPERATOR, sem CLOCK_ADMIN) tenta mover o relógio de negócio: ${clock.status} ${clock.body['code'] ?? ''}`);
  return [String(own.status), String(other.status), unexpected.length ? unexpected.map(([s, status]) => `${s} ${status}`).join(', ') : '401', `${clock.status} ${clock.body['code'] ?? ''}`.trim()];
}
