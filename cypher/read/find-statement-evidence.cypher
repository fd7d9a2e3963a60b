// The article each statement is reported in, with the evidence sentence's character offsets.
UNWIND $ids AS id
MATCH (s:Statement {id: id})-[r:REPORTED_IN]->(n:Article)
RETURN id AS key, properties(n) AS node, s.sentence AS sentence, r.start AS start, r.end AS end
ORDER BY key, n.id
