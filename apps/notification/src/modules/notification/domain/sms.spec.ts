import { msisdnOf, smsTextOf, SmsRefusedError } from './sms';

describe('SMS addressing and text', () => {
  it.each([
    ['+5561999990000', '5561999990000'],
    ['5561999990000', '5561999990000'],
    ['61999990000', '5561999990000'],
    ['6133334444', '556133334444'],
  ])('%s → %s (international digits)', (phone, msisdn) => expect(msisdnOf(phone)).toBe(msisdn));

  it('sends the subject and the body in one text', () => {
    expect(smsTextOf({ subject: 'Contrato bloqueado', body: 'Seu contrato foi bloqueado.' })).toBe('Contrato bloqueado: Seu contrato foi bloqueado.');
  });

  it('names the SMSC status of a refusal, in hex as SMPP writes it', () => {
    expect(new SmsRefusedError(0x58).message).toBe('SMSC refused the message (command_status 0x00000058)');
  });
});
