import { createServer, type SmppPdu, type SmppServer, type SmppSession } from 'smpp';
import { CommandStatus } from '../domain/sms/command-status';
import type { SmsCenter } from '../domain/sms/sms-center';
import { smsText } from '../domain/sms/sms-text';
import { sendDeliveryReceipt } from './delivery-receipt-pdu';

type Bind = 'bind_transceiver' | 'bind_transmitter';

/**
 * The local SMSC over SMPP v3.4: bind_transceiver or bind_transmitter as `consignado`, submit_sm
 * (with a delivery receipt on transceiver sessions when registered_delivery asks), enquire_link
 * and unbind. Anything else gets ESME_RINVCMDID (generic_nack for an unknown command id).
 */
export function createSmsc(center: SmsCenter): SmppServer {
  return createServer((session) => {
    let bound: Bind | undefined;
    // A client that resets the connection ends its own session, never the sink.
    session.on('error', () => session.destroy());
    session.on('pdu', (pdu: SmppPdu) => {
      if (pdu.isResponse()) return;
      if (pdu.command === 'bind_transceiver' || pdu.command === 'bind_transmitter') bound = bind(session, pdu, center, bound);
      else if (pdu.command === 'submit_sm') submit(session, pdu, center, bound);
      else if (pdu.command === 'enquire_link') session.send(pdu.response());
      else if (pdu.command === 'unbind') session.send(pdu.response(), () => session.close());
      else session.send(pdu.response({ command_status: CommandStatus.ESME_RINVCMDID }));
    });
  });
}

/** The session's bind after this request; a refused bind is answered, then the connection closed. */
function bind(session: SmppSession, pdu: SmppPdu, center: SmsCenter, bound: Bind | undefined): Bind | undefined {
  if (bound) {
    session.send(pdu.response({ command_status: CommandStatus.ESME_RALYBND }));
    return bound;
  }
  const status = center.bind(String(pdu.system_id ?? ''), String(pdu.password ?? ''));
  if (status !== CommandStatus.ESME_ROK) {
    session.send(pdu.response({ command_status: status }), () => session.close());
    return undefined;
  }
  session.send(pdu.response({ system_id: 'mail-sink' }));
  return pdu.command as Bind;
}

function submit(session: SmppSession, pdu: SmppPdu, center: SmsCenter, bound: Bind | undefined): void {
  if (!bound) return void session.send(pdu.response({ command_status: CommandStatus.ESME_RINVBNDSTS }));
  const { status, sms } = center.submit({ from: String(pdu.source_addr ?? ''), to: String(pdu.destination_addr ?? ''), text: smsText(pdu), dataCoding: Number(pdu.data_coding ?? 0) });
  if (!sms) return void session.send(pdu.response({ command_status: status }));
  session.send(pdu.response({ message_id: sms.id }));
  // A transmitter session cannot receive deliver_sm (SMPP v3.4 §2.2.1).
  if (bound === 'bind_transceiver') sendDeliveryReceipt(session, pdu, sms);
}
