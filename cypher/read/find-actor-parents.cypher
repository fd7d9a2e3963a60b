// Organisations or states each actor is part of.
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:PART_OF]->(n:Actor)
RETURN id AS key, properties(n) AS node
ORDER BY key, toLower(n.name), n.id
