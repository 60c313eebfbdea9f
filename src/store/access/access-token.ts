import { createHash, randomBytes } from 'node:crypto';
import type { AccessStore, TokenInfo } from './access.ts';

/**
 * Bearer tokens: 32 random bytes, shown once to whoever created them. Only the sha256 is kept; a
 * random secret of that size needs no salt or slow hash to resist guessing.
 */

const PREFIX = 'sitrep_';

export function hashToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export interface IssuedToken {
  readonly info: TokenInfo;
  /** The bearer secret; not stored anywhere, so it cannot be shown again. */
  readonly secret: string;
}

export async function issueToken(access: AccessStore, user: string): Promise<IssuedToken> {
  const secret = PREFIX + randomBytes(32).toString('base64url');
  const id = `tok_${randomBytes(6).toString('hex')}`;
  const info = await access.addToken({ id, user, hash: hashToken(secret) });
  return { info, secret };
}
