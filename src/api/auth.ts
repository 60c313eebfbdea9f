import type { Context, MiddlewareHandler, Next } from 'hono';
import { hashToken } from '../store/access/access-token.ts';
import { roleAtLeast, type Role } from '../store/access/access.ts';
import type { ApiDeps, ApiEnv } from './api-env.ts';
import { ApiError } from './api-error.ts';

/**
 * Who is calling: a bearer token, looked up by its hash. A token that is sent but not valid is refused
 * outright (401), even where none is needed, so that a client never mistakes a revoked token for access.
 */
export function authenticate(deps: ApiDeps): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) {
      c.set('holder', null);
      return next();
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw unauthorized('expected "Authorization: Bearer <token>"');
    const holder = deps.access ? await deps.access.holderOf(hashToken(match[1]!)) : null;
    if (!holder) throw unauthorized('the token is not valid (unknown or revoked)');
    c.set('holder', holder);
    return next();
  };
}

/** Lets the request through when its token's role is at least `needed`: 401 without a token, 403 below it. */
export function requireRole(_deps: ApiDeps, needed: Role): MiddlewareHandler<ApiEnv> {
  return async (c: Context<ApiEnv>, next: Next) => {
    const holder = c.get('holder');
    if (!holder) throw unauthorized(`a bearer token with the ${needed} role is needed`);
    if (!roleAtLeast(holder.user.role, needed)) {
      throw new ApiError(403, { error: 'forbidden', message: `${holder.user.name} is ${holder.user.role}; this needs ${needed} or above` });
    }
    return next();
  };
}

function unauthorized(message: string): ApiError {
  return new ApiError(401, { error: 'unauthorized', message });
}
