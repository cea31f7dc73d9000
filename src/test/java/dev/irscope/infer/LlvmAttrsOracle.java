// What LLVM 19 infers for a file: runs opt-19 -passes=function-attrs (or -passes=attributor) on
// it, reads opt's output with irscope's parser and gives the attributes of every defined
// function, by name (FunctionAttrs.declared on opt's module). opt's output is kept in
// target/attrs-oracle/PASS/, named by a hash of the input's path and its modification time, so a
// second run costs only the parse; a file opt rejects (LLVM 22 syntax, a crash) is remembered as
// rejected with opt's message. irscope failing to read opt's output is an error, not a rejection.
package dev.irscope.infer;

import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.parse.Corpus;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.LlvmTools;
import dev.irscope.parse.ParseResult;
import dev.irscope.parse.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

public final class LlvmAttrsOracle {
  private LlvmAttrsOracle() {}

  /** The opt-19 pass that answers. */
  public enum Pass {
    FUNCTION_ATTRS("function-attrs"), ATTRIBUTOR("attributor");

    private final String pipeline;

    Pass(String pipeline) {
      this.pipeline = pipeline;
    }

    public String pipeline() {
      return pipeline;
    }
  }

  /** opt's attributes per defined function, or why opt gave none (then functions is empty). */
  public record Answer(Map<String, FunctionAttrs> functions, String rejection) {
    public boolean rejected() {
      return rejection != null;
    }
  }

  public static Path cacheDir(Pass pass) {
    return Corpus.projectDir().resolve("target/attrs-oracle").resolve(pass.pipeline());
  }

  public static Answer ask(Path input, Pass pass) throws IOException {
    Path out = output(input, pass);
    Path rejected = out.resolveSibling(out.getFileName() + ".rejected");
    if (Files.isRegularFile(rejected)) {
      return new Answer(Map.of(), Files.readString(rejected));
    }
    if (!Files.isRegularFile(out)) {
      forget(input, pass);
      Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
      LlvmTools.Run r = LlvmTools.run("opt-19", "-passes=" + pass.pipeline(), "-S",
          input.toString(), "-o", tmp.toString());
      if (!r.ok()) {
        Files.deleteIfExists(tmp);
        String why = firstLine(r.output());
        Files.writeString(rejected, why);
        return new Answer(Map.of(), why);
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return new Answer(definedFunctions(out), null);
  }

  /** The attributes of the defined functions of {@code ll}, read with irscope's parser. */
  public static Map<String, FunctionAttrs> definedFunctions(Path ll) throws IOException {
    ParseResult r = IrParser.parse(new SourceText(ll.toString(), Files.readAllBytes(ll)));
    if (!r.ok()) {
      throw new IllegalStateException("irscope cannot read opt-19's output "
          + r.diagnostics().get(0).format(ll.toString()));
    }
    return definedFunctions(r.module());
  }

  public static Map<String, FunctionAttrs> definedFunctions(Module m) {
    Map<String, FunctionAttrs> out = new LinkedHashMap<>();
    for (Function f : m.functions()) {
      if (!f.isDeclaration()) {
        out.put(f.name(), FunctionAttrs.declared(f));
      }
    }
    return out;
  }

  /** The cache file for {@code input}: hash of its absolute path, then its mtime. */
  private static Path output(Path input, Pass pass) throws IOException {
    Files.createDirectories(cacheDir(pass));
    long mtime = Files.getLastModifiedTime(input).toMillis();
    return cacheDir(pass).resolve(key(input) + "." + mtime + ".ll");
  }

  /** Deletes the outputs of earlier versions of {@code input}. */
  private static void forget(Path input, Pass pass) throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(cacheDir(pass), key(input) + ".*")) {
      for (Path p : old) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String key(Path input) {
    String abs = input.toAbsolutePath().normalize().toString();
    String base = input.getFileName().toString().replaceAll("[^A-Za-z0-9_-]", "_");
    try {
      byte[] h = MessageDigest.getInstance("SHA-1").digest(abs.getBytes(StandardCharsets.UTF_8));
      return base + "-" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }
}
