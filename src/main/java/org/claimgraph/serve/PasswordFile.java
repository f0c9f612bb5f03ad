package org.claimgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The server's users and what each may do, read from a file the operator creates: one {@code user:
 * password[, role…]} per line, {@code #} comments and blank lines ignored (the format of Jetty's
 * realm files, which Fuseki also reads). The one role is {@value #LOAD}: the user may load articles
 * into the running server. A user without it is known (right password: 403, not 401) but may not
 * write. There is no default user, no default password and no default right.
 */
public final class PasswordFile {

  /** The role that lets a user load articles. */
  public static final String LOAD = "load";

  private static final Set<String> ROLES = Set.of(LOAD);

  private final Path file;
  private final Map<String, String> passwords;
  private final Set<String> loaders;

  private PasswordFile(Path file, Map<String, String> passwords, Set<String> loaders) {
    this.file = file;
    this.passwords = passwords;
    this.loaders = loaders;
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
    Set<String> loaders = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      String user = colon > 0 ? line.substring(0, colon).strip() : "";
      // As in Jetty's realm files, roles follow the password after commas.
      String[] parts = colon > 0 ? line.substring(colon + 1).split(",", -1) : new String[] {""};
      String password = parts[0].strip();
      // The line itself is never echoed: it may hold a password.
      if (user.isEmpty() || password.isEmpty()) {
        throw new ConfigProblem(
            "Password file "
                + file
                + ", line "
                + (i + 1)
                + ": expected 'user: password' or 'user: password, load'.");
      }
      for (int r = 1; r < parts.length; r++) {
        String role = parts[r].strip();
        if (!ROLES.contains(role)) {
          throw new ConfigProblem(
              "Password file "
                  + file
                  + ", line "
                  + (i + 1)
                  + ": the only role is '"
                  + LOAD
                  + "' (after the password, e.g. 'editor: PASSWORD, load'); a password cannot"
                  + " hold a comma.");
        }
        loaders.add(user);
      }
      users.put(user, password);
    }
    if (users.isEmpty()) {
      throw new ConfigProblem(
          "Password file " + file + " names no user; add a line 'user: password, load'.");
    }
    return new PasswordFile(file, Map.copyOf(users), Set.copyOf(loaders));
  }

  /**
   * Checks that someone may load: a server given a password file in which nobody may write was most
   * likely given the wrong file, or one written before roles existed.
   */
  public PasswordFile requireLoader() {
    if (loaders.isEmpty()) {
      throw new ConfigProblem(
          "Password file "
              + file
              + " gives no user the load role; end the line of each user who may load articles"
              + " with ', load' (e.g. 'editor: PASSWORD, load').");
    }
    return this;
  }

  /** Whether {@code user} may load articles; ask only after {@link #accepts}. */
  public boolean mayLoad(String user) {
    return loaders.contains(user);
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
