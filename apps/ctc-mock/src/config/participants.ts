import { type ValidationArguments, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';

/** "ISPB:key" pairs, comma-separated: the participants that call the API and read the feed. */
const PAIR = /^(\d{8}):([\x21-\x2b\x2d-\x7e]{8,128})$/;

/** Our platform's ISPB in development (not a real institution's) and its API key. */
export const DEV_PARTICIPANT_ISPB = '99000001';
export const DEV_PARTICIPANT_KEY = 'ctc-participant-dev-key';

/** The participants' API keys by ISPB; undefined when the text is malformed or repeats an ISPB. */
export function parseParticipants(text: string): Map<string, string> | undefined {
  const entries = text.split(',').map((s) => s.trim()).filter(Boolean);
  const keys = new Map<string, string>();
  for (const entry of entries) {
    const match = PAIR.exec(entry);
    if (!match || keys.has(match[1])) return undefined;
    keys.set(match[1], match[2]);
  }
  return keys.size > 0 ? keys : undefined;
}

@ValidatorConstraint({ name: 'participants' })
export class ParticipantList implements ValidatorConstraintInterface {
  validate(text: string): boolean {
    return typeof text === 'string' && parseParticipants(text) !== undefined;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be comma-separated ISPB:key pairs (8 digits, a key of 8–128 visible characters without commas), each ISPB once`;
  }
}
