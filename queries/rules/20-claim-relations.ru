# Rule 20 — how claims bear on each other
#
# From the structured propositions the extractor parsed, derive which claims confirm, dispute or conflict with
# which, within one article and across articles (the rules read the union of all article graphs):
#   * shares of the same territory held by the same controller, nested ranges → cg:confirms;
#   * control or capture of the same place by the same actor → one cg:sharedProposition, with the actors that
#     assert it (cg:assertedBy) and the outlets that report it as fact (cg:reportedAsFactBy);
#   * an acknowledgement of the loss of a place       → cg:confirms the claims that someone took it;
#   * a denial of the same proposition               → cg:disputes;
#   * shares of the same territory held by the same controller whose ranges cannot overlap → cg:conflictsWith.
# A reported share is read as a range: "85%" is 0.85 ± 0.02, "about 85%" ± 0.05, "more than one-third" is
# (1/3, 1], "up to" and "at most" [0, v], "nearly" [v - 0.05, v]. A claim confirms another when its range lies
# inside the other's (it says at least as much); two claims conflict when their ranges are disjoint.

PREFIX cg:   <https://w3id.org/claimgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dct:  <http://purl.org/dc/terms/>

# Shares of territory, step 1: the range each reported share stands for, written once per quantity as
# cg:lowerBound and cg:upperBound. Computing the ranges first keeps step 2 a plain join that the store answers
# from its indexes; comparing two subqueries that each computed ranges was re-evaluated row by row (98 s for
# 1,000 articles; see README, Performance).
INSERT {
  GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?q cg:lowerBound ?lo ; cg:upperBound ?hi }
}
WHERE {
  ?p a cg:TerritorialControlProposition ; cg:share ?q .
  ?q cg:numericValue ?v .
  OPTIONAL { ?q cg:approximation ?a }
  BIND(COALESCE(?a, cg:Exactly) AS ?ap)
  BIND(IF(?ap IN (cg:MoreThan, cg:AtLeast), ?v,
       IF(?ap IN (cg:LessThan, cg:AtMost, cg:UpTo), 0.0,
       IF(?ap IN (cg:Nearly, cg:Approximately), ?v - 0.05, ?v - 0.02))) AS ?lo)
  BIND(IF(?ap IN (cg:MoreThan, cg:AtLeast), 1.0,
       IF(?ap IN (cg:LessThan, cg:AtMost, cg:UpTo, cg:Nearly), ?v,
       IF(?ap = cg:Approximately, ?v + 0.05, ?v + 0.02))) AS ?hi)
} ;

# Shares of territory, step 2: the same controller and territory; confirm when nested, conflict when disjoint.
INSERT { GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?d ?relation ?c } }
WHERE {
  ?pc a cg:TerritorialControlProposition ; cg:controller ?controller ; cg:territory ?territory ;
      cg:share/cg:lowerBound ?cLo ; cg:share/cg:upperBound ?cHi .
  ?pd cg:territory ?territory ; cg:controller ?controller ; a cg:TerritorialControlProposition ;
      cg:share/cg:lowerBound ?dLo ; cg:share/cg:upperBound ?dHi .
  ?c cg:proposition ?pc ; a cg:Claim .
  ?d cg:proposition ?pd ; a cg:Claim .
  FILTER(?c != ?d)
  FILTER NOT EXISTS { ?c cg:stance cg:Denies }
  FILTER NOT EXISTS { ?d cg:stance cg:Denies }
  BIND(IF(?dLo >= ?cLo && ?dHi <= ?cHi, cg:confirms,
       IF(?dHi < ?cLo || ?dLo > ?cHi, cg:conflictsWith, ?none)) AS ?relation)
  FILTER(BOUND(?relation))
} ;

# Control or capture of a place without a share: claims that the same controller holds or took the same place
# say the same thing, whatever article or wording. Each such claim links to one shared proposition per
# controller and place, and the proposition lists the actors who assert it and the outlets that report it as
# fact. Rule 30 then counts corroboration per source of the proposition. Pairing the claims instead (a
# cg:confirms edge for every two of them) grew with the square of the claims about one place: 10,851 edges at
# 1,000 synthetic articles and a ten-minute rule at 10,000 (see README, Performance).
INSERT {
  GRAPH <https://w3id.org/claimgraph/graph/inferred> {
    ?claim cg:sharedProposition ?shared .
    ?shared a cg:TerritorialControlProposition ; cg:controller ?controller ; cg:territory ?place ;
            cg:assertedBy ?asserter .
  }
}
WHERE {
  ?p cg:controller ?controller ; cg:territory ?place ; a ?kind .
  VALUES ?kind { cg:CaptureProposition cg:TerritorialControlProposition }
  FILTER NOT EXISTS { ?p cg:share ?anyShare }
  ?claim cg:proposition ?p ; a cg:Claim ; cg:claimant ?claimant .
  FILTER NOT EXISTS { ?claim cg:stance cg:Denies }
  # A relay asserts nothing of its own: its claimant is no source of the proposition.
  BIND(IF(EXISTS { ?claim cg:repeats ?relayed }, ?none, ?claimant) AS ?asserter)
  BIND(IRI(CONCAT(STR(<https://w3id.org/claimgraph/id/proposition/>),
                  IF(CONTAINS(STR(?controller), "/id/") && CONTAINS(STR(?place), "/id/"),
                     CONCAT(STRAFTER(STR(?controller), "/id/"), "/holds/", STRAFTER(STR(?place), "/id/")),
                     MD5(CONCAT(STR(?controller), " holds ", STR(?place)))))) AS ?shared)
} ;

# A readable label for each shared proposition: one per proposition, whatever labels its actors carry.
INSERT { GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?shared rdfs:label ?label } }
WHERE {
  {
    SELECT ?shared (SAMPLE(?cl) AS ?controllerLabel) (SAMPLE(?pl) AS ?placeLabel) WHERE {
      { SELECT DISTINCT ?shared WHERE { ?claim cg:sharedProposition ?shared } }
      ?shared cg:controller ?controller ; cg:territory ?place .
      OPTIONAL { ?controller rdfs:label ?cl }
      OPTIONAL { ?place rdfs:label ?pl }
    }
    GROUP BY ?shared
  }
  BIND(CONCAT(COALESCE(STR(?controllerLabel), "?"), " holds ", COALESCE(STR(?placeLabel), "?")) AS ?label)
} ;

