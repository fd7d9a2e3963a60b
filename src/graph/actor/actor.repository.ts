import type { StoreLoaders } from '../common/loaders';
import type { ActorKind, NameSort, Stance } from '../common/enums';
import type { PageRequest, PageSlice } from '../common/pagination';
import { listOrNull, loadMany, loadOne, loadPage, needle } from '../common/repository-helpers';
import { props } from '../common/rows';
import { Article } from '../article/article.type';
import { Incident } from '../incident/incident.type';
import { Statement } from '../statement/statement.type';
import { Actor } from './actor.type';

/** Filter of `actors`; absent fields do not filter. */
export interface ActorFilter {
  kinds?: ActorKind[] | null;
  /** Text contained in the name or an alias, case-insensitive. */
  name?: string | null;
  /** Only actors directly part of this actor. */
  partOf?: string | null;
}

/** Reads actors and what hangs off them. One instance per request (it shares the request's loaders). */
export class ActorRepository {
  constructor(private readonly loaders: StoreLoaders) {}

  /** The actor with this id, or null. Batched with every other lookup of the same tick. */
  findById(id: string): Promise<Actor | null> {
    return loadOne(this.loaders, 'find-actors-by-ids', id, (p) => Actor.fromProps(p));
  }

  /** One page of actors matching `filter`. */
  list(filter: ActorFilter, sort: NameSort, page: PageRequest): Promise<PageSlice<Actor>> {
    const params = { kinds: listOrNull(filter.kinds), name: needle(filter.name), partOf: filter.partOf ?? null };
    return loadPage(this.loaders, 'actors', params, sort, page, (row) => Actor.fromProps(props(row)));
  }

  /** Organisations or states the actor is part of. */
  parents(id: string): Promise<Actor[]> {
    return loadMany(this.loaders, 'find-actor-parents', id, (p) => Actor.fromProps(p));
  }

  /** Actors that are part of this one. */
  children(id: string): Promise<Actor[]> {
    return loadMany(this.loaders, 'find-actor-children', id, (p) => Actor.fromProps(p));
  }

  /** Statements the actor made, at most `limit`, optionally of one stance. */
  statements(id: string, stance: Stance | null, limit: number): Promise<Statement[]> {
    return loadMany(this.loaders, 'find-actor-statements', id, (p) => Statement.fromProps(p), { stance, limit });
  }

  /** Statements targeting the actor (accusing, criticising, denying its responsibility…). */
  targetedBy(id: string, stance: Stance | null, limit: number): Promise<Statement[]> {
    return loadMany(this.loaders, 'find-actor-targeting-statements', id, (p) => Statement.fromProps(p), { stance, limit });
  }

  /** Incidents some article attributes to the actor. */
  incidents(id: string, limit: number): Promise<Incident[]> {
    return loadMany(this.loaders, 'find-actor-incidents', id, (p) => Incident.fromProps(p), { limit });
  }

  /** Articles mentioning the actor. */
  articles(id: string): Promise<Article[]> {
    return loadMany(this.loaders, 'find-actor-articles', id, (p) => Article.fromProps(p));
  }
}
