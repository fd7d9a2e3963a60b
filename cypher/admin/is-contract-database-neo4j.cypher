// Neo4j only: whether the contract suite marked this database as its scratch database.
SHOW INDEXES YIELD name WHERE name = 'contract_suite_scratch_database' RETURN count(*) AS marked
