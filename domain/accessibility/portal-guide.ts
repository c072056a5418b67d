/**
 * The topics that explain the portal (BITV 2.0 § 4 with Anlage 2: what the site offers, how to
 * find one's way, where to get help). The Leichte Sprache start page explains each in Leichte
 * Sprache, the sign-language page in the reader's language, each with its DGS video once there is
 * one. Texts: `locales/*\/leichte-sprache-start.json`, `topics.<id>`.
 */
export const PORTAL_TOPICS = ['portal', 'konto', 'antrag', 'offline', 'navigation', 'hilfe'] as const;
export type PortalTopic = (typeof PORTAL_TOPICS)[number];

/**
 * A recorded video in German Sign Language (DGS) for one topic, served by the portal itself
 * from its own origin (the CSP allows media from `self` only). The captions are a
 * WebVTT file in German; the transcript on the page is the topic's text.
 */
export interface SignLanguageVideo {
  topic: PortalTopic;
  src: string;
  type: 'video/mp4' | 'video/webm';
  captions: string;
  /** A still shown before playing (optional). */
  poster?: string;
  durationSeconds: number;
}

/**
 * The city's DGS videos. None are recorded yet: the pages then say that they are coming and
 * point to the texts. Add an entry per finished video; the page shows it with captions and
 * transcript without further code.
 */
export const SIGN_LANGUAGE_VIDEOS: readonly SignLanguageVideo[] = [];
