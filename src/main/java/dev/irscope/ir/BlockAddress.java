// blockaddress(@f, %bb): the address of a basic block. The block is named by its function and
// label, and resolved once the function's body has been read.
package dev.irscope.ir;

public final class BlockAddress extends Constant {
  private final String blockName; // the block's name, or "#N" for a numbered block
  private BasicBlock block;

  public BlockAddress(PointerType type, Function function, String blockName) {
    super(type);
    this.blockName = blockName;
    initOperands(function);
  }

  public Function function() {
    return (Function) operand(0);
  }

  public BasicBlock block() {
    return block;
  }

  public void resolve(BasicBlock b) {
    this.block = b;
  }

  public String blockName() {
    return blockName;
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.append("blockaddress(");
    w.operand(function());
    w.append(", ");
    if (block != null) {
      w.local(block);
    } else {
      w.append("%").append(blockName.startsWith("#") ? blockName.substring(1)
          : Names.quoteLocal(blockName));
    }
    w.append(")");
  }
}
