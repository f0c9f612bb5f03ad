package org.claimgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.extract.lexicon.LexiconFile;

/**
 * Recognises page furniture that is not reporting ("Read also …", "Share this article", credits and
 * copyright lines), from the patterns in {@code boilerplate.tsv}.
 */
public final class BoilerplateFilter {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /**
   * The rows as one alternation, tried with one matcher: a block is boilerplate when some row
   * matches at its start, which is when the alternation of the rows does. Forty matchers a block
   * cost more than the matching. Rows that an alternation could change (a back-reference, whose
   * group numbers shift, an inline flag, a quotation that would swallow the closing parenthesis)
   * stay patterns of their own.
   */
  private final List<Pattern> patterns;

  public BoilerplateFilter() {
    List<String> together = new ArrayList<>();
    List<Pattern> patterns = new ArrayList<>();
    for (String row : LexiconFile.words("boilerplate.tsv")) {
      Pattern p = Pattern.compile(row, FLAGS); // a bad row fails here, naming itself
      if (row.contains("(?") || row.contains("\\Q") || row.matches("(?s).*\\\\(?:[1-9]|k<).*")) {
        patterns.add(p);
      } else {
        together.add("(?:" + row + ")");
      }
    }
    if (!together.isEmpty()) {
      patterns.add(0, Pattern.compile(String.join("|", together), FLAGS));
    }
    this.patterns = List.copyOf(patterns);
  }

  /** Whether the whole line or block is boilerplate. */
  public boolean isBoilerplate(CharSequence block) {
    String s = block.toString().strip();
    for (Pattern p : patterns) {
      if (p.matcher(s).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
