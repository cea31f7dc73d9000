; RUN: parse --print
; Constant expressions (LangRef "Constant Expressions"): every constant expression kind that
; LLVM 19 still accepts: trunc, ptrtoint, inttoptr, bitcast, addrspacecast, getelementptr
; with inbounds / nusw / nuw / inrange flags, add / sub / mul / xor with nuw / nsw,
; extractelement, insertelement, shufflevector, ptrauth, and nesting of all of these. (zext,
; sext, and, or, shl, lshr, udiv, icmp, select, fneg constexprs are rejected since LLVM 17-19.)
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct = type { i32, [4 x i64] }
; CHECK: %struct = type { i32, [4 x i64] }

@g = global %struct zeroinitializer
; CHECK: @g = global %struct zeroinitializer
@h = addrspace(1) global i64 0
; CHECK: @h = addrspace(1) global i64 0
@v = global <2 x i64> zeroinitializer
; CHECK: @v = global <2 x i64> zeroinitializer

@ce_ptrtoint = global i64 ptrtoint (ptr @g to i64)
; CHECK: @ce_ptrtoint = global i64 ptrtoint (ptr @g to i64)
@ce_trunc = global i32 trunc (i64 ptrtoint (ptr @g to i64) to i32)
; CHECK: @ce_trunc = global i32 trunc (i64 ptrtoint (ptr @g to i64) to i32)
@ce_inttoptr = global ptr inttoptr (i64 4096 to ptr)
; CHECK: @ce_inttoptr = global ptr inttoptr (i64 4096 to ptr)
@ce_addrspacecast = global ptr addrspacecast (ptr addrspace(1) @h to ptr)
; CHECK: @ce_addrspacecast = global ptr addrspacecast (ptr addrspace(1) @h to ptr)
@ce_gep = global ptr getelementptr (%struct, ptr @g, i64 0, i32 1, i64 2)
; CHECK: @ce_gep = global ptr getelementptr (%struct, ptr @g, i64 0, i32 1, i64 2)
@ce_gep_inbounds = global ptr getelementptr inbounds (%struct, ptr @g, i64 0, i32 1, i64 3)
; CHECK: @ce_gep_inbounds = global ptr getelementptr inbounds (%struct, ptr @g, i64 0, i32 1, i64 3)
@ce_gep_nusw = global ptr getelementptr nusw (i8, ptr @g, i64 4)
; CHECK: @ce_gep_nusw = global ptr getelementptr nusw (i8, ptr @g, i64 4)
@ce_gep_nuw = global ptr getelementptr nuw (i8, ptr @g, i64 4)
; CHECK: @ce_gep_nuw = global ptr getelementptr nuw (i8, ptr @g, i64 4)
@ce_gep_inbounds_nuw = global ptr getelementptr inbounds nuw (i8, ptr @g, i64 8)
; CHECK: @ce_gep_inbounds_nuw = global ptr getelementptr inbounds nuw (i8, ptr @g, i64 8)
@ce_gep_inrange = global ptr getelementptr inbounds inrange(-8, 32) (%struct, ptr @g, i64 0, i32 1)
; CHECK: @ce_gep_inrange = global ptr getelementptr inbounds inrange(-8, 32) (%struct, ptr @g, i64 0, i32 1)
@ce_gep_vector = global <2 x ptr> getelementptr (i8, <2 x ptr> <ptr @g, ptr @g>, <2 x i64> <i64 0, i64 1>)
; CHECK: @ce_gep_vector = global <2 x ptr> getelementptr (i8, <2 x ptr> <ptr @g, ptr @g>, <2 x i64> <i64 0, i64 1>)
@ce_add = global i64 add (i64 ptrtoint (ptr @g to i64), i64 1)
; CHECK: @ce_add = global i64 add (i64 ptrtoint (ptr @g to i64), i64 1)
@ce_add_flags = global i64 add nuw nsw (i64 ptrtoint (ptr @g to i64), i64 1)
; CHECK: @ce_add_flags = global i64 add nuw nsw (i64 ptrtoint (ptr @g to i64), i64 1)
@ce_sub = global i64 sub (i64 ptrtoint (ptr @g to i64), i64 ptrtoint (ptr addrspace(1) @h to i64))
; CHECK: @ce_sub = global i64 sub (i64 ptrtoint (ptr @g to i64), i64 ptrtoint (ptr addrspace(1) @h to i64))
@ce_sub_nsw = global i64 sub nsw (i64 0, i64 ptrtoint (ptr @g to i64))
; CHECK: @ce_sub_nsw = global i64 sub nsw (i64 0, i64 ptrtoint (ptr @g to i64))
@ce_mul = global i64 mul nuw (i64 ptrtoint (ptr @g to i64), i64 8)
; CHECK: @ce_mul = global i64 mul nuw (i64 ptrtoint (ptr @g to i64), i64 8)
@ce_xor = global i64 xor (i64 ptrtoint (ptr @g to i64), i64 -1)
; CHECK: @ce_xor = global i64 xor (i64 ptrtoint (ptr @g to i64), i64 -1)
@ce_extractelement = global i64 extractelement (<2 x i64> <i64 1, i64 ptrtoint (ptr @g to i64)>, i64 ptrtoint (ptr addrspace(1) @h to i64))
; CHECK: @ce_extractelement = global i64 extractelement (<2 x i64> <i64 1, i64 ptrtoint (ptr @g to i64)>, i64 ptrtoint (ptr addrspace(1) @h to i64))
@ce_insertelement = global <2 x i64> insertelement (<2 x i64> zeroinitializer, i64 ptrtoint (ptr @g to i64), i64 ptrtoint (ptr addrspace(1) @h to i64))
; CHECK: @ce_insertelement = global <2 x i64> insertelement (<2 x i64> zeroinitializer, i64 ptrtoint (ptr @g to i64), i64 ptrtoint (ptr addrspace(1) @h to i64))
@ce_shufflevector = global <2 x i64> shufflevector (<2 x i64> <i64 ptrtoint (ptr @g to i64), i64 0>, <2 x i64> poison, <2 x i32> <i32 1, i32 0>) ; NOCHECK: llvm-dis-19 folds it to <i64 0, i64 ptrtoint (ptr @g to i64)>
@ce_ptrauth = global ptr ptrauth (ptr @g, i32 0, i64 1234, ptr @ce_ptrauth)
; CHECK: @ce_ptrauth = global ptr ptrauth (ptr @g, i32 0, i64 1234, ptr @ce_ptrauth)
@ce_nested = global i32 trunc (i64 sub (i64 ptrtoint (ptr getelementptr inbounds (%struct, ptr @g, i64 1) to i64), i64 ptrtoint (ptr @g to i64)) to i32)
; CHECK: @ce_nested = global i32 trunc (i64 sub (i64 ptrtoint (ptr getelementptr inbounds (%struct, ptr @g, i64 1) to i64), i64 ptrtoint (ptr @g to i64)) to i32)

; constant expressions as instruction operands
define i64 @use_constexprs() {
; CHECK: define i64 @use_constexprs(
  %a = load i64, ptr getelementptr inbounds (%struct, ptr @g, i64 0, i32 1, i64 1)
  ; CHECK: %a = load i64, ptr getelementptr inbounds (%struct, ptr @g, i64 0, i32 1, i64 1)
  %b = add i64 %a, ptrtoint (ptr addrspace(1) @h to i64)
  ; CHECK: %b = add i64 %a, ptrtoint (ptr addrspace(1) @h to i64)
  %c = icmp eq ptr getelementptr (i8, ptr @g, i64 16), inttoptr (i64 16 to ptr)
  ; CHECK: %c = icmp eq ptr getelementptr (i8, ptr @g, i64 16), inttoptr (i64 16 to ptr)
  %d = select i1 %c, i64 %b, i64 sub (i64 ptrtoint (ptr @g to i64), i64 1)
  ; CHECK: %d = select i1 %c, i64 %b, i64 sub (i64 ptrtoint (ptr @g to i64), i64 1)
  ret i64 %d
  ; CHECK: ret i64 %d
}
