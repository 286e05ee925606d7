"""Public services for insured persons (PUB-01…PUB-29): drug finder, nearby institutions, traceability, usage."""
