package org.claimgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The users who may write, read from a file the operator creates: one {@code user: password} per
 * line, {@code #} comments and blank lines ignored (the format Jetty and Fuseki use). There is no
 * default user and no default password.
 */
public final class PasswordFile {

  private final Path file;
  private final Map<String, String> passwords;

  private PasswordFile(Path file, Map<String, String> passwords) {
    this.file = file;
    this.passwords = passwords;
  }

  /**
   * Reads {@code file}; a missing file, a bad line or no user at all is a {@link ConfigProblem}.
   */
  public static PasswordFile read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigProblem(
          "Password file " + file + " does not exist; create it with lines 'user: password'.");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigProblem("Password file " + file + " cannot be read: " + e.getMessage(), e);
    }
    Map<String, String> users = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      String user = colon > 0 ? line.substring(0, colon).strip() : "";
      String password = colon > 0 ? line.substring(colon + 1).strip() : "";
      if (user.isEmpty() || password.isEmpty()) {
        // The line itself is not echoed: it may hold a password.
        throw new ConfigProblem(
            "Password file " + file + ", line " + (i + 1) + ": expected 'user: password'.");
      }
      users.put(user, password);
    }
    if (users.isEmpty()) {
      throw new ConfigProblem(
          "Password file " + file + " names no user; add a line 'user: password'.");
    }
    return new PasswordFile(file, Map.copyOf(users));
  }

  public Path file() {
    return file;
  }

  /** The password of {@code user}, for a client that sends it. */
  public String passwordOf(String user) {
    String p = passwords.get(user);
    if (p == null) {
      throw new ConfigProblem("Password file " + file + " has no line for user '" + user + "'.");
    }
    return p;
  }

  /** The only user, for a client given no --user; a file with several users needs --user. */
  public String onlyUser() {
    if (passwords.size() != 1) {
      throw new ConfigProblem(
          "Password file " + file + " names several users; choose one with --user.");
    }
    return passwords.keySet().iterator().next();
  }

  /** Whether {@code user} with {@code password} is allowed, compared in constant time. */
  public boolean accepts(String user, String password) {
    String expected = passwords.get(user);
    byte[] given = password.getBytes(StandardCharsets.UTF_8);
    byte[] wanted =
        (expected == null ? "\u0000no-such-user" : expected).getBytes(StandardCharsets.UTF_8);
    return java.security.MessageDigest.isEqual(given, wanted) && expected != null;
  }
}
