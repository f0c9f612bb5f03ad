package org.claimgraph.export;

/**
 * Small HTML helpers shared by the ontology docs and the server's pages: escaping (every text from
 * an article or a graph goes through {@link #text}) and one page shell with inline CSS, so that
 * nothing is loaded from another machine.
 */
public final class Html {

  private Html() {}

  /** Escapes text for element content and attribute values. */
  public static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A link; both the target and the text are escaped. */
  public static String link(String href, String label) {
    return "<a href=\"" + text(href) + "\">" + text(label) + "</a>";
  }

  /** A whole page: {@code body} is HTML already escaped by the caller. */
  public static String page(String title, String nav, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + text(title)
        + " · claimgraph</title><style>"
        + CSS
        + "</style></head><body><header><a class=\"brand\" href=\"/home\">claimgraph</a>"
        + nav
        + "</header><main>"
        + body
        + "</main><footer>claimgraph · data CC BY 4.0 · "
        + "<a href=\"/home\">home</a> · <a href=\"/ontology\">ontology</a> · "
        + "<a href=\"/\">SPARQL UI</a></footer></body></html>\n";
  }

  private static final String CSS =
      """
      :root{--ink:#1d2330;--muted:#5b6474;--line:#e3e6ec;--accent:#1f5fa8;--mark:#fff1a8;--bg:#fafbfc}
      *{box-sizing:border-box}
      body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
      header{display:flex;gap:1.2em;align-items:baseline;padding:.7em 2em;background:#17324f;color:#fff}
      header a{color:#dbe8f7;text-decoration:none}
      header a.brand{font-weight:700;font-size:1.15em;color:#fff}
      main{max-width:1100px;margin:0 auto;padding:1.2em 2em 3em}
      footer{max-width:1100px;margin:0 auto;padding:1em 2em;color:var(--muted);font-size:.85em;border-top:1px solid var(--line)}
      a{color:var(--accent)}
      h1{font-size:1.7em;line-height:1.25;margin:.3em 0 .2em}
      h2{font-size:1.2em;margin:1.8em 0 .6em;padding-bottom:.25em;border-bottom:1px solid var(--line)}
      .iri{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;color:var(--muted);word-break:break-all}
      .chips{margin:.5em 0}
      .chip{display:inline-block;padding:.1em .6em;margin:0 .3em .3em 0;border-radius:1em;background:#e8eef7;font-size:.85em}
      .chip a{text-decoration:none}
      .formats{font-size:.85em;color:var(--muted)}
      table{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line)}
      th,td{text-align:left;vertical-align:top;padding:.45em .7em;border-bottom:1px solid var(--line)}
      th{background:#f1f3f7;font-weight:600;font-size:.9em}
      td.p{width:28%;font-size:.9em;color:var(--muted)}
      .lit{white-space:pre-wrap}
      .dt{color:var(--muted);font-size:.8em}
      .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1em 1.2em;margin:1em 0}
      blockquote{margin:0;padding:.6em 1em;border-left:4px solid var(--accent);background:#fff;font-size:1.05em}
      mark{background:var(--mark);padding:0 .1em;border-radius:2px}
      mark a{color:inherit;text-decoration:none}
      .status{display:inline-block;padding:.15em .7em;border-radius:4px;font-weight:600;font-size:.9em}
      .status.bad{background:#fde2e1;color:#8a1c17}
      .status.good{background:#dcf3e3;color:#135c2c}
      .status.warn{background:#fff0cc;color:#6b4b00}
      .explanation{margin:.6em 0 0}
      .article{white-space:pre-wrap;background:#fff;border:1px solid var(--line);padding:1.2em 1.5em;border-radius:8px;font-family:Georgia,serif;font-size:1.02em}
      .muted{color:var(--muted)}
      .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:1em}
      svg.map{background:#eaf2fb;border:1px solid var(--line);border-radius:8px;max-width:100%}
      code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
      ul.tree,ul.tree ul{list-style:none;padding-left:1.2em;margin:0}
      dl.term{display:grid;grid-template-columns:10em 1fr;gap:.2em 1em;margin:.4em 0}
      dl.term dt{color:var(--muted);font-size:.9em}
      dl.term dd{margin:0}
      """;
}
