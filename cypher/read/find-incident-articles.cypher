// Articles reporting each incident.
UNWIND $ids AS id
MATCH (:Incident {id: id})<-[:REPORTS]-(n:Article)
RETURN id AS key, properties(n) AS node
ORDER BY key, CASE WHEN n.publishedAt IS NULL THEN 1 ELSE 0 END, n.publishedAt DESC, n.id
