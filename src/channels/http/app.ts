/**
 * The HTTP API: records in and out, every write through the gate (channel `api`), errors as problem
 * details, the OpenAPI description at /docs. Built on a store and a gate passed in, so tests and
 * `kempt serve` differ only in what they pass.
 */

import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { KemptError } from '../../errors.ts';
import type { Gate, GateFinding, GateRecord } from '../../gate/index.ts';
import { recordsFromCsvText } from '../../record/csv-text.ts';
import { isContactField } from '../../record/fields.ts';
import {
  accessService,
  FORM_ROLE,
  FORM_WRITES,
  forbiddenFields,
  type Principal,
  type Role,
} from '../../service/access.ts';
import { companyService } from '../../service/companies.ts';
import { gdprService } from '../../service/gdpr.ts';
import { mergeService } from '../../service/merge.ts';
import { quarantineService } from '../../service/quarantine.ts';
import {
  createRecordService,
  type DuplicateRule,
  InvalidCursorError,
  type StoredContact,
  type WriteResult,
} from '../../service/records.ts';
import { runService } from '../../service/runs.ts';
import { undoService } from '../../service/undo.ts';
import type { Store } from '../../store/db.ts';
import { KEMPT_VERSION } from '../../version.ts';
import { type Problem, problem } from './problem.ts';

export interface AppOptions {
  store: Store;
  gate: Gate;
  /** Requests a key may make per second (with bursts of twice as many); over it: 429. Default 200. */
  ratePerKey?: number;
  /**
   * Web pages allowed to post the public form (`POST /v1/forms/contacts`, no key): their origins, e.g.
   * https://www.example.com. None: the form endpoint refuses every request.
   */
  formOrigins?: readonly string[];
  /** What to do with probable duplicates the finder sees at entry (beyond the exact identity keys). */
  duplicates?: DuplicateRule;
  /** Roles and the fields each may write (default: the shipped roles). */
  roles?: Readonly<Record<string, Role>>;
  /** Largest request body in bytes (default 1 MiB); bigger ones get 413. */
  bodyLimit?: number;
  logger?: boolean;
}

const MAX_BULK = 1000;
/** Records in one import or sync request; bigger files go through `kempt import`. */
const MAX_IMPORT = 10_000;
/** The body an import or sync may send: 10,000 records of a kilobyte and a half. */
const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

/** A record as the API takes it: canonical fields and `custom.<name>` fields, all strings. */
const recordSchema = z
  .record(z.string(), z.string().max(10_000))
  .superRefine((record, ctx) => {
    for (const key of Object.keys(record))
      if (!isContactField(key) && !/^custom\.[^\s].{0,99}$/.test(key))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `"${key}" is not a field: use a contact field (first_name, email, …) or custom.<name>.`,
        });
  })
  .describe(
    'A contact: canonical fields (first_name, last_name, email, phone, company, country, …) and custom.<name> fields; all values are strings.',
  );

