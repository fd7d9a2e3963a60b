// Incidents in each place or, when $contained, in any place located (transitively) inside it; at most $limit per place.
UNWIND $ids AS id
MATCH (p:Place {id: id})
MATCH (i:Incident)-[:OCCURRED_IN]->(q:Place)-[:LOCATED_IN*0..6]->(p)
WHERE $contained OR q = p
WITH DISTINCT id, i
ORDER BY CASE WHEN i.date IS NULL THEN 1 ELSE 0 END, i.date DESC, i.id
WITH id, collect(properties(i)) AS nodes
UNWIND nodes[0..$limit] AS node
RETURN id AS key, node
