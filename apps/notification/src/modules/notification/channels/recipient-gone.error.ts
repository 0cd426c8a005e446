/** The address no longer exists (a push device removed, or the push service said 404/410): the delivery ends CANCELLED, never retried. */
export class RecipientGoneError extends Error {}
