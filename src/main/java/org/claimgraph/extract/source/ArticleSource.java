package org.claimgraph.extract.source;

import java.nio.file.Path;

/**
 * An article as read from disk, before any extraction.
 *
 * @param slug the article's stable id, made from its file name; its IRIs and named graph derive
 *     from it
 * @param file the file it was read from
 * @param text the article's text, with line breaks normalised to '\n'; every offset points into it
 * @param contentSha256 hex SHA-256 of the file's bytes, so unchanged articles can be recognised
 * @param metadata what the sidecar (or the command line) says about it
 */
public record ArticleSource(
    String slug, Path file, String text, String contentSha256, ArticleMetadata metadata) {}
