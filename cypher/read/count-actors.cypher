// How many actors match the filter of find-actors.cypher (same WHERE clause).
MATCH (a:Actor)
WHERE ($kinds IS NULL OR a.kind IN $kinds)
  AND ($name IS NULL OR any(x IN [a.name] + coalesce(a.aliases, []) WHERE toLower(x) CONTAINS $name))
  AND ($partOf IS NULL OR EXISTS { MATCH (a)-[:PART_OF]->(:Actor {id: $partOf}) })
RETURN count(a) AS total
