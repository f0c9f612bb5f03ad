# Rule 50 — dispute status, a facet separate from verification
#
# A claim is cg:Disputed when a report says someone contests it (an assessment with value cg:Contested), when
# another claim disputes it (a denial, rule 20) or conflicts with it (incompatible figures, rule 20);
# otherwise cg:Undisputed. Who disputes it is found by the disputed-claims question.

PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT { GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?claim cg:disputeStatus ?status } }
WHERE {
  ?claim a cg:Claim .
  BIND(IF(EXISTS { ?a cg:assesses ?claim ; cg:assessmentValue cg:Contested }
          || EXISTS { ?other cg:disputes ?claim }
          || EXISTS { ?other cg:conflictsWith ?claim }
          || EXISTS { ?claim cg:conflictsWith ?other },
          cg:Disputed, cg:Undisputed) AS ?status)
}
