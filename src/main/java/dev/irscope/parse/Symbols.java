// The module-wide tables the translator fills in phases and reads from many threads: named
// types, global values by name, comdats, attribute groups, numbered metadata nodes, and the
// blockaddress constants to resolve once every function body is read.
package dev.irscope.parse;

import dev.irscope.ir.AttributeGroup;
import dev.irscope.ir.BlockAddress;
import dev.irscope.ir.Comdat;
import dev.irscope.ir.GlobalValue;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.Module;
import dev.irscope.ir.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

final class Symbols {
  final Module module = new Module();
  final SourceText source;
  /** Named types once resolved (struct types are created up front, so recursion works). */
  final Map<String, Type> types = new HashMap<>();
  final Map<String, GlobalValue> globals = new HashMap<>();
  /** Unnamed globals (@"" = ...) by the offset of their definition. */
  final Map<Integer, GlobalValue> unnamedGlobals = new HashMap<>();
  final Map<String, Comdat> comdats = new HashMap<>();
  final ConcurrentHashMap<Integer, AttributeGroup> attributeGroups = new ConcurrentHashMap<>();
  final ConcurrentHashMap<Integer, MDNode> metadata = new ConcurrentHashMap<>();
  /**
   * Attributes without a type by spelling: one object for each spelling (`noundef`, `align 8`)
   * however many call sites and parameters carry it. The spelling determines the rest.
   */
  final ConcurrentHashMap<String, dev.irscope.ir.Attribute> attributes = new ConcurrentHashMap<>();
  final ConcurrentLinkedQueue<BlockAddress> blockAddresses = new ConcurrentLinkedQueue<>();
  /** Intrinsics called but never declared, which LLVM declares itself from the call. */
  final ConcurrentHashMap<String, dev.irscope.ir.Function> implicitIntrinsics =
      new ConcurrentHashMap<>();
  /** Blocks written with numbers ("5:"), per function, by key ("#5"), for blockaddress. */
  final ConcurrentHashMap<dev.irscope.ir.Function, Map<String, dev.irscope.ir.BasicBlock>>
      numberedBlocks = new ConcurrentHashMap<>();
  /** The data layout's program address space (P): where functions are by default. */
  int programAddrSpace;

  Symbols(SourceText source) {
    this.source = source;
  }

  /**
   * The numbered nodes the module defines, by id, made before the parallel phase (ids are
   * dense: !0 to !N), so that looking one up needs no boxing or hashing; ids outside it (nodes
   * referenced but never defined) are in {@link #metadata}.
   */
  MDNode[] definedMetadata = new MDNode[0];

  MDNode metadataNode(int id) {
    MDNode[] defined = definedMetadata;
    if (id >= 0 && id < defined.length && defined[id] != null) {
      return defined[id];
    }
    MDNode n = metadata.get(id);
    return n != null ? n : metadata.computeIfAbsent(id, MDNode::new);
  }

  /** Makes the node of every id in {@code ids} (negative ones skipped) before lookups start. */
  void defineMetadataIds(int[] ids, int count) {
    int max = -1;
    for (int k = 0; k < count; k++) {
      max = Math.max(max, ids[k]);
    }
    if (max >= 4L * count + 1024) {
      return; // sparse ids (a test's !99999999): the map alone, rather than a huge array
    }
    MDNode[] defined = new MDNode[max + 1];
    for (int k = 0; k < count; k++) {
      if (ids[k] >= 0 && defined[ids[k]] == null) {
        defined[ids[k]] = new MDNode(ids[k]);
      }
    }
    definedMetadata = defined;
  }

  /** Every numbered node made so far, defined or only referenced. */
  java.util.List<MDNode> metadataNodes() {
    java.util.List<MDNode> all = new java.util.ArrayList<>(metadata.values());
    for (MDNode n : definedMetadata) {
      if (n != null) {
        all.add(n);
      }
    }
    return all;
  }

  /** The global named {@code name}, or an implicitly declared intrinsic, or null. */
  GlobalValue global(String name) {
    GlobalValue g = globals.get(name);
    if (g == null && name.startsWith("llvm.")) {
      g = implicitIntrinsics.computeIfAbsent(name, n -> {
        dev.irscope.ir.Function f = new dev.irscope.ir.Function(n);
        f.setAddressSpace(programAddrSpace, false);
        return f;
      });
    }
    return g;
  }

  AttributeGroup attributeGroup(int id) {
    AttributeGroup g = attributeGroups.get(id);
    return g != null ? g : attributeGroups.computeIfAbsent(id, AttributeGroup::new);
  }
}
