import { ArgsType, Field, Int, ObjectType, type FieldMiddleware } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { BadInputError } from './errors.js';

/** The one page-size limit of every list in the API (named, enforced and tested). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `每页条数，默认 ${DEFAULT_PAGE_SIZE}，最多 ${MAX_PAGE_SIZE}`,
  })
  @IsOptional()
  @Min(0, { message: 'first 不能小于 0' })
  @Max(MAX_PAGE_SIZE, { message: `first 不能超过 ${MAX_PAGE_SIZE}（每页最多 ${MAX_PAGE_SIZE} 条）` })
  first?: number;

  @Field(() => String, { nullable: true, description: '上一页 pageInfo.endCursor，从其后开始' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'after 游标无效' })
  after?: string;
}

@ObjectType({ description: '分页信息' })
export class PageInfo {
  @Field({ description: '是否还有下一页' }) hasNextPage!: boolean;
  @Field({ description: '前面是否还有' }) hasPreviousPage!: boolean;
  @Field(() => String, { description: '本页第一项的游标', nullable: true }) startCursor!: string | null;
  @Field(() => String, { description: '本页最后一项的游标（取下一页时作为 after）', nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * The total of a list: a number, or a function that counts when called. The connection's totalCount field calls it
 * only when the query selects that field, so a page whose query leaves `totalCount` out never counts.
 */
export type TotalCount = number | (() => Promise<number>);

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: TotalCount;
}

/** A page request after validation: offset and limit, whatever the cursor scheme. */
export interface PageWindow {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(offset) || offset < 0) {
    throw BadInputError.field('after', '分页游标 after 无效，请使用上一页返回的 endCursor', 'INVALID_CURSOR');
  }
  return offset;
}

/** Validates the page arguments again (they may come from code as well as from GraphQL) and resolves the window. */
export function pageWindow(args: ConnectionArgs): PageWindow {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw BadInputError.field('first', `first 必须在 0 到 ${MAX_PAGE_SIZE} 之间`, 'PAGE_SIZE_OUT_OF_RANGE');
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit };
}

export function toConnection<T>(items: T[], totalCount: number, window: PageWindow): Connection<T> {
  const edges = items.map((node, i) => ({ node, cursor: encodeCursor(window.offset + i) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + items.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Runs only when the query selects totalCount: a TotalCount that is a function counts now. */
const countWhenSelected: FieldMiddleware = async (_context, next) => {
  const total = (await next()) as TotalCount;
  return typeof total === 'function' ? total() : total;
};

/**
 * Relay-style connection type for a node type: `XConnection { edges { cursor node } pageInfo totalCount }`. `noun`
 * names one item in Chinese (意见建议) for the schema's descriptions; the subclass describes the connection itself.
 */
export function Paginated<T>(nodeType: Type<T>, noun: string): Type<Connection<T>> {
  @ObjectType(`${nodeType.name.replace(/Model$/, '')}Edge`, { description: `${noun}列表中的一项` })
  class EdgeType {
    @Field({ description: '这一项的游标（不透明，取其后的一页时作为 after 传回）' }) cursor!: string;
    @Field(() => nodeType, { description: noun }) node!: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionType {
    @Field(() => [EdgeType], { description: `本页的${noun}` }) edges!: EdgeType[];
    @Field(() => PageInfo, { description: '分页信息' }) pageInfo!: PageInfo;
    @Field(() => Int, { description: '符合条件的总数（不限于本页）', middleware: [countWhenSelected] })
    totalCount!: number;
  }
  return ConnectionType;
}

// ── Keyset cursors ────────────────────────────────────────────────────────────────────────────────────────────────
// For the lists that grow while people page through them (opinions, the inbox, the audit trail): the cursor holds the
// last row's sort key, not its position, so rows inserted meanwhile never shift the next page (no row skipped or
// repeated). The cursor stays opaque (base64url); it is only valid for the list (and order) that gave it.

/** One value of a sort key, as the row holds it. */
export type KeyValue = string | number | Date;

const KEYSET_PREFIX = 'k:';

export function encodeKeysetCursor(values: KeyValue[]): string {
  const json = JSON.stringify(values.map((v) => (v instanceof Date ? { d: v.toISOString() } : v)));
  return Buffer.from(`${KEYSET_PREFIX}${json}`, 'utf8').toString('base64url');
}

function invalidCursor(): BadInputError {
  return BadInputError.field('after', '分页游标 after 无效，请使用上一页返回的 endCursor', 'INVALID_CURSOR');
}

export function decodeKeysetCursor(cursor: string, arity: number): KeyValue[] {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(KEYSET_PREFIX)) throw invalidCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(KEYSET_PREFIX.length));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== arity) throw invalidCursor();
  return parsed.map((v: unknown) => {
    if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) return v;
    if (v && typeof v === 'object' && typeof (v as { d?: unknown }).d === 'string') {
      const date = new Date((v as { d: string }).d);
      if (!Number.isNaN(date.getTime())) return date;
    }
    throw invalidCursor();
  });
}

/** A keyset page request after validation: how many rows, and the sort key of the row to continue after. */
export interface KeysetRequest {
  limit: number;
  after: KeyValue[] | null;
}

export function keysetRequest(args: ConnectionArgs, arity: number): KeysetRequest {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw BadInputError.field('first', `first 必须在 0 到 ${MAX_PAGE_SIZE} 之间`, 'PAGE_SIZE_OUT_OF_RANGE');
  }
  return { limit, after: args.after ? decodeKeysetCursor(args.after, arity) : null };
}

/** `rows` were read with one row more than the limit: that extra row only says whether a next page exists. */
export function toKeysetConnection<T>(
  rows: T[],
  totalCount: TotalCount,
  request: KeysetRequest,
  keyOf: (row: T) => KeyValue[],
): Connection<T> {
  const edges = rows
    .slice(0, request.limit)
    .map((node) => ({ node, cursor: encodeKeysetCursor(keyOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > request.limit,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