# The outlets that report, as fact, a capture that realises a shared proposition.
# The event names the shared proposition the same way the claims do (the IRI is built as above).
INSERT { GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?shared cg:reportedAsFactBy ?outlet } }
WHERE {
  ?event a cg:TerritorialCapture ; cg:place ?place ; cg:agent ?controller ; cg:reportedIn ?article .
  ?article dct:publisher ?outlet .
  BIND(IRI(CONCAT(STR(<https://w3id.org/claimgraph/id/proposition/>),
                  IF(CONTAINS(STR(?controller), "/id/") && CONTAINS(STR(?place), "/id/"),
                     CONCAT(STRAFTER(STR(?controller), "/id/"), "/holds/", STRAFTER(STR(?place), "/id/")),
                     MD5(CONCAT(STR(?controller), " holds ", STR(?place)))))) AS ?shared)
  FILTER EXISTS { ?claim cg:sharedProposition ?shared }
} ;

# An acknowledgement of the loss of a place confirms a claim that someone else took or holds it. The loser's
# word counts against its own interest, which is why an adversary's acknowledgement is strong corroboration.
INSERT { GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?d cg:confirms ?c } }
WHERE {
  ?d a cg:Claim ; cg:stance cg:Acknowledges ; cg:proposition ?pd .
  ?pd a cg:CaptureProposition ; cg:territory ?place .
  ?c a cg:Claim ; cg:proposition ?pc .
  FILTER(?c != ?d)
  ?pc a ?kind ; cg:territory ?place ; cg:controller ?taker .
  VALUES ?kind { cg:CaptureProposition cg:TerritorialControlProposition }
  FILTER NOT EXISTS { ?pc cg:share ?s }
  OPTIONAL { ?pd cg:controller ?named }
  FILTER(!BOUND(?named) || ?named = ?taker)
  FILTER NOT EXISTS { ?c cg:stance cg:Denies }
} ;

# A denial that an actor holds or took a place disputes every claim of that shared proposition (the IRI is
# built as above), whichever of the two kinds each uses.
INSERT { GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?d cg:disputes ?c } }
WHERE {
  {
    ?d cg:stance cg:Denies ; a cg:Claim ; cg:proposition ?pd .
    ?pd cg:controller ?controller ; cg:territory ?place ; a ?kind .
    VALUES ?kind { cg:CaptureProposition cg:TerritorialControlProposition }
    FILTER NOT EXISTS { ?pd cg:share ?anyShare }
  }
  BIND(IRI(CONCAT(STR(<https://w3id.org/claimgraph/id/proposition/>),
                  IF(CONTAINS(STR(?controller), "/id/") && CONTAINS(STR(?place), "/id/"),
                     CONCAT(STRAFTER(STR(?controller), "/id/"), "/holds/", STRAFTER(STR(?place), "/id/")),
                     MD5(CONCAT(STR(?controller), " holds ", STR(?place)))))) AS ?shared)
  ?c cg:sharedProposition ?shared .
  FILTER(?c != ?d)
} ;

# Any other denial (no controller named, a share, a presence) disputes the claims of the same kind about the
# same place whose controller, if both name one, is the same. Such denials are few; joined through the place.
# The denials are chosen inside their own group, before the join: a filter at the level of the whole pattern
# ran after every denial had been joined with every claim about its place (213 s at 10,000 articles).
INSERT { GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?d cg:disputes ?c } }
WHERE {
  {
    ?d cg:stance cg:Denies ; a cg:Claim ; cg:proposition ?pd .
    ?pd cg:territory ?place ; a ?kind .
    FILTER(NOT EXISTS { ?pd cg:controller ?anyController } || EXISTS { ?pd cg:share ?anyShare }
           || ?kind NOT IN (cg:CaptureProposition, cg:TerritorialControlProposition))
  }
  ?pc cg:territory ?place ; a ?kind .
  ?c cg:proposition ?pc ; a cg:Claim .
  FILTER(?c != ?d)
  FILTER NOT EXISTS { ?c cg:stance cg:Denies }
  OPTIONAL { ?pd cg:controller ?dc }
  OPTIONAL { ?pc cg:controller ?cc }
  FILTER(!BOUND(?dc) || !BOUND(?cc) || ?dc = ?cc)
}
