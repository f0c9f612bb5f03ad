package org.claimgraph.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.claimgraph.export.Html;

/** Writing pages and errors the same way from every servlet. */
final class Responses {

  private Responses() {}

  static void html(HttpServletResponse resp, int status, String page) throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/html; charset=utf-8");
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    resp.setContentLength(bytes.length);
    try (OutputStream out = resp.getOutputStream()) {
      out.write(bytes);
    }
  }

  static void notFound(HttpServletResponse resp, String what) throws IOException {
    html(
        resp,
        HttpServletResponse.SC_NOT_FOUND,
        Html.page(
            "Not found",
            ResourcePage.nav(),
            "<h1>Not found</h1><p>There is nothing about <code>"
                + Html.text(what)
                + "</code> in this graph.</p><p><a href=\"/home\">Start from the home page</a>.</p>"));
  }

  static void plain(HttpServletResponse resp, int status, String message) throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/plain; charset=utf-8");
    try (OutputStream out = resp.getOutputStream()) {
      out.write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
