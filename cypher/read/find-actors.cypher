// One page of actors. $name: lower-cased text contained in the name or an alias.
// Keep the WHERE clause identical to count-actors.cypher.
MATCH (a:Actor)
WHERE ($kinds IS NULL OR a.kind IN $kinds)
  AND ($name IS NULL OR any(x IN [a.name] + coalesce(a.aliases, []) WHERE toLower(x) CONTAINS $name))
  AND ($partOf IS NULL OR EXISTS { MATCH (a)-[:PART_OF]->(:Actor {id: $partOf}) })
RETURN properties(a) AS node
ORDER BY CASE WHEN $sort = 'NAME' THEN toLower(a.name) END, a.id
SKIP $skip
LIMIT $limit
