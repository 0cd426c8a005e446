import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';

/** The local mail sink's settings (R-X-4: validated at start by loadConfig). */
export class MailSinkConfig {
  /** HTTP API (GET /messages, DELETE /messages, /health/*). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3091;

  /** SMTP listener: no authentication, no TLS. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  SMTP_PORT = 2525;

  /** Interface both listeners bind to. */
  @IsString()
  HOST = '127.0.0.1';
}
