// Actors that are part of each actor (ministries of a state, people of an organisation).
UNWIND $ids AS id
MATCH (:Actor {id: id})<-[:PART_OF]-(n:Actor)
RETURN id AS key, properties(n) AS node
ORDER BY key, toLower(n.name), n.id
