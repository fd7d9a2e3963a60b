import { labelOfId, NodeLabel } from '../../domain/model';
import type { StoreLoaders } from '../common/loaders';
import { optStr, props, str, strList, type Props } from '../common/rows';
import { GraphEdge, GraphNode, GraphView } from './graph-view.type';

/** Upper bound on the rows one hop may return, whatever `limit` a client asks for. */
const MAX_HOP_ROWS = 5000;

function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function capitalise(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase().replace(/_/g, ' ');
}

const NODE_LABELS: ReadonlySet<string> = new Set(Object.values(NodeLabel));

function asNodeLabel(type: string): NodeLabel | null {
  return NODE_LABELS.has(type) ? (type as NodeLabel) : null;
}

/** A short human label for a node of the given type. */
export function humanLabel(type: string, p: Props): string {
  switch (asNodeLabel(type)) {
    case NodeLabel.Actor:
    case NodeLabel.Place:
      return str(p['name']) || str(p['id']);
    case NodeLabel.Article:
      return shorten(str(p['title']) || str(p['id']));
    case NodeLabel.Incident:
      return `${capitalise(str(p['kind']) || 'INCIDENT')}, ${optStr(p['date']) ?? 'undated'}`;
    case NodeLabel.Statement:
      return `${str(p['stance'])}: ${shorten(str(p['text']))}`;
    default:
      return str(p['id']);
  }
}

/** Frontier ids split per label, the shape expand-neighbours / find-edges-among take. */
function byLabel(ids: Iterable<string>): Record<string, string[]> {
  const out: Record<string, string[]> = { articleIds: [], actorIds: [], placeIds: [], incidentIds: [], statementIds: [] };
  for (const id of ids) {
    const label = labelOfId(id);
    if (label) out[`${label.charAt(0).toLowerCase()}${label.slice(1)}Ids`]?.push(id);
  }
  return out;
}

const BY_IDS_QUERY: Record<NodeLabel, string> = {
  [NodeLabel.Article]: 'find-articles-by-ids',
  [NodeLabel.Actor]: 'find-actors-by-ids',
  [NodeLabel.Place]: 'find-places-by-ids',
  [NodeLabel.Incident]: 'find-incidents-by-ids',
  [NodeLabel.Statement]: 'find-statements-by-ids',
};

/**
 * Breadth-first neighbourhoods for visualisation. A request costs 1 + depth + 1 store round trips:
 * the centre, one per hop, and the relationships among the chosen nodes.
 */
export class GraphViewRepository {
  constructor(private readonly loaders: StoreLoaders) {}

  /** The node's label and properties, or null when no node has this id. */
  async findNode(id: string): Promise<{ type: NodeLabel; props: Props } | null> {
    const type = labelOfId(id);
    if (!type) return null;
    const [row] = await this.loaders.grouped(BY_IDS_QUERY[type]).load(id);
    return row ? { type, props: props(row) } : null;
  }

  /** Nodes up to `depth` hops from `center` (at most `limit`, nearest first) and the edges among them; null if the centre does not exist. */
  async neighbourhood(center: string, depth: number, limit: number): Promise<GraphView | null> {
    const start = await this.findNode(center);
    if (!start) return null;
    const nodes = new Map<string, GraphNode>();
    const node = (id: string, type: string, p: Props, d: number) =>
      Object.assign(new GraphNode(), { id, type, label: humanLabel(type, p), depth: d });
    nodes.set(center, node(center, start.type, start.props, 0));
    let frontier = [center];
    let truncated = false;
    for (let d = 1; d <= depth && frontier.length > 0; d++) {
      if (nodes.size >= limit) {
        truncated = true;
        break;
      }
      // Rows may repeat nodes already chosen, so ask for enough to still find `remaining` new ones.
      const remaining = limit - nodes.size;
      const rowLimit = Math.min(MAX_HOP_ROWS, remaining + nodes.size + 1);
      const rows = await this.loaders.rows('expand-neighbours', { ...byLabel(frontier), limit: rowLimit });
      const next: string[] = [];
      for (const row of rows) {
        const id = str(row['id']);
        if (nodes.has(id) || !id) continue;
        if (nodes.size >= limit) {
          truncated = true;
          break;
        }
        const type = strList(row['labels'])[0] ?? labelOfId(id) ?? 'Node';
        nodes.set(id, node(id, type, props(row), d));
        next.push(id);
      }
      if (rows.length >= rowLimit) truncated = true;
      frontier = next;
    }
    const ids = [...nodes.keys()];
    const edgeRows = await this.loaders.rows('find-edges-among', { ...byLabel(ids), ids });
    const edges = new Map<string, GraphEdge>();
    for (const row of edgeRows) {
      const source = str(row['source']);
      const target = str(row['target']);
      const type = str(row['type']);
      if (!nodes.has(source) || !nodes.has(target)) continue;
      const id = `${source}-${type}-${target}`;
      edges.set(id, Object.assign(new GraphEdge(), { id, source, target, type }));
    }
    return Object.assign(new GraphView(), { nodes: [...nodes.values()], edges: [...edges.values()], truncated });
  }
}
