// `irscope licm --format json`: {"file", "passes", "remarks": [{"kind", "pass", "name",
// "function", "demangled", "message", "at": {"ir", "line", "column", "source"}, "reason",
// "decided_by": {...} | null}]}.
package dev.irscope.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.irscope.rust.Demangler;
import dev.irscope.transform.PassRemark;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

public final class LicmJsonWriter {
  private LicmJsonWriter() {}

  public static void write(Writer w, String file, List<String> passes, List<PassRemark> remarks)
      throws IOException {
    try (JsonGenerator g = JsonOutput.pretty(w)) {
      g.writeStartObject();
      g.writeStringField("file", file);
      g.writeArrayFieldStart("passes");
      for (String p : passes) {
        g.writeString(p);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("remarks");
      for (PassRemark r : remarks) {
        g.writeStartObject();
        g.writeStringField("kind", r.kind().yamlTag());
        g.writeStringField("pass", r.pass());
        g.writeStringField("name", r.name());
        g.writeStringField("function", r.function());
        g.writeStringField("demangled", Demangler.demangle(r.function()));
        g.writeStringField("message", r.message());
        place(g, "at", r.at());
        g.writeStringField("reason", r.reason());
        place(g, "decided_by", r.decidedBy());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void place(JsonGenerator g, String field, PassRemark.Place p)
      throws IOException {
    if (p == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("ir", p.ir());
    g.writeNumberField("line", p.line());
    g.writeNumberField("column", p.column());
    if (p.source() == null) {
      g.writeNullField("source");
    } else {
      g.writeObjectFieldStart("source");
      g.writeStringField("file", p.source().file());
      g.writeNumberField("line", p.source().line());
      g.writeNumberField("column", p.source().column());
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
