// How many nodes the graph holds (the contract suite checks a database is empty or its own).
MATCH (n) RETURN count(n) AS nodes
