// The place each place is located in.
UNWIND $ids AS id
MATCH (:Place {id: id})-[:LOCATED_IN]->(n:Place)
RETURN id AS key, properties(n) AS node
ORDER BY key, n.id
