/** Phone numbers as Germans write them: digits, spaces, slashes, dashes, brackets, an optional +. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()/-]{4,22}[0-9]$/;
// Deliberately loose (one @, a dot in the domain): the mail server is the real judge.
export const EMAIL_PATTERN = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;
/** The house numbers Werne's register has: 12, 12a, 12 a, 12-14, 12/1. */
export const HOUSE_NUMBER_PATTERN = /^[0-9]{1,4}\s?[a-zA-Z]?(\s?[-/]\s?[0-9]{1,4}\s?[a-zA-Z]?)?$/;
