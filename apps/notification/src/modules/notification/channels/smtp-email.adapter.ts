import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { NotificationConfig } from '../../../config';
import type { DeliveryAdapter, OutgoingMessage } from './delivery-adapter';

/** E-mail over real SMTP (nodemailer): UTF-8 subject and plain-text body, one connection per message. */
@Injectable()
export class SmtpEmailAdapter implements DeliveryAdapter, OnApplicationShutdown {
  readonly channel = 'EMAIL' as const;
  private readonly transport: Transporter;

  constructor(private readonly config: NotificationConfig) {
    this.transport = nodemailer.createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: false,
      connectionTimeout: config.SMTP_TIMEOUT_MS,
      greetingTimeout: config.SMTP_TIMEOUT_MS,
      socketTimeout: config.SMTP_TIMEOUT_MS,
      // nodemailer's own logger would print recipients: keep it off (R-X-2).
      logger: false,
    });
  }

  async send(message: OutgoingMessage, address: string): Promise<void> {
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: address,
      subject: message.subject,
      text: message.body,
      headers: { 'X-Notification-Id': message.notificationId },
    });
  }

  /** After the delivery worker drained (beforeApplicationShutdown). */
  onApplicationShutdown(): void {
    this.transport.close();
  }
}
