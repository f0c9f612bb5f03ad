package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.gazetteer.GazetteerEntry;
import org.claimgraph.extract.model.EntityType;

/**
 * Links a misspelt name to a gazetteer person only when it is certain: same first name, surname one
 * edit away, and the person's known affiliation (or its country) is named in the same sentence
 * ("the foreign ministry of Russia's spokesperson Maria Zakharov" is Maria Zakharova).
 */
final class VariantSpelling {

  private VariantSpelling() {}

  static Optional<GazetteerEntry> find(
      Gazetteer g, String name, List<Candidate> sentence, EntityRegistry reg) {
    String first = PersonRules.firstName(name);
    String surname = PersonRules.surname(name);
    if (surname.length() < 4) {
      return Optional.empty();
    }
    for (GazetteerEntry e : g.ofType(EntityType.PERSON)) {
      String label = e.prefLabel();
      if (!PersonRules.firstName(label).equals(first)) {
        continue;
      }
      if (editDistanceAtMostOne(PersonRules.surname(label), surname)
          && affiliationNamed(g, e, sentence)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static boolean affiliationNamed(Gazetteer g, GazetteerEntry p, List<Candidate> sentence) {
    for (String prop : List.of("spokespersonFor", "headOf", "memberOf")) {
      for (String org : p.links(prop)) {
        String country =
            g.countryOfActor(org)
                .or(() -> g.get(org).flatMap(o -> o.link("partOf")).flatMap(g::countryOfActor))
                .orElse(null);
        for (Candidate c : sentence) {
          if (c.key().equals(org)
              || country != null && country.equals(c.countryKey())
              || country != null && c.key().equals(country)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static boolean editDistanceAtMostOne(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return false; // not a variant: the same name
    }
    String x = a.toLowerCase();
    String y = b.toLowerCase();
    if (Math.abs(x.length() - y.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < x.length() && j < y.length()) {
      if (x.charAt(i) == y.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (x.length() > y.length()) {
        i++;
      } else if (y.length() > x.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    edits += (x.length() - i) + (y.length() - j);
    return edits <= 1;
  }
}
