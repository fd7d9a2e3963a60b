// Incident nodes by id, one row each (ids that do not exist give no row).
UNWIND $ids AS id
MATCH (n:Incident {id: id})
RETURN id AS key, properties(n) AS node
