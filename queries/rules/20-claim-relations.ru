# Rule 20 — how claims bear on each other
#
# From the structured propositions the extractor parsed, derive which claims confirm, dispute or conflict with
# which, within one article and across articles (the rules read the union of all article graphs):
#   * same proposition, compatible figures          → the later-named claim cg:confirms the other;
#   * a denial of the same proposition               → cg:disputes;
#   * shares of the same territory held by the same controller whose ranges cannot overlap → cg:conflictsWith.
# A reported share is read as a range: "85%" is 0.85 ± 0.02, "about 85%" ± 0.05, "more than one-third" is
# (1/3, 1], "up to" and "at most" [0, v], "nearly" [v - 0.05, v]. A claim confirms another when its range lies
# inside the other's (it says at least as much); two claims conflict when their ranges are disjoint.

PREFIX cg:   <https://w3id.org/claimgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# Shares of territory: confirm when nested ranges, conflict when disjoint.
INSERT {
  GRAPH <https://w3id.org/claimgraph/graph/inferred> {
    ?d ?relation ?c .
  }
}
WHERE {
  {
    SELECT ?c ?controller ?territory ?cLo ?cHi WHERE {
      ?c a cg:Claim ; cg:proposition ?pc .
      FILTER NOT EXISTS { ?c cg:stance cg:Denies }
      ?pc a cg:TerritorialControlProposition ; cg:controller ?controller ; cg:territory ?territory ;
          cg:share ?qc .
      ?qc cg:numericValue ?vc .
      OPTIONAL { ?qc cg:approximation ?ac }
      BIND(COALESCE(?ac, cg:Exactly) AS ?apc)
      BIND(IF(?apc IN (cg:MoreThan, cg:AtLeast), ?vc,
           IF(?apc IN (cg:LessThan, cg:AtMost, cg:UpTo), 0.0,
           IF(?apc = cg:Nearly, ?vc - 0.05,
           IF(?apc = cg:Approximately, ?vc - 0.05, ?vc - 0.02)))) AS ?cLo)
      BIND(IF(?apc IN (cg:MoreThan, cg:AtLeast), 1.0,
           IF(?apc IN (cg:LessThan, cg:AtMost, cg:UpTo, cg:Nearly), ?vc,
           IF(?apc = cg:Approximately, ?vc + 0.05, ?vc + 0.02))) AS ?cHi)
    }
  }
  {
    SELECT ?d ?controller ?territory ?dLo ?dHi WHERE {
      ?d a cg:Claim ; cg:proposition ?pd .
      FILTER NOT EXISTS { ?d cg:stance cg:Denies }
      ?pd a cg:TerritorialControlProposition ; cg:controller ?controller ; cg:territory ?territory ;
          cg:share ?qd .
      ?qd cg:numericValue ?vd .
      OPTIONAL { ?qd cg:approximation ?ad }
      BIND(COALESCE(?ad, cg:Exactly) AS ?apd)
      BIND(IF(?apd IN (cg:MoreThan, cg:AtLeast), ?vd,
           IF(?apd IN (cg:LessThan, cg:AtMost, cg:UpTo), 0.0,
           IF(?apd = cg:Nearly, ?vd - 0.05,
           IF(?apd = cg:Approximately, ?vd - 0.05, ?vd - 0.02)))) AS ?dLo)
      BIND(IF(?apd IN (cg:MoreThan, cg:AtLeast), 1.0,
           IF(?apd IN (cg:LessThan, cg:AtMost, cg:UpTo, cg:Nearly), ?vd,
           IF(?apd = cg:Approximately, ?vd + 0.05, ?vd + 0.02))) AS ?dHi)
    }
  }
  FILTER(?c != ?d)
  BIND(IF(?dLo >= ?cLo && ?dHi <= ?cHi, cg:confirms,
       IF(?dHi < ?cLo || ?dLo > ?cHi, cg:conflictsWith, ?none)) AS ?relation)
  FILTER(BOUND(?relation))
} ;

# Control or capture of a place without a share: the same controller and the same place confirm each other.
INSERT { GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?d cg:confirms ?c } }
WHERE {
  # Joined through the shared controller and place, not claim against claim: written claim-first,
  # the pattern was a cross product of all claims (75 s for 200 articles; see README, Performance).
  ?pc cg:controller ?controller ; cg:territory ?place ; a ?kindC .
  VALUES ?kindC { cg:CaptureProposition cg:TerritorialControlProposition }
  ?pd cg:territory ?place ; cg:controller ?controller ; a ?kindD .
  VALUES ?kindD { cg:CaptureProposition cg:TerritorialControlProposition }
  ?c cg:proposition ?pc ; a cg:Claim .
  ?d cg:proposition ?pd ; a cg:Claim .
  FILTER(?c != ?d)
  FILTER NOT EXISTS { ?pc cg:share ?s1 }
  FILTER NOT EXISTS { ?pd cg:share ?s2 }
  FILTER NOT EXISTS { ?c cg:stance cg:Denies }
  FILTER NOT EXISTS { ?d cg:stance cg:Denies }
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

# A denial of the same proposition disputes the claim.
INSERT { GRAPH <https://w3id.org/claimgraph/graph/inferred> { ?d cg:disputes ?c } }
WHERE {
  # Joined through the place, as above.
  ?d cg:stance cg:Denies ; a cg:Claim ; cg:proposition ?pd .
  ?pd cg:territory ?place ; a ?kind .
  ?pc cg:territory ?place ; a ?kind .
  ?c cg:proposition ?pc ; a cg:Claim .
  FILTER(?c != ?d)
  FILTER NOT EXISTS { ?c cg:stance cg:Denies }
  OPTIONAL { ?pd cg:controller ?dc }
  OPTIONAL { ?pc cg:controller ?cc }
  FILTER(!BOUND(?dc) || !BOUND(?cc) || ?dc = ?cc)
}
