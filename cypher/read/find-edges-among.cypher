// The relationships between a set of nodes (given per label, and all together in $ids), for the graph view.
MATCH (n)
WHERE (n:Article AND n.id IN $articleIds)
   OR (n:Actor AND n.id IN $actorIds)
   OR (n:Place AND n.id IN $placeIds)
   OR (n:Incident AND n.id IN $incidentIds)
   OR (n:Statement AND n.id IN $statementIds)
MATCH (n)-[r]->(m)
WHERE m.id IN $ids
RETURN DISTINCT n.id AS source, type(r) AS type, m.id AS target
ORDER BY source, type, target
