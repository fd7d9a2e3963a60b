import type { StoreLoaders } from '../common/loaders';
import { optInt } from '../common/rows';
import { Stats } from './stats.type';

/** Graph sizes, in one store round trip. */
export class StatsRepository {
  constructor(private readonly loaders: StoreLoaders) {}

  async stats(): Promise<Stats> {
    const [row = {}] = await this.loaders.rows('count-graph');
    const n = (key: string) => optInt(row[key]) ?? 0;
    return Object.assign(new Stats(), {
      articles: n('articles'),
      actors: n('actors'),
      places: n('places'),
      incidents: n('incidents'),
      statements: n('statements'),
      relationships: n('relationships'),
      contradictions: n('contradictions'),
    });
  }
}
