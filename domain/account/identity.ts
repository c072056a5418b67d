/**
 * A verified identity from a BundID login (through the city's OpenID Connect broker): which of
 * the person's attributes BundID has confirmed, at which trust level. Pure rules over the ID
 * token's claims, so they are tested without a provider.
 */
import { checkProfile, type Profile } from '../profile/profile';
import { parseTrustLevel, type TrustLevel } from './trust-level';

export type { TrustLevel } from './trust-level';

export { BUNDID_ATTRIBUTES, BUNDID_SCOPES } from './bundid-attributes';

export interface VerifiedAttributes {
  givenName?: string;
  familyName?: string;
  /** YYYY-MM-DD */
  birthdate?: string;
  street?: string;
  houseNumber?: string;
  postcode?: string;
  locality?: string;
}

export interface Identity {
  provider: 'bundid';
  /** BundID's pseudonymous, stable id of the person at this portal (the ID token's `sub`). */
  sub: string;
  /** The level of the last BundID login. */
  trustLevel: TrustLevel;
  verifiedAt: string;
  attributes: VerifiedAttributes;
  /** Profile fields filled from BundID: shown as confirmed, changed only by a new BundID login. */
  verifiedFields: (keyof Profile)[];
}

export interface MappedIdentity {
  identity: Identity;
  /** The profile fields BundID fills (a subset of the Werne profile: only a Werne address fits it). */
  profile: Profile;
}

const text = (value: unknown, max = 100): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().replace(/\s+/g, ' ');
  return trimmed && trimmed.length <= max ? trimmed : undefined;
};

/** "Hauptstraße 12 a" → street and house number; BundID gives both in one line (`street_address`). */
export function splitStreetAddress(line: string | undefined): { street?: string; houseNumber?: string } {
  if (!line) return {};
  const match = /^(.*\S)\s+(\d+\s?[a-zA-Z]?(?:\s?[-/]\s?\d+\s?[a-zA-Z]?)?)$/.exec(line);
  return match ? { street: match[1], houseNumber: match[2].replace(/\s+/g, '') } : { street: line };
}

/**
 * Maps the claims of a BundID login to an identity and the profile fields it confirms. Without
 * a `sub` there is no identity (undefined). A missing or unknown trust level counts as `basis`:
 * never guessed upwards.
 */
export function mapBundIdClaims(claims: Record<string, unknown>, now = new Date()): MappedIdentity | undefined {
  const sub = text(claims.sub, 255);
  if (!sub) return undefined;
  const address = (claims.address && typeof claims.address === 'object' ? claims.address : {}) as Record<string, unknown>;
  const birthdate = text(claims.birthdate, 10);
  const attributes: VerifiedAttributes = {
    givenName: text(claims.given_name),
    familyName: text(claims.family_name),
    birthdate: birthdate && /^\d{4}-\d{2}-\d{2}$/.test(birthdate) ? birthdate : undefined,
    ...splitStreetAddress(text(address.street_address)),
    postcode: text(address.postal_code, 10),
    locality: text(address.locality),
  };
  for (const key of Object.keys(attributes) as (keyof VerifiedAttributes)[]) if (attributes[key] === undefined) delete attributes[key];

  const name = [attributes.givenName, attributes.familyName].filter(Boolean).join(' ') || undefined;
  // The profile holds Werne addresses only (it decides the Abfallkalender); a person living
  // elsewhere keeps the address in the identity, and the profile's address stays theirs to fill.
  const candidate: Profile = { name, street: attributes.street, houseNumber: attributes.houseNumber, postcode: attributes.postcode };
  const checked = checkProfile(candidate);
  const bad = new Set(checked.problems.map((p) => p.field));
  const addressFits = !bad.has('street') && !bad.has('houseNumber') && !bad.has('postcode');
  const profile: Profile = {};
  if (checked.profile.name && !bad.has('name')) profile.name = checked.profile.name;
  if (addressFits) {
    for (const field of ['street', 'houseNumber', 'postcode'] as const) if (checked.profile[field]) profile[field] = checked.profile[field];
  }
  return {
    identity: {
      provider: 'bundid',
      sub,
      trustLevel: parseTrustLevel(claims.trustlevel) ?? 'basis',
      verifiedAt: now.toISOString(),
      attributes,
      verifiedFields: Object.keys(profile) as (keyof Profile)[],
    },
    profile,
  };
}

/** A profile as edited, with every BundID-confirmed field put back: those change only by a new BundID login. */
export function keepVerifiedFields(edited: Profile, stored: Profile, identity: Identity | undefined): Profile {
  if (!identity) return edited;
  const next: Profile = { ...edited };
  for (const field of identity.verifiedFields) {
    if (stored[field] === undefined) delete next[field];
    else (next as Record<string, unknown>)[field] = stored[field];
  }
  return next;
}
