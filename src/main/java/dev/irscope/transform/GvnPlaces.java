// How GVN's remarks name instructions and values: as the input has them. GVN changes operands
// (value numbering replaces addresses) and inserts and deletes instructions as it goes, so the
// places of the instructions remarks may name (memory accesses, calls, comparisons) and the
// addresses of loads and stores are taken before it starts, and unnamed values keep the numbers
// the input gives them (a frozen AsmWriter). A load that load PRE inserts stands at the place of
// the load it was made for.
package dev.irscope.transform;

import dev.irscope.ir.Argument;
import dev.irscope.ir.AsmWriter;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.FenceInst;
import dev.irscope.ir.Function;
import dev.irscope.ir.ICmpInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.MemoryAccess;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Value;
import dev.irscope.transform.PassRemark.Place;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

final class GvnPlaces {
  private final AsmWriter writer;
  private final Map<Instruction, Place> places = new IdentityHashMap<>();
  private final Map<Instruction, String> addresses = new IdentityHashMap<>();
  private final Set<Instruction> inserted = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Takes the places and addresses of {@code f} as they are now, before GVN changes it. */
  GvnPlaces(Function f) {
    writer = AsmWriter.frozen(f);
    for (BasicBlock b : f.blocks()) {
      for (Instruction i : b.instructions()) {
        if (i instanceof MemoryAccess || i instanceof CallBase || i instanceof ICmpInst
            || i instanceof FenceInst) {
          places.put(i, Place.of(i, writer));
        }
        if (i instanceof LoadInst || i instanceof StoreInst) {
          addresses.put(i, nameOf(MemLoc.of(i).pointer()));
        }
      }
    }
  }

  /** Records that {@code copy} was inserted for {@code load}, whose place it takes. */
  void inserted(LoadInst copy, LoadInst load) {
    Place original = placeOf(load);
    Place own = Place.of(copy, writer);
    places.put(copy, new Place(own.ir(), own.opcode(), original.line(), original.column(),
        original.source()));
    inserted.add(copy);
  }

  /** Whether load PRE inserted {@code i}. */
  boolean isInserted(Instruction i) {
    return inserted.contains(i);
  }

  /** The address a load or store accesses, as the input names it. */
  String addressOf(Instruction i) {
    String known = addresses.get(i);
    return known != null ? known : nameOf(MemLoc.of(i).pointer());
  }

  /** How {@code v} is named: unnamed values as the input numbers them. */
  String nameOf(Value v) {
    if (v instanceof Instruction || v instanceof Argument) {
      writer.operand(v);
      return writer.drain();
    }
    return v.toString();
  }

  /** Where {@code i} is, as the input has it. */
  Place placeOf(Instruction i) {
    Place known = places.get(i);
    return known != null ? known : Place.of(i, writer);
  }
}
