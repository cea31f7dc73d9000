; RUN: parse --print
; Type system (LangRef "Type System"): void, function types (incl. varargs), integers of odd
; widths, every floating-point type, x86_amx, pointers in address spaces, fixed and scalable
; vectors, labels, tokens, metadata, arrays, literal/identified/packed/opaque/recursive
; structs, and target extension types. Each function takes or returns one kind.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%opaque = type opaque
; CHECK: %opaque = type opaque
%with.target = type { target("spirv.Image") }
; CHECK: %with.target = type { target("spirv.Image") }
%nested = type { %pair, [2 x %packed], <4 x float> }
; CHECK: %nested = type { %pair, [2 x %packed], <4 x float> }
%pair = type { i32, i64 }
; CHECK: %pair = type { i32, i64 }
%packed = type <{ i8, i32 }>
; CHECK: %packed = type <{ i8, i32 }>
%empty = type {}
; CHECK: %empty = type {}
%"quoted type" = type { i1 }
; CHECK: %"quoted type" = type { i1 }
%list = type { ptr, %pair }
; CHECK: %list = type { ptr, %pair }
%mutual.a = type { ptr, %mutual.b }
; CHECK: %mutual.a = type { ptr, %mutual.b }
%mutual.b = type { ptr }
; CHECK: %mutual.b = type { ptr }

@opaque_ext = external global %opaque
; CHECK: @opaque_ext = external global %opaque
@t_ext = external global target("spirv.Image")
; CHECK: @t_ext = external global target("spirv.Image")
@wt_ext = external global %with.target
; CHECK: @wt_ext = external global %with.target

; odd integer widths, i1 and a very wide integer
define i129 @ints(i1 %a, i7 %b, i64 %c, i1024 %d) {
; CHECK: define i129 @ints(
  %e = zext i7 %b to i129
  ; CHECK: %e = zext i7 %b to i129
  ret i129 %e
  ; CHECK: ret i129 %e
}

; every floating-point type
define void @floats(half %h, bfloat %b, float %f, double %d, fp128 %q, x86_fp80 %x, ppc_fp128 %p) {
; CHECK: define void @floats(
  %h2 = fadd half %h, %h
  ; CHECK: %h2 = fadd half %h, %h
  %b2 = fadd bfloat %b, %b
  ; CHECK: %b2 = fadd bfloat %b, %b
  %q2 = fadd fp128 %q, %q
  ; CHECK: %q2 = fadd fp128 %q, %q
  %x2 = fadd x86_fp80 %x, %x
  ; CHECK: %x2 = fadd x86_fp80 %x, %x
  %p2 = fadd ppc_fp128 %p, %p
  ; CHECK: %p2 = fadd ppc_fp128 %p, %p
  ret void
  ; CHECK: ret void
}

; pointers in address spaces, including numbered and a datalayout-named one
define ptr addrspace(1) @pointers(ptr %p, ptr addrspace(1) %q, ptr addrspace(270) %r) {
; CHECK: define ptr addrspace(1) @pointers(
  ret ptr addrspace(1) %q
  ; CHECK: ret ptr addrspace(1) %q
}

; fixed and scalable vectors of ints, floats and pointers
define <vscale x 4 x i32> @vectors(<4 x i32> %a, <2 x double> %b, <8 x ptr> %c, <vscale x 4 x i32> %d, <vscale x 2 x i1> %e, <1 x i64> %f) {
; CHECK: define <vscale x 4 x i32> @vectors(
  ret <vscale x 4 x i32> %d
  ; CHECK: ret <vscale x 4 x i32> %d
}

; arrays, nested arrays and the literal / identified / packed / empty structs
define %nested @aggregates([4 x i8] %a, [2 x [3 x float]] %b, { i8, ptr } %c, <{ i8, i16 }> %d, %packed %e, %empty %f, %"quoted type" %g, [0 x i32] %h) {
; CHECK: define %nested @aggregates(
  %r = insertvalue %nested zeroinitializer, %packed %e, 1, 0
  ; CHECK: %r = insertvalue %nested zeroinitializer, %packed %e, 1, 0
  ret %nested %r
  ; CHECK: ret %nested %r
}

; recursive and mutually recursive structs through pointers
define i32 @recursive(ptr %l) {
; CHECK: define i32 @recursive(
  %second = getelementptr %list, ptr %l, i64 0, i32 1, i32 0
  ; CHECK: %second = getelementptr %list, ptr %l, i64 0, i32 1, i32 0
  %v = load i32, ptr %second
  ; CHECK: %v = load i32, ptr %second
  %m = alloca %mutual.a
  ; CHECK: %m = alloca %mutual.a
  ret i32 %v
  ; CHECK: ret i32 %v
}

; target extension types with type and integer parameters, and a struct holding one
define target("spirv.Sampler") @target_types(target("spirv.Image", void, 0, 1, 0, 0, 0, 0, 0) %img, target("aarch64.svcount") %c) {
; CHECK: define target("spirv.Sampler") @target_types(
  ret target("spirv.Sampler") poison
  ; CHECK: ret target("spirv.Sampler") poison
}

; x86_amx is only legal as an intrinsic's parameter or result
declare x86_amx @llvm.x86.tileloadd64.internal(i16, i16, ptr, i64)
; CHECK: declare x86_amx @llvm.x86.tileloadd64.internal(

; label, token and metadata types appear only as operands
define void @label_token_metadata(ptr %p) convergent {
; CHECK: define void @label_token_metadata(
entry:
  %t = call token @llvm.experimental.convergence.entry()
  ; CHECK: %t = call token @llvm.experimental.convergence.entry()
  %ok = call i1 @llvm.type.test(ptr %p, metadata !"typeid")
  ; CHECK: %ok = call i1 @llvm.type.test(ptr %p, metadata !"typeid")
  br label %exit
  ; CHECK: br label %exit
exit:
  ret void
  ; CHECK: ret void
}

; function types: a pointer to a varargs function called indirectly
define i32 @function_types(ptr %fp) {
; CHECK: define i32 @function_types(
  %r = call i32 (i32, ...) %fp(i32 1, double 2.0)
  ; CHECK: %r = call i32 (i32, ...) %fp(i32 1, double 2.0)
  ret i32 %r
  ; CHECK: ret i32 %r
}

declare token @llvm.experimental.convergence.entry()
; CHECK: declare token @llvm.experimental.convergence.entry(
declare i1 @llvm.type.test(ptr, metadata)
; CHECK: declare i1 @llvm.type.test(
