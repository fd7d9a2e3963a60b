// Liveness probe of the embedded store (readyz, start-up check).
RETURN 1 AS ok
