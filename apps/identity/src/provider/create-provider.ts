import { Provider } from 'oidc-provider';
import { providerConfiguration, type ProviderDeps } from './configuration';

export type Log = (msg: string, detail?: Record<string, unknown>) => void;

/**
 * The certified OpenID Provider (oidc-provider) for the platform. Its server errors are logged
 * with their message only: never a request body (CPFs, passwords, assertions).
 */
export function createProvider(deps: ProviderDeps, log: Log): Provider {
  const provider = new Provider(deps.issuer, providerConfiguration(deps));
  provider.on('server_error', (_ctx, error) => log('server error', { error: describe(error) }));
  provider.on('grant.error', (_ctx, error) => log('token request refused', { error: describe(error) }));
  return provider;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const detail = (error as Error & { error_description?: string }).error_description;
  return detail ? `${error.message}: ${detail}` : error.message;
}
