package org.claimgraph.extract.gazetteer;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.extract.Span;

/**
 * Finds gazetteer names in text: longest match first, case-aware (acronyms and short names must
 * match exactly, longer names must start with a capital as written unless the name itself starts in
 * lower case, like "al-Qaeda"). Thread-safe.
 */
public final class GazetteerMatcher {

  private final Gazetteer gazetteer;

  public GazetteerMatcher(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The non-overlapping name matches in {@code text} within {@code range}, in text order. */
  public List<NameMatch> find(String text, Span range) {
    List<NameMatch> out = new ArrayList<>();
    if (gazetteer.hasNoNames()) {
      return out;
    }
    List<int[]> words = words(text, range);
    int max = gazetteer.maxNameTokens();
    int i = 0;
    while (i < words.size()) {
      int[] first = words.get(i);
      char initial = text.charAt(first[0]);
      if (Character.isLowerCase(initial) && !gazetteer.mayStartWithLowerCase(initial)) {
        i++; // no name takes this word as written: spares normalising it
        continue;
      }
      String firstWord = Gazetteer.normalise(text.substring(first[0], first[1]));
      NameMatch best = null;
      int bestJ = -1;
      if (gazetteer.startsSomeName(firstWord)) {
        // Extend word by word while some name still starts this way; keep the longest match.
        for (int j = i; j < words.size() && j < i + max; j++) {
          int end = words.get(j)[1];
          String surface = text.substring(first[0], end);
          // The first word is normalised already; each form is looked up under one normalisation.
          String norm = j == i ? firstWord : Gazetteer.normalise(surface);
          if (j > i && !gazetteer.startsSomeNameWith(norm)) {
            break;
          }
          NameMatch m = match(text, surface, norm, first[0], end);
          if (m != null) {
            best = m;
            bestJ = j;
          }
        }
      }
      if (best != null) {
        out.add(best);
        i = bestJ + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private NameMatch match(String text, String surface, String norm, int start, int end) {
    List<Gazetteer.NameHit> hits = gazetteer.lookup(norm);
    for (Gazetteer.NameHit h : hits) {
      if (caseFits(surface, h.label())) {
        int e = end;
        // "U.S." keeps its final period when the name has one.
        if (h.label().endsWith(".") && e < text.length() && text.charAt(e) == '.') {
          e++;
        }
        return new NameMatch(new Span(start, e), h);
      }
    }
    return null;
  }

  static boolean caseFits(String surface, String label) {
    String l = label.endsWith(".") ? label.substring(0, label.length() - 1) : label;
    boolean shortOrAcronym = l.length() <= 3 || l.equals(l.toUpperCase()) && l.length() <= 6;
    if (shortOrAcronym) {
      return surface.replace('’', '\'').equals(l.replace('’', '\''))
          || surface.equals(l.replace(".", ""));
    }
    char s0 = surface.charAt(0);
    char l0 = l.charAt(0);
    return Character.isLowerCase(l0) ? Character.toLowerCase(s0) == l0 : Character.isUpperCase(s0);
  }

  /** Word spans: runs of letters and digits, with inner apostrophes and dotted abbreviations. */
  static List<int[]> words(String text, Span range) {
    List<int[]> out = new ArrayList<>();
    int i = range.start();
    int end = range.end();
    while (i < end) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < end) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          i++;
        } else if ((c == '\'' || c == '’' || c == '.')
            && i + 1 < end
            && Character.isLetter(text.charAt(i + 1))
            && !isPossessive(text, i, end)) {
          i++;
        } else {
          break;
        }
      }
      out.add(new int[] {s, i});
    }
    return out;
  }

  private static boolean isPossessive(String text, int apostrophe, int end) {
    char c = text.charAt(apostrophe);
    return (c == '\'' || c == '’')
        && text.charAt(apostrophe + 1) == 's'
        && (apostrophe + 2 >= end || !Character.isLetter(text.charAt(apostrophe + 2)));
  }
}
