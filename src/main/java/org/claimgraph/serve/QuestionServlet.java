package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.claimgraph.export.Html;

/**
 * {@code /questions/NAME}: runs the named question {@code queries/NAME.rq} on the union graph and
 * shows its answer as a table, IRIs linked to their pages, {@value #PAGE} rows a page ({@code
 * ?page=N}). A question with a parameter takes it as {@code ?NAME=IRI}, bound as an RDF term (never
 * spliced into the text), which makes it a lookup at any store size. Only SELECT and ASK; 10 s at
 * most, after which the page says how to narrow the question.
 */
final class QuestionServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient LinkedDataSite site;
  private final transient Links links;

  QuestionServlet(LinkedDataSite site) {
    this.site = site;
    this.links = new Links(site.iris);
  }

  /** Rows per page: a page a reader can scan, and an answer that stays small at any store size. */
  static final int PAGE = 100;

  /** Pages beyond this are refused: OFFSET costs as much as the rows it skips. */
  private static final int LAST_PAGE = 1000;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
    Optional<Question> question = Question.named(site.queries, name);
    if (question.isEmpty()) {
      Responses.notFound(resp, "question " + name);
      return;
    }
    Question q = question.get();
    int page;
    Optional<Node> value;
    try {
      page = page(req.getParameter("page"));
      value = value(q, req);
    } catch (IllegalArgumentException e) {
      Responses.plain(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }
    String body;
    try {
      Query query = QueryFactory.create(q.text());
      body = Txn.calculateRead(site.dataset, () -> answer(q, query, page, value));
    } catch (QueryCancelledException e) {
      body =
          "<h1>"
              + Html.text(q.title())
              + "</h1><p>This question took longer than 10 s on this store, so it was stopped."
              + q.parameter()
                  .map(
                      v ->
                          " Ask it about one "
                              + Html.text(v)
                              + " (add <code>?"
                              + Html.text(v)
                              + "=IRI</code> to this address): that answers in milliseconds.")
                  .orElse("")
              + " The whole listing can be asked from the SPARQL endpoint, whose time limit is"
              + " longer.</p>";
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

  private static int page(String text) {
    if (text == null || text.isBlank()) {
      return 1;
    }
    try {
      int page = Integer.parseInt(text.strip());
      if (page >= 1 && page <= LAST_PAGE) {
        return page;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        "page must be a number from 1 to " + LAST_PAGE + "; got '" + text + "'.");
  }

  /** The question's parameter from the request, an absolute IRI; absent when not given. */
  private static Optional<Node> value(Question q, HttpServletRequest req) {
    if (q.parameter().isEmpty()) {
      return Optional.empty();
    }
    String given = req.getParameter(q.parameter().get());
    if (given == null || given.isBlank()) {
      return Optional.empty();
    }
    try {
      org.apache.jena.irix.IRIx iri = org.apache.jena.irix.IRIx.create(given.strip());
      if (iri.isReference()) {
        return Optional.of(NodeFactory.createURI(iri.str()));
      }
    } catch (org.apache.jena.irix.IRIException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        q.parameter().get()
            + " must be an absolute IRI, such as one from a resource page; got '"
            + given
            + "'.");
  }

  private String answer(Question q, Query query, int page, Optional<Node> value) {
    UnionView view = new UnionView(site.dataset);
    ResourcePage resources = new ResourcePage(view, links);
    StringBuilder b = new StringBuilder("<h1>").append(Html.text(q.title())).append("</h1>");
    b.append("<p>").append(Html.text(q.question())).append("</p>");
    Binding binding =
        value
            .map(v -> BindingFactory.binding(Var.alloc(q.parameter().get()), v))
            .orElse(BindingFactory.empty());
    if (q.parameter().isPresent()) {
      b.append(parameterForm(q, value, resources));
    }
    if (query.isAskType()) {
      boolean yes =
          QueryExec.dataset(view.dataset())
              .query(query)
              .substitution(binding)
              .timeout(10, java.util.concurrent.TimeUnit.SECONDS)
              .ask();
      b.append("<p class=\"status ").append(yes ? "good\">yes" : "bad\">no").append("</p>");
    } else if (query.isSelectType()) {
      // One row more than the page tells whether there is a next page without counting them all.
      Query paged = query.cloneQuery();
      if (!query.hasLimit()) {
        paged.setLimit(PAGE + 1);
        paged.setOffset((long) (page - 1) * PAGE);
      }
      try (QueryExec exec =
          QueryExec.dataset(view.dataset())
              .query(paged)
              .substitution(binding)
              .timeout(10, java.util.concurrent.TimeUnit.SECONDS)
              .build()) {
        RowSet rows = exec.select();
        List<Var> vars = rows.getResultVars();
        b.append("<table><tr>");
        vars.forEach(v -> b.append("<th>").append(Html.text(v.getVarName())).append("</th>"));
        b.append("</tr>");
        int n = 0;
        boolean more = false;
        while (rows.hasNext()) {
          var row = rows.next();
          if (!query.hasLimit() && n == PAGE) {
            more = true;
            break;
          }
          n++;
          b.append("<tr>");
          for (Var v : vars) {
            Node cell = row.get(v);
            b.append("<td>")
                .append(
                    cell == null
                        ? ""
                        : cell.isURI() ? resources.link(cell) : resources.value(cell, view.graph()))
                .append("</td>");
          }
          b.append("</tr>");
        }
        b.append("</table>");
        b.append(pager(q, value, page, n, more));
      }
    } else {
      b.append("<p>Only SELECT and ASK questions are shown here.</p>");
    }
    b.append("<h2>The query</h2><pre><code>").append(Html.text(q.text())).append("</code></pre>");
    return b.toString();
  }

  /** A small form for the parameter, and what the answer is narrowed to. */
  private static String parameterForm(Question q, Optional<Node> value, ResourcePage resources) {
    String var = q.parameter().get();
    StringBuilder b = new StringBuilder("<form method=\"get\" class=\"parameter\"><label>");
    b.append("Only about one ").append(Html.text(var)).append(" (IRI): <input name=\"");
    b.append(Html.text(var)).append("\" size=\"60\" value=\"");
    b.append(Html.text(value.map(Node::getURI).orElse(""))).append("\"></label> ");
    b.append("<button type=\"submit\">Ask</button></form>");
    value.ifPresent(
        v ->
            b.append("<p>About ")
                .append(resources.link(v))
                .append(" only — ")
                .append(Html.link(q.name(), "ask about all"))
                .append("</p>"));
    return b.toString();
  }

  private static String pager(Question q, Optional<Node> value, int page, int rows, boolean more) {
    long first = (long) (page - 1) * PAGE + 1;
    StringBuilder b = new StringBuilder("<p class=\"muted\">");
    if (rows == 0) {
      b.append(page == 1 ? "No rows." : "No rows on this page.");
    } else {
      b.append("Rows ").append(first).append("–").append(first + rows - 1);
    }
    String narrowed =
        value
            .map(
                v ->
                    "&"
                        + q.parameter().get()
                        + "="
                        + java.net.URLEncoder.encode(v.getURI(), StandardCharsets.UTF_8))
            .orElse("");
    if (page > 1) {
      b.append(" · <a href=\"")
          .append(Html.text(q.name() + "?page=" + (page - 1) + narrowed))
          .append("\">previous page</a>");
    }
    if (more && page < LAST_PAGE) {
      b.append(" · <a href=\"")
          .append(Html.text(q.name() + "?page=" + (page + 1) + narrowed))
          .append("\">next page</a>");
    }
    return b.append("</p>").toString();
  }
}
