package org.claimgraph.serve;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.claimgraph.export.Html;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.OA;

/**
 * The part of a claim's page a reader comes for: the quote highlighted in its sentence, who claims
 * it, what the report says about it (assessments) and its derived status with the explanation.
 */
final class ClaimSection {

  private final UnionView view;
  private final Links links;
  private final ResourcePage page;

  ClaimSection(UnionView view, Links links, ResourcePage page) {
    this.view = view;
    this.links = links;
    this.page = page;
  }

  String render(Node claim) {
    StringBuilder b = new StringBuilder("<div class=\"card claim\">");
    for (Node evidence : view.objects(claim, CG.evidence.asNode())) {
      b.append(quoteInSentence(evidence));
    }
    b.append("<p>");
    view.object(claim, CG.claimant.asNode())
        .ifPresent(c -> b.append("<b>Claimant</b> ").append(page.link(c)));
    view.string(claim, CG.cue.asNode())
        .ifPresent(c -> b.append(" · <b>cue</b> “").append(Html.text(c)).append("”"));
    view.object(claim, CG.stance.asNode())
        .ifPresent(s -> b.append(" · <b>stance</b> ").append(page.link(s)));
    view.object(claim, CG.reportedIn.asNode())
        .ifPresent(
            a ->
                b.append("<br><b>Reported in</b> ")
                    .append(page.link(a))
                    .append(" (<a href=\"")
                    .append(Html.text(links.href(a) + "#" + anchorId(claim)))
                    .append("\">see it in the text</a>)"));
    b.append("</p></div>");
    b.append(status(claim));
    b.append(assessments(claim));
    return b.toString();
  }

  /** The id of a claim's highlight in its article's page. */
  static String anchorId(Node claim) {
    String uri = claim.getURI();
    int cut = uri.lastIndexOf("/claim/");
    return cut < 0 ? "claim" : "claim-" + uri.substring(cut + "/claim/".length());
  }

  private String quoteInSentence(Node evidence) {
    Optional<String> exact = Optional.empty();
    Integer start = null;
    for (Node selector : view.objects(evidence, OA.hasSelector.asNode())) {
      exact = exact.or(() -> view.string(selector, OA.exact.asNode()));
      Optional<String> s = view.string(selector, OA.start.asNode());
      if (s.isPresent()) {
        start = Integer.valueOf(s.get());
      }
    }
    if (exact.isEmpty()) {
      return "";
    }
    String quote = exact.get();
    Optional<Node> sentence = view.object(evidence, CG.inSentence.asNode());
    Optional<String> text = sentence.flatMap(s -> view.string(s, CG.text.asNode()));
    if (text.isPresent()) {
      String sentenceText = text.get();
      int at = -1;
      Optional<String> offset = sentence.flatMap(s -> view.string(s, CG.startOffset.asNode()));
      if (start != null && offset.isPresent()) {
        int rel = start - Integer.parseInt(offset.get());
        if (rel >= 0 && sentenceText.startsWith(quote, rel)) {
          at = rel;
        }
      }
      if (at < 0) {
        at = sentenceText.indexOf(quote);
      }
      if (at >= 0) {
        return "<blockquote class=\"in-sentence\">"
            + Html.text(sentenceText.substring(0, at))
            + "<mark class=\"quote\">"
            + Html.text(quote)
            + "</mark>"
            + Html.text(sentenceText.substring(at + quote.length()))
            + "</blockquote>";
      }
    }
    return "<blockquote><mark class=\"quote\">" + Html.text(quote) + "</mark></blockquote>";
  }

  private String status(Node claim) {
    StringBuilder b = new StringBuilder("<h2>Status</h2><div class=\"card status-card\">");
    for (Node p : List.of(CG.verificationStatus.asNode(), CG.disputeStatus.asNode())) {
      view.object(claim, p)
          .ifPresent(
              s ->
                  b.append("<span class=\"status ")
                      .append(tone(s))
                      .append("\">")
                      .append(Html.text(view.label(s).orElse(links.shortName(s.getURI()))))
                      .append("</span> "));
    }
    view.string(claim, CG.statusExplanation.asNode())
        .ifPresent(e -> b.append("<p class=\"explanation\">").append(Html.text(e)).append("</p>"));
    view.object(claim, CG.derivation.asNode()).ifPresent(d -> b.append(considered(d)));
    return b.append("</div>").toString();
  }

  private String considered(Node derivation) {
    List<Node> items = view.objects(derivation, CG.considered.asNode());
    if (items.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<p>Corroborations considered:</p><ul>");
    for (Node item : items) {
      b.append("<li>");
      view.object(item, CG.corroboration.asNode()).ifPresent(c -> b.append(page.link(c)));
      view.object(item, CG.corroboratingSource.asNode())
          .ifPresent(s -> b.append(" by ").append(page.link(s)));
      view.string(item, CG.counted.asNode())
          .ifPresent(
              c -> b.append("true".equals(c) ? " — <b>counts</b>" : " — <b>does not count</b>"));
      view.string(item, CG.reason.asNode()).ifPresent(r -> b.append(": ").append(Html.text(r)));
      b.append("</li>");
    }
    return b.append("</ul>").toString();
  }

  private String assessments(Node claim) {
    List<Node> assessments = view.subjects(CG.assesses.asNode(), claim);
    if (assessments.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<h2>What the report says about it</h2><ul>");
    for (Node a : assessments) {
      b.append("<li>");
      view.object(a, CG.assessmentValue.asNode())
          .ifPresent(
              v -> b.append("<span class=\"chip\">").append(page.link(v)).append("</span> "));
      view.object(a, CG.assessmentAuthor.asNode())
          .ifPresent(w -> b.append("according to ").append(page.link(w)));
      for (Node e : view.objects(a, CG.evidence.asNode())) {
        for (Node sel : view.objects(e, OA.hasSelector.asNode())) {
          view.string(sel, OA.exact.asNode())
              .ifPresent(q -> b.append(": “").append(Html.text(q)).append("”"));
        }
      }
      b.append(" (").append(page.link(a)).append(")</li>");
    }
    return b.append("</ul>").toString();
  }

  private static String tone(Node status) {
    String u = status.getURI();
    if (u.endsWith("#IndependentlyVerified") || u.endsWith("#Undisputed")) {
      return "good";
    }
    if (u.endsWith("#CorroboratedOnlyByAffiliatedSources")) {
      return "warn";
    }
    return "bad";
  }
}
