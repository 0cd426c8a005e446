/**
 * @consignado/mock-kit — what the mocks of external systems (Dataprev, the CTC, the insurer, the rail) share:
 * chaos (latency, outages, random and scripted failures, held calls), its configuration (chaosEnvConfig)
 * and admin request, and the interval loop their workers run on.
 */
export { ChaosCall } from './chaos/chaos-call.decorator';
export { ChaosFailure, type ChaosProblems, type ChaosStatus } from './chaos/chaos-failure';
export { ChaosFailureFilter } from './chaos/chaos-failure.filter';
export { CHAOS_OPERATION, CHAOS_SUBJECT, ChaosInterceptor, type ChaosSubject } from './chaos/chaos.interceptor';
export { ChaosService, type ChaosOptions, type ChaosUpdate, type ChaosView } from './chaos/chaos.service';
export { OutageWindows, outageList } from './chaos/chaos-config';
export { UpdateChaosRequest } from './chaos/update-chaos.request';
export { sleep } from './chaos/sleep';
export { CallLog, type CallCounts } from './chaos/domain/call-log';
export { decide, type ChaosDecision } from './chaos/domain/chaos-decision';
export { ChaosSettingsError } from './chaos/domain/chaos-error';
export { ChaosScript, SCRIPTED_FAILURES, type ScriptEntry, type ScriptedFailure } from './chaos/domain/chaos-script';
export { ChaosSettings, type ChaosSettingsValues } from './chaos/domain/chaos-settings';
export { parseOutages, type OutageWindow } from './chaos/domain/outage-window';
export { randomSeed, seededRandom } from './chaos/domain/prng';
export { IntervalRunner } from '@consignado/service-kit';
export { chaosEnvConfig, type ChaosEnv, type ChaosEnvDefaults, type ChaosEnvOptions } from './chaos/chaos-env.config';
