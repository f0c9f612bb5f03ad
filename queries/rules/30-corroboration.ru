# Rule 30 — corroborations considered for each claim, and whether each counts as independent
#
# A claim is corroborated by
#   (a) an assessment in a report that confirms it ("confirmed through other sources", "several reports
#       confirmed", "video footage showed"); its source is the assessment's author, or the outlet itself when
#       the report speaks in its own voice;
#   (b) another claim that confirms it (rule 20), in the same article or another; its source is that claim's
#       claimant;
#   (c) an outlet reporting in its own voice, as fact, an event that matches the claim (a capture of the same
#       place by the same actor); its source is the outlet that published it. (Events inside a claim's words are
#       never cg:Event resources: they stay the claim's proposition, so they cannot corroborate themselves.)
# A corroboration counts only when its source is not the claimant, is not affiliated with it either way
# (cg:affiliatedWith, closed by rule 10), shares no affiliation parent with it, and does not merely repeat the
# claim (cg:repeats). Each candidate is written as a cg:ConsideredCorroboration with cg:counted and a cg:reason a
# reader understands, hung on the claim's cg:Derivation.

PREFIX cg:   <https://w3id.org/claimgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct:  <http://purl.org/dc/terms/>

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
    # (a) confirming assessments
    ?via a cg:Assessment ; cg:assesses ?claim ; cg:assessmentValue ?value .
    VALUES ?value { cg:Confirmed cg:ReportedBySeveral cg:ShownByFootage }
    OPTIONAL { ?via cg:assessmentAuthor ?author }
    OPTIONAL { ?via cg:reportedIn ?assessedIn . ?assessedIn dct:publisher ?outlet }
    OPTIONAL { ?claim cg:reportedIn ?claimIn . ?claimIn dct:publisher ?claimOutlet }
    BIND(COALESCE(?author, ?outlet, ?claimOutlet) AS ?source)
    BIND("an assessment" AS ?kind)
  }
  UNION
  {
    # (b) confirming claims
    ?via cg:confirms ?claim ; cg:claimant ?source .
    # A relay of a claim is not corroborated by the claim it relays.
    FILTER NOT EXISTS { ?claim cg:repeats ?via }
    BIND("a claim" AS ?kind)
  }
  UNION
  {
    # (c) events an outlet reports as fact
    ?claim cg:proposition ?p .
    ?p a ?pkind ; cg:territory ?place ; cg:controller ?controller .
    VALUES ?pkind { cg:CaptureProposition cg:TerritorialControlProposition }
    FILTER NOT EXISTS { ?p cg:share ?anyShare }
    ?via a cg:TerritorialCapture ; cg:agent ?controller ; cg:place ?place ; cg:reportedIn ?article .
    ?article dct:publisher ?source .
    BIND("an event reported as fact" AS ?kind)
  }
  FILTER(BOUND(?source))
  ?claim a cg:Claim ; cg:claimant ?claimant .

  # Labels for the reasons: one per resource, whatever the data holds.
  OPTIONAL { { SELECT ?source (SAMPLE(?sl) AS ?sourceLabel0) WHERE {
      ?source (rdfs:label|skos:prefLabel) ?sl } GROUP BY ?source } }
  OPTIONAL { { SELECT ?claimant (SAMPLE(?cl) AS ?claimantLabel0) WHERE {
      ?claimant (rdfs:label|skos:prefLabel) ?cl } GROUP BY ?claimant } }
  BIND(COALESCE(STR(?sourceLabel0), STR(?source)) AS ?sourceLabel)
  BIND(COALESCE(STR(?claimantLabel0), STR(?claimant)) AS ?claimantLabel)

  # One shared affiliation parent, named, when there is any (the name is all the reason needs).
  OPTIONAL {
    SELECT ?source ?claimant (SAMPLE(COALESCE(STR(?parentLabel), STR(?parent))) AS ?sharedParent)
    WHERE {
      ?source cg:affiliatedWith ?parent .
      ?claimant cg:affiliatedWith ?parent .
      OPTIONAL { ?parent (rdfs:label|skos:prefLabel) ?parentLabel }
    } GROUP BY ?source ?claimant
  }

  BIND(EXISTS { ?source cg:affiliatedWith ?claimant } AS ?sourceInClaimant)
  BIND(EXISTS { ?claimant cg:affiliatedWith ?source } AS ?claimantInSource)
  BIND(EXISTS { ?via cg:repeats ?repeated } AS ?repeats)

  BIND(IF(?source = ?claimant, CONCAT(?kind, " by the claimant itself, ", ?claimantLabel, ", is no corroboration"),
       IF(?repeats, CONCAT(?kind, " by ", ?sourceLabel, " only repeats the claim"),
       IF(?sourceInClaimant, CONCAT(?kind, " by ", ?sourceLabel, " does not count: ", ?sourceLabel,
                                    " is affiliated with ", ?claimantLabel),
       IF(?claimantInSource, CONCAT(?kind, " by ", ?sourceLabel, " does not count: ", ?claimantLabel,
                                    " is affiliated with ", ?sourceLabel),
       IF(BOUND(?sharedParent), CONCAT(?kind, " by ", ?sourceLabel, " does not count: it and ", ?claimantLabel,
                                       " are both affiliated with ", ?sharedParent),
          CONCAT(?kind, " by ", ?sourceLabel, " counts: independent of ", ?claimantLabel)))))) AS ?reason)
  BIND(!(?source = ?claimant || ?repeats || ?sourceInClaimant || ?claimantInSource || BOUND(?sharedParent))
       AS ?counted)

  BIND(IRI(CONCAT(STR(?claim), "/derivation")) AS ?derivation)
  BIND(CONCAT("how the status of ", STR(?claim), " was derived") AS ?derivationLabel)
  BIND(IRI(CONCAT(STR(?claim), "/derivation/considered/", MD5(STR(?via)))) AS ?considered)
}
