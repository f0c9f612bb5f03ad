package org.claimgraph.extract.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a regex cannot match without: a set of strings one of which every match contains, read
 * off the regex itself ("\\bconfirm(?:ed|s)?\\s+by" needs "confirm"; "(?:said|told)\\s+\\w+" needs
 * "said" or "told"). A keyword gate built from them ({@link Keywords#requiredBy}) admits every
 * stretch of text the pattern can match in, and stays so when the pattern gains a word: hand-kept
 * gates twice silently switched off new phrasings.
 *
 * <p>The reading is conservative: a construct it does not know (a back-reference, comments mode, a
 * class it cannot list) counts as "any text", so at worst the gate admits too much, never too
 * little. Literals are compared case-folded, as {@link Keywords} compares them. Stateless.
 */
public final class RequiredWords {

  /** More alternatives than this are not worth listing: the gate then comes from elsewhere. */
  private static final int MAX_STRINGS = 64;

  /** Characters of a class listed as alternatives at most; "[eé]" yes, "[a-z]" no. */
  private static final int MAX_CLASS = 4;

  private RequiredWords() {}

  /**
   * The strings one of which every match of {@code pattern} contains, or empty when the regex needs
   * no particular word (or is beyond this reading): then a gate cannot help.
   */
  public static Optional<Set<String>> of(Pattern pattern) {
    if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
      return Optional.empty();
    }
    try {
      Info info = new Parser(pattern.pattern()).parseAll();
      Set<String> best = better(info.required, requiredOf(info.exact));
      return Optional.ofNullable(best).map(Set::copyOf);
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  /**
   * What is known of a piece of regex: {@code exact}, all the strings it can match when they are
   * few (else null); {@code required}, strings one of which each of its matches contains (null:
   * none known).
   */
  private record Info(Set<String> exact, Set<String> required) {
    static final Info ANY = new Info(null, null);
    static final Info EMPTY = new Info(Set.of(""), null);

    static Info literal(String s) {
      return new Info(Set.of(s), null);
    }
  }

  /** A construct the reading does not know: the whole regex then needs no word. */
  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  private static Set<String> requiredOf(Set<String> exact) {
    return exact == null || exact.contains("") ? null : exact;
  }

  /** The more selective requirement: longer shortest string, then fewer strings. */
  private static Set<String> better(Set<String> a, Set<String> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    int la = shortest(a);
    int lb = shortest(b);
    if (la != lb) {
      return la > lb ? a : b;
    }
    return a.size() <= b.size() ? a : b;
  }

  private static int shortest(Set<String> s) {
    return s.stream().mapToInt(String::length).min().orElse(0);
  }

  /** A recursive-descent reading of Java's regex syntax, as far as words are concerned. */
  private static final class Parser {
    private final String re;
    private int i;

    Parser(String re) {
      this.re = re;
    }

    Info parseAll() {
      Info info = alternation();
      if (i != re.length()) {
        throw new Unsupported(); // an unbalanced ')'
      }
      return info;
    }

    private Info alternation() {
      List<Info> branches = new ArrayList<>();
      branches.add(sequence());
      while (i < re.length() && re.charAt(i) == '|') {
        i++;
        branches.add(sequence());
      }
      if (branches.size() == 1) {
        return branches.get(0);
      }
      Set<String> exact = new LinkedHashSet<>();
      Set<String> required = new LinkedHashSet<>();
      for (Info b : branches) {
        if (exact != null && b.exact() != null && exact.size() + b.exact().size() <= MAX_STRINGS) {
          exact.addAll(b.exact());
        } else {
          exact = null;
        }
        Set<String> own = better(b.required(), requiredOf(b.exact()));
        if (own == null || required == null) {
          required = null;
        } else {
          required.addAll(own);
        }
      }
      return new Info(exact, required);
    }

    private Info sequence() {
      Set<String> run = Set.of(""); // the exact strings of the current run of known pieces
      boolean allExact = true;
      Set<String> best = null;
      while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
        Info piece = quantified(atom());
        best = better(best, piece.required());
        if (piece.exact() != null && run.size() * piece.exact().size() <= MAX_STRINGS) {
          run = concat(run, piece.exact());
        } else {
          allExact = false;
          best = better(best, requiredOf(run));
          run = piece.exact() != null ? piece.exact() : Set.of("");
        }
      }
      best = better(best, requiredOf(run));
      return new Info(allExact ? run : null, best);
    }

    private static Set<String> concat(Set<String> a, Set<String> b) {
      Set<String> out = new LinkedHashSet<>();
      for (String x : a) {
        for (String y : b) {
          out.add(x + y);
        }
      }
      return out;
    }

    private Info quantified(Info atom) {
      if (i >= re.length()) {
        return atom;
      }
      char c = re.charAt(i);
      int min;
      int max;
      if (c == '?') {
        min = 0;
        max = 1;
        i++;
      } else if (c == '*') {
        min = 0;
        max = Integer.MAX_VALUE;
        i++;
      } else if (c == '+') {
        min = 1;
        max = Integer.MAX_VALUE;
        i++;
      } else if (c == '{' && i + 1 < re.length() && Character.isDigit(re.charAt(i + 1))) {
        int close = re.indexOf('}', i);
        if (close < 0) {
          throw new Unsupported();
        }
        String[] bounds = re.substring(i + 1, close).split(",", -1);
        min = Integer.parseInt(bounds[0].strip());
        max =
            bounds.length == 1
                ? min
                : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
        i = close + 1;
      } else {
        return atom;
      }
      if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
        i++; // lazy or possessive: the same strings
      }
      Set<String> own = better(atom.required(), requiredOf(atom.exact()));
      if (min == 0) {
        if (max == 1 && atom.exact() != null && atom.exact().size() < MAX_STRINGS) {
          Set<String> exact = new LinkedHashSet<>(atom.exact());
          exact.add("");
          return new Info(exact, null);
        }
        return Info.ANY;
      }
      if (min == 1 && max == 1) {
        return atom;
      }
      return new Info(null, own);
    }

    private Info atom() {
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
          return Info.ANY;
        case '^':
        case '$':
          i++;
          return Info.EMPTY;
        case '*':
        case '+':
        case '?':
        case '{':
          throw new Unsupported(); // a quantifier with nothing before it
        default:
          i++;
          return Info.literal(String.valueOf(c));
      }
    }

    private Info group() {
      // Inline flags, "(?i)" or "(?i:...)": case is folded anyway; comments mode is not read.
      GroupOpening opening = GroupOpening.at(re, i).orElseThrow(Unsupported::new);
      i = opening.contentStart();
      if (opening.flagsOnly()) {
        return Info.EMPTY;
      }
      Info inner = alternation();
      if (i >= re.length() || re.charAt(i) != ')') {
        throw new Unsupported();
      }
      i++;
      return opening.zeroWidth() ? Info.EMPTY : inner;
    }

    /** A class of a few plain characters is their alternatives; any other class, any character. */
    private Info charClass() {
      i++; // '['
      boolean plain = true;
      Set<String> chars = new LinkedHashSet<>();
      if (i < re.length() && re.charAt(i) == '^') {
        plain = false;
        i++;
      }
      int depth = 1;
      boolean first = true;
      while (i < re.length()) {
        char c = re.charAt(i);
        if (c == '\\') {
          if (i + 1 >= re.length()) {
            throw new Unsupported();
          }
          char e = re.charAt(i + 1);
          if (Character.isLetterOrDigit(e)) {
            plain = false; // \s, \w, \p{..}, \x41, ...
            if ((e == 'p' || e == 'P') && i + 2 < re.length() && re.charAt(i + 2) == '{') {
              i = re.indexOf('}', i) + 1;
              if (i == 0) {
                throw new Unsupported();
              }
              continue;
            }
            if (e == 'Q') {
              throw new Unsupported();
            }
          } else {
            chars.add(String.valueOf(e));
          }
          i += 2;
        } else if (c == '[') {
          plain = false;
          depth++;
          i++;
        } else if (c == ']' && !first) {
          depth--;
          i++;
          if (depth == 0) {
            break;
          }
        } else {
          if (c == '-' || c == '&') {
            plain = false; // a range or an intersection
          }
          chars.add(String.valueOf(c));
          i++;
        }
        first = false;
      }
      if (depth != 0) {
        throw new Unsupported();
      }
      if (!plain || chars.isEmpty() || chars.size() > MAX_CLASS) {
        return Info.ANY;
      }
      return new Info(chars, null);
    }

    private Info escape() {
      if (i + 1 >= re.length()) {
        throw new Unsupported();
      }
      char e = re.charAt(i + 1);
      i += 2;
      switch (e) {
        case 'b':
        case 'B':
        case 'A':
        case 'z':
        case 'Z':
        case 'G':
          return Info.EMPTY;
        case 't':
          return Info.literal("\t");
        case 'n':
          return Info.literal("\n");
        case 'r':
          return Info.literal("\r");
        case 'f':
          return Info.literal("\f");
        case 'Q':
          {
            int end = re.indexOf("\\E", i);
            String quoted = end < 0 ? re.substring(i) : re.substring(i, end);
            i = end < 0 ? re.length() : end + 2;
            return Info.literal(quoted);
          }
        case 'p':
        case 'P':
          if (i < re.length() && re.charAt(i) == '{') {
            int close = re.indexOf('}', i);
            if (close < 0) {
              throw new Unsupported();
            }
            i = close + 1;
          } else {
            i++;
          }
          return Info.ANY;
        case 'k':
        case 'x':
        case 'u':
        case 'c':
        case 'N':
          throw new Unsupported(); // back-references and coded characters: not read
        default:
          if (Character.isLetterOrDigit(e)) {
            if (Character.isDigit(e)) {
              throw new Unsupported(); // a back-reference or an octal escape
            }
            return Info.ANY; // \s, \w, \d, \h, \R, ...: some character(s)
          }
          return Info.literal(String.valueOf(e));
      }
    }
  }
}
