// Grafeo only: a uniqueness constraint alone leaves MERGE scanning, so every MERGE key gets a plain
// index as well. On Neo4j these would clash with the constraints' own indexes, hence a separate file.
CREATE INDEX article_id_idx IF NOT EXISTS FOR (n:Article) ON (n.id);
CREATE INDEX actor_id_idx IF NOT EXISTS FOR (n:Actor) ON (n.id);
CREATE INDEX place_id_idx IF NOT EXISTS FOR (n:Place) ON (n.id);
CREATE INDEX incident_id_idx IF NOT EXISTS FOR (n:Incident) ON (n.id);
CREATE INDEX statement_id_idx IF NOT EXISTS FOR (n:Statement) ON (n.id);
