import type { StoreLoaders } from '../common/loaders';
import { props, str } from '../common/rows';
import { Actor } from '../actor/actor.type';
import { Article } from '../article/article.type';
import { Incident } from '../incident/incident.type';
import type { PlaceRepository } from '../place/place.repository';
import { Place } from '../place/place.type';
import { Statement } from '../statement/statement.type';

/** Anything `search` can return. */
export type SearchHit = Actor | Place | Incident | Statement | Article;

/** Free-text search over names, aliases, summaries, statement text and titles. One instance per request. */
export class SearchRepository {
  constructor(
    private readonly loaders: StoreLoaders,
    private readonly places: PlaceRepository,
  ) {}

  /**
   * Nodes containing `text` (case-insensitive), at most `limit` per kind, actors first, then places,
   * incidents, statements and articles. Places also match by spelling variant ("Idleb", "Jisr
   * ash-Shughur"), which a substring test cannot see.
   */
  async search(text: string, limit: number): Promise<SearchHit[]> {
    const needle = text.trim().toLowerCase();
    if (!needle) return [];
    const [rows, variantIds] = await Promise.all([
      this.loaders.rows('search-nodes', { text: needle, limit }),
      this.places.resolveName(text),
    ]);
    const byLabel = new Map<string, SearchHit[]>();
    const add = (label: string, hit: SearchHit) => {
      const list = byLabel.get(label) ?? [];
      list.push(hit);
      byLabel.set(label, list);
    };
    for (const row of rows) {
      const p = props(row);
      switch (str(row['label'])) {
        case 'Actor':
          add('Actor', Actor.fromProps(p));
          break;
        case 'Place':
          add('Place', Place.fromProps(p));
          break;
        case 'Incident':
          add('Incident', Incident.fromProps(p));
          break;
        case 'Statement':
          add('Statement', Statement.fromProps(p));
          break;
        case 'Article':
          add('Article', Article.fromProps(p));
          break;
      }
    }
    const found = new Set((byLabel.get('Place') ?? []).map((p) => p.id));
    const missing = variantIds.filter((id) => !found.has(id)).slice(0, Math.max(0, limit - found.size));
    const extra = await Promise.all(missing.map((id) => this.places.findById(id)));
    for (const place of extra) if (place) add('Place', place);
    return ['Actor', 'Place', 'Incident', 'Statement', 'Article'].flatMap((label) => byLabel.get(label) ?? []);
  }
}
