// Incidents each article reports.
UNWIND $ids AS id
MATCH (:Article {id: id})-[:REPORTS]->(n:Incident)
RETURN id AS key, properties(n) AS node
ORDER BY key, CASE WHEN n.date IS NULL THEN 1 ELSE 0 END, n.date DESC, n.id
