UNWIND $rows AS row
MATCH (i:Incident {id: row.incidentId})
MATCH (p:Place {id: row.placeId})
MERGE (i)-[:OCCURRED_IN]->(p)
