/** Article structure: title, subtitle, paragraphs and their kinds, boilerplate, sentences. */
package org.claimgraph.extract.text;
