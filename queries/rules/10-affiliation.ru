# Rule 10 — affiliation roll-up
#
# Independence reasoning asks one question: are two actors affiliated? The extractor and the gazetteer write the
# specific relations (cg:spokespersonFor, cg:memberOf, cg:partOf, cg:headOf, cg:ministryOf …), all declared in
# the ontology as sub-properties of the transitive cg:affiliatedWith. This rule rolls them up and materializes
# the transitive closure into the inferred graph, so the later rules and the questions need no property paths.
# A government and the state acting for the same country are affiliated too ("Russia said" and "Russia's foreign
# ministry said" are one voice).

PREFIX cg:   <https://w3id.org/claimgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT { GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?a cg:affiliatedWith ?b } }
WHERE {
  ?p rdfs:subPropertyOf* cg:affiliatedWith .
  ?a ?p ?b .
  FILTER(isIRI(?a) && isIRI(?b) && ?a != ?b)
} ;

INSERT { GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?gov cg:affiliatedWith ?state } }
WHERE {
  ?gov cg:governmentOf ?country .
  ?state cg:correspondsToCountry ?country .
  FILTER(?gov != ?state)
} ;

# A country's forces serve its government (the gazetteer says cg:forceOf the country).
INSERT { GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?force cg:affiliatedWith ?gov } }
WHERE {
  ?force cg:forceOf ?country .
  ?gov cg:governmentOf ?country .
} ;

INSERT { GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?a cg:affiliatedWith ?c } }
WHERE {
  ?a cg:affiliatedWith+ ?c .
  FILTER(?a != ?c)
}
