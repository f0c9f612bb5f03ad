# Rule 05 — one rdfs:label for everything named
#
# The gazetteer names entities with skos:prefLabel (and skos:altLabel for aliases), as SKOS intends. Fuseki's
# UI, Protégé and generic linked-data clients look for rdfs:label, and the questions in queries/ read one label
# per resource. This rule copies the preferred label to rdfs:label where a resource has none.

PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

INSERT { GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?x rdfs:label ?label } }
WHERE {
  ?x skos:prefLabel ?label .
  FILTER NOT EXISTS { ?x rdfs:label ?any }
}
