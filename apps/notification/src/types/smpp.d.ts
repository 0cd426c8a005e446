/** The part of the `smpp` package (0.5.1, untyped) the SMS adapter uses. */
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Socket } from 'node:net';

  export interface Pdu {
    command: string;
    command_status: number;
    message_id?: string;
    /** The response PDU to a request received (enquire_link, deliver_sm). */
    response(options?: Record<string, unknown>): Pdu;
  }

  export interface Session extends EventEmitter {
    readonly socket: Socket;
    bind_transceiver(options: Record<string, unknown>, callback: (pdu: Pdu) => void): void;
    submit_sm(options: Record<string, unknown>, callback: (pdu: Pdu) => void): void;
    /** false when the connection no longer takes writes: the callback then never runs. */
    unbind(options?: Record<string, unknown>, callback?: (pdu: Pdu) => void): boolean;
    send(pdu: Pdu): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
  }

  export function connect(options: { url: string; auto_enquire_link_period?: number; connectTimeout?: number }, listener?: () => void): Session;
}
