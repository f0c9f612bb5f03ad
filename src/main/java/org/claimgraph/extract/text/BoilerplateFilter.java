package org.claimgraph.extract.text;

import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.extract.lexicon.LexiconFile;

/**
 * Recognises page furniture that is not reporting ("Read also …", "Share this article", credits and
 * copyright lines), from the patterns in {@code boilerplate.tsv}.
 */
public final class BoilerplateFilter {

  private final List<Pattern> patterns;

  public BoilerplateFilter() {
    this.patterns =
        LexiconFile.words("boilerplate.tsv").stream()
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
            .toList();
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
