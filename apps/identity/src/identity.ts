import type { AddressInfo } from 'node:net';
import { FieldCipher } from '@consignado/core';
import { AccountDirectory } from './accounts/account-directory';
import { accountAdminCheck } from './accounts/close-account';
import { CustomerStore } from './accounts/customer-store';
import type { IdentityConfig } from './config';
import { CLIENTS, STAFF } from './domain/registry';
import { createIdentityServer } from './http/server';
import { createProvider, type Log } from './provider/create-provider';
import { publicJwk } from './secrets/keys';
import { ensureSecrets } from './secrets/secrets';

/** A running identity provider. */
export interface RunningIdentity {
  issuer: string;
  port: number;
  close(): Promise<void>;
}

/** Generates what is missing in the secrets directory, opens the account store, listens. */
export async function startIdentity(config: IdentityConfig, log: Log): Promise<RunningIdentity> {
  const secrets = await ensureSecrets(config.secretsDir, CLIENTS, STAFF);
  const customers = await CustomerStore.open(config.IDENTITY_DATABASE_URL, new FieldCipher(secrets.piiKeyRing));
  const accounts = new AccountDirectory(customers, { roles: STAFF, hashes: secrets.staffHashes });
  const provider = createProvider({ issuer: config.issuer, secrets, accounts }, log);
  const accountAdmin = accountAdminCheck(config.issuer, secrets.signingKeys.map(publicJwk));
  const server = createIdentityServer({ provider, accounts, customers, accountAdmin, log });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.IDENTITY_PORT, config.HOST, resolve);
  });
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await customers.close();
  };
  return { issuer: config.issuer, port: (server.address() as AddressInfo).port, close };
}
