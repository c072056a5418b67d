import { EMAIL_PATTERN } from '../validation/contact-patterns';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const NAME_MAX = 100;
export const EMAIL_MAX = 200;

export interface AccountProblem {
  field: 'email' | 'password' | 'name';
  code: 'required' | 'format' | 'tooShort' | 'tooLong';
}

/**
 * The rules every account's e-mail, password and name follow, whoever creates it: the person
 * registering (checked on the device first, then on the server) or an administrator creating a
 * staff account.
 */
export function checkAccountFields(body: Record<string, unknown>): AccountProblem[] {
  const problems: AccountProblem[] = [];
  const email = typeof body.email === 'string' ? body.email.trim() : '';
  const password = typeof body.password === 'string' ? body.password : '';
  const name = typeof body.name === 'string' ? body.name.trim() : '';
  if (!email) problems.push({ field: 'email', code: 'required' });
  else if (!EMAIL_PATTERN.test(email) || email.length > EMAIL_MAX) problems.push({ field: 'email', code: 'format' });
  if (!password) problems.push({ field: 'password', code: 'required' });
  else if (password.length < PASSWORD_MIN) problems.push({ field: 'password', code: 'tooShort' });
  else if (password.length > PASSWORD_MAX) problems.push({ field: 'password', code: 'tooLong' });
  if (!name) problems.push({ field: 'name', code: 'required' });
  else if (name.length > NAME_MAX) problems.push({ field: 'name', code: 'tooLong' });
  return problems;
}
