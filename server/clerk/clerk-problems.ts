import { wordProblems } from '../http/word-problems';

/** The clerk API's field problems, worded from `clerk-api:problems.<field>.<code>`. */
export const wordClerkProblems = wordProblems((field, code) => [`clerk-api:problems.${field}.${code}`]);
