import { loadConfig } from '@consignado/config';
import { IdentityConfig } from './config';
import { startIdentity } from './identity';

/** The local OpenID Provider (oidc-provider): started by `node infra/stack.mjs up`. */
async function main(): Promise<void> {
  const config = loadConfig(IdentityConfig);
  const identity = await startIdentity(config, log);
  log('identity provider listening', { issuer: identity.issuer, port: identity.port, host: config.HOST });
  const stop = (signal: string) => {
    log('stopping', { signal });
    identity.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

/** One JSON line per event; never a CPF, a password, a token or an assertion. */
function log(msg: string, detail: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ time: new Date().toISOString(), level: 'info', service: 'identity', msg, detail }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
