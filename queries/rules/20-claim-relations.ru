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
