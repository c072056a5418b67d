/** The attributes the portal takes from BundID, named as the login page lists them (no imports: the login page loads it first). */
export const BUNDID_ATTRIBUTES = ['name', 'birthdate', 'address', 'trustLevel'] as const;

/** The OpenID scopes that ask for exactly those attributes (`trustlevel` rides in `profile`). */
export const BUNDID_SCOPES = 'openid profile address';