const findingSchema = z.object({
  code: z.string(),
  field: z.string(),
  severity: z.string(),
  message: z.string(),
  action: z.string().optional(),
  ruleId: z.string().optional(),
});
const changeSchema = z.object({
  field: z.string(),
  before: z.string(),
  after: z.string(),
  code: z.string(),
  reason: z.string(),
  ruleId: z.string(),
  confidence: z.number(),
});
const contactSchema = z.object({
  id: z.string(),
  fields: z.record(z.string(), z.string().optional()),
  companyId: z.string().nullable(),
  status: z.string(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const candidateSchema = z.object({ id: z.string(), probability: z.number(), reasons: z.array(z.string()) });
const writeSchema = z.object({
  status: z.enum(['created', 'updated', 'quarantined', 'merged']),
  contact: contactSchema.optional(),
  quarantineId: z.string().optional(),
  mergeId: z.string().optional(),
  /** Stored records this one may duplicate (duplicate rules `alert`, `report`, `merge`). */
  candidates: z.array(candidateSchema).optional(),
  findings: z.array(findingSchema),
  changes: z.array(changeSchema),
});
const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .passthrough();

const idParams = z.object({ id: z.string().min(1).max(100) });

function findingErrors(findings: readonly GateFinding[]) {
  return findings
    .filter((f) => f.action === 'block' || f.action === 'quarantine')
    .map((f) => ({ field: f.field, code: f.code, message: f.message }));
}

function sendProblem(reply: FastifyReply, p: Problem) {
  return reply.status(p.status).type('application/problem+json').send(p);
}

function notFound(reply: FastifyReply, title: string, detail: string) {
  return sendProblem(reply, problem(404, 'not-found', title, detail));
}

function notHeld(reply: FastifyReply, id: string) {
  return notFound(reply, 'Nothing held under this id', `${id} is not held in the quarantine.`);
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? 1 << 20 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(swagger, {
    openapi: {
      info: { title: 'kempt', version: KEMPT_VERSION, description: 'Records through the gate.' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  const formOrigins = new Set(options.formOrigins ?? []);
  const service = createRecordService({
    db: options.store.db,
    gate: options.gate,
    kind: options.store.kind,
    ...(options.duplicates ? { duplicates: options.duplicates } : {}),
  });
  const access = accessService(options.store.db, options.roles);
  const principals = new WeakMap<object, Principal>();
  const rate = options.ratePerKey ?? 200;
  const buckets = new Map<string, { tokens: number; at: number }>();
  const principalOf = (request: object) => principals.get(request)!;
  const ctxOf = (request: object) => ({ channel: 'api' as const, actor: principalOf(request).user });

  /** A token bucket per key, in this process: `rate` a second, bursts of twice that. */
  function allow(key: string): boolean {
    const now = Date.now();
    const b = buckets.get(key) ?? { tokens: 2 * rate, at: now };
    b.tokens = Math.min(2 * rate, b.tokens + ((now - b.at) / 1000) * rate);
    b.at = now;
    buckets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  // Every /v1 request names its key; what it may write is checked before the gate sees the record.
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/v1/')) return;
    // The public form has no key: the page's origin must be allowed, and each address is rate limited.
    if (request.url.startsWith('/v1/forms/')) {
      const origin = request.headers.origin ?? '';
      if (!formOrigins.has(origin))
        return sendProblem(
          reply,
          problem(
            403,
            'origin-not-allowed',
            'This page may not post the form',
            `Origin ${origin ? `"${origin}"` : '(none)'} is not on the form's allow-list (kempt serve --form-origin).`,
          ),
        );
      if (!allow(`ip:${request.ip}`))
        return sendProblem(
          reply.header('retry-after', '1'),
          problem(429, 'rate-limited', 'Too many requests', 'Please try again in a moment.'),
        );
      reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
      principals.set(request, { user: `form:${origin}`, role: FORM_ROLE });
      return;
    }
    const header = request.headers.authorization ?? '';
    const key = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!key)
      return sendProblem(
        reply,
        problem(
          401,
          'unauthenticated',
          'An API key is needed',
          'Send it as "Authorization: Bearer kempt_…"; kempt key create makes one.',
        ),
      );
    const principal = await access.authenticate(key);
    if (!principal)
      return sendProblem(
        reply,
        problem(
          401,
          'unauthenticated',
          'This API key is not valid',
          'The key is unknown, malformed or revoked.',
        ),
      );
    if (!allow(key))
      return sendProblem(
        reply.header('retry-after', '1'),
        problem(429, 'rate-limited', 'Too many requests', `This key may make ${rate} requests a second.`),
      );
    principals.set(request, principal);
  });

  /** 403 when the principal's role may not write some of the fields (every record of a bulk request). */
  function refuse(request: object, reply: FastifyReply, records: readonly GateRecord[]) {
    const principal = principalOf(request);
    const role = principal.role === FORM_ROLE ? FORM_WRITES : access.roles[principal.role];
    const problems = records.flatMap((r, i) =>
      (role ? forbiddenFields(role, r) : Object.keys(r)).map((field) => ({
        field: records.length > 1 ? `records.${i}.${field}` : field,
        code: 'forbidden_field',
        message: `Role ${principal.role} may not write ${field}.`,
      })),
    );
    if (problems.length === 0) return undefined;
    return sendProblem(
      reply,
      problem(
        403,
        'forbidden',
        'Not allowed for this role',
        `${principal.user} (${principal.role}) may not write ${[...new Set(problems.map((p) => p.field.split('.').pop()))].join(', ')}.`,
        {
          errors: problems,
        },
      ),
    );
  }

  app.setErrorHandler((error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((v) => ({
        field: String(
          v.instancePath || ((v.params as { issue?: { path?: PropertyKey[] } })?.issue?.path ?? []).join('.'),
        )
          .replace(/^\//, '')
          .replaceAll('/', '.'),
        code: 'invalid',
        message: v.message ?? 'invalid',
      }));
      return sendProblem(
        reply,
        problem(
          400,
          'invalid-request',
          'The request does not have the expected shape',
          `${request.method} ${request.url}: ${errors.length} problem(s).`,
          { errors },
        ),
      );
    }
    const e = error as { statusCode?: number; code?: string; message: string };
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || e.statusCode === 413)
      return sendProblem(reply, problem(413, 'body-too-large', 'The request body is too large', e.message));
    if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || e.statusCode === 415)
      return sendProblem(reply, problem(415, 'unsupported-media-type', 'Send JSON', e.message));
    if (e.statusCode === 400)
      return sendProblem(
        reply,
        problem(400, 'malformed-json', 'The request body is not valid JSON', e.message),
      );
    if (error instanceof InvalidCursorError)
      return sendProblem(reply, problem(400, 'invalid-cursor', 'The cursor is not valid', error.message));
    request.log.error(error);
    return sendProblem(
      reply,
      problem(500, 'internal', 'Something went wrong on our side', 'The error was logged.'),
    );
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problem(
        404,
        'not-found',
        'No such endpoint',
        `${request.method} ${request.url} is not an endpoint of this API.`,
      ),
    ),
  );

  const api = app.withTypeProvider<ZodTypeProvider>();

  /** The reply for a write: 201/200 with the record, 202 when held, 409 for a duplicate, 422 when blocked. */
  function answer(reply: FastifyReply, r: WriteResult, created: boolean) {
    const body = (contact?: StoredContact, quarantineId?: string) => ({
      status: r.status as 'created' | 'updated' | 'quarantined' | 'merged',
      ...(contact ? { contact } : {}),
      ...(quarantineId ? { quarantineId } : {}),
      ...('candidates' in r && r.candidates ? { candidates: r.candidates } : {}),
      ...(r.status === 'merged' ? { mergeId: r.mergeId } : {}),
      findings: r.decision.findings,
      changes: r.decision.changes,
    });
    switch (r.status) {
      case 'created':
      case 'updated':
        return reply.status(created ? 201 : 200).send(body(r.contact));
      case 'merged':
        // Nothing new was created: the record went into an existing one.
        return reply.status(200).send(body(r.contact));
      case 'quarantined':
        return reply.status(202).send(body(undefined, r.quarantineId));
      case 'duplicate':
        return sendProblem(
          reply,
          problem(
            409,
            'duplicate',
            'This person is already a contact',
            r.key.startsWith('match:')
              ? `Record ${r.existing.id} is probably the same person (match probability ${r.key.slice(6)}).`
              : `Record ${r.existing.id} has the same ${r.key.startsWith('email:') ? 'email address' : 'phone and name'}.`,
            {
              existing: r.existing,
              ...(r.candidates ? { candidates: r.candidates } : {}),
            },
          ),
        );
      case 'rejected':
        return sendProblem(
          reply,
          problem(
            422,
            'rejected',
            'The record breaks a rule',
            'Correct the fields listed and send it again.',
            {
              errors: findingErrors(r.decision.findings),
            },
          ),
        );
    }
  }

  const writeResponses = {
    201: writeSchema,
    200: writeSchema,
    202: writeSchema,
    400: problemSchema,
    409: problemSchema,
    422: problemSchema,
  };

  api.post(
    '/v1/contacts',
    {
      schema: {
        body: recordSchema,
        response: writeResponses,
        tags: ['contacts'],
        summary: 'Create a contact through the gate',
      },
    },
    async (request, reply) =>
      refuse(request, reply, [request.body as GateRecord]) ??
      answer(reply, await service.create(request.body as GateRecord, ctxOf(request)), true),
  );

  api.post(
    '/v1/forms/contacts',
    {
      schema: {
        body: recordSchema,
        response: writeResponses,
        tags: ['forms'],
        summary:
          "A web form's submission: no key; the page's origin must be allowed; the form channel's rules apply",
      },
    },
    async (request, reply) =>
      refuse(request, reply, [request.body as GateRecord]) ??
      answer(
        reply,
        await service.create(request.body as GateRecord, {
          channel: 'form',
          actor: principalOf(request).user,
        }),
        true,
      ),
  );

  api.get(
    '/v1/contacts/:id',
    {
      schema: { params: idParams, response: { 200: contactSchema, 404: problemSchema }, tags: ['contacts'] },
    },
    async (request, reply) => {
      const contact = await service.get(request.params.id);
      if (!contact) return notFound(reply, 'No such contact', `There is no contact ${request.params.id}.`);
      return contact;
    },
  );

  api.patch(
    '/v1/contacts/:id',
    {
      schema: {
        params: idParams,
        body: recordSchema,
        response: { ...writeResponses, 404: problemSchema },
        tags: ['contacts'],
        summary: 'Change some fields; the whole record passes the gate again',
      },
    },
    async (request, reply) => {
      const refused = refuse(request, reply, [request.body as GateRecord]);
      if (refused) return refused;
      const r = await service.update(request.params.id, request.body as GateRecord, ctxOf(request));
      if (!r) return notFound(reply, 'No such contact', `There is no contact ${request.params.id}.`);
      return answer(reply, r, false);
    },
  );

  api.get(
    '/v1/contacts',
    {
      schema: {
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(500).default(50),
          cursor: z.string().optional(),
          status: z.enum(['active', 'merged', 'erased', 'withdrawn']).default('active'),
          company_id: z.string().min(1).max(100).optional(),
          finding: z
            .string()
            .regex(/^[a-z_]+(?:\.[a-z_]+)+$/, 'a finding code such as email.role')
            .optional()
            .describe('contacts with a kept finding of this code, e.g. email.role or phone.invalid'),
          updated_since: z.iso.datetime({ offset: true }).optional(),
        }),
        response: {
          200: z.object({ items: z.array(contactSchema), next: z.string().nullable() }),
          400: problemSchema,
        },
        tags: ['contacts'],
        summary:
          'List contacts, oldest change first, a page at a time; filter by status, company, finding, time',
      },
    },
    async (request) => {
      const q = request.query;
      return service.list({
        limit: q.limit,
        status: q.status,
        ...(q.cursor ? { cursor: q.cursor } : {}),
        ...(q.company_id ? { companyId: q.company_id } : {}),
        ...(q.finding ? { finding: q.finding } : {}),
        ...(q.updated_since ? { updatedSince: new Date(q.updated_since).toISOString() } : {}),
      });
    },
  );

  api.get(
    '/v1/contacts/search',
    {
      schema: {
        querystring: z.object({
          q: z.string().trim().min(1).max(200),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: z.object({ items: z.array(contactSchema) }), 400: problemSchema },
        tags: ['contacts'],
        summary:
          'Find contacts by email address, or by words and digits in names, mailbox, company, city and phone (accents folded)',
      },
    },
    async (request) => ({ items: await service.search(request.query.q, request.query.limit) }),
  );

  api.post(
    '/v1/contacts/bulk',
    {
      schema: {
        body: z.object({ records: z.array(recordSchema).min(1).max(MAX_BULK) }),
        response: {
          200: z.object({
            results: z.array(
              z.object({
                index: z.number(),
                status: z.string(),
                id: z.string().optional(),
                errors: z.array(z.any()).optional(),
              }),
            ),
          }),
          400: problemSchema,
        },
        tags: ['contacts'],
        summary: `Create up to ${MAX_BULK} contacts; each one's outcome is reported`,
      },
    },
    async (request, reply) => {
      const refused = refuse(request, reply, request.body.records as GateRecord[]);
      if (refused) return refused;
      const results = [];
      for (const [index, record] of request.body.records.entries()) {
        const r = await service.create(record as GateRecord, ctxOf(request));
        results.push({
          index,
          status: r.status,
          ...(r.status === 'created' ? { id: r.contact.id } : {}),
          ...(r.status === 'duplicate' ? { id: r.existing.id } : {}),
          ...(r.status === 'quarantined' ? { id: r.quarantineId } : {}),
          ...(r.status === 'rejected' ? { errors: findingErrors(r.decision.findings) } : {}),
        });
      }
      return { results };
    },
  );

  const runs = runService(options.store.db, service);
  const runItem = z.object({
    index: z.number(),
    status: z.string(),
    id: z.string().optional(),
    externalId: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  });
  const runReport = z.object({
    runId: z.string(),
    channel: z.enum(['import', 'sync']),
    counts: z.record(z.string(), z.number()),
    results: z.array(runItem),
  });
  // An import may come as CSV text: the same columns a file export has.
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  api.post(
    '/v1/imports',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        body: z.union([
          z.object({ records: z.array(recordSchema).min(1).max(MAX_IMPORT) }),
          z.string().describe('A CSV export (Content-Type: text/csv): header row, then one contact per row'),
        ]),
        response: { 200: runReport, 400: problemSchema, 403: problemSchema },
        tags: ['runs'],
        summary: `Import up to ${MAX_IMPORT} contacts (JSON or CSV) on the import channel, as one run; undo with /v1/runs/{runId}/undo`,
      },
    },
    async (request, reply) => {
      let records: GateRecord[];
      if (typeof request.body === 'string') {
        try {
          records = recordsFromCsvText(request.body, MAX_IMPORT) as GateRecord[];
        } catch (error) {
          if (!(error instanceof KemptError)) throw error;
          return sendProblem(reply, problem(400, 'invalid-csv', 'The CSV cannot be read', error.message));
        }
        if (records.length === 0)
          return sendProblem(
            reply,
            problem(400, 'invalid-csv', 'The CSV has no records', 'Only a header row was sent.'),
          );
      } else records = request.body.records as GateRecord[];
      return (
        refuse(request, reply, records) ?? runs.importRecords(records, { actor: principalOf(request).user })
      );
    },
  );
  api.post(
    '/v1/syncs/:source',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        params: z.object({
          source: z
            .string()
            .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'a lower-case name such as hubspot')
            .describe('the CRM the records come from'),
        }),
        body: z.object({
          records: z
            .array(z.object({ externalId: z.string().min(1).max(200), fields: recordSchema }))
            .min(1)
            .max(MAX_IMPORT),
        }),
        response: { 200: runReport, 400: problemSchema, 403: problemSchema },
        tags: ['runs'],
        summary:
          "Records from a CRM by the CRM's ids (channel sync): updated when seen before, else created and linked; one run",
      },
    },
    async (request, reply) =>
      refuse(
        request,
        reply,
        request.body.records.map((r) => r.fields as GateRecord),
      ) ??
      runs.sync(
        request.params.source,
        request.body.records.map((r) => ({ externalId: r.externalId, fields: r.fields as GateRecord })),
        { actor: principalOf(request).user },
      ),
  );

  const undo = undoService(options.store.db);
  const undoReport = z.object({
    undone: z.array(z.number()),
    conflicts: z.array(
      z.object({
        change: z.number(),
        field: z.string(),
        expected: z.string().nullable(),
        found: z.string().nullable(),
      }),
    ),
  });
  /** Undos, merges and quarantine decisions touch any field: the roles that may write every field may make them. */
  function mayDecide(request: object, reply: FastifyReply) {
    const principal = principalOf(request);
    if (access.roles[principal.role]?.write.includes('*')) return undefined;
    return sendProblem(
      reply,
      problem(
        403,
        'forbidden',
        'Not allowed for this role',
        `${principal.user} (${principal.role}) may not undo changes or decide on held records.`,
      ),
    );
  }
  const undoResponses = { 200: undoReport, 403: problemSchema, 400: problemSchema };

  api.get(
    '/v1/contacts/:id/changes',
    { schema: { params: idParams, tags: ['changes'], summary: "A record's change log, oldest first" } },
    async (request) => ({
      items: await options.store.db
        .selectFrom('change_log')
        .selectAll()
        .where('contact_id', '=', request.params.id)
        .orderBy('id')
        .execute(),
    }),
  );
  api.post(
    '/v1/changes/:id/undo',
    {
      schema: {
        params: z.object({ id: z.coerce.number().int().min(1) }),
        response: undoResponses,
        tags: ['changes'],
        summary: 'Undo one change',
      },
    },
    async (request, reply) => mayDecide(request, reply) ?? undo.change(request.params.id, ctxOf(request)),
  );
  api.post(
    '/v1/contacts/:id/undo',
    {
      schema: {
        params: idParams,
        body: z.object({ since: z.iso.datetime({ offset: true }) }),
        response: undoResponses,
        tags: ['changes'],
        summary: "Undo a record's changes since a time",
      },
    },
    async (request, reply) =>
      mayDecide(request, reply) ??
      undo.recordSince(request.params.id, new Date(request.body.since), ctxOf(request)),
  );
  api.post(
    '/v1/runs/:id/undo',
    {
      schema: {
        params: idParams,
        response: undoResponses,
        tags: ['changes'],
        summary: 'Undo every change of a run (an import, a sync)',
      },
    },
    async (request, reply) => mayDecide(request, reply) ?? undo.run(request.params.id, ctxOf(request)),
  );

  const quarantine = quarantineService(options.store.db, service);
  api.get(
    '/v1/quarantine',
    {
      schema: {
        querystring: z.object({
          status: z.enum(['held', 'released', 'rejected']).default('held'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        tags: ['quarantine'],
        summary: 'Records held for review, with the reasons',
      },
    },
    async (request) => ({ items: await quarantine.list(request.query.status, request.query.limit) }),
  );
  api.post(
    '/v1/quarantine/:id/release',
    {
      schema: {
        params: idParams,
        body: z.object({ fields: recordSchema.optional() }).optional(),
        response: { ...writeResponses, 404: problemSchema },
        tags: ['quarantine'],
        summary: "Store a held record (with the reviewer's corrections); it passes the gate again",
      },
    },
    async (request, reply) => {
      const corrections = (request.body?.fields ?? {}) as GateRecord;
      const refused = mayDecide(request, reply) ?? refuse(request, reply, [corrections]);
      if (refused) return refused;
      const r = await quarantine.release(request.params.id, ctxOf(request), corrections);
      if (r.status === 'not_held') return notHeld(reply, request.params.id);
      return answer(reply, r, true);
    },
  );
  api.post(
    '/v1/quarantine/:id/reject',
    {
      schema: {
        params: idParams,
        tags: ['quarantine'],
        summary: 'Reject a held record (it is kept, marked rejected)',
      },
    },
    async (request, reply) => {
      const refused = mayDecide(request, reply);
      if (refused) return refused;
      if (!(await quarantine.reject(request.params.id, principalOf(request).user)))
        return notHeld(reply, request.params.id);
      return { status: 'rejected' };
    },
  );

  const merges = mergeService(options.store.db);
  const mergeBody = z.object({
    ids: z.array(z.string().min(1)).min(2).max(100),
    master: z
      .union([z.enum(['oldest', 'most_recent', 'most_complete']), z.object({ id: z.string() })])
      .optional(),
    fields: z.record(z.string(), z.enum(['non_empty', 'most_recent', 'longest', 'union'])).optional(),
  });
  const mergeOptions = (request: object, body: z.infer<typeof mergeBody>) => ({
    actor: principalOf(request).user,
    ...(body.master ? { master: body.master } : {}),
    ...(body.fields ? { fields: body.fields } : {}),
  });
  /** Merge errors (not active, marked not duplicates) are the caller's to correct: 409. */
  const mergeProblem = (reply: FastifyReply, error: unknown) => {
    if (!(error instanceof KemptError)) throw error;
    return sendProblem(reply, problem(409, 'merge-refused', 'These records cannot be merged', error.message));
  };
  api.post(
    '/v1/merges/preview',
    { schema: { body: mergeBody, tags: ['merges'], summary: 'What a merge would store, nothing written' } },
    async (request, reply) =>
      mayDecide(request, reply) ??
      merges
        .preview(request.body.ids, mergeOptions(request, request.body))
        .catch((e) => mergeProblem(reply, e)),
  );
  api.post(
    '/v1/merges',
    {
      schema: {
        body: mergeBody,
        tags: ['merges'],
        summary: 'Merge records into one (any number); undo with /v1/merges/{id}/undo',
      },
    },
    async (request, reply) => {
      const refused = mayDecide(request, reply);
      if (refused) return refused;
      try {
        return reply
          .status(201)
          .send(await merges.merge(request.body.ids, mergeOptions(request, request.body)));
      } catch (error) {
        return mergeProblem(reply, error);
      }
    },
  );
  /** An unmerge endpoint: who may decide, then the merge undone, or 404 when it is unknown or undone. */
  function unmergeRoute(
    url: string,
    tag: string,
    summary: string,
    unmerge: (mergeId: string, actor: string) => Promise<boolean>,
  ) {
    api.post(url, { schema: { params: idParams, tags: [tag], summary } }, async (request, reply) => {
      const refused = mayDecide(request, reply);
      if (refused) return refused;
      if (!(await unmerge(request.params.id, principalOf(request).user)))
        return notFound(reply, 'No such merge to undo', `${request.params.id} is unknown or undone already.`);
      return { status: 'unmerged' };
    });
  }
  unmergeRoute('/v1/merges/:id/undo', 'merges', 'Unmerge: every record back exactly as it was', (id, actor) =>
    merges.unmerge(id, actor),
  );
  api.post(
    '/v1/not-duplicates',
    {
      schema: {
        body: z.object({ a: z.string().min(1), b: z.string().min(1) }),
        tags: ['merges'],
        summary: 'Remember that two records are different people',
      },
    },
    async (request, reply) => {
      const refused = mayDecide(request, reply);
      if (refused) return refused;
      try {
        await merges.markNotDuplicate(request.body.a, request.body.b, principalOf(request).user);
      } catch (error) {
        return mergeProblem(reply, error);
      }
      return { status: 'remembered' };
    },
  );

  const companies = companyService(options.store.db);
  const companySchema = z.object({
    id: z.string(),
    name: z.string(),
    domain: z.string().nullable(),
    country: z.string().nullable(),
    status: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  });
  api.get(
    '/v1/companies',
    {
      schema: {
        querystring: z.object({
          name: z.string().trim().min(1).max(200).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          after: z.string().max(100).optional(),
        }),
        response: { 200: z.object({ items: z.array(companySchema), next: z.string().nullable() }) },
        tags: ['companies'],
        summary: 'Active companies; `name` finds those whose name (legal form aside) starts with it',
      },
    },
    async (request) =>
      companies.list({
        limit: request.query.limit,
        ...(request.query.name ? { name: request.query.name } : {}),
        ...(request.query.after ? { after: request.query.after } : {}),
      }),
  );
  api.get(
    '/v1/companies/:id',
    {
      schema: {
        params: idParams,
        response: { 200: companySchema.extend({ contacts: z.number() }), 404: problemSchema },
        tags: ['companies'],
        summary: 'A company and how many active contacts are linked to it',
      },
    },
    async (request, reply) =>
      (await companies.get(request.params.id)) ??
      notFound(reply, 'No such company', `There is no company ${request.params.id}.`),
  );
  api.get(
    '/v1/companies/:id/contacts',
    {
      schema: {
        params: idParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        tags: ['companies'],
        summary: 'The active contacts linked to a company',
      },
    },
    async (request) => ({ items: await companies.contacts(request.params.id, request.query.limit) }),
  );
  api.post(
    '/v1/companies/merges',
    {
      schema: {
        body: z.object({ ids: z.array(z.string().min(1)).min(2).max(100), master: z.string().optional() }),
        tags: ['companies'],
        summary:
          "Merge companies: the others' contacts are linked to the master (default the oldest); undo with /v1/companies/merges/{id}/undo",
      },
    },
    async (request, reply) => {
      const refused = mayDecide(request, reply);
      if (refused) return refused;
      try {
        return reply.status(201).send(
          await companies.merge(request.body.ids, {
            actor: principalOf(request).user,
            ...(request.body.master ? { master: request.body.master } : {}),
          }),
        );
      } catch (error) {
        return mergeProblem(reply, error);
      }
    },
  );
  unmergeRoute(
    '/v1/companies/merges/:id/undo',
    'companies',
    'Unmerge companies: companies and contact links back as they were',
    (id, actor) => companies.unmerge(id, actor),
  );

  const gdpr = gdprService(options.store.db);
  /** Export and erasure are the data-protection officer's: admins only. */
  const adminOnly = (request: object, reply: FastifyReply) => {
    const principal = principalOf(request);
    if (principal.role === 'admin') return undefined;
    return sendProblem(
      reply,
      problem(
        403,
        'forbidden',
        'Not allowed for this role',
        `${principal.user} (${principal.role}) may not export or erase people's data.`,
      ),
    );
  };
  const emailQuery = z.object({ email: z.string().min(3).max(320) });
  api.get(
    '/v1/gdpr/export',
    {
      schema: {
        querystring: emailQuery,
        tags: ['gdpr'],
        summary: 'Everything the store holds about a person, by email address',
      },
    },
    async (request, reply) => adminOnly(request, reply) ?? gdpr.exportPerson(request.query.email),
  );
  api.post(
    '/v1/gdpr/erase',
    {
      schema: {
        body: emailQuery,
        tags: ['gdpr'],
        summary: 'Erase a person everywhere; a salted hash keeps the address from coming back',
      },
    },
    async (request, reply) =>
      adminOnly(request, reply) ?? {
        erased: await gdpr.erase(request.body.email, principalOf(request).user),
      },
  );

  return app;
}
