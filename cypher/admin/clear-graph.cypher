// Deletes every node and relationship (the contract suite runs it before each suite on a scratch
// database). Schema (constraints, indexes) stays. Portable: both engines run it.
MATCH (n) DETACH DELETE n
