/**
 * The stack's main job (`npm start`): starts the stack's processes, walks the sample journeys (each approved one's CCB read
 * and accepted, then on until the released amount reached the customer's account), collects one contract to SETTLED,
 * walks the contract life cycle (early settlement, extra amortization, refinancing, portability in and out) and shows who may
 * do what (Segurança), and keeps serving until Ctrl-C. `--exit` stops after the journeys (used to smoke-test the demo); `--instances N`
 * runs N instances of each consuming service. Every
 * call carries a real token of the local identity provider (`node infra/stack.mjs up` starts it, port 9400).
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { type ChannelClient, launchStack, type RunningStack, StackIdentity, STACK_SERVICES } from '@consignado/stack-runner';
import { DemoClock } from './clock';
import { instancesArg, scaleOut } from './instances';
import { journeys, SAMPLE_DOCUMENT, type Journey } from './journeys';
import { lifeCycleJourneys, type Outcome, walkJourney, workout } from './life-cycle';
import { follow } from './life-cycle/wait';
import { privacy } from './privacy';
import { releasedFunds } from './release';
import { security } from './security';
import { serviceToSettlement } from './servicing';

const root = join(__dirname, '..', '..');
const started = Date.now();
const clock = () => `${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s`;

async function main(): Promise<void> {
  const instances = instancesArg(process.argv);
  const identity = StackIdentity.local();
  await identity.ready().catch((e: Error) => {
    throw new Error(`o provedor de identidade não respondeu (${e.message}); suba a infraestrutura com \`node infra/stack.mjs up\``);
  });
  console.log(`${clock()}  starting the ${STACK_SERVICES.length} processes (logs in infra/.run/logs/)…`);
  const stack = await launchStack({
    root,
    logDir: join(root, 'infra', '.run', 'logs'),
    // `npm start -- --brokers 3` passes the cluster's three nodes; unset, the launcher's single broker.
    kafkaBrokers: process.env['KAFKA_BROKERS'] || undefined,
    onExit: (service, code) => code !== 0 && code !== null && console.error(`${clock()}  ${service} exited with code ${code}`),
  });
  process.once('SIGINT', () => void shutdown(stack));
  process.once('SIGTERM', () => void shutdown(stack));
  const log = (line: string) => console.log(`${clock()}  ${line}`);
  await scaleOut(stack, instances, log);
  console.log(`${clock()}  all services ready\n`);
  const backOffice = identity.servicing(stack.urls);
  const businessClock = new DemoClock(backOffice);
  await businessClock.reset(); // a run stopped midway may have left it ahead

  const ctx = { stack, identity, clock: businessClock, log };
  const lifeCycle = lifeCycleJourneys(ctx);
  const securityRows = walkJourney(ctx, security);
  const privacyRows = walkJourney(ctx, privacy);
  const results = await Promise.all(journeys().map((j) => walk(stack, identity, j).catch((e: Error) => ({ journey: j, state: `ERRO: ${e.message}` } as Walked))));
  const sample = results.find((r) => r.journey.servicing && r.contract);
  let servicing = 'não executada';
  if (sample?.contract) {
    console.log('');
    servicing = await serviceToSettlement(backOffice, businessClock, { ...sample.contract, customerToken: identity.token({ cpf: sample.contract.cpf }) }, log).catch((e: Error) => `ERRO: ${e.message}`);
  }
  const lifeCycleRows = await lifeCycle;
  const securityOutcomes = await securityRows;
  const privacyOutcomes = await privacyRows;
  await businessClock.reset();
  // The workout needs a due date passed: alone, on a clock back at the system date, then back again.
  const workoutRows = await walkJourney(ctx, workout);
  await businessClock.reset();
  log('relógio de negócio de volta à data do sistema');
  const rows: Outcome[] = [
    ...results.map((r) => ({ label: r.journey.label, state: r.state, expect: r.journey.expect })),
    { label: 'cobrança até a liquidação', state: servicing, expect: 'SETTLED' },
    ...lifeCycleRows,
    ...workoutRows,
    ...securityOutcomes,
    ...privacyOutcomes,
  ];
  console.log('\nResumo');
  for (const r of rows) console.log(`  ${r.label.padEnd(40)} ${r.state.padEnd(27)} (esperado ${r.expect})`);
  const allOk = rows.every((r) => r.state === r.expect);
  printUrls(stack);
  if (process.argv.includes('--exit')) return shutdown(stack, allOk ? 0 : 1);
  console.log('\nServing. Ctrl-C stops everything.');
}

interface Walked {
  journey: Journey;
  state: string;
  contract?: { contractId: string; customerId: string; benefitNumber: string; email: string; phone: string; cpf: string };
}

/** A journey's proposal walked on its channel: DIGITAL as its customer (the journey's CPF), else as its channel's client or `journey.caller`. */
async function walk(stack: RunningStack, identity: StackIdentity, journey: Journey): Promise<Walked> {
  const caller = journey.channel === 'digital' ? { cpf: String(journey.customer['cpf']) } : journey.caller && { client: journey.caller };
  const client = identity.channel(stack.urls, journey.channel, caller);
  const tag = `[${journey.label}]`;
  const customerId = await ensureCustomer(client, journey);
  if (journey.payout) {
    const registered = await client.setPayoutAccount(customerId, journey.payout(String(journey.customer['cpf']).replace(/\D/g, '')));
    if (registered.status !== 200) throw new Error(`conta para crédito recusada (${registered.status}): ${JSON.stringify(registered.body)}`);
  }
  const created = await client.post(client.path('proposals'), { customerId, ...journey.proposal }, { 'idempotency-key': randomUUID() });
  if (created.status !== 201) throw new Error(`proposta recusada (${created.status}): ${JSON.stringify(created.body)}`);
  const proposalId = String(created.body['id'] ?? created.body['proposalId']);
  console.log(`${clock()}  ${tag} proposta ${proposalId} criada`);
  if (journey.channel === 'digital') {
    for (const kind of ['SELFIE', 'ID_FRONT']) {
      await client.post(client.path(`proposals/${proposalId}/documents`), { kind, mimeType: 'image/png', contentBase64: SAMPLE_DOCUMENT });
    }
    console.log(`${clock()}  ${tag} selfie e documento enviados`);
  }
  const final = await follow((line) => console.log(`${clock()}  ${line}`), client, proposalId, tag);
  if (final['contractId']) console.log(`${clock()}  ${tag}   contrato: ${stack.urls.loan}/v1/contracts/${final['contractId']}`);
  const contractId = final['contractId'] ? String(final['contractId']) : undefined;
  if (contractId && final['state'] === 'CONTRACTED' && journey.payout) await releasedFunds(identity.servicing(stack.urls), contractId, (line) => console.log(`${clock()}  ${line}`), tag);
  const benefit = journey.customer['benefit'] as { number?: string } | undefined;
  const contract = contractId && benefit?.number
    ? { contractId, customerId, benefitNumber: benefit.number, email: String(journey.customer['email'] ?? ''), phone: String(journey.customer['phone'] ?? ''), cpf: String(journey.customer['cpf']) }
    : undefined;
  return { journey, state: String(final['state']), ...(contract ? { contract } : {}) };
}

async function ensureCustomer(client: ChannelClient, journey: Journey): Promise<string> {
  const res = await client.post(client.path('customers'), journey.customer);
  if (res.status === 201) return String(res.body['id']);
  const existing = (res.body['details'] as { customerId?: string } | undefined)?.customerId;
  if (res.status === 409 && existing) return String(existing);
  throw new Error(`cliente recusado (${res.status}): ${JSON.stringify(res.body)}`);
}

function printUrls(stack: RunningStack): void {
  console.log('\nAPIs');
  for (const s of STACK_SERVICES) console.log(`  ${s.name.padEnd(22)} ${stack.urls[s.name]}   docs: ${stack.urls[s.name]}/docs`);
}

async function shutdown(stack: RunningStack, code = 0): Promise<void> {
  console.log(`\n${clock()}  stopping services…`);
  await stack.stop();
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
