package org.claimgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.model.Paragraph;
import org.claimgraph.extract.model.ParagraphKind;
import org.claimgraph.extract.model.Sentence;

/**
 * Splits an article's text into title, subtitle, paragraphs (typed as body, heading, caption or
 * boilerplate) and sentences. Thread-safe.
 */
public final class ArticleStructurer {

  /** Lines this short and without final punctuation inside the body are headings or captions. */
  private static final int SHORT_LINE = 120;

  /** Hard-wrapped text: every line of a block at most this long (typical 72–80 column wrap). */
  private static final int WRAP_WIDTH = 82;

  private static final Pattern CAPTION =
      Pattern.compile(
          "(?i)^(photo|image|picture|file photo|caption)\\b|\\b(getty images|afp|reuters|ap photo|"
              + "epa|file photo|via reuters|photograph)\\b\\s*\\)?\\s*$|^\\(?(photo|image)\\s*:");

  /** A line of a live blog's summary or a list: "• RSF says it has taken the airport". */
  private static final Pattern BULLET = Pattern.compile("^[•●▪◦*–-]\\s+\\S");

  /**
   * The heading of an end section that lists sources, not reporting: what follows it is the
   * references list, whose quoted headlines are no claims.
   */
  private static final Pattern END_SECTION =
      Pattern.compile(
          "(?i)^(?:references|sources|notes|citations|bibliography|further reading|external links"
              + "|see also)\\s*:?\\s*(?:$|\\n)");

  /**
   * A headline cited in a list: a quotation standing alone, at most followed by its outlet and date
   * ("\"Army says it repelled attack\" (September 3)", "1. \"Town falls\". Courier. 2019."). A
   * quotation that ends in a comma inside the marks, or that a reporting word follows, is speech.
   */
  private static final Pattern CITED_HEADLINE =
      Pattern.compile("^(?:\\[?\\d{1,3}[.)\\]]?\\s*|\\^\\s*)?[\"“][^\"“”]{3,200}[\"”]");

  private static final Pattern SPEECH_AFTER =
      Pattern.compile(
          "(?i)\\b(?:said|says|say|told|tells|wrote|writes|added|adds|asked|according)\\b");

  /** At most this many characters (outlet and date) follow a cited headline's closing mark. */
  private static final int CITATION_TAIL = 60;

  private final BoilerplateFilter boilerplate;
  private final SentenceSplitter splitter;

  public ArticleStructurer(BoilerplateFilter boilerplate, SentenceSplitter splitter) {
    this.boilerplate = boilerplate;
    this.splitter = splitter;
  }

  public ArticleStructurer() {
    this(new BoilerplateFilter(), new SentenceSplitter());
  }

  public ArticleStructure structure(String text) {
    List<Span> blocks = paragraphSpans(text);
    List<Paragraph> paragraphs = new ArrayList<>();
    Span title = blocks.isEmpty() ? new Span(0, 0) : blocks.get(0);
    Optional<Span> subtitle = Optional.empty();
    boolean endMatter = false;
    for (int i = 0; i < blocks.size(); i++) {
      Span b = blocks.get(i);
      String s = b.quote(text);
      ParagraphKind kind;
      endMatter = endMatter || i > 0 && END_SECTION.matcher(s).lookingAt();
      if (endMatter || boilerplate.isBoilerplate(s) || i > 0 && isCitedHeadline(s)) {
        kind = ParagraphKind.BOILERPLATE;
      } else if (i == 0) {
        kind = ParagraphKind.TITLE;
      } else if (i == 1 && subtitle.isEmpty() && isSubtitle(s)) {
        kind = ParagraphKind.SUBTITLE;
        subtitle = Optional.of(b);
      } else if (BULLET.matcher(s).lookingAt()) {
        // A summary line restates the body, where its source and wording are given in full.
        kind = ParagraphKind.HEADING;
      } else if (s.length() <= SHORT_LINE && !endsLikeSentence(s)) {
        kind = CAPTION.matcher(s).find() ? ParagraphKind.CAPTION : ParagraphKind.HEADING;
      } else {
        kind = ParagraphKind.BODY;
      }
      paragraphs.add(new Paragraph(i, b, kind));
    }
    List<Sentence> sentences = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (p.kind() == ParagraphKind.BOILERPLATE) {
        continue;
      }
      for (Span s : splitter.split(text, p.span())) {
        sentences.add(new Sentence(sentences.size(), s, p.index()));
      }
    }
    return new ArticleStructure(title, subtitle, paragraphs, sentences);
  }

  private static boolean isCitedHeadline(String block) {
    return block.lines().allMatch(l -> l.isBlank() || isCitedHeadlineLine(l.strip()));
  }

  private static boolean isCitedHeadlineLine(String line) {
    Matcher m = CITED_HEADLINE.matcher(line);
    if (!m.lookingAt() || line.charAt(m.end() - 2) == ',') {
      return false;
    }
    String tail = line.substring(m.end());
    return tail.length() <= CITATION_TAIL && !SPEECH_AFTER.matcher(tail).find();
  }

  private static boolean isSubtitle(String s) {
    return s.length() <= 300 && !s.contains("\n") && !endsLikeSentence(s);
  }

  private static boolean endsLikeSentence(String s) {
    String t = s.strip();
    int i = t.length() - 1;
    while (i >= 0 && "\"'”’)]".indexOf(t.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?:;…".indexOf(t.charAt(i)) >= 0;
  }

  /**
   * Blank-line separated blocks; a block of several long lines is one paragraph per line (wire copy
   * often has no blank lines), a block of short lines is hard-wrapped text and stays whole.
   */
  static List<Span> paragraphSpans(String text) {
    List<Span> blocks = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int end = i;
      int lineStart = i;
      List<Span> lines = new ArrayList<>();
      while (end < n) {
        int nl = text.indexOf('\n', lineStart);
        int lineEnd = nl < 0 ? n : nl;
        if (text.substring(lineStart, lineEnd).isBlank()) {
          break;
        }
        lines.add(trim(text, lineStart, lineEnd));
        end = lineEnd;
        lineStart = lineEnd + 1;
        if (nl < 0) {
          break;
        }
      }
      boolean wrapped =
          lines.size() > 1
              && lines.stream().allMatch(l -> l.length() <= WRAP_WIDTH)
              // A list is one line per item, however short its lines.
              && lines.stream().noneMatch(l -> BULLET.matcher(l.quote(text)).lookingAt());
      boolean wrappedLong = lines.size() > 2 && isWrapped(text, lines);
      if (lines.size() == 1 || wrapped && wrappedLong) {
        blocks.add(trim(text, i, end));
      } else {
        blocks.addAll(lines);
      }
      i = end;
    }
    blocks.removeIf(b -> b.length() == 0);
    return blocks;
  }

  /** Wrapped lines continue mid-sentence: some line ends without final punctuation. */
  private static boolean isWrapped(String text, List<Span> lines) {
    for (int k = 0; k < lines.size() - 1; k++) {
      if (!endsLikeSentence(lines.get(k).quote(text))) {
        return true;
      }
    }
    return false;
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
