UNWIND $rows AS row
MATCH (child:Place {id: row.id})
MATCH (parent:Place {id: row.parentId})
MERGE (child)-[:LOCATED_IN]->(parent)
