import { z } from 'zod';

/**
 * The access port: who may do what through the API. Users have one role each; a token belongs to a user
 * and is stored only as its sha256, so that a copy of the database lets nobody in.
 */

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** viewer < analyst < admin: a role may do what every lower role may. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export const UserNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/, 'a user name is 1-64 letters, digits, . _ @ or -, starting with a letter or digit');

export const UserSchema = z.object({
  name: UserNameSchema,
  role: RoleSchema,
  created_at: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const TokenInfoSchema = z.object({
  id: z.string(),
  user: z.string(),
  created_at: z.string(),
  revoked_at: z.string().nullable(),
});
export type TokenInfo = z.infer<typeof TokenInfoSchema>;

export interface NewToken {
  readonly id: string;
  readonly user: string;
  /** sha256 (hex) of the secret; the secret itself never reaches the store. */
  readonly hash: string;
}

export interface TokenHolder {
  readonly user: User;
  readonly token_id: string;
}

export interface AccessStore {
  /** Throws AccessError for a name already taken. */
  addUser(name: string, role: Role): Promise<User>;
  listUsers(): Promise<readonly User[]>;
  /** Throws AccessError for an unknown user or a hash already stored. */
  addToken(token: NewToken): Promise<TokenInfo>;
  listTokens(): Promise<readonly TokenInfo[]>;
  /** False when no live token has that id (unknown or already revoked). */
  revokeToken(id: string): Promise<boolean>;
  /** The user of a live token with that hash, or null. */
  holderOf(hash: string): Promise<TokenHolder | null>;
}

/** A request the access rules refuse (a taken name, an unknown user); the message is for people. */
export class AccessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccessError';
  }
}
