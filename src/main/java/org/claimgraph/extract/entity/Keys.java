package org.claimgraph.extract.entity;

import java.text.Normalizer;
import java.util.Locale;

/** Keys for entities made from text: lower-case ASCII words joined by hyphens. */
public final class Keys {

  private Keys() {}

  public static String slug(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
    s = s.replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }
}
