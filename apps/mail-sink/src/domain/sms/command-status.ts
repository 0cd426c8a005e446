/** The SMPP v3.4 command_status values (§5.1.3) the local SMSC answers with. */
export const CommandStatus = {
  ESME_ROK: 0x00,
  ESME_RINVCMDID: 0x03,
  ESME_RINVBNDSTS: 0x04,
  ESME_RALYBND: 0x05,
  ESME_RSYSERR: 0x08,
  ESME_RBINDFAIL: 0x0d,
  ESME_RINVPASWD: 0x0e,
  ESME_RTHROTTLED: 0x58,
} as const;

/** A status a test may inject for submit_sm: any error (non-zero), as an unsigned 32-bit integer. */
export function isErrorStatus(status: number): boolean {
  return Number.isInteger(status) && status > 0 && status <= 0xffffffff;
}
