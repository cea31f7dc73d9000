// A module: what one .ll file holds. Globals, functions, aliases and ifuncs in definition order,
// named types, comdats, attribute groups, metadata, and the rest of the module-level text.
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public final class Module {
  private String sourceFilename;
  private String dataLayout;
  private String triple;
  private final List<String> moduleAsm = new ArrayList<>();
  private final Map<String, StructType> namedTypes = new LinkedHashMap<>();
  private final Map<String, Type> typeAliases = new LinkedHashMap<>();
  private final Map<String, Comdat> comdats = new LinkedHashMap<>();
  private final List<GlobalValue> globals = new ArrayList<>();
  private final Map<String, GlobalValue> globalsByName = new LinkedHashMap<>();
  private final Map<Integer, AttributeGroup> attributeGroups = new TreeMap<>();
  private final Map<String, NamedMDNode> namedMetadata = new LinkedHashMap<>();
  private final MetadataTable metadata = new MetadataTable();
  private final List<String> summaryEntries = new ArrayList<>();
  private final List<UseListOrder> useListOrders = new ArrayList<>();

  public String sourceFilename() {
    return sourceFilename;
  }

  public void setSourceFilename(String s) {
    this.sourceFilename = s;
  }

  public String dataLayout() {
    return dataLayout;
  }

  public void setDataLayout(String s) {
    this.dataLayout = s;
  }

  public String triple() {
    return triple;
  }

  public void setTriple(String s) {
    this.triple = s;
  }

  public List<String> moduleAsm() {
    return moduleAsm;
  }

  /** Named struct types in definition order. */
  public Map<String, StructType> namedTypes() {
    return namedTypes;
  }

  /** Named non-struct types (%T = type i32), which stand for their body. */
  public Map<String, Type> typeAliases() {
    return typeAliases;
  }

  public Map<String, Comdat> comdats() {
    return comdats;
  }

  /** Adds a global value; returns false when the name is taken. */
  public boolean addGlobal(GlobalValue g) {
    if (globalsByName.putIfAbsent(g.name(), g) != null) {
      return false;
    }
    g.setParent(this);
    globals.add(g);
    return true;
  }

  public GlobalValue global(String name) {
    return globalsByName.get(name);
  }

  public Function function(String name) {
    return globalsByName.get(name) instanceof Function f ? f : null;
  }

  /** All global values in definition order. */
  public List<GlobalValue> globalValues() {
    return Collections.unmodifiableList(globals);
  }

  public List<Function> functions() {
    List<Function> out = new ArrayList<>();
    for (GlobalValue g : globals) {
      if (g instanceof Function f) {
        out.add(f);
      }
    }
    return out;
  }

  public List<GlobalVariable> globalVariables() {
    List<GlobalVariable> out = new ArrayList<>();
    for (GlobalValue g : globals) {
      if (g instanceof GlobalVariable v) {
        out.add(v);
      }
    }
    return out;
  }

  public Map<Integer, AttributeGroup> attributeGroups() {
    return attributeGroups;
  }

  public Map<String, NamedMDNode> namedMetadata() {
    return namedMetadata;
  }

  /** Numbered metadata nodes by number. */
  public Map<Integer, MDNode> metadata() {
    return metadata;
  }

  /**
   * A new numbered node with the next free number, registered with the module's nodes; the
   * caller defines it (MDNode.define), which allows a node that names itself.
   */
  public MDNode newMetadataNode() {
    int id = metadata.isEmpty() ? 0 : metadata.lastKey() + 1;
    MDNode n = new MDNode(id);
    metadata.put(id, n);
    return n;
  }

  /** ThinLTO summary entries (^N = ...), kept as written. */
  public List<String> summaryEntries() {
    return summaryEntries;
  }

  /** Module-level uselistorder directives. */
  public List<UseListOrder> useListOrders() {
    return useListOrders;
  }

  /** The module as textual IR. */
  public String print() {
    return AsmWriter.moduleString(this);
  }
}
