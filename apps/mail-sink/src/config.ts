import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min, Validate, ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';

/** A listener's port differs from the other listeners' (constraints); 0, any free port, always does. */
@ValidatorConstraint({ name: 'differentPort' })
class DifferentPort implements ValidatorConstraintInterface {
  validate(port: unknown, args: ValidationArguments): boolean {
    const config = args.object as unknown as Record<string, unknown>;
    return port === 0 || args.constraints.every((other: string) => config[other] !== port);
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must differ from ${args.constraints.join(' and ')}`;
  }
}

/** The local sinks' settings (R-X-4: validated at start by loadConfig). */
export class MailSinkConfig {
  /** HTTP API: e-mail, SMS and push inboxes, the push endpoint, /health/*. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  @Validate(DifferentPort, ['SMTP_PORT', 'SMPP_PORT'])
  PORT = 3091;

  /** SMTP listener: no authentication, no TLS. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  @Validate(DifferentPort, ['SMPP_PORT'])
  SMTP_PORT = 2525;

  /** SMPP v3.4 listener: the local SMSC. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  SMPP_PORT = 2775;

  /** Password of the one SMPP account (system_id `consignado`). */
  @IsString()
  @Length(1, 8, { message: 'SMPP_PASSWORD must be 1 to 8 characters (the SMPP v3.4 password field holds 8)' })
  SMPP_PASSWORD = 'dev-smpp';

  /** Interface all three listeners bind to. */
  @IsString()
  HOST = '127.0.0.1';
}
