// Actors each statement targets (accused, criticised, addressed, responsibility denied).
UNWIND $ids AS id
MATCH (:Statement {id: id})-[:TARGETS]->(n:Actor)
RETURN id AS key, properties(n) AS node
ORDER BY key, toLower(n.name), n.id
