// What opt-19 says about each load of some functions, to explain a disagreement: the functions
// are extracted from the named input (llvm-extract-19), every instruction is given a line of its
// own (opt-19 -passes=debugify, which changes nothing GVN decides), and opt-19 -passes=gvn writes
// its remarks (-pass-remarks-output); a remark's line then names the load it is about, and the
// line of a value it cites (InfavorOfValue, ClobberedBy) names that instruction. A remark that
// the load was eliminated wins over LoadClobbered (GVN repeats LoadClobbered each walk, and a
// load PRE inserts carries the line of the load it was made for).
package dev.irscope.transform;

import dev.irscope.parse.LlvmTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class OptRemarks {
  private static final Pattern DBG = Pattern.compile(", !dbg !(\\d+)");
  private static final Pattern LOCATION = Pattern.compile(
      "^!(\\d+) = !DILocation\\(line: (\\d+), column: \\d+, scope: !(\\d+)");
  private static final Pattern DEFINE = Pattern.compile(
      "^define [^@]*@(\"[^\"]+\"|[^ (]+)\\(.* !dbg !(\\d+) \\{");
  private static final Pattern LINE = Pattern.compile("Line: (\\d+)");
  private static final Pattern ARG = Pattern.compile(
      "^  - (InfavorOfValue|ClobberedBy):\\s+(.*)$", Pattern.MULTILINE);

  /** A remark of opt-19 about one load: its name and the instruction it cites, if any. */
  record Remark(String name, String cited) {
    @Override
    public String toString() {
      return name + (cited == null ? "" : " (" + cited + ")");
    }
  }

  private final Map<String, Remark> byLoad = new HashMap<>();

  private OptRemarks() {}

  static OptRemarks of(Path named, List<String> functions, Path out, String base)
      throws Exception {
    OptRemarks r = new OptRemarks();
    if (functions.isEmpty()) {
      return r;
    }
    Path extracted = out.resolve(base + ".disagree.ll");
    Path debug = out.resolve(base + ".disagree.debugify.ll");
    Path yaml = out.resolve(base + ".disagree.gvn-remarks.yaml");
    List<String> extract = new ArrayList<>(List.of("llvm-extract-19", "-S", named.toString(),
        "-o", extracted.toString()));
    functions.forEach(f -> extract.add("--func=" + f));
    if (!LlvmTools.run(extract.toArray(String[]::new)).ok()
        || !LlvmTools.run("opt-19", "-passes=debugify", "-S", extracted.toString(), "-o",
            debug.toString()).ok()
        || !LlvmTools.run("opt-19", "-passes=gvn", "-disable-output",
            "-pass-remarks-output=" + yaml, debug.toString()).ok()) {
      return r; // the report then says opt-19 made no remark: it only explains, never decides
    }
    Map<String, String> textAt = new HashMap<>(); // "function:line" -> instruction
    Map<String, String> textOf = new HashMap<>(); // !dbg id -> instruction
    Map<String, String> functionOf = new HashMap<>(); // DISubprogram id -> function
    for (String line : Files.readAllLines(debug)) {
      Matcher def = DEFINE.matcher(line);
      if (def.find()) {
        functionOf.put(def.group(2), def.group(1).replace("\"", ""));
      }
      Matcher m = DBG.matcher(line);
      if (line.startsWith("  ") && m.find()) {
        textOf.put(m.group(1), line.substring(0, m.start()).trim());
      }
      Matcher loc = LOCATION.matcher(line);
      if (loc.find() && textOf.containsKey(loc.group(1))) {
        textAt.put(functionOf.get(loc.group(3)) + ":" + loc.group(2), textOf.get(loc.group(1)));
      }
    }
    String text = Files.exists(yaml) ? Files.readString(yaml) : "";
    for (String doc : text.split("\n--- !")) {
      int args = doc.indexOf("\nArgs:");
      Matcher at = LINE.matcher(args < 0 ? doc : doc.substring(0, args));
      String name = field(doc, "Name");
      String function = field(doc, "Function");
      if (name == null || function == null || !at.find()) {
        continue;
      }
      function = function.replace("'", "");
      String load = textAt.get(function + ":" + at.group(1));
      if (load == null || !load.startsWith("%")) {
        continue;
      }
      String cited = null;
      Matcher arg = ARG.matcher(doc);
      while (arg.find()) {
        Matcher l = LINE.matcher(doc.substring(arg.end(), Math.min(doc.length(),
            arg.end() + 200)));
        String what = arg.group(2).trim();
        String inst = l.find() ? textAt.get(function + ":" + l.group(1)) : null;
        cited = inst != null ? "`" + inst + "`" : what;
      }
      r.byLoad.merge(function + ":" + load.substring(1, load.indexOf(' ')),
          new Remark(name, cited), (was, now) -> was.name().equals("LoadClobbered") ? now : was);
    }
    return r;
  }

  private static String field(String doc, String key) {
    Matcher m = Pattern.compile("^" + key + ":\\s+(\\S+)", Pattern.MULTILINE).matcher(doc);
    return m.find() ? m.group(1) : null;
  }

  /** opt-19's last remark about the load {@code load} of {@code function}, or null if none. */
  Remark about(String function, String load) {
    return byLoad.get(function + ":" + load);
  }
}
