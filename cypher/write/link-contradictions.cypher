// Two sources disagree about one incident when one denies what another claims or accuses, or when
// both give a death toll and the tolls differ. Only pairs with one of this article's statements are
// examined (so loading an article costs its own statements times the incident's, not all pairs), and
// each link points from the larger statement id to the smaller, so load order does not matter and
// re-running creates nothing new. Each MATCH starts from an id so the planner uses the id indexes.
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
MATCH (i:Incident {id: row.incidentId})
MATCH (ss:Actor)-[:MADE]->(s)
MATCH (i)<-[:ABOUT]-(o:Statement)<-[:MADE]-(so:Actor)
WHERE ss.id <> so.id
  AND ((s.stance = 'DENIAL' AND o.stance IN ['CLAIM', 'ACCUSATION', 'CONFIRMATION'])
    OR (o.stance = 'DENIAL' AND s.stance IN ['CLAIM', 'ACCUSATION', 'CONFIRMATION'])
    OR (s.killed IS NOT NULL AND o.killed IS NOT NULL AND s.killed <> o.killed))
WITH CASE WHEN s.id > o.id THEN s ELSE o END AS later, CASE WHEN s.id > o.id THEN o ELSE s END AS earlier
MERGE (later)-[:CONTRADICTS]->(earlier)
