// Functions, global variables, aliases and ifuncs: named module-level values with linkage,
// visibility and the other properties they share. Their type is always a pointer type.
// Use lists of globals are guarded, because function bodies are translated in parallel.
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.List;

public abstract class GlobalValue extends Constant {
  private Module parent;
  private String linkage; // null when not written (external)
  private String preemption; // dso_local, dso_preemptable
  private String visibility; // default, hidden, protected
  private String dllStorage; // dllimport, dllexport
  private String threadLocal; // "thread_local" or "thread_local(localexec)"
  private String unnamedAddr; // unnamed_addr, local_unnamed_addr
  private int addressSpace;
  private boolean explicitAddressSpace;
  private String section;
  private String partition;
  private Comdat comdat;
  private boolean implicitComdat; // "comdat" with no name: the comdat of the same name
  private long align;
  private List<String> extraWords = List.of(); // sanitizer words, code_model, ... as written
  private List<MetadataAttachment> attachments = List.of();
  private AttributeSet attributes = AttributeSet.EMPTY;
  private int line;
  private int column;

  protected GlobalValue(String name) {
    super(PointerType.PTR);
    setName(name);
  }

  @Override
  synchronized void addUse(Use u) {
    super.addUse(u);
  }

  @Override
  synchronized void removeUse(Use u) {
    super.removeUse(u);
  }

  public Module parent() {
    return parent;
  }

  void setParent(Module m) {
    this.parent = m;
  }

  /** The linkage as written ("internal", "linkonce_odr", ...), "external" when unwritten. */
  public String linkage() {
    return linkage == null ? "external" : linkage;
  }

  public String writtenLinkage() {
    return linkage;
  }

  public void setLinkage(String linkage) {
    this.linkage = linkage;
  }

  public boolean hasLocalLinkage() {
    return "internal".equals(linkage) || "private".equals(linkage);
  }

  /**
   * Whether the definition here is exactly the one that runs (LLVM's isDefinitionExact): false
   * for declarations, for linkonce, weak, common and extern_weak (interposable) and for
   * linkonce_odr, weak_odr and available_externally (another, differently optimised copy may be
   * chosen at link time).
   */
  public boolean hasExactDefinition() {
    String l = linkage();
    return !isDeclaration() && !(l.equals("linkonce") || l.equals("weak")
        || l.equals("available_externally") || l.equals("extern_weak") || l.equals("common")
        || l.equals("linkonce_odr") || l.equals("weak_odr"));
  }

  /** Whether another module's definition may replace this one (LLVM's isInterposable). */
  public boolean isInterposable() {
    String l = linkage();
    return l.equals("linkonce") || l.equals("weak") || l.equals("extern_weak")
        || l.equals("common");
  }

  public String preemption() {
    return preemption;
  }

  public void setPreemption(String p) {
    this.preemption = p;
  }

  public String visibility() {
    return visibility;
  }

  public void setVisibility(String v) {
    this.visibility = v;
  }

  public String dllStorage() {
    return dllStorage;
  }

  public void setDllStorage(String d) {
    this.dllStorage = d;
  }

  public String threadLocal() {
    return threadLocal;
  }

  public void setThreadLocal(String t) {
    this.threadLocal = t;
  }

  public String unnamedAddr() {
    return unnamedAddr;
  }

  public void setUnnamedAddr(String u) {
    this.unnamedAddr = u;
  }

  public int addressSpace() {
    return addressSpace;
  }

  public boolean hasExplicitAddressSpace() {
    return explicitAddressSpace;
  }

  public void setAddressSpace(int as, boolean explicit) {
    this.addressSpace = as;
    this.explicitAddressSpace = explicit;
    setType(PointerType.get(as));
  }

  public String section() {
    return section;
  }

  public void setSection(String s) {
    this.section = s;
  }

  public String partition() {
    return partition;
  }

  public void setPartition(String p) {
    this.partition = p;
  }

  public Comdat comdat() {
    return comdat;
  }

  public boolean hasImplicitComdat() {
    return implicitComdat;
  }

  public void setComdat(Comdat c, boolean implicit) {
    this.comdat = c;
    this.implicitComdat = implicit;
  }

  public long align() {
    return align;
  }

  public void setAlign(long a) {
    this.align = a;
  }

  public List<String> extraWords() {
    return extraWords;
  }

  public void addExtraWord(String w) {
    if (extraWords.isEmpty()) {
      extraWords = new ArrayList<>(2);
    }
    extraWords.add(w);
  }

  public List<MetadataAttachment> attachments() {
    return attachments;
  }

  public void addAttachment(MetadataAttachment a) {
    if (attachments.isEmpty()) {
      attachments = new ArrayList<>(2);
    }
    attachments.add(a);
  }

  public Metadata attachment(String kind) {
    for (MetadataAttachment a : attachments) {
      if (a.kind().equals(kind)) {
        return a.node();
      }
    }
    return null;
  }

  public AttributeSet attributes() {
    return attributes;
  }

  public void setAttributes(AttributeSet a) {
    this.attributes = a;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public void setPosition(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /** Whether this is a declaration (no body, no initializer, no aliasee). */
  public abstract boolean isDeclaration();

  @Override
  public void printAsOperand(AsmWriter w) {
    w.append("@").append(Names.quoteIfNeeded(name()));
  }

  /** Writes the common prefix words: linkage, preemption, visibility, ... */
  void printPrefix(AsmWriter w, boolean withThreadLocalAndAddr) {
    for (String s : new String[] {linkage, preemption, visibility, dllStorage}) {
      if (s != null) {
        w.append(s).append(" ");
      }
    }
    if (withThreadLocalAndAddr) {
      if (threadLocal != null) {
        w.append(threadLocal).append(" ");
      }
      if (unnamedAddr != null) {
        w.append(unnamedAddr).append(" ");
      }
    }
  }

  /** Writes ", section ...", ", comdat", ", align N" and attachments (globals). */
  void printSuffix(AsmWriter w, boolean leadingComma) {
    String sep = leadingComma ? ", " : " ";
    if (section != null) {
      w.append(sep).append("section ").append(Names.quote(section));
    }
    if (partition != null) {
      w.append(sep).append("partition ").append(Names.quote(partition));
    }
    if (comdat != null) {
      w.append(sep).append("comdat");
      if (!implicitComdat) {
        w.append("($").append(Names.quoteIfNeeded(comdat.name())).append(")");
      }
    }
    if (align > 0) {
      w.append(sep).append("align ").append(Long.toString(align));
    }
    for (String word : extraWords) {
      w.append(sep).append(word);
    }
  }

  /** Writes "addrspace(N) " when the address space was written (globals and aliases). */
  void printAddressSpace(AsmWriter w) {
    if (hasExplicitAddressSpace()) {
      w.append("addrspace(").append(Integer.toString(addressSpace())).append(") ");
    }
  }

  /** Writes ", !kind !node" for each metadata attachment (global variables and aliases). */
  void printAttachments(AsmWriter w) {
    for (MetadataAttachment a : attachments()) {
      w.append(", !").append(a.kind()).append(" ");
      w.metadata(a.node());
    }
  }

  /** Writes this global's definition or declaration line(s). */
  public abstract void printDefinition(AsmWriter w);
}
