UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
MATCH (i:Incident {id: row.incidentId})
MERGE (s)-[:ABOUT]->(i)
