// Statements reported in each article, in text order, at most $limit per article.
UNWIND $ids AS id
MATCH (:Article {id: id})<-[r:REPORTED_IN]-(s:Statement)
WHERE $stance IS NULL OR s.stance = $stance
WITH id, s, r
ORDER BY r.start, s.id
WITH id, collect(properties(s)) AS nodes
UNWIND nodes[0..$limit] AS node
RETURN id AS key, node
