"""The pipeline, one stage a module: read -> nlp -> events -> actors/dates/places -> merge (-> store)."""
