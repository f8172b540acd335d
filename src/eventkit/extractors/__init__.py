"""One extractor per event type: pure generators over a DocContext."""
