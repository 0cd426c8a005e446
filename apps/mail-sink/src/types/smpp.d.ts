/**
 * The part of the `smpp` package (0.5.1, untyped) the local SMSC and its tests use. Names differ
 * from notification's declaration of the same module so that the two merge without clashing.
 */
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server } from 'node:net';

  /** A decoded PDU: header fields, then the command's parameters and TLVs by their SMPP names. */
  export interface SmppPdu {
    command: string;
    command_status: number;
    sequence_number: number;
    [field: string]: unknown;
    isResponse(): boolean;
    /** The matching response (generic_nack for an unknown command), header only when it carries an error status. */
    response(options?: Record<string, unknown>): SmppPdu;
  }

  type Reply = (pdu: SmppPdu) => void;

  export interface SmppSession extends EventEmitter {
    /** For a response PDU, the callback runs once it is written. */
    send(pdu: SmppPdu, callback?: Reply): boolean;
    bind_transceiver(options: Record<string, unknown>, callback?: Reply): boolean;
    bind_transmitter(options: Record<string, unknown>, callback?: Reply): boolean;
    submit_sm(options: Record<string, unknown>, callback?: Reply): boolean;
    deliver_sm(options: Record<string, unknown>, callback?: Reply): boolean;
    enquire_link(callback?: Reply): boolean;
    unbind(callback?: Reply): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
  }

  export interface SmppServer extends Server {
    /** The open sessions. */
    sessions: SmppSession[];
  }

  export function createServer(listener: (session: SmppSession) => void): SmppServer;
  /** `smpp://host:port`. */
  export function connect(url: string, listener?: () => void): SmppSession;
}
