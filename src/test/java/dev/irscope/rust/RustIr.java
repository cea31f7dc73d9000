// Test helper: parses a testdata .ll file once (cached) and finds functions by their demangled
// Rust name and instructions by their IR name.
package dev.irscope.rust;

import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Module;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.ParseResult;
import dev.irscope.parse.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

final class RustIr {
  private RustIr() {}

  private static final Map<String, Module> CACHE = new HashMap<>();

  /** The module of testdata/rust/{@code relative}, parsed once per test run. */
  static synchronized Module module(String relative) {
    return CACHE.computeIfAbsent(relative, r -> {
      Path p = Path.of("testdata/rust", r);
      try {
        ParseResult result = IrParser.parse(new SourceText(p.toString(), Files.readAllBytes(p)));
        if (!result.ok()) {
          throw new AssertionError(result.diagnostics().get(0).format(p.toString()));
        }
        return result.module();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The defined function whose demangled name is {@code rustName}. */
  static Function function(Module m, String rustName) {
    for (Function f : m.functions()) {
      if (!f.isDeclaration() && Demangler.demangle(f.name()).equals(rustName)) {
        return f;
      }
    }
    throw new AssertionError("no function " + rustName);
  }

  /** The instruction named %{@code name} in {@code f}. */
  static Instruction instruction(Function f, String name) {
    for (Instruction i : f.instructions()) {
      if (name.equals(i.name())) {
        return i;
      }
    }
    throw new AssertionError("no %" + name + " in " + f.name());
  }

  /** The {@code n}-th (from 0) instruction of {@code f} that is a {@code kind}. */
  static <T extends Instruction> T nth(Function f, Class<T> kind, int n) {
    int k = 0;
    for (Instruction i : f.instructions()) {
      if (kind.isInstance(i) && k++ == n) {
        return kind.cast(i);
      }
    }
    throw new AssertionError("no " + kind.getSimpleName() + " #" + n + " in " + f.name());
  }
}
