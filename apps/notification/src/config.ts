import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, MaxLength, Min, Validate } from 'class-validator';
import { ApiServiceConfig, AtLeast, InProduction, NotInProduction } from '@consignado/config';

/** The public development VAPID key pair: refused in production, like every development secret. */
const DEV_VAPID = {
  publicKey: 'BOICQQZOkzwZNoSaC-E1ssbNovEKPsEQ94DOwNuF26FagJIe1EKXrIJGOB1n0jrW-niF349DrBtxSKSSBIUBDFA',
  privateKey: 'Ym2eYi0T6Md74SYMAvmiUfIg5P4tbrUcbje815-m-Lo',
};

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
  @Validate(AtLeast, ['DELIVERY_BACKOFF_BASE_MS'])
  DELIVERY_BACKOFF_MAX_MS = 300_000;

  /** The SMS adapter's SMSC (SMPP v3.4; the local sink by default), bound as a transceiver. */
  @IsString()
  @Matches(/^smpp:\/\/[\w.-]+(:\d{1,5})?$/, { message: 'SMPP_URL must be smpp://host[:port]' })
  SMPP_URL = 'smpp://127.0.0.1:2775';

  @IsString()
  @Matches(/^[\x21-\x7e]{1,15}$/, { message: 'SMPP_SYSTEM_ID must be 1–15 visible ASCII characters' })
  SMPP_SYSTEM_ID = 'consignado';

  @IsString()
  @Matches(/^[\x21-\x7e]{1,8}$/, { message: 'SMPP_PASSWORD must be 1–8 visible ASCII characters (SMPP v3.4)' })
  @NotInProduction('dev-smpp', 'SMPP_PASSWORD must be set in production (the development password is refused)')
  SMPP_PASSWORD = 'dev-smpp';

  /** The sender name customers see (alphanumeric, at most 11 characters). */
  @IsString()
  @Matches(/^[A-Za-z0-9 ]{1,11}$/, { message: 'SMS_SENDER must be 1–11 letters, digits or spaces' })
  SMS_SENDER = 'CONSIGNADO';

  /** Longest wait for the SMSC to connect, bind or answer a submit_sm. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120_000)
  SMS_TIMEOUT_MS = 10_000;

  /** VAPID (RFC 8292) key pair the push adapter signs with; the public key is the one apps subscribe with. */
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{87}$/, { message: 'VAPID_PUBLIC_KEY must be a base64url P-256 public key (87 characters)' })
  @NotInProduction(DEV_VAPID.publicKey, 'VAPID_PUBLIC_KEY must be set in production (the development key pair is refused)')
  VAPID_PUBLIC_KEY = DEV_VAPID.publicKey;

  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'VAPID_PRIVATE_KEY must be a base64url P-256 private key (43 characters)' })
  @NotInProduction(DEV_VAPID.privateKey, 'VAPID_PRIVATE_KEY must be set in production (the development key pair is refused)')
  VAPID_PRIVATE_KEY = DEV_VAPID.privateKey;

  /** Who push services may contact about our pushes (VAPID `sub`). */
  @IsString()
  @Matches(/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/, { message: 'VAPID_SUBJECT must be a mailto: or https: URL' })
  VAPID_SUBJECT = 'mailto:notificacoes@consignadohub.com.br';

  /**
   * The push services a subscription may point at (comma-separated origins): notification POSTs to
   * the endpoint a customer gives, so only these are accepted (no request to arbitrary hosts).
   */
  @IsString()
  @Matches(/^https?:\/\/[\w.-]+(:\d{1,5})?(,https?:\/\/[\w.-]+(:\d{1,5})?)*$/, { message: 'PUSH_ALLOWED_ORIGINS must be comma-separated http(s)://host[:port] origins' })
  @InProduction((v) => typeof v === 'string' && v.split(',').every((o) => o.startsWith('https://')), 'PUSH_ALLOWED_ORIGINS must be https:// origins in production')
  PUSH_ALLOWED_ORIGINS = 'http://127.0.0.1:3091';

  /** Longest wait for a push service to answer. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120_000)
  PUSH_TIMEOUT_MS = 10_000;

  get pushAllowedOrigins(): string[] {
    return this.PUSH_ALLOWED_ORIGINS.split(',');
  }

  /** A claimed delivery is another instance's to send after this long (covers the SMTP timeouts). */
  get deliveryLeaseMs(): number {
    return 3 * Math.max(this.SMTP_TIMEOUT_MS, this.SMS_TIMEOUT_MS, this.PUSH_TIMEOUT_MS) + 30_000;
  }
}
