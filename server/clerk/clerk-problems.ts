import { wordProblems } from '../http/word-problems';

/** The clerk API's field problems, worded from `clerk-api:problems.<field>.<code>` (payments: `clerk-payments:problems…`). */
export const wordClerkProblems = wordProblems((field, code) => [`clerk-api:problems.${field}.${code}`, `clerk-decisions:problems.${field}.${code}`, `clerk-workday:problems.${field}.${code}`, `clerk-payments:problems.${field}.${code}`]);
