// Reads textual LLVM IR into a Module, in the phases llir/llvm uses, over chunks of text:
//   1. split the text into top-level entities (Splitter) and create an empty object for every
//      global value, so references never need back-patching; at the same time, on a second
//      thread, the named types (resolved lazily, so recursive and out-of-order definitions
//      work);
//   2. sequentially, the other small entities everything else depends on: comdats, attribute
//      groups;
//   3. in parallel, every other entity: global initializers, function headers and bodies,
//      metadata, module-level text. Each worker thread reuses one lexer and parser, and parse
//      trees are dropped chunk by chunk;
//   4. sequentially, resolve what crosses function bodies (blockaddress, uselistorder_bb), and
//      assemble the module in the order of the text.
// Errors never escape as exceptions: each becomes a Diagnostic with line and column.
package dev.irscope.parse;

import dev.irscope.ir.AttributeGroup;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BlockAddress;
import dev.irscope.ir.Diagnostic;
import dev.irscope.ir.Function;
import dev.irscope.ir.GlobalAlias;
import dev.irscope.ir.GlobalValue;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.Module;
import dev.irscope.ir.StructType;
import dev.irscope.ir.Threads;
import dev.irscope.ir.Type;
import dev.irscope.ir.Value;
import dev.irscope.parse.antlr.LLVMParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

public final class IrParser {
  private static final ThreadLocal<ChunkParser> PARSERS = ThreadLocal.withInitial(ChunkParser::new);

  private final SourceText source;
  private final Symbols symbols;
  private final List<Chunk> chunks;
  private final ConcurrentLinkedQueue<Diagnostic> errors = new ConcurrentLinkedQueue<>();
  private final Object[] results;

  /**
   * The shortcuts past whole parse trees: numbered metadata through FastMetadata where it can,
   * function bodies translated while they are parsed (false: neither, for tests).
   */
  private final boolean shortcuts;

  private IrParser(SourceText source, boolean shortcuts) {
    this.source = source;
    this.shortcuts = shortcuts;
    this.symbols = new Symbols(source);
    this.chunks = Splitter.split(source.bytes());
    this.results = new Object[chunks.size()];
  }

  public static ParseResult parse(SourceText source) {
    return parse(source, true);
  }

  /** As {@link #parse(SourceText)}, every entity through a whole parse tree (for tests). */
  static ParseResult parseWithoutShortcuts(SourceText source) {
    return parse(source, false);
  }

  private static ParseResult parse(SourceText source, boolean shortcuts) {
    long start = System.nanoTime();
    IrParser p = new IrParser(source, shortcuts);
    onThreads(new Runnable[] {() -> {
      START.set(start);
      p.run();
    }});
    List<Diagnostic> diags = new ArrayList<>(p.errors);
    diags.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return new ParseResult(p.symbols.module, diags, source);
  }

  /** How many chunks needed full-LL prediction since the JVM started (zero on known input). */
  public static long llFallbacks() {
    return ChunkParser.LL_FALLBACKS.get();
  }

  private static final boolean TIMING = Boolean.getBoolean("irscope.timing");

  private static long tick(String what, long since) {
    long now = System.nanoTime();
    if (TIMING) {
      System.err.printf("irscope: %-10s %6d ms%n", what, (now - since) / 1_000_000);
    }
    return now;
  }

  private void run() {
    long t = tick("split", START.get());
    // independent of each other: globals on one thread while the other reads the named types
    // (and so warms up the parser for phase 3)
    onThreads(new Runnable[] {this::createGlobals, this::types});
    t = tick("phase 1", t);
    sequential(Chunk.Kind.COMDAT);
    sequential(Chunk.Kind.ATTRIBUTE_GROUP);
    t = tick("phase 2", t);
    inParallel(i -> {
      Chunk.Kind k = chunks.get(i).kind();
      if (k != Chunk.Kind.TYPE && k != Chunk.Kind.COMDAT && k != Chunk.Kind.ATTRIBUTE_GROUP) {
        translate(i);
      }
    });
    t = tick("phase 3", t);
    assemble();
    tick("phase 4", t);
  }

  private static final ThreadLocal<Long> START = ThreadLocal.withInitial(System::nanoTime);

