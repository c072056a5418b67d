/**
 * The kinds of news a citizen may get by e-mail, each switched on or off in the profile. Questions
 * from a department and decisions are on unless switched off (they need the citizen); the rest
 * only when asked for.
 */
export const NOTIFICATION_KINDS = ['question', 'decision', 'message', 'status', 'fee', 'reminder'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type NotificationSettings = Partial<Record<NotificationKind, boolean>>;

const ON_BY_DEFAULT: ReadonlySet<NotificationKind> = new Set(['question', 'decision']);

export function wantsNotification(settings: NotificationSettings | undefined, kind: NotificationKind): boolean {
  return settings?.[kind] ?? ON_BY_DEFAULT.has(kind);
}

/** The settings as sent, or a problem naming the first wrong key. */
export function checkNotificationSettings(raw: unknown): { settings: NotificationSettings; problem?: string } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { settings: {}, problem: 'invalid' };
  const settings: NotificationSettings = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(key) || typeof value !== 'boolean') return { settings: {}, problem: key };
    settings[key as NotificationKind] = value;
  }
  return { settings };
}
