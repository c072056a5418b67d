import { SHORT_TEXT } from '../fields';

/** The inbox's filter and sort fields (the query, and a saved filter); parseInboxQuery words the finer problems (invalid_filter). */
export const INBOX_FILTER_FIELDS = {
  status: SHORT_TEXT,
  service: SHORT_TEXT,
  from: SHORT_TEXT,
  to: SHORT_TEXT,
  payment: SHORT_TEXT,
  q: SHORT_TEXT,
  sort: SHORT_TEXT,
  dir: SHORT_TEXT,
  assignee: SHORT_TEXT,
  followUp: SHORT_TEXT,
} as const;
