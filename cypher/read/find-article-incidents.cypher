// Incidents each article reports.
UNWIND $ids AS id
MATCH (:Article {id: id})-[:REPORTS]->(n:Incident)
RETURN id AS key, properties(n) AS node
ORDER BY key, n.date DESC, n.id