  /**
   * Runs {@code work} on every chunk index, on one thread per core. Consecutive chunks are
   * grouped into batches of about BATCH_BYTES, and threads take the next batch as they finish
   * one, so that a few large function bodies and many small metadata nodes balance out.
   */
  private void inParallel(java.util.function.IntConsumer work) {
    List<int[]> batches = new ArrayList<>();
    int from = 0;
    long bytes = 0;
    for (int i = 0; i < chunks.size(); i++) {
      bytes += chunks.get(i).size();
      if (bytes >= BATCH_BYTES || i == chunks.size() - 1) {
        batches.add(new int[] {from, i + 1});
        from = i + 1;
        bytes = 0;
      }
    }
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    Runnable worker = () -> {
      for (int b = next.getAndIncrement(); b < batches.size(); b = next.getAndIncrement()) {
        for (int i = batches.get(b)[0]; i < batches.get(b)[1]; i++) {
          work.accept(i);
        }
      }
    };
    int threads = Math.max(1, Math.min(batches.size(),
        Runtime.getRuntime().availableProcessors()));
    Runnable[] workers = new Runnable[threads];
    java.util.Arrays.fill(workers, worker);
    onThreads(workers);
  }

  /** Runs the tasks on their own threads with deep stacks and waits for all. */
  private static void onThreads(Runnable[] tasks) {
    Threads.runAll("irscope-parse", STACK_BYTES, tasks);
  }

  private static final long BATCH_BYTES = 64 * 1024;

  /** Stack of the parsing threads: deep enough for constants nested thousands of levels. */
  private static final long STACK_BYTES = 512L << 20;

  private void error(int line, int column, String message) {
    errors.add(Diagnostic.error(line, column, message));
  }

  /** Reads the program address space (P) of the data layout before anything else. */
  private void dataLayout() {
    for (Chunk c : chunks) {
      if (c.kind() != Chunk.Kind.OTHER || c.size() > 4096) {
        continue;
      }
      java.util.regex.Matcher m = java.util.regex.Pattern
          .compile("^\\s*target\\s+datalayout\\s*=\\s*\"([^\"]*)\"")
          .matcher(source.text(c.start(), c.end()));
      if (m.find()) {
        for (String spec : m.group(1).split("-")) {
          if (spec.length() > 1 && spec.substring(1).matches("\\d{1,7}")) {
            int n = Integer.parseInt(spec.substring(1));
            switch (spec.charAt(0)) {
              case 'P' -> symbols.programAddrSpace = n;
              default -> { }
            }
          }
        }
      }
    }
  }

  private void createGlobals() {
    Module m = symbols.module;
    dataLayout();
    int nextNumber = 0;
    int[] metadataIds = new int[chunks.size()];
    int metadataCount = 0;
    for (Chunk c : chunks) {
      if (c.kind() == Chunk.Kind.METADATA) {
        metadataIds[metadataCount++] = metadataId(c.name());
      }
      GlobalValue g = switch (c.kind()) {
        case GLOBAL_VARIABLE -> new GlobalVariable(c.name());
        case ALIAS -> new GlobalAlias(c.name(), false);
        case IFUNC -> new GlobalAlias(c.name(), true);
        case DECLARE, DEFINE -> c.name() == null ? null : new Function(c.name());
        default -> null;
      };
      if (g == null) {
        continue;
      }
      g.setPosition(c.line(), c.column());
      // functions default to the data layout's program address space (P); LLVM's parser puts
      // globals and allocas without addrspace(N) in space 0 whatever G and A say
      int defaultSpace = g instanceof Function ? symbols.programAddrSpace : 0;
      if (c.addrSpace() != 0 || defaultSpace != 0) {
        g.setAddressSpace(c.addrSpace() != 0 ? c.addrSpace() : defaultSpace, false);
      }
      if (g.name().isEmpty()) { // @"" is an unnamed global: it takes the next number
        g.setName(Integer.toString(nextNumber));
        symbols.unnamedGlobals.put(c.start(), g);
      }
      if (Tokens.isNumbered(g.name())) {
        nextNumber = Math.max(nextNumber, Integer.parseInt(g.name()) + 1);
      }
      if (symbols.globals.putIfAbsent(g.name(), g) != null) {
        error(c.line(), c.column(), "redefinition of global '@" + c.name() + "'");
      } else {
        m.addGlobal(g);
      }
    }
    symbols.defineMetadataIds(metadataIds, metadataCount);
  }

