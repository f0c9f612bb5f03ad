package org.claimgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.claimgraph.export.Html;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.OA;
import org.claimgraph.vocab.Schema;

/**
 * An article's text with its claims highlighted where their evidence says (character offsets), each
 * highlight a link to the claim's page. The text is escaped piece by piece, so markup in an article
 * shows as text.
 */
final class ArticleSection {

  private record Span(int start, int end, Node claim, String label) {}

  private final UnionView view;
  private final Links links;

  ArticleSection(UnionView view, Links links) {
    this.view = view;
    this.links = links;
  }

  String render(Node article) {
    Optional<String> body = view.string(article, Schema.articleBody.asNode());
    if (body.isEmpty()) {
      return "";
    }
    String text = body.get();
    List<Span> spans = claimSpans(article, text.length());
    StringBuilder b =
        new StringBuilder("<h2>The article, with its ")
            .append(spans.size())
            .append(" claims highlighted</h2><div class=\"article\">");
    int at = 0;
    for (Span s : spans) {
      if (s.start() < at) {
        continue; // overlaps the previous highlight; that claim is still listed on its own page
      }
      b.append(Html.text(text.substring(at, s.start())));
      b.append("<mark id=\"")
          .append(Html.text(ClaimSection.anchorId(s.claim())))
          .append("\" class=\"claim\" title=\"")
          .append(Html.text(s.label()))
          .append("\"><a href=\"")
          .append(Html.text(links.href(s.claim())))
          .append("\">")
          .append(Html.text(text.substring(s.start(), s.end())))
          .append("</a></mark>");
      at = s.end();
    }
    b.append(Html.text(text.substring(at))).append("</div>");
    return b.toString();
  }

  private List<Span> claimSpans(Node article, int length) {
    List<Span> spans = new ArrayList<>();
    for (Node claim : view.subjects(CG.reportedIn.asNode(), article)) {
      if (!view.hasType(claim, CG.Claim.asNode())) {
        continue;
      }
      for (Node evidence : view.objects(claim, CG.evidence.asNode())) {
        for (Node selector : view.objects(evidence, OA.hasSelector.asNode())) {
          Optional<String> start = view.string(selector, OA.start.asNode());
          Optional<String> end = view.string(selector, OA.end.asNode());
          if (start.isPresent() && end.isPresent()) {
            int s = Integer.parseInt(start.get());
            int e = Integer.parseInt(end.get());
            if (0 <= s && s < e && e <= length) {
              spans.add(new Span(s, e, claim, view.label(claim).orElse("claim")));
            }
          }
        }
      }
    }
    spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()));
    return spans;
  }
}
