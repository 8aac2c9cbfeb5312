/**
 * A fresh key for the `Idempotency-Key` header: a retried or double-submitted create then happens once.
 * Built from getRandomValues, which (unlike randomUUID) also works on plain-HTTP origins.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