  /** The id of a numbered metadata definition's name ("12"), or -1 when it is no small number. */
  private static int metadataId(String name) {
    return name != null && name.length() <= 8 && Tokens.isNumbered(name)
        ? Integer.parseInt(name) : -1;
  }

  /** Phase 2: named types, resolved on demand so that any order and recursion work. */
  private void types() {
    Map<String, LLVMParser.TypeDefinitionContext> defs = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      if (chunks.get(i).kind() != Chunk.Kind.TYPE) {
        continue;
      }
      LLVMParser.EntityContext e = parseChunk(i);
      if (e == null) {
        continue;
      }
      LLVMParser.TypeDefinitionContext d = e.topLevelEntity().typeDefinition();
      if (d == null) {
        error(chunks.get(i).line(), chunks.get(i).column(), "expected a type definition");
        continue;
      }
      String name = Tokens.name(d.LOCAL_VAR());
      if (defs.putIfAbsent(name, d) != null) {
        error(d.getStart().getLine(), d.getStart().getCharPositionInLine() + 1,
            "redefinition of type named '" + name + "'");
        continue;
      }
      order.add(name);
      if (d.OPAQUE() != null || isStructBody(d.type())) {
        symbols.types.put(name, StructType.named(name));
      }
    }
    java.util.Set<String> resolving = new java.util.HashSet<>();
    TypeTranslator[] holder = new TypeTranslator[1];
    holder[0] = new TypeTranslator(symbols.types, name -> {
      LLVMParser.TypeDefinitionContext d = defs.get(name);
      if (d == null || !resolving.add(name)) {
        return null;
      }
      Type t = holder[0].type(d.type());
      symbols.types.put(name, t);
      return t;
    });
    for (String name : order) {
      LLVMParser.TypeDefinitionContext d = defs.get(name);
      try {
        Type t = symbols.types.get(name);
        if (t instanceof StructType st && !st.isLiteral()) {
          if (d.OPAQUE() == null) {
            StructType body = (StructType) holder[0].type(d.type());
            st.setBody(body.elements(), body.isPacked());
          }
          symbols.module.namedTypes().put(name, st);
        } else {
          if (t == null) {
            resolving.add(name);
            t = holder[0].type(d.type());
            symbols.types.put(name, t);
          }
          symbols.module.typeAliases().put(name, t);
        }
      } catch (ParseError e) {
        error(e.line, e.column, e.getMessage());
      }
    }
  }

  private static boolean isStructBody(LLVMParser.TypeContext t) {
    return t.typeSuffix().isEmpty() && (t.baseType() instanceof LLVMParser.StructTypeContext
        || t.baseType() instanceof LLVMParser.PackedStructTypeContext);
  }

  private void sequential(Chunk.Kind kind) {
    for (int i = 0; i < chunks.size(); i++) {
      if (chunks.get(i).kind() == kind) {
        translate(i);
      }
    }
  }

  private LLVMParser.EntityContext parseChunk(int i) {
    return parseChunk(i, null);
  }

  /** Parses chunk i; {@code hook} (may be null) hears the parse, see ChunkParser. */
  private LLVMParser.EntityContext parseChunk(int i, ChunkParser.RuleHook hook) {
    Chunk c = chunks.get(i);
    try {
      ChunkParser parser = PARSERS.get();
      TokenList tokens = parser.lex(source, c);
      if (c.kind() == Chunk.Kind.METADATA && tokens != null && shortcuts
          && new FastMetadata(symbols).define(tokens)) {
        return null; // defined without a parse tree
      }
      return parser.parse(source, c, tokens, hook);
    } catch (ParseError e) {
      error(e.line, e.column, e.getMessage());
      return null;
    } catch (StackOverflowError e) {
      PARSERS.remove();
      error(c.line(), c.column(), "this entity is nested too deeply to parse");
      return null;
    }
  }

  private void translate(int i) {
    // a definition's body is translated while it is parsed; other entities (most of them
    // metadata that FastMetadata reads, with no tree to translate) get a translator afterwards
    EntityTranslator streaming = shortcuts && chunks.get(i).kind() == Chunk.Kind.DEFINE
        ? new EntityTranslator(symbols) : null;
    try { // a streaming translation runs inside the parse, so its errors come from parseChunk
      LLVMParser.EntityContext e = parseChunk(i, streaming == null ? null : streaming.streaming());
      if (e != null) {
        EntityTranslator translator = streaming != null ? streaming : new EntityTranslator(symbols);
        results[i] = translator.translate(e.topLevelEntity());
      }
    } catch (ParseError err) {
      error(err.line, err.column, err.getMessage());
    } catch (RuntimeException | StackOverflowError err) {
      Chunk c = chunks.get(i);
      error(c.line(), c.column(), describe(err));
    }
  }

  private static String describe(Throwable t) {
    if (t instanceof StackOverflowError) {
      return "this entity is nested too deeply to read";
    }
    return "cannot read this entity: " + t.getClass().getSimpleName()
        + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  /** Phase 4: cross-function references and the module in text order. */
  private void assemble() {
    Module m = symbols.module;
    List<String> implicit = new ArrayList<>(symbols.implicitIntrinsics.keySet());
    java.util.Collections.sort(implicit);
    for (String name : implicit) {
      Function f = symbols.implicitIntrinsics.get(name);
      if (f.functionType() == null) {
        error(0, 0, "use of undefined value '@" + name + "' other than as a called function");
      } else {
        m.addGlobal(f);
      }
    }
    for (BlockAddress ba : symbols.blockAddresses) {
      BasicBlock b = findBlock(ba.function(), ba.blockName());
      if (b == null && errors.isEmpty()) {
        Function f = ba.function();
        error(f.line(), f.column(), "referenced value is not a basic block: blockaddress(@"
            + f.name() + ", %" + ba.blockName() + ")");
      }
      ba.resolve(b);
    }
    for (Object r : results) {
      if (r instanceof EntityTranslator.Result res) {
        res.apply(m, this::findBlock, errors);
      }
    }
    for (AttributeGroup g : symbols.attributeGroups.values()) {
      if (g.isDefined()) { // LLVM accepts references to groups never defined, as empty
        m.attributeGroups().put(g.id(), g);
      }
    }
    for (MDNode n : symbols.metadataNodes()) {
      if (n.isDefined()) {
        m.metadata().put(n.id(), n);
      }
    }
    for (GlobalValue g : m.globalValues()) {
      g.sortUseList(java.util.Comparator.comparingLong(u -> textPosition(u.user(), 0) << 8
          | Math.min(u.index(), 255)));
    }
  }

  /**
   * Where a user of a global stands in the text, as one number that orders users by line and
   * column: an instruction or global where it was read; a constant (a constant expression or
   * aggregate, which has no place of its own) where its first user stands. Function bodies are
   * read in parallel, so a global's uses arrive in no fixed order; sorted by this, they are in
   * text order on every run, the order a one-thread parse gives.
   */
  private static long textPosition(Value user, int depth) {
    if (user instanceof dev.irscope.ir.Instruction i) {
      return (long) i.line() << 20 | Math.min(i.column(), 0xFFFFF);
    }
    if (user instanceof GlobalValue g) {
      return (long) g.line() << 20 | Math.min(g.column(), 0xFFFFF);
    }
    if (depth < 8 && user.numUses() > 0) {
      return textPosition(user.uses().get(0).user(), depth + 1);
    }
    return Long.MAX_VALUE >>> 8; // nowhere known: last, in the order they came
  }

  /** The block of {@code f} with the given key (a name, or "#N" for a numbered block). */
  private BasicBlock findBlock(Function f, String key) {
    if (Tokens.isNumberKey(key)) {
      return symbols.numberedBlocks.getOrDefault(f, Map.of()).get(key);
    }
    for (BasicBlock b : f.blocks()) {
      if (key.equals(b.name())) {
        return b;
      }
    }
    return null;
  }
}
