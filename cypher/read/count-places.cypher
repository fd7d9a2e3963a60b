// How many places match the filter of find-places.cypher (same WHERE clause).
MATCH (p:Place)
WHERE ($kinds IS NULL OR p.kind IN $kinds)
  AND ($ids IS NULL OR p.id IN $ids)
  AND ($within IS NULL OR EXISTS { MATCH (p)-[:LOCATED_IN*1..6]->(:Place {id: $within}) })
RETURN count(p) AS total
