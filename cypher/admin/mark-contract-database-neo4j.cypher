// Neo4j only: marks a database as a scratch database of the contract suite. An index, not a node,
// so it never shows in the graph the tests read; the suite clears only a database it has marked
// (or an empty one).
CREATE INDEX contract_suite_scratch_database IF NOT EXISTS FOR (n:ContractSuiteScratch) ON (n.id)
