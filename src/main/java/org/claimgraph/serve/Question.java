package org.claimgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A named question from {@code queries/*.rq}, with the title, question and parameter (the variable
 * named by a {@code # Parameter: ?name} line, if any) of its header.
 */
record Question(
    String name, String title, String question, String text, Optional<String> parameter) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
  private static final Pattern PARAMETER =
      Pattern.compile("(?m)^#\\s*Parameter:\\s*\\?([A-Za-z_][A-Za-z0-9_]*)");

  /** Every question in {@code folder}, by name. */
  static List<Question> all(Path folder) {
    List<Question> out = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return out;
    }
    try (Stream<Path> files = Files.list(folder)) {
      files
          .filter(f -> f.getFileName().toString().endsWith(".rq"))
          .sorted()
          .forEach(f -> read(f).ifPresent(out::add));
    } catch (IOException e) {
      return out;
    }
    return out;
  }

  /** The question called {@code name}; names are plain words, never paths. */
  static Optional<Question> named(Path folder, String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return read(folder.resolve(name + ".rq"));
  }

  private static Optional<Question> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
      String title = name;
      StringBuilder question = new StringBuilder();
      boolean inQuestion = false;
      for (String line : text.split("\n")) {
        if (!line.startsWith("#")) {
          break;
        }
        String body = line.substring(1).strip();
        if (body.startsWith("Title:")) {
          title = body.substring(6).strip();
          inQuestion = false;
        } else if (body.startsWith("Question:")) {
          question.append(body.substring(9).strip());
          inQuestion = true;
        } else if (inQuestion && !body.isEmpty() && !body.matches("^[A-Z][a-z]+:.*")) {
          question.append(' ').append(body);
        } else {
          inQuestion = false;
        }
      }
      java.util.regex.Matcher parameter = PARAMETER.matcher(text);
      Optional<String> var =
          parameter.find() ? Optional.of(parameter.group(1)) : Optional.<String>empty();
      return Optional.of(new Question(name, title, question.toString(), text, var));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
