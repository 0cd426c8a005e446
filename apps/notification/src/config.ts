import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, MaxLength, Min, Validate, type ValidationArguments, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { ApiServiceConfig } from '@consignado/config';

@ValidatorConstraint({ name: 'backoffRange' })
class BackoffRange implements ValidatorConstraintInterface {
  validate(max: number, args: ValidationArguments): boolean {
    return max >= (args.object as NotificationConfig).DELIVERY_BACKOFF_BASE_MS;
  }
  defaultMessage(): string {
    return 'DELIVERY_BACKOFF_MAX_MS must be at least DELIVERY_BACKOFF_BASE_MS';
  }
}

/** Notifications and their delivery (R-NT-1), validated at start (R-X-4); its API takes OIDC tokens (R-SEC-1). */
export class NotificationConfig extends ApiServiceConfig {
  override PORT = 3006;
  override DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/consignado_notification';

  /** Attempts (exponential backoff, capped at 5 s) before an event that keeps failing is dead-lettered. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  EVENT_MAX_ATTEMPTS = 8;

  /** The e-mail adapter's SMTP server (the local mail sink by default). */
  @IsString()
  @Matches(/^[\w.-]+$/, { message: 'SMTP_HOST must be a host name or an IP address' })
  SMTP_HOST = '127.0.0.1';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT = 2525;

  /** The From of every e-mail. */
  @IsString()
  @MaxLength(254)
  @Matches(/^[^<>]*<[^@\s<>]+@[^@\s<>]+>$|^[^@\s<>]+@[^@\s<>]+$/, { message: 'MAIL_FROM must be "Name <address>" or an address' })
  MAIL_FROM = 'ConsignadoHub <nao-responda@consignadohub.com.br>';

  /** Longest wait for the SMTP server to connect, greet or answer. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120_000)
  SMTP_TIMEOUT_MS = 10_000;

  /** How often the delivery worker looks for due deliveries when idle. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  DELIVERY_POLL_INTERVAL_MS = 500;

  /** Deliveries claimed (and sent concurrently) per poll and instance. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  DELIVERY_BATCH_SIZE = 20;

  /** Failed deliveries wait uniform [0, min(MAX, BASE·2^(n−1))] ms after n failures; retried forever. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3_600_000)
  DELIVERY_BACKOFF_BASE_MS = 1_000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86_400_000)
  @Validate(BackoffRange)
  DELIVERY_BACKOFF_MAX_MS = 300_000;

  /** A claimed delivery is another instance's to send after this long (covers the SMTP timeouts). */
  get deliveryLeaseMs(): number {
    return 3 * this.SMTP_TIMEOUT_MS + 30_000;
  }
}
