import { join } from 'node:path';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** The identity provider's settings (validated at start by loadConfig). */
export class IdentityConfig {
  /** Port of the provider; the issuer is `http://127.0.0.1:<port>` whatever HOST is. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  IDENTITY_PORT = 9400;

  /** Interface the HTTP server binds to. */
  @IsString()
  HOST = '127.0.0.1';

  /** Customer accounts (table customer_login, created at boot; the CPF sealed and hashed). */
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'IDENTITY_DATABASE_URL must be a postgres:// URL' })
  IDENTITY_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/consignado_identity';

  /** Generated keys and passwords; default infra/.run/identity of the repository. */
  @IsOptional()
  @IsString()
  IDENTITY_DIR?: string;

  get issuer(): string {
    return `http://127.0.0.1:${this.IDENTITY_PORT}`;
  }

  get secretsDir(): string {
    return this.IDENTITY_DIR || join(__dirname, '..', '..', '..', 'infra', '.run', 'identity');
  }
}
