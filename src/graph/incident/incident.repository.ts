import type { StoreLoaders } from '../common/loaders';
import type { IncidentKind, IncidentSort, Stance } from '../common/enums';
import type { PageRequest, PageSlice } from '../common/pagination';
import { listOrNull, loadMany, loadOne, loadPage } from '../common/repository-helpers';
import { props, str } from '../common/rows';
import { Actor } from '../actor/actor.type';
import { Article } from '../article/article.type';
import type { PlaceRepository } from '../place/place.repository';
import { Place } from '../place/place.type';
import { Statement } from '../statement/statement.type';
import { CasualtyFigure, Incident } from './incident.type';

/** Filter of `incidents`; absent fields do not filter. */
export interface IncidentFilter {
  /** A place id or name/alias (any spelling); incidents in places inside it count too. */
  place?: string | null;
  kinds?: IncidentKind[] | null;
  /** Inclusive bounds on the incident date (YYYY-MM-DD); undated incidents never match a bound. */
  dateFrom?: string | null;
  dateTo?: string | null;
  /** Actor some article names as perpetrator. */
  perpetrator?: string | null;
  /** Actor who made a statement about the incident. */
  speaker?: string | null;
  /** Article reporting the incident. */
  article?: string | null;
}

/** Reads incidents and what hangs off them. One instance per request. */
export class IncidentRepository {
  constructor(
    private readonly loaders: StoreLoaders,
    private readonly places: PlaceRepository,
  ) {}

  findById(id: string): Promise<Incident | null> {
    return loadOne(this.loaders, 'find-incidents-by-ids', id, (p) => Incident.fromProps(p));
  }

  async list(filter: IncidentFilter, sort: IncidentSort, page: PageRequest): Promise<PageSlice<Incident>> {
    // A place name that matches nothing gives an empty list, not every incident.
    const placeIds = filter.place?.trim() ? await this.places.resolveName(filter.place) : null;
    const params = {
      placeIds,
      kinds: listOrNull(filter.kinds),
      dateFrom: filter.dateFrom ?? null,
      dateTo: filter.dateTo ?? null,
      perpetrator: filter.perpetrator ?? null,
      speaker: filter.speaker ?? null,
      article: filter.article ?? null,
    };
    return loadPage(this.loaders, 'incidents', params, sort, page, (row) => Incident.fromProps(props(row)));
  }

  /** The most specific places the incident occurred in. */
  placesOf(id: string): Promise<Place[]> {
    return loadMany(this.loaders, 'find-incident-places', id, (p) => Place.fromProps(p));
  }

  /** Statements about the incident, optionally of one stance. */
  statements(id: string, stance: Stance | null, limit: number): Promise<Statement[]> {
    return loadMany(this.loaders, 'find-incident-statements', id, (p) => Statement.fromProps(p), { stance, limit });
  }

  /** Actors any article names as perpetrator. */
  perpetrators(id: string): Promise<Actor[]> {
    return loadMany(this.loaders, 'find-incident-perpetrators', id, (p) => Actor.fromProps(p));
  }

  articles(id: string): Promise<Article[]> {
    return loadMany(this.loaders, 'find-incident-articles', id, (p) => Article.fromProps(p));
  }

  /** Every source's casualty figures: one entry per statement that gives a number. */
  async figures(id: string, limit: number): Promise<CasualtyFigure[]> {
    const rows = await this.loaders.grouped('find-incident-figures', { limit }).load(id);
    return rows.map((row) => {
      const s = Statement.fromProps(props(row));
      return Object.assign(new CasualtyFigure(), {
        sourceId: str(row['speakerId']),
        statementId: s.id,
        killed: s.killed,
        injured: s.injured,
        children: s.children,
        qualifier: s.qualifier,
      });
    });
  }
}
