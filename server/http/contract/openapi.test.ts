import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '../../../domain/api';
import type { Portal } from '../../portal';
import { startTestPortal } from '../../test-support/test-portal';

let portal: Portal;
beforeAll(async () => {
  portal = await startTestPortal({ routing: false });
});
afterAll(() => portal.stop());

describe('the contract for integrators', () => {
  it('serves /api/openapi.json, a valid OpenAPI 3.1 document of every endpoint', async () => {
    const res = await fetch(`${portal.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { operationId: string; 'x-access': unknown }>> };
    const validator = new Validator();
    const result = await validator.validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    const operations = Object.values(doc.paths).flatMap((item) => Object.values(item));
    expect(operations.map((o) => o.operationId).sort()).toEqual(API.map((e) => e.id).sort());
    // The register body is strict: no role, no department.
    const register = doc.paths['/api/auth/register'].post as unknown as { requestBody: { content: { 'application/json': { schema: { additionalProperties: boolean; properties: object } } } } };
    expect(register.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    expect(Object.keys(register.requestBody.content['application/json'].schema.properties).sort()).toEqual(['email', 'name', 'password']);
  });

  it('serves a readable reference page at /api/docs under the strict CSP, without script or inline style', async () => {
    const res = await fetch(`${portal.url}/api/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = await res.text();
    expect(html).not.toMatch(/<script|<style|style=/i);
    expect(html).toMatch(/<h1>Bürgerportal API reference<\/h1>/);
    for (const e of API) expect(html).toContain(`<code>${e.method} ${e.path}</code>`);
  });
});
