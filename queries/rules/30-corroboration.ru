# Rule 30 — corroborations considered for each claim, and whether each counts as independent
#
# A claim is corroborated by
#   (a) an assessment in a report that confirms it ("confirmed through other sources", "several reports
#       confirmed", "video footage showed"); its source is the assessment's author, or the outlet itself when
#       the report speaks in its own voice;
#   (b) another claim that confirms it (rule 20: nested shares, acknowledgements), in the same article or
#       another; its source is that claim's claimant;
#   (b') another actor asserting the claim's shared proposition (rule 20: control or capture of the same place
#       by the same actor), once per actor; relays of it (b'') are considered one by one;
#   (c) an outlet reporting in its own voice, as fact, an event that realises the claim's shared proposition
#       (a capture of the same place by the same actor); its source is the outlet that published it. (Events inside a claim's words are
#       never cg:Event resources: they stay the claim's proposition, so they cannot corroborate themselves.)
# A corroboration counts only when its source is not the claimant, is not affiliated with it either way
# (cg:affiliatedWith, closed by rule 10), shares no affiliation parent with it, and does not merely repeat the
# claim (cg:repeats). Each candidate is written as a cg:ConsideredCorroboration with cg:counted and a cg:reason a
# reader understands, hung on the claim's cg:Derivation.

PREFIX cg:   <https://w3id.org/claimgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dct:  <http://purl.org/dc/terms/>

# One step: the candidates, whether each counts and why. The labels are sampled once per candidate (one label
# each, whatever the data holds) in the grouping that also merges duplicate candidates; every test is then an
# EXISTS on the row's own terms, so the work grows with the number of candidates, not with the size of the
# store. Two steps (candidates, then reasons re-joined from the store) took 76 s at 10,000 articles.
INSERT {
  GRAPH <https://w3id.org/claimgraph/graph/inferred> {
    ?claim cg:derivation ?derivation .
    ?derivation a cg:Derivation ; rdfs:label ?derivationLabel ; cg:considered ?considered .
    ?considered a cg:ConsideredCorroboration ;
        cg:corroboration ?via ;
        cg:corroboratingSource ?source ;
        cg:counted ?counted ;
        cg:reason ?reason .
  }
}
WHERE {
  {
    SELECT ?claim ?claimant ?via ?source
           (SAMPLE(?sl) AS ?sourceLabel0) (SAMPLE(?cl) AS ?claimantLabel0)
           (SAMPLE(COALESCE(?pl, STR(?parent))) AS ?sharedParent)
    WHERE {
      {
        # (a) confirming assessments
        ?via a cg:Assessment ; cg:assesses ?claim ; cg:assessmentValue ?value .
        VALUES ?value { cg:Confirmed cg:ReportedBySeveral cg:ShownByFootage }
        OPTIONAL { ?via cg:assessmentAuthor ?author }
        OPTIONAL { ?via cg:reportedIn ?assessedIn . ?assessedIn dct:publisher ?outlet }
        OPTIONAL { ?claim cg:reportedIn ?claimIn . ?claimIn dct:publisher ?claimOutlet }
        BIND(COALESCE(?author, ?outlet, ?claimOutlet) AS ?source)
      }
      UNION
      {
        # (b) confirming claims (shares, acknowledgements)
        ?via cg:confirms ?claim ; cg:claimant ?source .
        # A relay of a claim is not corroborated by the claim it relays.
        FILTER NOT EXISTS { ?claim cg:repeats ?via }
      }
      UNION
      {
        # (b') other actors asserting the same shared proposition (rule 20): one candidate per source, however
        # many claims it made, so the work grows with claims × sources, not with claims².
        ?claim cg:sharedProposition ?via ; cg:claimant ?self .
        ?via cg:assertedBy ?source .
        FILTER(?source != ?self)
        FILTER NOT EXISTS { ?claim cg:repeats ?relayed . ?relayed cg:claimant ?source }
      }
      UNION
      {
        # (b'') relays of the same shared proposition: they assert nothing of their own (rule 20 leaves them out
        # of cg:assertedBy), and are considered one by one so that the reason can say they only repeat. Relays
        # are few.
        ?via cg:repeats ?relayed ; cg:sharedProposition ?shared ; cg:claimant ?source .
        ?claim cg:sharedProposition ?shared .
        FILTER(?claim != ?via)
        FILTER NOT EXISTS { ?claim cg:repeats ?via }
      }
      UNION
      {
        # (c) outlets reporting, as fact, an event that realises the claim's shared proposition
        ?claim cg:sharedProposition ?via .
        ?via cg:reportedAsFactBy ?source .
      }
      FILTER(BOUND(?source))
      ?claim a cg:Claim ; cg:claimant ?claimant .
      OPTIONAL { ?source rdfs:label ?sl }
      OPTIONAL { ?claimant rdfs:label ?cl }
      OPTIONAL {
        ?source cg:affiliatedWith ?parent .
        ?claimant cg:affiliatedWith ?parent .
        OPTIONAL { ?parent rdfs:label ?pl }
      }
    }
    GROUP BY ?claim ?claimant ?via ?source
  }
  # The independence tests, each once; a shared affiliation parent is what ?sharedParent found.
  BIND(?source = ?claimant AS ?self)
  BIND(EXISTS { ?via cg:repeats ?repeated } AS ?repeats)
  BIND(EXISTS { ?source cg:affiliatedWith ?claimant } AS ?sourceAffiliated)
  BIND(EXISTS { ?claimant cg:affiliatedWith ?source } AS ?claimantAffiliated)
  BIND(!(?self || ?repeats || ?sourceAffiliated || ?claimantAffiliated || BOUND(?sharedParent)) AS ?counted)
  BIND(IRI(CONCAT(STR(?claim), "/derivation")) AS ?derivation)
  BIND(CONCAT("how the status of ", STR(?claim), " was derived") AS ?derivationLabel)
  BIND(IRI(CONCAT(STR(?claim), "/derivation/considered/", MD5(CONCAT(STR(?via), " ", STR(?source)))))
       AS ?considered)
  # A reason for a reader, naming the actors.
  BIND(COALESCE(STR(?sourceLabel0), STR(?source)) AS ?sourceLabel)
  BIND(COALESCE(STR(?claimantLabel0), STR(?claimant)) AS ?claimantLabel)
  BIND(IF(EXISTS { ?via a cg:Assessment }, "an assessment",
       IF(EXISTS { ?via a cg:Claim } || EXISTS { ?via cg:assertedBy ?source }, "a claim",
          "an event reported as fact")) AS ?kind)
  BIND(IF(?self, CONCAT(?kind, " by the claimant itself, ", ?claimantLabel, ", is no corroboration"),
       IF(?repeats, CONCAT(?kind, " by ", ?sourceLabel, " only repeats the claim"),
       IF(?sourceAffiliated,
          CONCAT(?kind, " by ", ?sourceLabel, " does not count: ", ?sourceLabel, " is affiliated with ", ?claimantLabel),
       IF(?claimantAffiliated,
          CONCAT(?kind, " by ", ?sourceLabel, " does not count: ", ?claimantLabel, " is affiliated with ", ?sourceLabel),
       IF(BOUND(?sharedParent),
          CONCAT(?kind, " by ", ?sourceLabel, " does not count: it and ", ?claimantLabel,
                 " are both affiliated with ", ?sharedParent),
          CONCAT(?kind, " by ", ?sourceLabel, " counts: independent of ", ?claimantLabel)))))) AS ?reason)
}
