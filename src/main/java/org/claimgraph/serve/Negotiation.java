package org.claimgraph.serve;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/**
 * Content negotiation for resource descriptions: a {@code ?format=} override first, else the {@code
 * Accept} header with its q-values (most specific match wins), else HTML.
 */
final class Negotiation {

  /** What a description can be sent as. */
  enum Representation {
    HTML("html", null, "text/html", "application/xhtml+xml"),
    TURTLE("ttl", Lang.TURTLE, "text/turtle", "application/x-turtle"),
    JSONLD("jsonld", Lang.JSONLD, "application/ld+json", "application/json"),
    RDFXML("rdfxml", Lang.RDFXML, "application/rdf+xml"),
    NTRIPLES("nt", Lang.NTRIPLES, "application/n-triples");

    final String format;
    final Lang lang;
    final List<String> mediaTypes;

    Representation(String format, Lang lang, String... mediaTypes) {
      this.format = format;
      this.lang = lang;
      this.mediaTypes = List.of(mediaTypes);
    }

    /** The Content-Type to send, with charset. */
    String contentType() {
      return mediaTypes.get(0) + "; charset=utf-8";
    }
  }

  private Negotiation() {}

  /** The representation to send, or empty when neither the override nor Accept can be met. */
  static Optional<Representation> choose(String formatParam, String accept) {
    if (formatParam != null && !formatParam.isBlank()) {
      String f = formatParam.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(Representation.values())
          .filter(r -> r.format.equals(f) || (f.equals("turtle") && r == Representation.TURTLE))
          .findFirst();
    }
    if (accept == null || accept.isBlank()) {
      return Optional.of(Representation.HTML);
    }
    Representation best = null;
    double bestQ = 0;
    for (Representation r : Representation.values()) {
      double q = quality(accept, r);
      if (q > bestQ) {
        best = r;
        bestQ = q;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The q-value the client gives to {@code r}, taken from the most specific matching range. */
  private static double quality(String accept, Representation r) {
    double q = 0;
    int specificity = -1;
    for (String part : accept.split(",")) {
      String[] pieces = part.split(";");
      String range = pieces[0].strip().toLowerCase(Locale.ROOT);
      double pq = 1.0;
      for (int i = 1; i < pieces.length; i++) {
        String p = pieces[i].strip();
        if (p.startsWith("q=")) {
          try {
            pq = Double.parseDouble(p.substring(2));
          } catch (NumberFormatException e) {
            pq = 0;
          }
        }
      }
      for (String offered : r.mediaTypes) {
        int s = matches(range, offered);
        if (s > specificity) {
          specificity = s;
          q = pq;
        }
      }
    }
    return q;
  }

  /** 2 for an exact match, 1 for {@code type/*}, 0 for {@code *}{@code /*}, -1 for none. */
  private static int matches(String range, String offered) {
    if (range.equals(offered)) {
      return 2;
    }
    if (range.equals("*/*")) {
      return 0; // curl and most libraries send only this: any representation will do
    }
    if (range.endsWith("/*") && offered.startsWith(range.substring(0, range.length() - 1))) {
      return range.equals("*/*") ? 0 : 1;
    }
    return -1;
  }
}
