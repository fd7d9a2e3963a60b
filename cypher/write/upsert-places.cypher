UNWIND $rows AS row
MERGE (p:Place {id: row.id})
SET p.name = row.name, p.kind = row.kind, p.aliases = row.aliases,
    p.latitude = row.latitude, p.longitude = row.longitude, p.geonamesId = row.geonamesId
