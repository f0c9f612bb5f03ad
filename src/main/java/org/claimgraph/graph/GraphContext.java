package org.claimgraph.graph;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.model.Sentence;
import org.claimgraph.extract.quantity.Approximation;
import org.claimgraph.extract.quantity.Quantity;
import org.claimgraph.extract.time.TimeExpression;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Iris;
import org.claimgraph.vocab.OA;
import org.claimgraph.vocab.OwlTime;

/**
 * What the mappers of one article share: the model being built, the article's IRIs, and the writers
 * of the small structures every statement needs (text anchors, quantities, times), so that each is
 * written one way.
 */
final class GraphContext {

  /** Characters of context kept on each side of a quote, as Web Annotation's prefix and suffix. */
  private static final int CONTEXT = 32;

  final Model model;
  final Iris iris;
  final ExtractedArticle article;
  final Resource articleResource;
  final String articleIri;
  final Resource outlet;

  GraphContext(Model model, Iris iris, ExtractedArticle article, Resource outlet) {
    this.model = model;
    this.iris = iris;
    this.article = article;
    this.articleIri = iris.article(article.source().slug());
    this.articleResource = model.createResource(articleIri);
    this.outlet = outlet;
  }

  /** A resource scoped to this article: {@code …/id/article/{slug}/{kind}/{id}}. */
  Resource local(String kind, Object id) {
    return model.createResource(articleIri + "/" + kind + "/" + id);
  }

  /** An entity by its extractor key ({@code actor/taliban}, {@code place/herat}). */
  Resource entity(String key) {
    return model.createResource(iris.base() + "id/" + key);
  }

  Resource sentence(int index) {
    return local("sentence", index);
  }

