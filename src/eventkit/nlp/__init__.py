"""The spaCy stage: loading the pipeline and the components eventkit adds to it."""
