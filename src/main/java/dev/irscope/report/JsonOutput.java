// How the JSON writers of licm, explain, lint and SARIF open their output: a
// pretty-printing Jackson generator that leaves the target writer open for the command to flush.
package dev.irscope.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

final class JsonOutput {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonOutput() {}

  /** A pretty-printing generator over {@code w}; closing it flushes but does not close w. */
  static JsonGenerator pretty(Writer w) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(w);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    return g;
  }
}
