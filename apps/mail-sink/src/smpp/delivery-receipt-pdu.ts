import type { SmppPdu, SmppSession } from 'smpp';
import { deliveryReceipt, wantsReceipt } from '../domain/sms/delivery-receipt';
import type { Sms } from '../domain/sms/sms-center';

/** esm_class of a deliver_sm that carries an SMSC delivery receipt (SMPP v3.4 §5.2.12). */
const MC_DELIVERY_RECEIPT = 0x04;
/** message_state DELIVERED (SMPP v3.4 §5.2.28). */
const DELIVERED = 2;

/**
 * When the submit_sm asked for one, a deliver_sm receipt back to the ESME, from the recipient's
 * address: Appendix B text plus the receipted_message_id and message_state TLVs. Its
 * deliver_sm_resp is not waited for.
 */
export function sendDeliveryReceipt(session: SmppSession, submit: SmppPdu, sms: Sms): void {
  if (!wantsReceipt(Number(submit.registered_delivery ?? 0))) return;
  session.deliver_sm({
    source_addr_ton: submit.dest_addr_ton,
    source_addr_npi: submit.dest_addr_npi,
    source_addr: sms.to,
    dest_addr_ton: submit.source_addr_ton,
    dest_addr_npi: submit.source_addr_npi,
    destination_addr: sms.from,
    esm_class: MC_DELIVERY_RECEIPT,
    short_message: deliveryReceipt(sms, new Date()),
    receipted_message_id: sms.id,
    message_state: DELIVERED,
  });
}
