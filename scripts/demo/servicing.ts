import { randomUUID } from 'node:crypto';
import { IsoDate } from '@consignado/finance';
import type { NotificationRecord, ServicingClient, TokenSource } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import type { DemoClock } from './clock';
import { br, brDate } from './format';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of the services, read field by field
type Json = Record<string, any>;
type Log = (line: string) => void;

export interface ServicedContract {
  contractId: string;
  customerId: string;
  benefitNumber: string;
  email: string;
  phone: string;
  /** The customer's own token: only they register their phone for push. */
  customerToken: TokenSource;
}

/**
 * The servicing half of `npm start`: takes one freshly activated consignado contract to SETTLED by
 * moving payment's business clock month by month (main puts it back at the end) — reminders from
 * the daily job, payroll remittances, one installment paid 10 days late with fine and mora — and
 * prints each charge and each notification (with the e-mail, SMS and push the mail sink received —
 * the customer registers a device for push first) as it happens.
 * `s` is the back office (servicing-ops; payroll-source sends the remittances).
 */
export async function serviceToSettlement(s: ServicingClient, clock: DemoClock, sample: ServicedContract, log: Log): Promise<string> {
  const tag = '[cobrança]';
  const printed = new Set<string>();
  const awaited = new Set<string>();
  /** Waits for a notification of `expected` not waited for before, then prints every one not printed yet. */
  const printNotifications = async (expected: string) => {
    const found = await waitFor(async () => {
      const all = await s.notifications(sample.customerId);
      const next = all.find((n) => n.template === expected && !awaited.has(n.id));
      return next ? { all, next } : undefined;
    }, { description: `notificação ${expected}`, timeoutMs: 60_000 });
    awaited.add(found.next.id);
    for (const n of found.all.filter((x: NotificationRecord) => !printed.has(x.id))) {
      printed.add(n.id);
      log(`${tag}   notificação ${n.template}: "${n.subject}"`);
      log(`${tag}     ${n.body.split('\n').join(' ')}`);
    }
    const subject = found.next.subject;
    const mail = await waitFor(async () => (await s.mailbox(sample.email)).find((m) => m.subject === subject), { description: 'e-mail no mail sink', timeoutMs: 60_000 }).catch(() => undefined);
    if (mail) log(`${tag}     e-mail entregue via SMTP a ${mail.to.join(', ')}`);
    const channels = new Set((found.next.deliveries ?? []).map((d) => d.channel));
    const sms = channels.has('SMS') && (await waitFor(async () => (await s.smsInbox(sample.phone)).find((m) => m.text.startsWith(`${subject}:`)), { description: 'SMS no SMSC', timeoutMs: 60_000 }).catch(() => undefined));
    if (sms) log(`${tag}     SMS entregue via SMPP ao celular final ${sample.phone.slice(-4)}`);
    const push = device && channels.has('PUSH') && (await waitFor(async () => (await s.pushInbox(device.id)).find((m) => (JSON.parse(m.payload) as { title?: string }).title === subject), { description: 'push no aparelho', timeoutMs: 60_000 }).catch(() => undefined));
    if (push) log(`${tag}     push entregue ao aparelho do cliente (Web Push, decifrado no aparelho)`);
  };

  // The customer's phone subscribes to push in the app (a device at the sink's push service), from now on.
  const sinkDevice = await s.newPushDevice();
  const registered = await s.as(sample.customerToken).registerPushDevice(sinkDevice);
  const device = registered.status === 201 ? sinkDevice : undefined;
  log(`${tag} o cliente ativa as notificações push no app: ${registered.status === 201 ? 'aparelho cadastrado' : `recusado (${registered.status})`}`);
  const contract = (await s.contract(sample.contractId)).body;
  const rows: Json[] = contract['installments'];
  log(`${tag} contrato ${sample.contractId}: ${rows.length} parcelas de ${br(contract['installmentAmount'])}, a primeira em ${brDate(rows[0]['dueDate'])}`);
  await waitFor(async () => ((await s.billing(sample.contractId)).body['payrollDeduction'] ? true : undefined), { description: 'cobrança aberta no payment' });
  await printNotifications('CONTRACT_ACTIVATED');

  const late = 2;
  for (const row of rows) {
    const n: number = row['number'];
    const due: string = row['dueDate'];
    let paidOnDate = due;
    const reminderDate = IsoDate.of(due).plusDays(-3).toString();
    await clock.atLeast(reminderDate);
    log(`${tag} relógio de negócio → ${brDate(reminderDate)}`);
    await s.runInstallmentDueJob(reminderDate);
    await printNotifications('INSTALLMENT_UPCOMING');

    if (n === late) {
      const paidOn = IsoDate.of(due).plusDays(10).toString();
      paidOnDate = paidOn;
      await clock.atLeast(paidOn);
      log(`${tag} relógio de negócio → ${brDate(paidOn)} (parcela ${n} sem desconto em folha: 10 dias de atraso)`);
      await s.runInstallmentDueJob(paidOn);
      await printNotifications('INSTALLMENT_OVERDUE');
      const short = await s.pay({ customerId: sample.customerId, contractId: sample.contractId, amount: row['installment'], installments: [n], paymentDate: paidOn });
      log(`${tag}   pagamento de ${br(row['installment'])} recusado (${short.status}): ${short.body['detail']}`);
      const required = short.body['details']?.['requiredAmount'];
      if (typeof required !== 'string') throw new Error(`pagamento insuficiente sem o valor devido: ${JSON.stringify(short.body)}`);
      const paid = await s.pay({ customerId: sample.customerId, contractId: sample.contractId, amount: required, installments: [n], paymentDate: paidOn }, randomUUID());
      if (paid.status !== 201) throw new Error(`pagamento recusado (${paid.status}): ${JSON.stringify(paid.body)}`);
      const a = paid.body['allocations'][0];
      log(`${tag}   parcela ${n} paga em ${brDate(paidOn)}: ${br(a['amount'])} + multa ${br(a['fine'])} + mora ${br(a['mora'])} (${a['daysLate']} dias) = ${br(a['total'])}`);
    } else {
      await clock.atLeast(due);
      const remittance = await s.remit({
        remittanceId: `FOLHA-${due.slice(0, 7)}-${sample.contractId.slice(0, 8)}`,
        referenceMonth: due.slice(0, 7),
        paymentDate: due,
        lines: [{ benefitNumber: sample.benefitNumber, contractId: sample.contractId, installmentNumber: n, amount: row['installment'] }],
      });
      if (remittance.status !== 201 && remittance.status !== 200) throw new Error(`remessa recusada (${remittance.status}): ${JSON.stringify(remittance.body)}`);
      log(`${tag} ${brDate(due)} remessa da folha: parcela ${n} de ${br(row['installment'])} → ${remittance.body['lines'][0]['status']}`);
    }
    await printNotifications('PAYMENT_RECEIVED');
    const updated = await waitFor(async () => {
      const c = (await s.contract(sample.contractId, paidOnDate)).body;
      return c['installments'][n - 1]['status'] === 'PAID' ? c : undefined;
    }, { description: `parcela ${n} paga no loan` });
    if (updated['status'] !== 'SETTLED') {
      log(`${tag}   saldo devedor atualizado em ${brDate(paidOnDate)}: ${br(updated['updatedBalance'])} (${updated['paidInstallments']} pagas, ${updated['remainingInstallments']} restantes)`);
    }
    if (n === 3) {
      const quoteDate = IsoDate.of(due).plusDays(15).toString();
      const quote = (await s.payoff(sample.contractId, quoteDate)).body;
      log(`${tag}   quitação antecipada em ${brDate(quoteDate)} custaria ${br(quote['payoff'])} (saldo ${br(quote['balance'])} + juros pro rata ${br(quote['interest'])}; juros futuros não cobrados)`);
    }
  }
  const settled = await waitFor(async () => {
    const c = (await s.contract(sample.contractId)).body;
    return c['status'] === 'SETTLED' ? c : undefined;
  }, { description: 'contrato SETTLED' });
  await printNotifications('CONTRACT_SETTLED');
  log(`${tag} contrato ${settled['status']} (registrado pelo loan às ${settled['settledAt']}, hora do sistema)`);
  return String(settled['status']);
}
