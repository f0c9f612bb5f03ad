package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.claimgraph.export.Html;

/**
 * {@code /questions/NAME}: runs the named question {@code queries/NAME.rq} on the union graph and
 * shows its answer as a table, IRIs linked to their pages. Only SELECT and ASK; 10 s at most.
 */
final class QuestionServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient LinkedDataSite site;
  private final transient Links links;

  QuestionServlet(LinkedDataSite site) {
    this.site = site;
    this.links = new Links(site.iris);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
    Optional<Question> question = Question.named(site.queries, name);
    if (question.isEmpty()) {
      Responses.notFound(resp, "question " + name);
      return;
    }
    Question q = question.get();
    String body;
    try {
      Query query = QueryFactory.create(q.text());
      body = Txn.calculateRead(site.dataset, () -> answer(q, query));
    } catch (QueryException e) {
      body =
          "<h1>"
              + Html.text(q.title())
              + "</h1><p>This question did not run: "
              + Html.text(e.getMessage())
              + "</p>";
    }
    Responses.html(resp, HttpServletResponse.SC_OK, Html.page(q.title(), ResourcePage.nav(), body));
  }

  private String answer(Question q, Query query) {
    UnionView view = new UnionView(site.dataset);
    ResourcePage page = new ResourcePage(view, links);
    StringBuilder b = new StringBuilder("<h1>").append(Html.text(q.title())).append("</h1>");
    b.append("<p>").append(Html.text(q.question())).append("</p>");
    if (query.isAskType()) {
      boolean yes =
          QueryExec.dataset(view.dataset())
              .query(query)
              .timeout(10, java.util.concurrent.TimeUnit.SECONDS)
              .ask();
      b.append("<p class=\"status ").append(yes ? "good\">yes" : "bad\">no").append("</p>");
    } else if (query.isSelectType()) {
      try (QueryExec exec =
          QueryExec.dataset(view.dataset())
              .query(query)
              .timeout(10, java.util.concurrent.TimeUnit.SECONDS)
              .build()) {
        RowSet rows = exec.select();
        List<Var> vars = rows.getResultVars();
        b.append("<table><tr>");
        vars.forEach(v -> b.append("<th>").append(Html.text(v.getVarName())).append("</th>"));
        b.append("</tr>");
        int n = 0;
        while (rows.hasNext()) {
          var row = rows.next();
          n++;
          b.append("<tr>");
          for (Var v : vars) {
            Node value = row.get(v);
            b.append("<td>")
                .append(
                    value == null
                        ? ""
                        : value.isURI() ? page.link(value) : page.value(value, view.graph()))
                .append("</td>");
          }
          b.append("</tr>");
        }
        b.append("</table><p class=\"muted\">").append(n).append(" row(s)</p>");
      }
    } else {
      b.append("<p>Only SELECT and ASK questions are shown here.</p>");
    }
    b.append("<h2>The query</h2><pre><code>").append(Html.text(q.text())).append("</code></pre>");
    return b.toString();
  }
}
