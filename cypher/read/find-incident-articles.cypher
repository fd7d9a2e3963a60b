// Articles reporting each incident.
UNWIND $ids AS id
MATCH (:Incident {id: id})<-[:REPORTS]-(n:Article)
RETURN id AS key, properties(n) AS node
ORDER BY key, n.publishedAt DESC, n.id
