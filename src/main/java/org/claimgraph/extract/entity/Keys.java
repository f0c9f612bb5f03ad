package org.claimgraph.extract.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Keys for entities made from text: lower-case ASCII words joined by hyphens. */
public final class Keys {

  // Compiled once: a key is made for every mention, and String.replaceAll compiles its regex anew.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern OUTER_HYPHENS = Pattern.compile("^-+|-+$");

  private Keys() {}

  public static String slug(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
    s = NOT_ALNUM.matcher(s).replaceAll("-");
    return OUTER_HYPHENS.matcher(s).replaceAll("");
  }
}
