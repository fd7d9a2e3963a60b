// One breadth-first hop for the graph view: the distinct neighbours (either direction) of the frontier
// nodes, given per label so each lookup can use the label's id index. At most $limit rows.
MATCH (n)
WHERE (n:Article AND n.id IN $articleIds)
   OR (n:Actor AND n.id IN $actorIds)
   OR (n:Place AND n.id IN $placeIds)
   OR (n:Incident AND n.id IN $incidentIds)
   OR (n:Statement AND n.id IN $statementIds)
MATCH (n)-[]-(m)
WITH DISTINCT m
RETURN m.id AS id, labels(m) AS labels, properties(m) AS node
ORDER BY id
LIMIT $limit
