// What was sent today, kept in document properties, and the digest of a reminder's key (the core decides the rest).
const SENT_KEY = 'nq57.remindersSent';

/**
 * The core's key text as 16 hex digits. Hashed here with Apps Script's own SHA-256 rather than in the core: no
 * cryptography of ours to maintain, and the digests already stored today and shown in the log stay the same.
 */
export function digestOf(key: string): string {
  const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, key, Utilities.Charset.UTF_8);
  return bytes
    .slice(0, 8)
    .map((b) => ((b + 256) % 256).toString(16).padStart(2, '0'))
    .join('');
}

/**
 * Digests handled today. Written after every single send, before the log sheet, so a run stopped
 * half-way (time limit, error) still never mails an office twice; yesterday's entries are dropped.
 */
export class SentToday {
  private readonly digests: Set<string>;

  constructor(private readonly day: string) {
    const raw = PropertiesService.getDocumentProperties().getProperty(SENT_KEY);
    let stored: { day?: string; digests?: string[] } = {};
    try {
      stored = raw ? JSON.parse(raw) : {};
    } catch {
      stored = {};
    }
    this.digests = new Set(stored.day === day ? (stored.digests ?? []) : []);
  }

  /** What the core's planner looks up. */
  get known(): ReadonlySet<string> {
    return this.digests;
  }

  add(...digests: string[]): void {
    if (digests.length === 0) return;
    for (const d of digests) this.digests.add(d);
    PropertiesService.getDocumentProperties().setProperty(SENT_KEY, JSON.stringify({ day: this.day, digests: [...this.digests] }));
  }
}