  Literal nonNegative(long n) {
    boolean small = n >= 0 && n < SMALL_NUMBERS.length();
    Node node = small ? SMALL_NUMBERS.get((int) n) : null;
    if (node == null) {
      node = NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDnonNegativeInteger);
      if (small) {
        SMALL_NUMBERS.set((int) n, node);
      }
    }
    return model.asRDFNode(node).asLiteral();
  }

  /**
   * The literals of offsets, positions and lengths, made once: every anchor and segment has two or
   * three, and making each parsed its digits again. Nodes are immutable; any thread may fill in
   * one.
   */
  private static final AtomicReferenceArray<Node> SMALL_NUMBERS =
      new AtomicReferenceArray<>(1 << 15);

  /**
   * Writes {@code owner cg:evidence <owner/evidence>}: a Web Annotation specific resource on the
   * article with a position selector (offsets) and a quote selector (exact words with some
   * context), and the sentence it is in.
   */
  Resource evidence(Resource owner, Span span, OptionalSentence sentence) {
    return evidence(owner, owner.getURI(), span, sentence);
  }

  /** As above, with the anchor minted under {@code anchorBase} (for owners outside the article). */
  Resource evidence(Resource owner, String anchorBase, Span span, OptionalSentence sentence) {
    String text = article.text();
    Resource anchor = model.createResource(anchorBase + "/evidence");
    anchor.addProperty(RDF.type, CG.TextAnchor);
    anchor.addProperty(OA.hasSource, articleResource);
    Resource position = model.createResource(anchor.getURI() + "/position");
    position.addProperty(RDF.type, OA.TextPositionSelector);
    position.addLiteral(OA.start, nonNegative(span.start()));
    position.addLiteral(OA.end, nonNegative(span.end()));
    Resource quote = model.createResource(anchor.getURI() + "/quote");
    quote.addProperty(RDF.type, OA.TextQuoteSelector);
    quote.addProperty(OA.exact, span.quote(text));
    quote.addProperty(OA.prefix, text.substring(Math.max(0, span.start() - CONTEXT), span.start()));
    quote.addProperty(
        OA.suffix, text.substring(span.end(), Math.min(text.length(), span.end() + CONTEXT)));
    anchor.addProperty(OA.hasSelector, position);
    anchor.addProperty(OA.hasSelector, quote);
    sentence.index().ifPresent(i -> anchor.addProperty(CG.inSentence, sentence(i)));
    owner.addProperty(CG.evidence, anchor);
    return anchor;
  }

  /** The sentence containing a span, when there is one. */
  OptionalSentence sentenceOf(Span span) {
    for (Sentence s : article.sentences()) {
      if (s.span().contains(span)) {
        return new OptionalSentence(Optional.of(s.index()));
      }
    }
    return new OptionalSentence(Optional.empty());
  }

  static OptionalSentence inSentence(int index) {
    return new OptionalSentence(Optional.of(index));
  }

  /** A sentence index that may be absent; a small type so call sites read plainly. */
  record OptionalSentence(Optional<Integer> index) {}

  /** Writes a quantity as a {@code cg:Quantity} at {@code iri}. */
  Resource quantity(String iri, Quantity q) {
    Resource r = model.createResource(iri);
    r.addProperty(RDF.type, CG.Quantity);
    r.addProperty(RDFS.label, q.span().quote(article.text()), "en");
    r.addLiteral(CG.numericValue, model.createTypedLiteral(decimal(q.value())));
    if (q.unit() != null && !q.unit().isBlank()) {
      r.addProperty(CG.unit, q.unit());
    }
    r.addProperty(CG.approximation, approximation(q.approximation()));
    q.per().ifPresent(p -> r.addProperty(CG.per, p));
    r.addProperty(
        CG.quantityKind,
        switch (q.kind()) {
          case PROPORTION -> CG.Proportion;
          case MONEY -> CG.MonetaryAmount;
          case COUNT -> CG.Count;
          case DURATION -> CG.Duration;
        });
    return r;
  }

  /**
   * The XSD canonical form: no trailing zeros, but at least one decimal place ("153.0", "0.85").
   * TDB2 reads an integer-valued decimal written as "153" back as "153.0", so a graph holding "153"
   * could not be deleted quad by quad: replacing an article's graph left it behind.
   */
  private static BigDecimal decimal(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 1 ? stripped.setScale(1) : stripped;
  }

  static Resource approximation(Approximation a) {
    return switch (a) {
      case EXACT -> CG.Exactly;
      case ABOUT -> CG.Approximately;
      case MORE_THAN -> CG.MoreThan;
      case AT_LEAST -> CG.AtLeast;
      case LESS_THAN -> CG.LessThan;
      case AT_MOST -> CG.AtMost;
      case UP_TO -> CG.UpTo;
      case NEARLY -> CG.Nearly;
    };
  }

  /**
   * Writes a time expression as an OWL-Time entity at {@code iri}, keeping the phrase: an instant
   * for one day, an interval for a longer period, and only the phrase when it could not be
   * resolved.
   */
  Resource time(String iri, TimeExpression t) {
    Resource r = model.createResource(iri);
    r.addProperty(CG.timePhrase, t.phrase());
    r.addProperty(RDFS.label, t.phrase(), "en");
    Optional<LocalDate> begin = t.begin();
    Optional<LocalDate> end = t.end().or(() -> begin);
    if (begin.isPresent() && begin.equals(end)) {
      r.addProperty(RDF.type, OwlTime.Instant);
      r.addLiteral(OwlTime.inXSDDate, date(begin.get()));
    } else {
      r.addProperty(RDF.type, OwlTime.Interval);
      begin.ifPresent(b -> r.addProperty(OwlTime.hasBeginning, instant(iri + "/begin", b)));
      end.ifPresent(e -> r.addProperty(OwlTime.hasEnd, instant(iri + "/end", e)));
    }
    return r;
  }

  private Resource instant(String iri, LocalDate day) {
    Resource r = model.createResource(iri);
    r.addProperty(RDF.type, OwlTime.Instant);
    r.addLiteral(OwlTime.inXSDDate, date(day));
    return r;
  }

  private Literal date(LocalDate day) {
    return model.createTypedLiteral(day.toString(), XSDDatatype.XSDdate);
  }

  /** Compiled once: every claim and event label is shortened. */
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  /** Shortens text for labels: whole words, an ellipsis when cut. */
  static String shorten(String text, int max) {
    String stripped = text.strip();
    String t = hasBlanksToJoin(stripped) ? BLANKS.matcher(stripped).replaceAll(" ") : stripped;
    if (t.length() <= max) {
      return t;
    }
    int cut = t.lastIndexOf(' ', max);
    return t.substring(0, cut > max / 2 ? cut : max) + "…";
  }

  /**
   * Whether {@link #BLANKS} would change the text: a blank other than a space, or two in a row.
   * Most labels have neither, and the regex replacement was a visible part of mapping's cost.
   */
  private static boolean hasBlanksToJoin(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' ? i + 1 < text.length() && isRegexSpace(text.charAt(i + 1)) : isRegexSpace(c)) {
        return true;
      }
    }
    return false;
  }

  /** What {@code \s} matches without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
