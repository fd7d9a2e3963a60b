/**
 * The per-request context: one set of repositories sharing one set of DataLoaders, so every
 * relationship a query follows is batched and every request costs a bounded number of store round trips.
 */
import type { Store } from '../store/port';
import { ActorRepository } from './actor/actor.repository';
import { ArticleRepository } from './article/article.repository';
import { StoreLoaders } from './common/loaders';
import { GraphViewRepository } from './graph-view/graph-view.repository';
import { IncidentRepository } from './incident/incident.repository';
import { PlaceRepository } from './place/place.repository';
import { SearchRepository } from './search/search.repository';
import { StatementRepository } from './statement/statement.repository';
import { StatsRepository } from './stats/stats.repository';

/** What every resolver receives as `ctx`. Create one per request with `createContext`. */
export interface GraphContext {
  readonly store: Store;
  readonly loaders: StoreLoaders;
  readonly actors: ActorRepository;
  readonly places: PlaceRepository;
  readonly incidents: IncidentRepository;
  readonly statements: StatementRepository;
  readonly articles: ArticleRepository;
  readonly search: SearchRepository;
  readonly graphView: GraphViewRepository;
  readonly stats: StatsRepository;
}

/** A fresh context for one GraphQL request (never share it between requests: the loaders cache). */
export function createContext(store: Store): GraphContext {
  const loaders = new StoreLoaders(store);
  const places = new PlaceRepository(loaders);
  return {
    store,
    loaders,
    actors: new ActorRepository(loaders),
    places,
    incidents: new IncidentRepository(loaders, places),
    statements: new StatementRepository(loaders),
    articles: new ArticleRepository(loaders),
    search: new SearchRepository(loaders, places),
    graphView: new GraphViewRepository(loaders),
    stats: new StatsRepository(loaders),
  };
}
