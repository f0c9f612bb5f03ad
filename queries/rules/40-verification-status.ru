# Rule 40 — verification status, with its explanation
#
#   cg:IndependentlyVerified              some considered corroboration counted (rule 30);
#   cg:CorroboratedOnlyByAffiliatedSources corroborations were found, none of them independent;
#   cg:Unverified                         nothing corroborates the claim.
# The explanation names what was considered and why it did or did not count, and repeats what the report
# itself says about verification ("cannot be verified independently").

PREFIX cg:   <https://w3id.org/claimgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT {
  GRAPH <https://w3id.org/claimgraph/graph/inferred> {
    ?claim cg:verificationStatus ?status ; cg:statusExplanation ?explanation .
    ?derivation a cg:Derivation .
    ?claim cg:derivation ?derivation .
  }
}
WHERE {
  {
    SELECT ?claim
           (SUM(IF(BOUND(?counted) && ?counted, 1, 0)) AS ?independent)
           (COUNT(?considered) AS ?consideredCount)
           (GROUP_CONCAT(DISTINCT ?reason; separator="; ") AS ?reasons)
    WHERE {
      ?claim a cg:Claim .
      OPTIONAL { ?claim cg:derivation/cg:considered ?considered .
                 ?considered cg:counted ?counted ; cg:reason ?reason . }
    }
    GROUP BY ?claim
  }
  OPTIONAL {
    SELECT ?claim (GROUP_CONCAT(DISTINCT ?note; separator="; ") AS ?reportNotes) WHERE {
      ?a cg:assesses ?claim ; cg:assessmentValue ?v .
      VALUES (?v ?note) {
        (cg:CannotBeVerifiedIndependently "the report says it cannot be verified independently")
        (cg:Unconfirmed "the report says it is unconfirmed")
      }
    } GROUP BY ?claim
  }
  BIND(IF(?independent > 0, cg:IndependentlyVerified,
       IF(?consideredCount > 0, cg:CorroboratedOnlyByAffiliatedSources, cg:Unverified)) AS ?status)
  BIND(IF(?independent > 0, "Independently verified",
       IF(?consideredCount > 0, "Corroborated only by affiliated sources",
          "Lacks independent verification: no other source corroborates it")) AS ?head)
  BIND(CONCAT(?head,
              IF(?consideredCount > 0, CONCAT(". Considered: ", ?reasons), ""),
              IF(BOUND(?reportNotes), CONCAT(". Also, ", ?reportNotes), ""),
              ".") AS ?explanation)
  BIND(IRI(CONCAT(STR(?claim), "/derivation")) AS ?derivation)
}
