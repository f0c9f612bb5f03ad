package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.lexicon.LexiconFile;

/**
 * The rows of {@code verification.tsv} with their word classes filled in. News reports vary a check
 * along a few independent axes (who could not: "could not", "was unable to", "has not been able
 * to", "it was impossible to"; an optional "independently"; the verb: verify, confirm, corroborate,
 * establish …), so the lexicon names each axis once as a class ({@code @NAME<TAB>regex}) and writes
 * a row as their combination ({@code {NAME}}) instead of listing the combinations one by one, which
 * always missed some. A class may use the classes defined above it. Stateless.
 */
public final class VerificationGrammar {

  private static final Pattern REFERENCE = Pattern.compile("\\{([A-Z][A-Z_]*)\\}");

  private VerificationGrammar() {}

  /** The bundled lexicon's rows: the regex with its classes expanded, then the value. */
  public static List<String[]> rows() {
    return expand(LexiconFile.rows("verification.tsv"));
  }

  /**
   * {@code lines} without the class definitions, each regex with the classes it names filled in (as
   * non-capturing groups, so that a class behaves as one word).
   */
  static List<String[]> expand(List<String[]> lines) {
    Map<String, String> classes = new LinkedHashMap<>();
    List<String[]> out = new ArrayList<>();
    for (String[] cols : lines) {
      if (cols[0].startsWith("@")) {
        classes.put(cols[0].substring(1), "(?:" + fill(cols[1], classes) + ")");
        continue;
      }
      String[] row = cols.clone();
      row[0] = fill(cols[0], classes);
      out.add(row);
    }
    return out;
  }

  private static String fill(String regex, Map<String, String> classes) {
    Matcher m = REFERENCE.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String body = classes.get(m.group(1));
      if (body == null) {
        throw new IllegalStateException(
            "verification.tsv: the class {" + m.group(1) + "} is used before it is defined");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(body));
    }
    m.appendTail(out);
    return out.toString();
  }
}
