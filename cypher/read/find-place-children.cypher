// Places located directly in each place.
UNWIND $ids AS id
MATCH (:Place {id: id})<-[:LOCATED_IN]-(n:Place)
RETURN id AS key, properties(n) AS node
ORDER BY key, toLower(n.name), n.id
