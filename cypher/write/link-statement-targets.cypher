UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
MATCH (a:Actor {id: row.actorId})
MERGE (s)-[:TARGETS]->(a)
