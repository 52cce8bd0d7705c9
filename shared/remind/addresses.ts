// Which e-mail addresses a reminder may go to: a sane address syntax (RFC 5321/5322 dot-atom, ASCII), not
// "anything with an @"; what an office typed that is not one is reported, never mailed.

/** atext of RFC 5322 §3.2.3. */
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`);
/** A host name label (RFC 1035 as relaxed by RFC 1123); the last label is letters (a top-level domain). */
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function isMailAddress(text: string): boolean {
  if (text.length > 254) return false;
  const at = text.lastIndexOf('@');
  if (at <= 0 || at !== text.indexOf('@')) return false;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || domain.length > 253) return false;
  if (!labels.every((l) => LABEL.test(l))) return false;
  return /^[A-Za-z]{2,63}$/.test(labels[labels.length - 1]) || /^xn--[A-Za-z0-9-]+$/.test(labels[labels.length - 1]);
}

/** The addresses a reminder may use, and those refused (trimmed as typed). */
export function splitAddresses(addresses: string[]): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const raw of addresses) {
    const a = raw.trim();
    if (a === '') continue;
    if (isMailAddress(a)) {
      if (!valid.some((v) => v.toLowerCase() === a.toLowerCase())) valid.push(a);
    } else invalid.push(a);
  }
  return { valid, invalid };
}
