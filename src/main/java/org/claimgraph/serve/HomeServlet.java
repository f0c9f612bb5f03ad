package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.export.DumpFormat;
import org.claimgraph.export.Html;
import org.claimgraph.vocab.CG;

/**
 * The landing page, {@code /home}: what the graph holds, its articles and claims, the named
 * questions (one click runs each), the ontology, the dumps and the SPARQL endpoint and UI.
 */
final class HomeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient LinkedDataSite site;
  private final transient Links links;

  HomeServlet(LinkedDataSite site) {
    this.site = site;
    this.links = new Links(site.iris);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String body = Txn.calculateRead(site.dataset, this::body);
    Responses.html(resp, HttpServletResponse.SC_OK, Html.page("Home", ResourcePage.nav(), body));
  }

  /**
   * How many articles and claims the page lists: a page of a large store stays readable and quick;
   * the questions below list them all.
   */
  private static final int LISTED = 100;

  private static String more(int total) {
    return total > LISTED
        ? "<p class=\"muted\">The first "
            + LISTED
            + " of "
            + total
            + "; the questions below list them all.</p>"
        : "";
  }

  private String body() {
    UnionView view = new UnionView(site.dataset);
    ResourcePage page = new ResourcePage(view, links);
    List<Node> articles = sorted(view.subjects(RDF.type.asNode(), CG.Article.asNode()));
    List<Node> claims = sorted(view.subjects(RDF.type.asNode(), CG.Claim.asNode()));
    StringBuilder b = new StringBuilder();
    b.append("<h1>claimgraph</h1><p>Who claims what, about which places, on whose authority — read")
        .append(" from news reports, every statement traced to its words. This server holds ")
        .append(articles.size())
        .append(" article(s) and ")
        .append(claims.size())
        .append(" claims.</p>");
    b.append("<div class=\"grid\"><div class=\"card\"><h3>Ask</h3><ul>")
        .append("<li><a href=\"/\">SPARQL UI</a> (Fuseki)</li>")
        .append("<li>SPARQL endpoint <code>/")
        .append(ClaimgraphServer.DATASET)
        .append("/sparql</code></li>")
        .append("<li><a href=\"#questions\">the named questions</a></li></ul></div>")
        .append("<div class=\"card\"><h3>Understand</h3><ul>")
        .append("<li><a href=\"/ontology\">the ontology</a> (classes, properties, schemes)</li>")
        .append("<li><a href=\"/ontology/context.jsonld\">JSON-LD context</a></li></ul></div>")
        .append("<div class=\"card\"><h3>Download</h3><ul>");
    for (DumpFormat f : DumpFormat.values()) {
      b.append("<li><a href=\"/dumps/claimgraph.")
          .append(f.extension())
          .append("\">")
          .append(Html.text(f.lang().getLabel()))
          .append("</a>")
          .append(f.quads() ? " (named graphs)" : "")
          .append("</li>");
    }
    b.append("</ul></div></div>");
    b.append("<h2>Articles</h2><ul>");
    articles.stream()
        .limit(LISTED)
        .forEach(a -> b.append("<li>").append(page.link(a)).append("</li>"));
    b.append("</ul>").append(more(articles.size()));
    b.append("<h2>Claims</h2><table><tr><th>claim</th><th>status</th></tr>");
    for (Node c : claims.subList(0, Math.min(LISTED, claims.size()))) {
      b.append("<tr><td>").append(page.link(c)).append("</td><td>");
      List<String> statuses = new ArrayList<>();
      for (Node p : List.of(CG.verificationStatus.asNode(), CG.disputeStatus.asNode())) {
        view.object(c, p).ifPresent(s -> statuses.add(page.link(s)));
      }
      b.append(String.join(" · ", statuses)).append("</td></tr>");
    }
    b.append("</table>").append(more(claims.size()));
    b.append("<h2 id=\"questions\">Questions</h2><table>")
        .append("<tr><th>question</th><th>results</th></tr>");
    for (Question q : Question.all(site.queries)) {
      String sparql =
          "/"
              + ClaimgraphServer.DATASET
              + "/sparql?query="
              + URLEncoder.encode(q.text(), StandardCharsets.UTF_8);
      b.append("<tr><td><b>")
          .append(Html.text(q.title()))
          .append("</b><br><span class=\"muted\">")
          .append(Html.text(q.question()))
          .append("</span></td><td><a href=\"/questions/")
          .append(Html.text(q.name()))
          .append("\">run it</a><br><a href=\"")
          .append(Html.text(sparql + "&output=csv"))
          .append("\">CSV</a> · <a href=\"")
          .append(Html.text(sparql + "&output=json"))
          .append("\">JSON</a><br><a class=\"in-ui\" href=\"")
          .append(Html.text(uiEditor(q.text())))
          .append("\">edit in the query editor</a></td></tr>");
    }
    return b.append("</table>").toString();
  }

  /**
   * Fuseki's UI opens its query editor with the text of a {@code query} parameter on its
   * (hash-routed) query page. Spaces as %20: the UI's router would keep a '+' literally.
   */
  static String uiEditor(String query) {
    return "/#/dataset/"
        + ClaimgraphServer.DATASET
        + "/query?query="
        + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static List<Node> sorted(List<Node> nodes) {
    List<Node> list = new ArrayList<>(nodes);
    list.sort(
        Comparator.comparing(
            (Node n) ->
                n.getURI().replaceAll("/(\\d+)$", "/")
                    + String.format("%08d", trailingNumber(n.getURI()))));
    return list;
  }

  private static long trailingNumber(String uri) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("/(\\d+)$").matcher(uri);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }
}
