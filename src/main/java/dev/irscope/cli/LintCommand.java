// irscope lint FILE|DIR... [--format text|json|sarif] [-o OUT] [--sync-type PATTERN]...
// [--rule NAME]...: runs the lint rules (lint.Rules) over each .ll file (a directory is walked
// for .ll files, in name order) and reports the findings in one output, written whole or not at
// all. A file that cannot be read, parsed or verified is reported and skipped; the others are
// still linted. Exit codes: 4 when there are findings, 0 when none, 1 when an input could not be
// linted (even if others have findings), 2 on usage errors.
package dev.irscope.cli;

import dev.irscope.lint.Finding;
import dev.irscope.lint.LintOptions;
import dev.irscope.lint.Linter;
import dev.irscope.lint.Rule;
import dev.irscope.lint.Rules;
import dev.irscope.report.LintJsonWriter;
import dev.irscope.report.LintTextWriter;
import dev.irscope.report.SarifWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lint", mixinStandardHelpOptions = true,
    description = "Find loops that read memory other threads may write without an atomic (and"
        + " the related ordering mistakes) in the IR rustc emits. Exit 4 when there are"
        + " findings, 0 when none, 1 when an input could not be read.")
public final class LintCommand implements Callable<Integer> {
  static final String VERSION = "0.1.0";

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = ".ll files, or directories to search for .ll files; - reads stdin")
  List<String> inputs;

  @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
      description = "text (default, as compilers print diagnostics), json or sarif (2.1.0).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Write the report to OUT (whole or not at all) instead of stdout.")
  Path output;

  @Option(names = "--sync-type", paramLabel = "PATTERN",
      description = "A type shared between threads (repeatable; * matches anything), for types"
          + " the module does not show shared (in an Arc, a static, a spawned closure).")
  List<String> syncTypes = new ArrayList<>();

  @Option(names = "--rule", paramLabel = "NAME", completionCandidates = RuleIds.class,
      description = "Run only this rule (repeatable); default: all of ${COMPLETION-CANDIDATES}.")
  List<String> ruleNames = new ArrayList<>();

  /** The rule ids, from the one list (Rules.ALL), for --rule's help and shell completion. */
  static final class RuleIds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Rules.ALL.stream().map(Rule::id).iterator();
    }
  }

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Suppress the findings recorded in FILE, the --format json or sarif output"
          + " of an earlier run (matched by fingerprint).")
  Path baseline;

  @CommandLine.Mixin
  LlvmOption llvm;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!List.of("text", "json", "sarif").contains(format)) {
      throw usage("--format must be text, json or sarif, not '" + format + "'");
    }
    List<Rule> rules = new ArrayList<>();
    for (String name : ruleNames) {
      Rule r = Rules.byId(name);
      if (r == null) {
        throw usage("unknown rule '" + name + "'; the rules are "
            + String.join(", ", Rules.ALL.stream().map(Rule::id).toList()));
      }
      rules.add(r);
    }
    LintOptions options = new LintOptions(rules.isEmpty() ? Rules.ALL : rules, syncTypes,
        llvm.version(spec));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    java.util.Set<String> known = java.util.Set.of();
    if (baseline != null) {
      try {
        known = Baseline.read(baseline);
      } catch (IOException e) {
        err.println(baseline + ": error: cannot read the baseline: " + e.getMessage());
        return Main.INPUT_ERROR;
      }
    }
    List<String> unreadable = new ArrayList<>();
    List<String> files = files(err, unreadable);
    List<Finding> findings = new ArrayList<>();
    for (String file : files) {
      ModuleLoader.Loaded loaded = ModuleLoader.load(file, true, err);
      if (loaded == null) {
        unreadable.add(file);
      } else {
        try {
          for (Finding f : Linter.lint(loaded.source(), loaded.module(), options)) {
            if (!known.contains(f.fingerprint())) {
              findings.add(f);
            }
          }
        } catch (RuntimeException | StackOverflowError e) {
          // a bug on one file must not stop the run over the others
          err.println(file + ": error: internal error: " + BugReport.describe(e));
          unreadable.add(file);
        }
      }
      err.flush();
    }
    try {
      Outputs.write(output, report(options.rules(), findings, files.size(), unreadable), out);
    } catch (IOException e) {
      err.println(output + ": error: cannot write: " + e.getMessage());
      return Main.INPUT_ERROR;
    }
    return !unreadable.isEmpty() ? Main.INPUT_ERROR : findings.isEmpty() ? Main.OK
        : Main.FINDINGS;
  }

  private String report(List<Rule> rules, List<Finding> findings, int files,
      List<String> unreadable) throws IOException {
    StringWriter s = new StringWriter();
    switch (format) {
      case "json" -> LintJsonWriter.write(s, findings, unreadable);
      case "sarif" -> SarifWriter.write(s, VERSION, rules, findings, unreadable);
      default -> {
        PrintWriter p = new PrintWriter(s);
        LintTextWriter.write(p, findings, files - unreadable.size());
        p.flush();
      }
    }
    return s.toString();
  }

  /** The inputs with directories replaced by the .ll files under them; missing ones reported. */
  private List<String> files(PrintWriter err, List<String> unreadable) {
    List<String> out = new ArrayList<>();
    for (String input : inputs) {
      Path p = Path.of(input);
      if (!input.equals("-") && Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> f.toString().endsWith(".ll") && Files.isRegularFile(f)).sorted()
              .forEach(f -> out.add(f.toString()));
        } catch (IOException | java.io.UncheckedIOException e) {
          err.println(input + ": error: cannot read directory: " + e.getMessage());
          unreadable.add(input);
        }
      } else {
        out.add(input);
      }
    }
    return out;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
