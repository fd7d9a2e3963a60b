import type { StoreLoaders } from '../common/loaders';
import type { ArticleSort, Stance } from '../common/enums';
import type { PageRequest, PageSlice } from '../common/pagination';
import { loadMany, loadOne, loadPage, needle } from '../common/repository-helpers';
import { props, strList } from '../common/rows';
import { Actor } from '../actor/actor.type';
import { Incident } from '../incident/incident.type';
import { Place } from '../place/place.type';
import { Statement } from '../statement/statement.type';
import { Article } from './article.type';

/** Filter of `articles`; absent fields do not filter. */
export interface ArticleFilter {
  /** Outlet name, case-insensitive, exact. */
  outlet?: string | null;
  /** Text contained in the title, case-insensitive. */
  title?: string | null;
  publishedFrom?: string | null;
  publishedTo?: string | null;
}

/** Reads articles and what they report. One instance per request. */
export class ArticleRepository {
  constructor(private readonly loaders: StoreLoaders) {}

  findById(id: string): Promise<Article | null> {
    return loadOne(this.loaders, 'find-articles-by-ids', id, (p) => Article.fromProps(p));
  }

  list(filter: ArticleFilter, sort: ArticleSort, page: PageRequest): Promise<PageSlice<Article>> {
    const params = {
      outlet: needle(filter.outlet),
      title: needle(filter.title),
      publishedFrom: filter.publishedFrom ?? null,
      publishedTo: filter.publishedTo ?? null,
    };
    return loadPage(this.loaders, 'articles', params, sort, page, (row) => Article.fromProps(props(row)));
  }

  /** Statements in the article, in text order. */
  statements(id: string, stance: Stance | null, limit: number): Promise<Statement[]> {
    return loadMany(this.loaders, 'find-article-statements', id, (p) => Statement.fromProps(p), { stance, limit });
  }

  incidents(id: string): Promise<Incident[]> {
    return loadMany(this.loaders, 'find-article-incidents', id, (p) => Incident.fromProps(p));
  }

  /** Actors and places the article mentions. */
  async mentions(id: string): Promise<(Actor | Place)[]> {
    const rows = await this.loaders.grouped('find-article-mentions').load(id);
    return rows.map((row) =>
      strList(row['labels']).includes('Place') ? Place.fromProps(props(row)) : Actor.fromProps(props(row)),
    );
  }
}
