import { Injectable } from '@nestjs/common';
import { Args, Field, ID, InterfaceType, Query, Resolver } from '@nestjs/graphql';
import type { DataSource, EntityTarget } from 'typeorm';
import { ConcealedRefusal, DomainError } from '@app/common';
import { CurrentActor, RequirePermission, type Actor } from './actor.js';
import { Permission } from './permission.js';

/**
 * Relay's Node: any object with an `id` that `node(id:)` can fetch again. Ids are plain UUIDs (no type inside), so
 * `node` first finds which table holds the id, then runs that type's own lookup (its permission and its object-level
 * checks). An object the caller may not see answers exactly like an id that names nothing — null and NOT_FOUND
 * (reason NODE_NOT_FOUND) — so `node` tells no one that an id exists, or what it is, beyond what they may read.
 */
@InterfaceType('Node', {
  description: '有编号的对象（Relay Node）：可凭 id 用 node(id:) 重新取回',
  resolveType: (value: object) => typeOfNode.get(value),
})
export abstract class NodeInterface {
  @Field(() => ID, { description: '编号（全局唯一）' }) id!: string;
}

/** What one type offers `node(id:)`: how to tell that an id is one of its rows, and its own lookup. */
export interface NodeLookup {
  /** The GraphQL type name (Opinion, ConsultationTask…). */
  typename: string;
  /** The permission the type's own lookup query declares. */
  permission: Permission;
  /** Whether a row with this id exists (no permission check: the answer never leaves the server). */
  exists(id: string): Promise<boolean>;
  /** The type's own lookup, as its query runs it: object-level checks included. */
  load(actor: Actor, id: string): Promise<object>;
}

const typeOfNode = new WeakMap<object, string>();

/** `exists` for a table keyed by `id`. */
export function rowExists(
  db: DataSource,
  entity: EntityTarget<{ id: string }>,
): (id: string) => Promise<boolean> {
  return (id) => db.getRepository(entity).existsBy({ id });
}

/** Each domain registers its Node types here when its module starts. */
@Injectable()
export class NodeRegistry {
  private readonly lookups = new Map<string, NodeLookup>();

  register(lookup: NodeLookup): void {
    this.lookups.set(lookup.typename, lookup);
  }

  typenames(): string[] {
    return [...this.lookups.keys()].sort();
  }

  async resolve(actor: Actor, id: string): Promise<object> {
    const notFound = (refusal?: string) =>
      new ConcealedRefusal('NOT_FOUND', `对象不存在或无权查看：${id}`, 'NODE_NOT_FOUND', refusal);
    const lookups = [...this.lookups.values()];
    const hits = await Promise.all(lookups.map((l) => l.exists(id)));
    const lookup = lookups.find((_, i) => hits[i]);
    if (!lookup) throw notFound();
    if (!actor.permissions.has(lookup.permission)) throw notFound('PERMISSION_DENIED');
    let value: object;
    try {
      value = await lookup.load(actor, id);
    } catch (error) {
      if (error instanceof DomainError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) {
        throw notFound(error.code === 'FORBIDDEN' ? error.reason : undefined);
      }
      throw error;
    }
    typeOfNode.set(value, lookup.typename);
    return value;
  }
}

@Resolver()
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  @RequirePermission(Permission.SELF)
  @Query(() => NodeInterface, {
    nullable: true,
    description:
      '按编号取回任一对象（Relay）：与该类型自己的查询（如 opinion(id:)）同样的权限和对象级检查；找不到和无权查看一样，为 null，原因见 errors（NOT_FOUND / NODE_NOT_FOUND）',
  })
  node(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: '对象编号' }) id: string,
  ): Promise<object> {
    return this.registry.resolve(actor, id);
  }
}
