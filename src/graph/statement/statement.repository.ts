import type { StoreLoaders } from '../common/loaders';
import type { Stance, StatementSort } from '../common/enums';
import type { PageRequest, PageSlice } from '../common/pagination';
import { listOrNull, loadMany, loadOne, loadPage, needle } from '../common/repository-helpers';
import { optInt, props, str } from '../common/rows';
import { Actor } from '../actor/actor.type';
import { Article } from '../article/article.type';
import { Incident } from '../incident/incident.type';
import { Contradiction, Evidence, Statement } from './statement.type';

/** Filter of `statements`; absent fields do not filter. */
export interface StatementFilter {
  stances?: Stance[] | null;
  speaker?: string | null;
  incident?: string | null;
  article?: string | null;
  /** Statements targeting any of these actors. */
  targets?: string[] | null;
  /** true: only statements giving casualty figures; false: only those without. */
  withFigures?: boolean | null;
  /** Text contained in the clause or the sentence, case-insensitive. */
  text?: string | null;
}

/** Filter of `contradictions`. */
export interface ContradictionFilter {
  incident?: string | null;
  /** Pairs where this actor made one of the two statements. */
  actor?: string | null;
}

/** Reads statements, their evidence and contradictions. One instance per request. */
export class StatementRepository {
  constructor(private readonly loaders: StoreLoaders) {}

  findById(id: string): Promise<Statement | null> {
    return loadOne(this.loaders, 'find-statements-by-ids', id, (p) => Statement.fromProps(p));
  }

  list(filter: StatementFilter, sort: StatementSort, page: PageRequest): Promise<PageSlice<Statement>> {
    const params = {
      stances: listOrNull(filter.stances),
      speaker: filter.speaker ?? null,
      incident: filter.incident ?? null,
      article: filter.article ?? null,
      targets: listOrNull(filter.targets),
      withFigures: filter.withFigures ?? null,
      text: needle(filter.text),
    };
    return loadPage(this.loaders, 'statements', params, sort, page, (row) => Statement.fromProps(props(row)));
  }

  speaker(id: string): Promise<Actor | null> {
    return loadOne(this.loaders, 'find-statement-speakers', id, (p) => Actor.fromProps(p));
  }

  incident(id: string): Promise<Incident | null> {
    return loadOne(this.loaders, 'find-statement-incidents', id, (p) => Incident.fromProps(p));
  }

  targets(id: string): Promise<Actor[]> {
    return loadMany(this.loaders, 'find-statement-targets', id, (p) => Actor.fromProps(p));
  }

  /** The article the statement is reported in, or null. */
  async article(id: string): Promise<Article | null> {
    const [row] = await this.loaders.grouped('find-statement-evidence').load(id);
    return row ? Article.fromProps(props(row)) : null;
  }

  /** The evidence sentence and its offsets in the article text. */
  async evidence(id: string): Promise<Evidence | null> {
    const [row] = await this.loaders.grouped('find-statement-evidence').load(id);
    if (!row) return null;
    return Object.assign(new Evidence(), {
      articleId: str(props(row)['id']),
      sentence: str(row['sentence']),
      start: optInt(row['start']) ?? 0,
      end: optInt(row['end']) ?? 0,
    });
  }

  /** Statements this one contradicts or is contradicted by. */
  contradictions(id: string): Promise<Statement[]> {
    return loadMany(this.loaders, 'find-statement-contradictions', id, (p) => Statement.fromProps(p));
  }

  /** One page of contradicting pairs. */
  contradictionPairs(filter: ContradictionFilter, page: PageRequest): Promise<PageSlice<Contradiction>> {
    const params = { incident: filter.incident ?? null, actor: filter.actor ?? null };
    return loadPage(this.loaders, 'contradictions', params, 'ID', page, (row) =>
      Object.assign(new Contradiction(), { statementId: str(row['statementId']), contradictsId: str(row['contradictsId']) }),
    );
  }
}
