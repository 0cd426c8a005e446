/** Why a push was refused: stable codes with a pt-BR message; the HTTP edge picks the status. */
export const PUSH_ERRORS = {
  'PUSH.INJECTED_FAILURE': 'Falha simulada por POST /push/fail-next',
  'PUSH.SUBSCRIPTION_GONE': 'Assinatura de push inexistente ou cancelada',
  'PUSH.PAYLOAD_TOO_LARGE': 'Mensagem de push acima de 4096 bytes',
  'PUSH.VAPID_INVALID': 'Autorização VAPID ausente ou inválida',
  'PUSH.VAPID_KEY_MISMATCH': 'Chave VAPID diferente da usada antes nesta assinatura',
  'PUSH.TTL_REQUIRED': 'Cabeçalho TTL ausente ou inválido',
  'PUSH.URGENCY_INVALID': 'Cabeçalho Urgency inválido',
  'PUSH.ENCODING_UNSUPPORTED': 'Content-Encoding deve ser aes128gcm',
  'PUSH.UNDECRYPTABLE': 'O conteúdo não decifra com as chaves da assinatura',
} as const;

export type PushErrorCode = keyof typeof PUSH_ERRORS;

export interface PushRefusal {
  ok: false;
  code: PushErrorCode;
  /** For an injected failure: the status to answer with. */
  status?: number;
  /** What exactly was wrong (never a key, token or payload). */
  detail?: string;
}
