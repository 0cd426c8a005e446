import { Logger } from '@nestjs/common';
import type { Logger as MessagingLogger } from '@consignado/messaging';

/** Messaging's logs through the service's JSON logger (level, correlationId), not straight to stdout. */
export function messagingLogger(context: string): MessagingLogger {
  const nest = new Logger(context);
  return {
    debug: (msg, fields) => nest.debug(msg, fields),
    info: (msg, fields) => nest.log(msg, fields),
    warn: (msg, fields) => nest.warn(msg, fields),
    error: (msg, fields) => nest.error(msg, fields),
  };
}
