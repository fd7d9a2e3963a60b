// One page of incidents matching the filter. $placeIds: places whose incidents count, including
// incidents in places located (transitively) inside them. Keep the WHERE clause identical to count-incidents.cypher.
MATCH (i:Incident)
WHERE ($placeIds IS NULL OR EXISTS { MATCH (i)-[:OCCURRED_IN]->(:Place)-[:LOCATED_IN*0..6]->(p:Place) WHERE p.id IN $placeIds })
  AND ($kinds IS NULL OR i.kind IN $kinds)
  AND ($dateFrom IS NULL OR (i.date IS NOT NULL AND i.date >= $dateFrom))
  AND ($dateTo IS NULL OR (i.date IS NOT NULL AND i.date <= $dateTo))
  AND ($perpetrator IS NULL OR EXISTS { MATCH (i)-[:ATTRIBUTED_TO]->(:Actor {id: $perpetrator}) })
  AND ($speaker IS NULL OR EXISTS { MATCH (i)<-[:ABOUT]-(:Statement)<-[:MADE]-(:Actor {id: $speaker}) })
  AND ($article IS NULL OR EXISTS { MATCH (i)<-[:REPORTS]-(:Article {id: $article}) })
RETURN properties(i) AS node
ORDER BY
  CASE WHEN $sort IN ['DATE_DESC', 'DATE_ASC'] AND i.date IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $sort = 'DATE_DESC' THEN i.date END DESC,
  CASE WHEN $sort = 'DATE_ASC' THEN i.date END,
  i.id
SKIP $skip
LIMIT $limit
