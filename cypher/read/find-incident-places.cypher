// The most specific places each incident occurred in.
UNWIND $ids AS id
MATCH (:Incident {id: id})-[:OCCURRED_IN]->(n:Place)
RETURN id AS key, properties(n) AS node
ORDER BY key, toLower(n.name), n.id
