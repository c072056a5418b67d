import type { NextFunction, Request, Response } from 'express';
import { HttpError } from './api-error';

/** Deeper than any body the API takes; deeper bodies only exist to overflow someone's stack. */
export const MAX_BODY_DEPTH = 32;

/** Keys that reach an object's prototype once a body is spread or merged into another object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Refuses a parsed JSON body (and the query) that no handler should ever see: a lone surrogate
 * (a login with one reached the store's URL encoding and answered 500), a prototype key, or
 * nesting deeper than MAX_BODY_DEPTH. One iterative walk, before any route, so every route is
 * covered and no handler needs to think about it. The problem names the field's path.
 */
export function refuseHostileInput(req: Request, _res: Response, next: NextFunction): void {
  const problem = findProblem(req.body) ?? findProblem(req.query);
  if (!problem) return next();
  next(new HttpError(400, problem.code, [{ field: problem.field, code: problem.code }]));
}

function findProblem(root: unknown): { code: 'invalid_text' | 'forbidden_key' | 'too_deep'; field: string } | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (!value.isWellFormed()) return { code: 'invalid_text', field: path };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_BODY_DEPTH) return { code: 'too_deep', field: path };
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden_key', field: at };
      if (!key.isWellFormed()) return { code: 'invalid_text', field: path };
      stack.push({ value: (value as Record<string, unknown>)[key], path: at, depth: depth + 1 });
    }
  }
  return undefined;
}
