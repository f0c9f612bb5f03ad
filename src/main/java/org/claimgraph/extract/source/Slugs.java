package org.claimgraph.extract.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys made from names: lower-case ASCII letters, digits and hyphens; deterministic across runs.
 */
public final class Slugs {

  private Slugs() {}

  // Compiled once: slugs are minted for every article and outlet, and String.replaceAll compiles
  // its regex anew on each call.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern OUTER_HYPHENS = Pattern.compile("(^-+|-+$)");

  public static String slug(String name) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(name, Normalizer.Form.NFKD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    String slug = OUTER_HYPHENS.matcher(NOT_ALNUM.matcher(folded).replaceAll("-")).replaceAll("");
    return slug.isEmpty() ? "x" : slug;
  }
}
