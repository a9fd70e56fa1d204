/**
 * Who may do what: users with a role, API keys (shown once, kept as a SHA-256), and per role which
 * fields it may write. The same check guards every channel that writes (API, form, import, sync): a
 * field a role may not set is refused, not silently dropped.
 */

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { KemptError } from '../errors.ts';
import type { GateRecord } from '../gate/index.ts';
import { CONTACT_FIELDS } from '../record/fields.ts';
import type { Database } from '../store/schema.ts';

/** Every role reads; a role is what it may write. */
export interface Role {
  /** Fields the role may write: "*" for all; a name ending in ".*" for a prefix (custom.*). Empty: read only. */
  write: readonly string[];
}

/** Fields that steer the pipeline: only RevOps (and admins) set them. */
const PIPELINE: ReadonlySet<string> = new Set([
  'lifecycle_stage',
  'lead_source',
  'owner',
  'created_at',
  'updated_at',
  'last_activity_at',
]);

/** The shipped roles: RevOps owns the pipeline fields; sales the contact data; marketing a few; viewers read. */
export const DEFAULT_ROLES: Readonly<Record<string, Role>> = {
  admin: { write: ['*'] },
  revops: { write: ['*'] },
  sales: { write: [...CONTACT_FIELDS.filter((f) => f !== 'id' && !PIPELINE.has(f)), 'custom.*'] },
  marketing: {
    write: ['first_name', 'last_name', 'full_name', 'email', 'company', 'country', 'lead_source', 'custom.*'],
  },
  viewer: { write: [] },
};

/**
 * The public web form's principal: a visitor fills in who they are and how to reach them, nothing of
 * the pipeline. Not a role users are given.
 */
export const FORM_ROLE = 'form';
export const FORM_WRITES: Role = {
  write: [
    'first_name',
    'last_name',
    'full_name',
    'email',
    'phone',
    'mobile',
    'company',
    'website',
    'job_title',
    'country',
    'city',
    'custom.*',
  ],
};

/** The shipped roles with the config's on top (a config role of the same name replaces the shipped one). */
export function rolesOf(
  configured: Readonly<Record<string, { write: readonly string[] }>>,
): Record<string, Role> {
  const out: Record<string, Role> = { ...DEFAULT_ROLES };
  for (const [name, role] of Object.entries(configured)) out[name] = { write: role.write };
  return out;
}

export interface Principal {
  user: string;
  role: string;
}

const KEY_PREFIX = 'kempt_';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function mayWrite(role: Role, field: string): boolean {
  return role.write.some(
    (w) => w === '*' || w === field || (w.endsWith('.*') && field.startsWith(w.slice(0, -1))),
  );
}

/** The fields of a write the role may not set (empty: allowed). */
export function forbiddenFields(role: Role, record: GateRecord): string[] {
  return Object.keys(record).filter((f) => !mayWrite(role, f));
}

/** How long a verified key is trusted without asking the database again (a revocation takes this long). */
const KEY_CACHE_MS = 30_000;

export function accessService(db: Kysely<Database>, roles: Readonly<Record<string, Role>> = DEFAULT_ROLES) {
  const now = () => new Date().toISOString();
  // Verified keys, by the full key string: a busy client sends the same key thousands of times a second.
  const verified = new Map<string, { principal: Principal; until: number }>();
  return {
    roles,
    async addUser(name: string, role: string): Promise<void> {
      if (!roles[role])
        throw new KemptError('usage', `"${role}" is not a role. Roles: ${Object.keys(roles).join(', ')}.`);
      const exists = await db.selectFrom('users').select('name').where('name', '=', name).executeTakeFirst();
      if (exists) throw new KemptError('usage', `There is already a user "${name}".`);
      await db.insertInto('users').values({ name, role, created_at: now() }).execute();
    },
    /** The user's role, for a channel that acts as a named user (kempt import); a clear error when unknown. */
    async principalOf(name: string): Promise<Principal & { writes: Role }> {
      const row = await db
        .selectFrom('users')
        .select(['name', 'role'])
        .where('name', '=', name)
        .executeTakeFirst();
      if (!row) throw new KemptError('usage', `There is no user "${name}"; add one with kempt user add.`);
      const writes = roles[row.role];
      if (!writes)
        throw new KemptError(
          'usage',
          `User "${name}" has the role "${row.role}", which the config no longer defines.`,
        );
      return { user: row.name, role: row.role, writes };
    },
    /** A new key for the user: returned once, in full; only its hash is stored. */
    async createKey(user: string): Promise<string> {
      const exists = await db.selectFrom('users').select('name').where('name', '=', user).executeTakeFirst();
      if (!exists) throw new KemptError('usage', `There is no user "${user}"; add one with kempt user add.`);
      const id = randomBytes(6).toString('hex');
      const secret = randomBytes(24).toString('base64url');
      await db
        .insertInto('api_keys')
        .values({ id, user_name: user, hash: sha256(secret), created_at: now(), revoked_at: null })
        .execute();
      return `${KEY_PREFIX}${id}_${secret}`;
    },
    /** The principal behind a key, or undefined for a key that is unknown, malformed or revoked. */
    async authenticate(key: string): Promise<Principal | undefined> {
      const cached = verified.get(key);
      if (cached && cached.until > Date.now()) return cached.principal;
      const m = /^kempt_([0-9a-f]{12})_([A-Za-z0-9_-]{32})$/.exec(key);
      if (!m) return undefined;
      const row = await db
        .selectFrom('api_keys')
        .innerJoin('users', 'users.name', 'api_keys.user_name')
        .select(['api_keys.hash', 'api_keys.revoked_at', 'users.name', 'users.role'])
        .where('api_keys.id', '=', m[1]!)
        .executeTakeFirst();
      if (!row || row.revoked_at !== null) return undefined;
      const given = Buffer.from(sha256(m[2]!), 'hex');
      const stored = Buffer.from(row.hash, 'hex');
      if (given.length !== stored.length || !timingSafeEqual(given, stored)) return undefined;
      const principal = { user: row.name, role: row.role };
      if (verified.size > 10_000) verified.clear();
      verified.set(key, { principal, until: Date.now() + KEY_CACHE_MS });
      return principal;
    },
  };
}

export type AccessService = ReturnType<typeof accessService>;
