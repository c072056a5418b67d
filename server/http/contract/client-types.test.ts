import { describe, expect, it } from 'vitest';
import { API } from '../../../domain/api';
import { sourcesUnder } from './source-files';

/**
 * No API type written twice: the client names what an endpoint answers by the endpoint's id
 * (`ResponseOf<'payments.start'>`), the same type the server's handler answers with, instead of
 * declaring the shape again. Read from the source, so a new client call that brings its own
 * answer type fails here before it can drift from the server.
 */
const IDS = new Set(API.map((e) => e.id));
/** The generic transport: its own `T` is the caller's ResponseOf. */
const TRANSPORT = new Set(['client/api/api-client.ts', 'client/session/session-fetch.ts']);
const FETCHERS = /\b(apiFetch|sessionFetch|call)\s*(<)?/g;

/** The text between `<` at `start` and its matching `>`. */
function typeArgument(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '<') depth++;
    else if (text[i] === '>' && text[i - 1] !== '=' && --depth === 0) return text.slice(start + 1, i);
  }
  return text.slice(start + 1);
}

/** `ResponseOf<'a'>` or `ResponseOf<'a' | 'b'>` naming endpoints of the contract; `T`, `unknown`, `void` in generic wrappers. */
function fromContract(arg: string): boolean {
  const trimmed = arg.trim();
  if (['T', 'unknown', 'void'].includes(trimmed)) return true;
  const m = /^ResponseOf<((?:\s*'[\w.]+'\s*\|?)+)>$/.exec(trimmed);
  return !!m && [...m[1].matchAll(/'([\w.]+)'/g)].every(([, id]) => IDS.has(id));
}

/** Every API call in the client whose answer type is not the contract's: file:line and what it says. */
export function callsWithOwnTypes(files: { path: string; text: string }[]): string[] {
  const wrong: string[] = [];
  for (const { path, text } of files) {
    if (TRANSPORT.has(path)) continue;
    for (const m of text.matchAll(FETCHERS)) {
      const at = m.index!;
      const line = text.slice(0, at).split('\n').length;
      // A declaration (`function call<T>(`), an import or a property is not a call.
      if (/(function|import|\.)\s*$/.test(text.slice(Math.max(0, at - 10), at))) continue;
      if (m[2]) {
        const arg = typeArgument(text, at + m[0].length - 1);
        if (!fromContract(arg)) wrong.push(`${path}:${line} ${m[1]}<${arg}>`);
      } else if (/(return|=>)\s*(await\s*)?\(?\s*$/.test(text.slice(Math.max(0, at - 20), at)) && /^\s*\(\s*(['"`]|\w+\()/.test(text.slice(at + m[0].length))) {
        // (The first argument is an address: a literal or built by a helper such as `base(id)`.)
        // Returned without a type argument: its type would come from the function's own declared return type.
        wrong.push(`${path}:${line} ${m[1]}(…) returned without ResponseOf<…>`);
      }
    }
  }
  return wrong;
}

/** API modules (`*-api.ts`, `*-cache.ts`) declare no shape of their own: every type there comes from domain/api. */
export function ownShapes(files: { path: string; text: string }[]): string[] {
  const wrong: string[] = [];
  for (const { path, text } of files) {
    if (!/-(api|cache)\.ts$/.test(path) || TRANSPORT.has(path)) continue;
    for (const m of text.matchAll(/^(?:export\s+)?(interface\s+\w+|type\s+\w+(?:<[^=]*>)?\s*=[^;]*;)/gms)) {
      const line = text.slice(0, m.index).split('\n').length;
      if (m[1].startsWith('interface') || !/\b(ResponseOf|BodyOf|QueryOf|EndpointById)</.test(m[1])) wrong.push(`${path}:${line} ${m[1].split('\n')[0]}`);
    }
  }
  return wrong;
}

const clientFiles = () => sourcesUnder('client');

describe('the client takes the answers it reads from the contract', () => {
  it('every API call in client/ names its answer as ResponseOf<endpoint id>', () => {
    const files = clientFiles();
    expect(files.length).toBeGreaterThan(50);
    expect(callsWithOwnTypes(files)).toEqual([]);
  });

  it('no client API module declares a shape of its own', () => {
    expect(ownShapes(clientFiles())).toEqual([]);
  });

  it('catches what it is for: an answer declared again, returned by inference, or an unknown endpoint id', () => {
    const file = (text: string) => [{ path: 'client/pages/x/x-api.ts', text }];
    expect(callsWithOwnTypes(file("return apiFetch<{ user: User }>('/api/auth/login', { body });"))).toHaveLength(1);
    expect(callsWithOwnTypes(file("return call<ClerkOverview>('/api/fundsachen/verwaltung');"))).toHaveLength(1);
    expect(callsWithOwnTypes(file("function f(): Promise<X> {\n  return sessionFetch('/api/kasse/kontoauszuege');\n}"))).toHaveLength(1);
    expect(callsWithOwnTypes(file("return apiFetch<ResponseOf<'payments.nope'>>('/api/x');"))).toHaveLength(1);
    expect(callsWithOwnTypes(file("return apiFetch<ResponseOf<'payments.start'>>('/api/x');"))).toEqual([]);
    expect(callsWithOwnTypes(file("function call<T>(path: string): Promise<T> {\n  return sessionFetch<T>(path);\n}"))).toEqual([]);
    expect(ownShapes(file('export interface StartedPayment {\n  paymentId: string;\n}'))).toHaveLength(1);
    expect(ownShapes(file('type Slots = { id: string }[];'))).toHaveLength(1);
    expect(ownShapes(file("export type Slots = ResponseOf<'slots.free'>;"))).toEqual([]);
  });
});
