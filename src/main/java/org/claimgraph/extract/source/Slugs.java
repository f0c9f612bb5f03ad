package org.claimgraph.extract.source;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Keys made from names: lower-case ASCII letters, digits and hyphens; deterministic across runs.
 */
public final class Slugs {

  private Slugs() {}

  public static String slug(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "x" : slug;
  }
}
