package org.claimgraph.extract.lexicon;

import java.util.BitSet;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The characters a regex's matches can begin with, read off the regex itself, and the same regex
 * behind a one-character look-ahead of them ({@link #guarded}). Java's {@code find} tries a pattern
 * at every position of the text; a pattern that opens with {@code \b} and an alternation of words
 * spends most of its time there failing word boundaries and branches one by one, where one look at
 * the character under the cursor would do. The look-ahead admits every character a match can begin
 * with, so the guarded pattern finds exactly what the pattern finds, groups and all.
 *
 * <p>The reading is conservative, like {@link RequiredWords}: a construct it does not know counts
 * as "any character", zero-width assertions (look-arounds, anchors, word boundaries) are read as
 * letting every character through, and any non-ASCII character counts as possible wherever a class
 * or a folded case might take one. A pattern that can match the empty string, or that begins with
 * almost anything, is left as it is. Stateless.
 */
public final class LeadingCharacters {

  /**
   * More possible first characters than this, of the 128 ASCII ones, and the guard costs about what
   * it saves: a case-folded alternation of words (both cases of a few letters) stays under it.
   */
  private static final int MAX_GUARDED = 60;

  private LeadingCharacters() {}

  /**
   * {@code pattern} behind a look-ahead of the characters its matches begin with, when they are
   * few; else {@code pattern} itself. Either finds the same matches with the same groups.
   */
  public static Pattern guarded(Pattern pattern) {
    Optional<String> guard = guardOf(pattern);
    if (guard.isEmpty() || pattern.pattern().startsWith("(?=" + guard.get() + ")")) {
      return pattern; // unguardable, or guarded already
    }
    return Pattern.compile("(?=" + guard.get() + ")(?:" + pattern.pattern() + ")", pattern.flags());
  }

  /** The look-ahead class for {@code pattern}, or empty when no guard would help (or be safe). */
  static Optional<String> guardOf(Pattern pattern) {
    int flags = pattern.flags();
    String re = pattern.pattern();
    if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0
        || re.contains("\\Q")
        || re.endsWith("\\")) {
      return Optional.empty(); // quoting could swallow the closing parenthesis; not read
    }
    Starts s;
    try {
      s = new Parser(re, (flags & Pattern.CASE_INSENSITIVE) != 0).parseAll();
    } catch (Unsupported e) {
      return Optional.empty();
    }
    if (s.nullable || s.ascii.cardinality() > MAX_GUARDED) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder("[");
    for (int c = s.ascii.nextSetBit(0); c >= 0; c = s.ascii.nextSetBit(c + 1)) {
      b.append(String.format("\\x{%x}", c));
    }
    if (s.nonAscii) {
      b.append("\\x{80}-\\x{10ffff}");
    }
    if (b.length() == 1) {
      return Optional.of("(?!)"); // nothing can begin a match: the pattern never matches
    }
    return Optional.of(b.append(']').toString());
  }

  /** What a piece of regex can begin with, and whether it can match the empty string. */
  private static final class Starts {
    final BitSet ascii = new BitSet(128);
    boolean nonAscii;
    boolean nullable;

    static Starts empty() {
      Starts s = new Starts();
      s.nullable = true;
      return s;
    }

    static Starts any() {
      Starts s = new Starts();
      s.ascii.set(0, 128);
      s.nonAscii = true;
      return s;
    }

    void addAll(Starts o) {
      ascii.or(o.ascii);
      nonAscii |= o.nonAscii;
    }
  }

  /** A construct the reading does not know: the pattern is then left unguarded. */
  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** A recursive-descent reading of Java's regex syntax, as far as first characters go. */
  private static final class Parser {
    private final String re;
    private int i;

    /** Whether case is folded from here on: once any flag turns it on, it stays on (wider). */
    private boolean folded;

    Parser(String re, boolean folded) {
      this.re = re;
      this.folded = folded;
    }

    Starts parseAll() {
      Starts s = alternation();
      if (i != re.length()) {
        throw new Unsupported();
      }
      return s;
    }

    private Starts alternation() {
      Starts out = sequence();
      while (i < re.length() && re.charAt(i) == '|') {
        i++;
        Starts next = sequence();
        out.addAll(next);
        out.nullable |= next.nullable;
      }
      return out;
    }

    private Starts sequence() {
      Starts out = new Starts();
      boolean open = true; // every piece so far can match the empty string
      while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
        Starts piece = quantified(atom());
        if (open) {
          out.addAll(piece);
          open = piece.nullable;
        }
      }
      out.nullable = open;
      return out;
    }

    private Starts quantified(Starts atom) {
      while (i < re.length()) {
        char c = re.charAt(i);
        if (c == '?' || c == '*') {
          atom.nullable = true;
          i++;
        } else if (c == '+') {
          i++;
        } else if (c == '{' && i + 1 < re.length() && Character.isDigit(re.charAt(i + 1))) {
          int close = re.indexOf('}', i);
          if (close < 0) {
            throw new Unsupported();
          }
          String min = re.substring(i + 1, close).split(",", -1)[0].strip();
          if (Integer.parseInt(min) == 0) {
            atom.nullable = true;
          }
          i = close + 1;
        } else {
          break;
        }
        // a lazy or possessive mark after a quantifier reads as one more quantifier character
        if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
          i++;
        }
      }
      return atom;
    }

    private Starts atom() {
      char c = re.charAt(i);
      switch (c) {
        case '(':
          return group();
        case '[':
          return charClass();
        case '\\':
          return escape();
        case '.':
          i++;
          return Starts.any();
        case '^':
        case '$':
          i++;
          return Starts.empty();
        case '*':
        case '+':
        case '?':
        case '{':
          throw new Unsupported();
        default:
          i++;
          return literal(c);
      }
    }

    private Starts literal(char c) {
      Starts s = new Starts();
      add(s, c);
      return s;
    }

    /** Adds a character, with its other case when case is folded. */
    private void add(Starts s, int c) {
      if (c >= 128) {
        s.nonAscii = true;
        if (folded && Character.isLetter(c)) {
          s.ascii.set('a', 'z' + 1); // the Kelvin sign folds with "k": any ASCII letter may
          s.ascii.set('A', 'Z' + 1);
        }
        return;
      }
      s.ascii.set(c);
      if (folded && Character.isLetter(c)) {
        s.ascii.set(Character.toLowerCase(c));
        s.ascii.set(Character.toUpperCase(c));
        s.nonAscii = true; // "k" folds with the Kelvin sign, "s" with the long s
      }
    }

    private Starts group() {
      GroupOpening opening = GroupOpening.at(re, i).orElseThrow(Unsupported::new);
      i = opening.contentStart();
      if (opening.flags().contains("i") || opening.flags().contains("u")) {
        folded = true;
      }
      if (opening.flagsOnly()) {
        return Starts.empty();
      }
      Starts inner = alternation();
      if (i >= re.length() || re.charAt(i) != ')') {
        throw new Unsupported();
      }
      i++;
      return opening.zeroWidth() ? Starts.empty() : inner;
    }

    /** A class: its characters and ranges; negated, or anything not known, any character. */
    private Starts charClass() {
      i++; // '['
      Starts s = new Starts();
      boolean any = false;
      if (i < re.length() && re.charAt(i) == '^') {
        any = true;
        i++;
      }
      int depth = 1;
      boolean first = true;
      int previous = -1; // the last single character read, for a range
      while (i < re.length()) {
        char c = re.charAt(i);
        if (c == '\\') {
          if (i + 1 >= re.length()) {
            throw new Unsupported();
          }
          char e = re.charAt(i + 1);
          if (Character.isLetterOrDigit(e)) {
            Starts known = namedClass(e);
            if (known == null) {
              any = true;
            } else {
              s.addAll(known);
            }
            if ((e == 'p' || e == 'P') && i + 2 < re.length() && re.charAt(i + 2) == '{') {
              int close = re.indexOf('}', i);
              if (close < 0) {
                throw new Unsupported();
              }
              i = close + 1;
            } else {
              i += 2;
            }
            previous = -1;
          } else {
            add(s, e);
            previous = e;
            i += 2;
          }
        } else if (c == '[') {
          if (i + 1 < re.length() && re.charAt(i + 1) == '^') {
            any = true;
          }
          depth++;
          i++;
          previous = -1;
        } else if (c == ']' && !first) {
          depth--;
          i++;
          if (depth == 0) {
            break;
          }
          previous = -1;
        } else if (c == '-'
            && previous >= 0
            && i + 1 < re.length()
            && re.charAt(i + 1) != ']'
            && re.charAt(i + 1) != '\\'
            && re.charAt(i + 1) != '[') {
          int to = re.charAt(i + 1);
          for (int k = previous; k <= to && k < 128; k++) {
            add(s, k);
          }
          if (to >= 128) {
            add(s, to); // non-ASCII, and under folded case any ASCII letter
          }
          i += 2;
          previous = -1;
        } else if (c == '-' && previous >= 0 && i + 1 < re.length() && re.charAt(i + 1) == '\\') {
          any = true; // a range to an escaped character: not read
          i++;
          previous = -1;
        } else {
          // "&&" intersects: the union of the sides still holds every character of it
          add(s, c);
          previous = c == '&' ? -1 : c;
          i++;
        }
        first = false;
      }
      if (depth != 0) {
        throw new Unsupported();
      }
      return any ? Starts.any() : s;
    }

    /**
     * The characters of a class escape ({@code \s}, {@code \d}, {@code \w}, {@code \p{Lu}}),
     * non-ASCII ones counted as possible; null when not known.
     */
    private Starts namedClass(char e) {
      Starts s = new Starts();
      s.nonAscii = true;
      switch (e) {
        case 's':
          for (char c : new char[] {' ', '\t', '\n', 0x0B, '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F}) {
            s.ascii.set(c);
          }
          return s;
        case 'd':
          s.ascii.set('0', '9' + 1);
          return s;
        case 'w':
          s.ascii.set('0', '9' + 1);
          s.ascii.set('a', 'z' + 1);
          s.ascii.set('A', 'Z' + 1);
          s.ascii.set('_');
          return s;
        case 'p':
          {
            String name = propertyName();
            if (name == null) {
              return null;
            }
            switch (name) {
              case "Lu":
              case "Upper":
              case "IsUppercase":
                s.ascii.set('A', 'Z' + 1);
                if (folded) {
                  s.ascii.set('a', 'z' + 1);
                }
                return s;
              case "Ll":
              case "Lower":
              case "IsLowercase":
                s.ascii.set('a', 'z' + 1);
                if (folded) {
                  s.ascii.set('A', 'Z' + 1);
                }
                return s;
              case "L":
              case "IsL":
              case "IsAlphabetic":
              case "IsLetter":
              case "Alpha":
                s.ascii.set('a', 'z' + 1);
                s.ascii.set('A', 'Z' + 1);
                return s;
              default:
                return null;
            }
          }
        default:
          return null;
      }
    }

    /** The name inside {@code \p{...}} at {@code i}, or null when written otherwise. */
    private String propertyName() {
      if (i + 2 < re.length() && re.charAt(i + 2) == '{') {
        int close = re.indexOf('}', i);
        return close < 0 ? null : re.substring(i + 3, close);
      }
      return null;
    }

    private Starts escape() {
      if (i + 1 >= re.length()) {
        throw new Unsupported();
      }
      char e = re.charAt(i + 1);
      switch (e) {
        case 'b':
        case 'B':
        case 'A':
        case 'z':
        case 'Z':
        case 'G':
          i += 2;
          return Starts.empty();
        case 't':
          i += 2;
          return literal('\t');
        case 'n':
          i += 2;
          return literal('\n');
        case 'r':
          i += 2;
          return literal('\r');
        case 'f':
          i += 2;
          return literal('\f');
        case 's':
        case 'd':
        case 'w':
        case 'p':
          {
            Starts known = namedClass(e);
            if (e == 'p' && i + 2 < re.length() && re.charAt(i + 2) == '{') {
              int close = re.indexOf('}', i);
              if (close < 0) {
                throw new Unsupported();
              }
              i = close + 1;
            } else {
              i += e == 'p' ? 3 : 2; // \pL: one letter names the property
            }
            return known == null ? Starts.any() : known;
          }
        case 'S':
        case 'W':
        case 'D':
        case 'h':
        case 'H':
        case 'v':
        case 'V':
        case 'R':
        case 'X':
          i += 2;
          return Starts.any();
        default:
          if (Character.isLetterOrDigit(e)) {
            // \P{..}, \x41, \u0041, \cX, back-references: not read
            throw new Unsupported();
          }
          i += 2;
          return literal(e);
      }
    }
  }
}
