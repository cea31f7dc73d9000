// The shared part of the conversion instructions: OPCODE [flags] T %x to T2. The subclass per
// opcode follows LLVM's names (TruncInst, ZExtInst, ...); create() picks it.
package dev.irscope.ir;

public abstract class CastInst extends Instruction {
  protected CastInst(Opcode opcode, Value operand, Type destType) {
    super(opcode, destType);
    initOperands(operand);
  }

  public static CastInst create(Opcode opcode, Value operand, Type destType) {
    return switch (opcode) {
      case TRUNC -> new TruncInst(operand, destType);
      case ZEXT -> new ZExtInst(operand, destType);
      case SEXT -> new SExtInst(operand, destType);
      case FPTRUNC -> new FPTruncInst(operand, destType);
      case FPEXT -> new FPExtInst(operand, destType);
      case FPTOUI -> new FPToUIInst(operand, destType);
      case FPTOSI -> new FPToSIInst(operand, destType);
      case UITOFP -> new UIToFPInst(operand, destType);
      case SITOFP -> new SIToFPInst(operand, destType);
      case PTRTOINT -> new PtrToIntInst(operand, destType);
      case PTRTOADDR -> new PtrToAddrInst(operand, destType);
      case INTTOPTR -> new IntToPtrInst(operand, destType);
      case BITCAST -> new BitCastInst(operand, destType);
      case ADDRSPACECAST -> new AddrSpaceCastInst(operand, destType);
      default -> throw new IllegalArgumentException("not a cast: " + opcode);
    };
  }

  public Type srcType() {
    return operand(0).type();
  }

  public Type destType() {
    return type();
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append(opcode().spelling()).append(" ").append(Flags.spell(flags(), false));
    w.typedOperand(operand(0));
    w.append(" to ").append(type().toString());
  }

  @Override
  protected Instruction cloneImpl() {
    return create(opcode(), operand(0), type());
  }
}
