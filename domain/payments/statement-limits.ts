/**
 * The largest bank statement (camt.053) the treasury may upload: the page refuses a larger file
 * before sending it, the server's body parser refuses it too. A city's day statement is a few
 * hundred KB; a month of a busy account a few MB.
 */
export const STATEMENT_MAX_BYTES = 10 * 1024 * 1024;
