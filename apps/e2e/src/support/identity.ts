import { StackIdentity } from '@consignado/stack-runner';
import { testEndpoints } from '@consignado/testing';

let shared: StackIdentity | undefined;

/**
 * The e2e run's callers with real tokens from the local provider (`node infra/stack.mjs up`
 * starts it): one per test process, so every token and customer session is fetched once.
 */
export function e2eIdentity(): StackIdentity {
  shared ??= StackIdentity.local(testEndpoints().oidcIssuer);
  return shared;
}
