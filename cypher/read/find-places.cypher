// One page of places. $ids: places already matched by name in the repository (null = any);
// $within: a place id the results lie in, transitively. Keep the WHERE clause identical to count-places.cypher.
MATCH (p:Place)
WHERE ($kinds IS NULL OR p.kind IN $kinds)
  AND ($ids IS NULL OR p.id IN $ids)
  AND ($within IS NULL OR EXISTS { MATCH (p)-[:LOCATED_IN*1..6]->(:Place {id: $within}) })
RETURN properties(p) AS node
ORDER BY CASE WHEN $sort = 'NAME' THEN toLower(p.name) END, p.id
SKIP $skip
LIMIT $limit
