// The debug info of inlined code, as LLVM's InlineFunction fixes it (fixupLineNumbers,
// fixupAssignments). The call's location is copied into a new distinct DILocation, the
// "inlinedAt" of everything inlined by this call; each !dbg location of the inlined code, and the
// location of each debug record, becomes a new DILocation with the same line, column and scope,
// inlined at that copy (a location that was itself inlined keeps its chain, whose last link is
// rebuilt, as distinct nodes, to end at the copy: DebugLoc::appendInlinedAt). Loop metadata
// (!llvm.loop) is rebuilt as a new distinct node around the new locations. When the callee has
// no debug info, inlined instructions without a location take the call's (allocas excepted).
// When the call has no location, locations stay as they are (LLVM does the same). Each
// !DIAssignID of the inlined code is replaced by a new distinct one, so that the caller's
// assignments stay apart from the callee's. New nodes are numbered after the module's others.
package dev.irscope.transform;

import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.DebugRecord;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.Module;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

final class InlineDebugInfo {
  private final Module module;
  private final MDNode callLocation;
  private final MDNode inlinedAt;
  private final Map<MDNode, MDNode> locations = new IdentityHashMap<>();
  private final Map<MDNode, MDNode> chain = new IdentityHashMap<>();
  private final Map<MDNode, MDNode> assignIds = new IdentityHashMap<>();

  InlineDebugInfo(Module module, Instruction call) {
    this.module = module;
    this.callLocation = call.debugLoc() == null ? null : call.debugLoc().node();
    this.inlinedAt = callLocation == null ? null
        : location(callLocation, field(callLocation, "inlinedAt"), true);
  }

  /** Fixes the locations, loop metadata and assignment ids of the inlined blocks. */
  void fix(List<BasicBlock> blocks, boolean calleeHasDebugInfo) {
    for (BasicBlock b : blocks) {
      for (Instruction i : b.instructions()) {
        fix(i, calleeHasDebugInfo);
      }
    }
  }

  private void fix(Instruction i, boolean calleeHasDebugInfo) {
    if (i.attachment("DIAssignID") instanceof MDNode id) {
      i.setAttachment("DIAssignID", assignId(id));
    }
    if (!i.debugRecords().isEmpty()) {
      for (DebugRecord r : i.takeDebugRecords()) {
        i.addDebugRecord(record(r));
      }
    }
    if (inlinedAt == null) {
      return;
    }
    if (i.debugLoc() != null) {
      i.setAttachment("dbg", inlined(i.debugLoc().node()));
    } else if (!calleeHasDebugInfo && !(i instanceof AllocaInst)) {
      i.setAttachment("dbg", callLocation);
    }
    if (i.attachment("llvm.loop") instanceof MDNode loop && loop.isDistinct()
        && !loop.operands().isEmpty()) {
      i.setAttachment("llvm.loop", loop(loop));
    }
  }

  private DebugRecord record(DebugRecord r) {
    List<Metadata> args = new ArrayList<>(r.args().size());
    for (Metadata a : r.args()) {
      if (a instanceof MDNode n && "DIAssignID".equals(n.kind())) {
        args.add(assignId(n));
      } else if (inlinedAt != null && a instanceof MDNode n && "DILocation".equals(n.kind())) {
        args.add(inlined(n));
      } else {
        args.add(a);
      }
    }
    return new DebugRecord(r.kind(), args, r.line(), r.column());
  }

  /** inlineDebugLoc: the location {@code loc} gets inlined at the call. */
  private MDNode inlined(MDNode loc) {
    MDNode done = locations.get(loc);
    if (done == null) {
      done = location(loc, appendInlinedAt(loc), false);
      locations.put(loc, done);
    }
    return done;
  }

  /** DebugLoc::appendInlinedAt: loc's inlinedAt chain, its end linked to the call's copy. */
  private MDNode appendInlinedAt(MDNode loc) {
    List<MDNode> links = new ArrayList<>();
    MDNode last = inlinedAt;
    for (MDNode at = field(loc, "inlinedAt"); at != null; at = field(at, "inlinedAt")) {
      MDNode built = chain.get(at);
      if (built != null) {
        last = built;
        break;
      }
      links.add(at);
    }
    for (int k = links.size() - 1; k >= 0; k--) {
      last = location(links.get(k), last, true);
      chain.put(links.get(k), last);
    }
    return last;
  }

  private static MDNode field(MDNode n, String name) {
    return n.field(name) instanceof MDNode m && "DILocation".equals(m.kind()) ? m : null;
  }

  /** A new DILocation with {@code loc}'s fields and the given inlinedAt. */
  private MDNode location(MDNode loc, MDNode at, boolean distinct) {
    List<String> names = new ArrayList<>();
    List<Metadata> ops = new ArrayList<>();
    boolean placed = false;
    for (int k = 0; k < loc.fieldNames().size(); k++) {
      String name = loc.fieldNames().get(k);
      if (name.equals("inlinedAt")) {
        continue;
      }
      names.add(name);
      ops.add(loc.operands().get(k));
      if (name.equals("scope") && at != null) {
        names.add("inlinedAt");
        ops.add(at);
        placed = true;
      }
    }
    if (!placed && at != null) {
      names.add("inlinedAt");
      ops.add(at);
    }
    MDNode n = module.newMetadataNode();
    n.define("DILocation", distinct, names, ops, 0);
    return n;
  }

  /** updateLoopMetadataDebugLocations: a new loop id, its locations inlined. */
  private MDNode loop(MDNode loop) {
    MDNode n = module.newMetadataNode();
    List<Metadata> ops = new ArrayList<>();
    ops.add(n);
    for (Metadata op : loop.operands().subList(1, loop.operands().size())) {
      ops.add(op instanceof MDNode m && "DILocation".equals(m.kind()) ? inlined(m) : op);
    }
    n.define(null, true, List.of(), ops, 0);
    return n;
  }

  private MDNode assignId(MDNode id) {
    return assignIds.computeIfAbsent(id, k -> {
      MDNode n = module.newMetadataNode();
      n.define("DIAssignID", true, List.of(), List.of(), 0);
      return n;
    });
  }
}
