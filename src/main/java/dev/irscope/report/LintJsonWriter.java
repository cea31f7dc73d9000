// `irscope lint --format json`: {"findings":[{"rule","severity","message","help","function",
// "demangled","ir_only","fingerprint","location":LOC,"related":[{"message","location":LOC}]}],
// "unreadable":[FILE...]} where LOC is {"file","line","column","ir","source":{"file","line",
// "column"}|null,"inlined_from":{...}|null} (file, line and column in the .ll file).
package dev.irscope.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.irscope.infer.Remark.SourceLocation;
import dev.irscope.lint.Finding;
import dev.irscope.lint.Location;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

public final class LintJsonWriter {
  private LintJsonWriter() {}

  public static void write(Writer w, List<Finding> findings, List<String> unreadable)
      throws IOException {
    try (JsonGenerator g = JsonOutput.pretty(w)) {
      g.writeStartObject();
      g.writeArrayFieldStart("findings");
      for (Finding f : findings) {
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("severity", f.severity().spelling());
        g.writeStringField("message", f.message());
        g.writeStringField("help", f.help());
        g.writeStringField("function", f.function());
        g.writeStringField("demangled", f.demangled());
        g.writeBooleanField("ir_only", f.irOnly());
        g.writeStringField("fingerprint", f.fingerprint());
        g.writeFieldName("location");
        location(g, f.location());
        g.writeArrayFieldStart("related");
        for (Finding.Related r : f.related()) {
          g.writeStartObject();
          g.writeStringField("message", r.message());
          g.writeFieldName("location");
          location(g, r.location());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("unreadable");
      for (String file : unreadable) {
        g.writeString(file);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    w.write('\n');
  }

  private static void location(JsonGenerator g, Location l) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", l.irFile());
    g.writeNumberField("line", l.line());
    g.writeNumberField("column", l.column());
    g.writeStringField("ir", l.ir());
    source(g, "source", l.source());
    source(g, "inlined_from", l.inlinedFrom());
    g.writeEndObject();
  }

  private static void source(JsonGenerator g, String field, SourceLocation s) throws IOException {
    if (s == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("file", s.file());
    g.writeNumberField("line", s.line());
    g.writeNumberField("column", s.column());
    g.writeEndObject();
  }
}
