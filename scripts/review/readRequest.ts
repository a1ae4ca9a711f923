/**
 * A review request's body, checked before anything is read or written: JSON, a known action, and each field of
 * the right kind and size. Names are one line of at most 200 characters with a letter or digit; anything else is
 * refused with a message (the YAML writer would quote it safely, but a name with a newline is never meant).
 */
import { ENTITY_TYPES, type EntityType } from '../core/types/common.ts';

export const ACTIONS = ['rename', 'type', 'merge', 'split', 'ignore', 'reviewed', 'undo'] as const;
export type ActionName = (typeof ACTIONS)[number];

export interface ReviewRequest {
  action: ActionName;
  /** The entity acted on, by its id in kb.json. */
  id?: string;
  /** For `reviewed`: the name the decision is written under (a review item's name). */
  subject?: string;
  name?: string;
  type?: EntityType;
  /** For `merge`: the entity folded in, by id or by name. */
  other?: string;
  articles?: string[];
  mentions?: string[];
  /** Where the action was made: "review" sends the browser back to the Review page. */
  from?: 'review';
}

export class RequestError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const MAX_TEXT = 200;
const MAX_LIST = 500;
const FIELDS = new Set(['action', 'id', 'subject', 'name', 'type', 'other', 'articles', 'mentions', 'from']);

/** Validate a parsed body. Throws `RequestError` (400) naming the field. */
export function readRequest(body: unknown): ReviewRequest {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw bad('the body must be a JSON object');
  const fields = body as Record<string, unknown>;
  for (const key of Object.keys(fields)) if (!FIELDS.has(key)) throw bad(`unknown field "${key.slice(0, 40)}"`);
  const action = fields.action;
  if (typeof action !== 'string' || !(ACTIONS as readonly string[]).includes(action))
    throw bad(`action must be one of ${ACTIONS.join(', ')}`);
  const request: ReviewRequest = { action: action as ActionName };
  if (fields.id !== undefined) request.id = text(fields.id, 'id');
  if (fields.subject !== undefined) request.subject = name(fields.subject, 'subject');
  if (fields.name !== undefined) request.name = name(fields.name, 'name');
  if (fields.other !== undefined) request.other = name(fields.other, 'other');
  if (fields.type !== undefined) request.type = type(fields.type);
  if (fields.articles !== undefined) request.articles = list(fields.articles, 'articles', text);
  if (fields.mentions !== undefined) request.mentions = list(fields.mentions, 'mentions', name);
  if (fields.from !== undefined) {
    if (fields.from !== 'review') throw bad('from must be "review"');
    request.from = 'review';
  }
  requireFields(request);
  return request;
}

function requireFields(r: ReviewRequest): void {
  const need = (ok: unknown, what: string) => {
    if (!ok) throw bad(`${r.action} needs ${what}`);
  };
  if (r.action !== 'undo' && r.action !== 'reviewed') need(r.id, 'the entity (id)');
  if (r.action === 'reviewed') need(r.id || r.subject, 'the entity (id) or the item (subject)');
  if (r.action === 'rename') need(r.name, 'a new name');
  if (r.action === 'type') need(r.type, 'a type');
  if (r.action === 'merge') need(r.other, 'the entity to merge in (other)');
  if (r.action === 'split') {
    need(r.name, 'the name of the new entity');
    need(r.articles?.length || r.mentions?.length, 'articles or mentions to move');
  }
}

const bad = (message: string) => new RequestError(400, message);

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_TEXT)
    throw bad(`${field} must be text of 1 to ${MAX_TEXT} characters`);
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(value))
    throw bad(`${field} must be one line, without control characters`);
  return value;
}

function name(value: unknown, field: string): string {
  const written = text(value, field).trim();
  if (!/[\p{L}\p{N}]/u.test(written)) throw bad(`${field} must have a letter or a digit`);
  return written;
}

function type(value: unknown): EntityType {
  const found = ENTITY_TYPES.find((t) => t === value);
  if (!found) throw bad(`type must be one of ${ENTITY_TYPES.join(', ')}`);
  return found;
}

function list(value: unknown, field: string, item: (v: unknown, field: string) => string): string[] {
  if (!Array.isArray(value) || value.length > MAX_LIST) throw bad(`${field} must be a list of at most ${MAX_LIST}`);
  return [...new Set(value.map((v) => item(v, field)))];
}
