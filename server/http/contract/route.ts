import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { EndpointInput, Endpoint } from '../../../domain/api';
import type { SessionUser } from '../../auth/users';
import type { Admitted } from './contract-door';

export type Handler<E extends Endpoint> = (input: EndpointInput<E> & { user: SessionUser | undefined }, req: Request, res: Response) => unknown;

/** The input the door validated for this endpoint; a route reached without the door is a wiring mistake. */
export function admittedInput<E extends Endpoint>(endpoint: E, req: Request, res: Response): EndpointInput<E> & { user: SessionUser | undefined } {
  const admitted = res.locals.admitted as Admitted | undefined;
  if (!admitted || admitted.endpoint.id !== endpoint.id) throw new Error(`route ${endpoint.id} reached without its contract door`);
  return { params: admitted.params, query: admitted.query, body: isRaw(endpoint) ? req.body : admitted.body, user: req.user } as never;
}

function isRaw(endpoint: Endpoint): boolean {
  return Boolean(endpoint.body && 'raw' in endpoint.body);
}

/**
 * A router for the endpoints under `mount` (e.g. `/api/clerk`): `route(endpoint, handler)`
 * registers the endpoint at its declared method and path and hands the handler only what the
 * door validated, typed from the contract. `before` runs first (a raw body parser, say).
 */
export function contractRouter(mount: string) {
  const router = Router();
  function route<E extends Endpoint>(endpoint: E, handler: Handler<E>, ...before: RequestHandler[]): void {
    if (!endpoint.path.startsWith(mount)) throw new Error(`${endpoint.id}: ${endpoint.path} is not under ${mount}`);
    const local = endpoint.path.slice(mount.length) || '/';
    const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
    // Typed at the call site; here the input stays opaque (inferring it for every endpoint at once is too deep for tsc).
    const call = handler as unknown as (input: unknown, req: Request, res: Response) => unknown;
    router[method](local, ...before, async (req: Request, res: Response) => {
      await call(admittedInput(endpoint as Endpoint, req, res), req, res);
    });
  }
  return { router, route };
}
