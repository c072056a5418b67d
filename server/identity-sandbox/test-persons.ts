/**
 * The made-up people the identity sandbox can log in as, with the attributes BundID would hand
 * over (OpenID standard claims; `trustlevel` is added per login). One lives outside Werne, so
 * the profile's Werne-only address rule is seen at work.
 */
export interface TestPerson {
  /** Stable and pseudonymous, like BundID's `sub` for one portal. */
  sub: string;
  given_name: string;
  family_name: string;
  birthdate: string;
  address: { street_address: string; postal_code: string; locality: string; country: string };
}

export const TEST_PERSONS: readonly TestPerson[] = [
  {
    sub: 'sandbox-erika-mustermann',
    given_name: 'Erika',
    family_name: 'Mustermann',
    birthdate: '1964-08-12',
    address: { street_address: 'Steinstraße 12', postal_code: '59368', locality: 'Werne', country: 'DE' },
  },
  {
    sub: 'sandbox-leyla-demir',
    given_name: 'Leyla',
    family_name: 'Demir',
    birthdate: '1991-03-05',
    address: { street_address: 'Bahnhofstraße 3a', postal_code: '59368', locality: 'Werne', country: 'DE' },
  },
  {
    sub: 'sandbox-jonas-becker',
    given_name: 'Jonas',
    family_name: 'Becker',
    birthdate: '1985-11-23',
    address: { street_address: 'Hansastraße 7', postal_code: '44137', locality: 'Dortmund', country: 'DE' },
  },
];

export function findTestPerson(sub: string): TestPerson | undefined {
  return TEST_PERSONS.find((p) => p.sub === sub);
}
