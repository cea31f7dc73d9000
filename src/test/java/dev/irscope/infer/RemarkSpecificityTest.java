// No remark is generic (issue 3, item 3): over every function of the project's test data and of
// LLVM's own tests, under both LLVM versions' rules, each remark has a stable CamelCase name, an
// attribute, a place in the .ll file, and a sentence that names what decided it there: an
// instruction quoted as IR with "at LINE:COL", or the function (or a parameter of it) with
// "defined at LINE:COL"; and the remark's place is that of one of the things it names. A remark
// is one line: an instruction that prints on several (switch, invoke) is quoted on one.
package dev.irscope.infer;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.irscope.ir.Function;
import dev.irscope.parse.Corpus;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.ParseResult;
import dev.irscope.parse.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RemarkSpecificityTest {
  private static final Pattern NAME = Pattern.compile("[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+");
  /** "`<ir>` at 12:3" or "`<ir>` at 12:3 (src/lib.rs:8:9)". */
  private static final Pattern INSTRUCTION = Pattern.compile("`[^`]+` at (\\d+):(\\d+)");
  /** "@f (defined at 3:1)". */
  private static final Pattern FUNCTION = Pattern.compile("@(?:\"[^\"]*\"|\\S+) \\(defined at (\\d+):(\\d+)\\)");

  @Test
  void everyRemarkNamesWhatDecidedItAndWhere() throws Exception {
    List<Path> inputs = new ArrayList<>(Corpus.all());
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    long[] remarks = new long[1];
    inputs.parallelStream().forEach(p -> {
      ParseResult r;
      try {
        r = IrParser.parse(new SourceText(p.toString(), Files.readAllBytes(p)));
      } catch (Exception e) {
        problems.add(p + ": " + e);
        return;
      }
      if (!r.ok()) {
        return; // CorpusParseTest reports unreadable inputs
      }
      for (LlvmVersion v : LlvmVersion.values()) {
        InferenceResult result = AttributeInference.run(r.module(),
            new InferenceOptions(v, false));
        for (Function f : r.module().functions()) {
          for (Remark remark : result.remarks(f)) {
            String problem = check(f, remark);
            if (problem != null) {
              problems.add(p + " @" + f.name() + " (LLVM " + v + "): " + problem + ": "
                  + remark);
            }
            synchronized (remarks) {
              remarks[0]++;
            }
          }
        }
      }
    });
    System.out.println("remarks checked: " + remarks[0] + " in " + inputs.size() + " files");
    assertWithMessage("remarks checked").that(remarks[0]).isGreaterThan(10_000L);
    assertWithMessage("generic remarks").that(problems.subList(0, Math.min(problems.size(), 20)))
        .isEmpty();
  }

  private static String check(Function f, Remark r) {
    if (!NAME.matcher(r.name()).matches()) {
      return "name is not CamelCase";
    }
    if (r.attribute() == null || r.attribute().isBlank()) {
      return "no attribute";
    }
    if (r.line() <= 0 || r.column() <= 0) {
      return "no place in the file";
    }
    if (r.message().indexOf('\n') >= 0) {
      return "more than one line";
    }
    boolean namesSomething = false;
    Matcher i = INSTRUCTION.matcher(r.message());
    while (i.find()) {
      namesSomething = true;
      if (Integer.parseInt(i.group(1)) == r.line() && Integer.parseInt(i.group(2)) == r.column()) {
        return null;
      }
    }
    Matcher fn = FUNCTION.matcher(r.message());
    while (fn.find()) {
      namesSomething = true;
      if (Integer.parseInt(fn.group(1)) == r.line() && r.line() == f.line()) {
        return null;
      }
    }
    if (namesSomething) {
      return "the place is not that of an instruction or function named";
    }
    return "names neither an instruction nor the function";
  }
}
