package org.claimgraph.extract.eval;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name normalisation for matching: "The Taliban's" and "taliban" are the same name, as are
 * "Zabihullah Mujahid" and "Zabihullah Mujahid", and "Kabul" and "Kābul".
 */
final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Names() {}

  static String normalize(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'');
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    }
    s = NOT_ALNUM.matcher(s).replaceAll(" ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  /** The normalised forms of a label and its aliases, blanks left out. */
  static Set<String> of(String label, Collection<String> aliases) {
    Set<String> names = new HashSet<>();
    add(names, label);
    aliases.forEach(a -> add(names, a));
    return names;
  }

  static boolean intersect(Set<String> a, Set<String> b) {
    for (String name : a) {
      if (b.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static void add(Set<String> names, String name) {
    String n = normalize(name);
    if (!n.isEmpty()) {
      names.add(n);
    }
  }
}
