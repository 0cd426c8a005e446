import { ContractNotFoundError } from '../../domain/billing.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The path's contract id, lower-cased; anything but a UUID is a contract that does not exist. */
export function contractIdOf(path: string): string {
  const id = path.toLowerCase();
  if (!UUID.test(id)) throw new ContractNotFoundError();
  return id;
}
