"""The warehouse: fetching, ingestion, the quality gate, publication, and their locks and state."""
