import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { formatJoinCode, parseJoinCode } from '../../lib/map/ids';
import { roleForKey } from '../workshops/keys';
import { workshopLinks } from '../workshops/links';
import type { ApiContext } from './context';
import { clientAddress } from './guess-limiter';
import { HttpError, publicOrigin, readBody, readJson, sendJson } from './http';
import { authorise, badKey, roleOfKey, route, type Route } from './route-kit';
import { parseRoles } from '../workshops/key-rotation';
import type { Role } from '../store/store';

// Joining (docs/architecture.md "Joining"): check a key before anyone is asked for a name, show a
// facilitator the links and the join code at any time, and turn a typed join code into the participant link.

/** The key in `Authorization: Bearer <key>`, or null when none was sent. */
function optionalKey(req: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match ? match[1] : null;
}

/** The invite as the facilitator sees it; without a code when the workshop predates join codes. */
async function sendInvite(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, id: string, facilitatorKey: string, extra: object = {}) {
  const record = await ctx.workshops.get(id);
  if (!record) throw new HttpError(404, `No workshop with id "${id}".`);
  const secrets = await ctx.invites.secretsFor(id, facilitatorKey);
  const origin = publicOrigin(req, ctx.config.publicUrl);
  if (!secrets) {
    const { facilitator } = workshopLinks(origin, id, { facilitator: facilitatorKey, participant: '', observer: '' });
    sendJson(res, 200, { id, title: record.title, code: null, links: { facilitator }, ...extra });
    return;
  }
  // After an operator's rotation (server/workshops/key-rotation.ts) a sealed guest key may no longer open it.
  const participant = roleForKey(record.keyHashes, secrets.participant) === 'participant' ? secrets.participant : '';
  const observer = roleForKey(record.keyHashes, secrets.observer) === 'observer' ? secrets.observer : '';
  const all = workshopLinks(origin, id, { facilitator: facilitatorKey, participant, observer });
  const links = { facilitator: all.facilitator, ...(participant && { participant: all.participant }), ...(observer && { observer: all.observer }) };
  sendJson(res, 200, { id, title: record.title, code: participant ? formatJoinCode(secrets.code) : null, joinAt: `${origin}/`, links, ...extra });
}

const joinBody = z.object({ code: z.string().max(40) });

/** POST …/invite's optional body `{"roles": [...]}`; no body means both guest roles (as before P16). */
async function rolesToRotate(req: IncomingMessage): Promise<Role[]> {
  const text = (await readBody(req, 1024)).trim();
  if (!text) return ['participant', 'observer'];
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
  try {
    return parseRoles((body as { roles?: unknown } | null)?.roles ?? ['participant', 'observer']);
  } catch (err) {
    throw new HttpError(400, (err as Error).message, { code: 'bad_roles' });
  }
}

export const JOIN_ROUTES: Route[] = [
  // Cheap and before the name dialog. Without a key: 404 for an unknown workshop, 401 `no_key` for a known
  // one. With a key: one 401 `bad_key` for a key that does not open it and for an unknown workshop alike
  // (docs/architecture.md "What an error tells"), else the title and the role the key opens.
  route('GET', '/api/workshops/:id/access', async (req, res, { id }, ctx) => {
    const key = optionalKey(req);
    if (key) {
      const role = await roleOfKey(req, ctx, id, key);
      const record = role && (await ctx.workshops.get(id));
      if (!role || !record) throw badKey();
      sendJson(res, 200, { id, title: record.title, role });
      return;
    }
    if (!(await ctx.workshops.get(id))) throw new HttpError(404, `No workshop with id "${id}".`, { code: 'not_found' });
    throw new HttpError(401, 'This address needs the key from a workshop link.', { code: 'no_key' });
  }),

  route('GET', '/api/workshops/:id/invite', async (req, res, { id }, ctx) => {
    await authorise(req, ctx, id, ['facilitator']);
    await sendInvite(req, res, ctx, id, optionalKey(req)!);
  }),

  // New keys for the roles named (default both guests; docs/protocol.md P16): the old links stop working and
  // their live sockets are closed at once, except this browser's own (X-Participant-Secret) when the
  // facilitator renews their own key: it gets the new link in the answer.
  route('POST', '/api/workshops/:id/invite', async (req, res, { id }, ctx) => {
    await authorise(req, ctx, id, ['facilitator']);
    const roles = await rolesToRotate(req);
    const { rotated, keys } = await ctx.keys.rotate(id, roles, optionalKey(req)!);
    const secret = req.headers['x-participant-secret'];
    const caller = typeof secret === 'string' && secret ? await ctx.identities.findBySecret(id, secret) : null;
    const closed = ctx.sync.closeKeyHolders(id, rotated, caller ? { keep: caller.id } : {});
    console.log(`[keys] ${id}: new ${rotated.join(', ')} key(s) by the facilitator; ${closed} live socket(s) closed`);
    await sendInvite(req, res, ctx, id, keys.facilitator!, { rotated });
  }),

  // The code travels in the body, not the path, so it stays out of access logs.
  route('POST', '/api/join', async (req, res, _p, ctx) => {
    const parsed = joinBody.safeParse(await readJson(req, 1024));
    const code = parsed.success ? parseJoinCode(parsed.data.code) : null;
    if (!code) throw new HttpError(400, 'A join code is six letters and digits, like K7P-4QX.', { code: 'bad_format' });
    const client = clientAddress(req, ctx.config.trustProxy);
    const waitMs = ctx.joinGuesses.waitMs(client);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      const error = `Too many wrong join codes from this network; try again in ${seconds} s.`;
      sendJson(res, 429, { error, details: { code: 'too_many', retryAfterSeconds: seconds } }, { 'retry-after': String(seconds) });
      return;
    }
    const found = await ctx.invites.resolve(code);
    const record = found && (await ctx.workshops.get(found.workshopId));
    if (!found || !record || roleForKey(record.keyHashes, found.participantKey) !== 'participant') {
      ctx.joinGuesses.failed(client);
      throw new HttpError(404, 'No workshop has this join code.', { code: 'unknown_code' });
    }
    const { participant } = workshopLinks(publicOrigin(req, ctx.config.publicUrl), record.id, { facilitator: '', participant: found.participantKey, observer: '' });
    sendJson(res, 200, { id: record.id, title: record.title, link: participant });
  }),
];
