; RUN: parse --print
; Functions (LangRef "Functions", "Calling Conventions", "Prefix Data", "Prologue Data",
; "Garbage Collector Strategy Names", "Personality"): declarations and definitions with every
; header part in LangRef order: linkage, preemption, visibility, DLL storage, cc, return
; attributes, return type, name, parameters with names, varargs, unnamed_addr, addrspace,
; function attributes, section, partition, comdat, align, gc, prefix, prologue, personality,
; and attached metadata.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

$fn_comdat = comdat any

; plain declarations, varargs, unnamed parameters, extern_weak and dllimport
declare void @decl_void()
; CHECK: declare void @decl_void(
declare i32 @decl_varargs(ptr, ...)
; CHECK: declare i32 @decl_varargs(
declare extern_weak i32 @decl_weak(i32)
; CHECK: declare extern_weak i32 @decl_weak(
declare dllimport void @decl_dllimport()
; CHECK: declare dllimport void @decl_dllimport(
declare hidden void @decl_hidden()
; CHECK: declare hidden void @decl_hidden(
declare i32 @decl_gc() gc "statepoint-example"
; CHECK: declare i32 @decl_gc(
declare i32 @__gxx_personality_v0(...)
; CHECK: declare i32 @__gxx_personality_v0(

; calling conventions, numbered and named
declare fastcc void @cc_fast()
; CHECK: declare fastcc void @cc_fast(
declare coldcc void @cc_cold()
; CHECK: declare coldcc void @cc_cold(
declare ghccc void @cc_ghc()
; CHECK: declare ghccc void @cc_ghc(
declare cc10 void @cc_10()
; CHECK: declare cc10 void @cc_10(
declare cc 11 void @cc_11()
; CHECK: declare cc 11 void @cc_11(
declare anyregcc void @cc_anyreg()
; CHECK: declare anyregcc void @cc_anyreg(
declare preserve_mostcc void @cc_preserve_most()
; CHECK: declare preserve_mostcc void @cc_preserve_most(
declare preserve_allcc void @cc_preserve_all()
; CHECK: declare preserve_allcc void @cc_preserve_all(
declare preserve_nonecc void @cc_preserve_none()
; CHECK: declare preserve_nonecc void @cc_preserve_none(
declare cxx_fast_tlscc void @cc_cxx_fast_tls()
; CHECK: declare cxx_fast_tlscc void @cc_cxx_fast_tls(
declare tailcc void @cc_tail()
; CHECK: declare tailcc void @cc_tail(
declare swiftcc void @cc_swift()
; CHECK: declare swiftcc void @cc_swift(
declare swifttailcc void @cc_swifttail()
; CHECK: declare swifttailcc void @cc_swifttail(
declare x86_stdcallcc void @cc_x86_stdcall()
; CHECK: declare x86_stdcallcc void @cc_x86_stdcall(
declare x86_fastcallcc void @cc_x86_fastcall()
; CHECK: declare x86_fastcallcc void @cc_x86_fastcall(
declare x86_thiscallcc void @cc_x86_thiscall()
; CHECK: declare x86_thiscallcc void @cc_x86_thiscall(
declare x86_vectorcallcc void @cc_x86_vectorcall()
; CHECK: declare x86_vectorcallcc void @cc_x86_vectorcall(
declare x86_regcallcc void @cc_x86_regcall()
; CHECK: declare x86_regcallcc void @cc_x86_regcall(
declare x86_64_sysvcc void @cc_sysv()
; CHECK: declare x86_64_sysvcc void @cc_sysv(
declare win64cc void @cc_win64()
; CHECK: declare win64cc void @cc_win64(
declare arm_aapcscc void @cc_aapcs()
; CHECK: declare arm_aapcscc void @cc_aapcs(
declare aarch64_vector_pcs void @cc_aarch64_vector()
; CHECK: declare aarch64_vector_pcs void @cc_aarch64_vector(
declare amdgpu_kernel void @cc_amdgpu_kernel()
; CHECK: declare amdgpu_kernel void @cc_amdgpu_kernel(
declare spir_func void @cc_spir_func()
; CHECK: declare spir_func void @cc_spir_func(
declare ptx_kernel void @cc_ptx_kernel()
; CHECK: declare ptx_kernel void @cc_ptx_kernel(
declare cc 1023 void @cc_1023()
; CHECK: declare cc 1023 void @cc_1023(

; a definition with every header part
define internal fastcc noundef i32 @full_header(i32 noundef %x, ptr nocapture readonly %p) unnamed_addr addrspace(0) #0 section ".text.full" partition "part1" comdat($fn_comdat) align 32 gc "shadow-stack" prefix i32 123 prologue i8 -112 personality ptr @__gxx_personality_v0 !dbg_like !0 {
; CHECK: define internal fastcc noundef i32 @full_header(
entry:
  %v = load i32, ptr %p
  ; CHECK: %v = load i32, ptr %p
  %s = add i32 %x, %v
  ; CHECK: %s = add i32 %x, %v
  ret i32 %s
  ; CHECK: ret i32 %s
}

; local_unnamed_addr, dso_local, protected visibility, dllexport
define dso_local protected dllexport void @visible() local_unnamed_addr {
; CHECK: define dso_local protected dllexport void @visible(
  ret void
  ; CHECK: ret void
}

; prefix data of an aggregate type and prologue data that is a jump over it
define void @prefix_prologue() prefix { i32, i32 } { i32 1, i32 2 } prologue <{ i8, i8 }> <{ i8 -21, i8 0 }> {
; CHECK: define void @prefix_prologue(
  ret void
  ; CHECK: ret void
}

; a varargs definition with an unnamed (numbered) parameter and numbered values
define i32 @numbered(i32, ...) {
; CHECK: define i32 @numbered(
  %2 = add i32 %0, 1
  ; CHECK: %2 = add i32 %0, 1
  br label %3
  ; CHECK: br label %3

3:
  ret i32 %2
  ; CHECK: ret i32 %2
}

; private, linkonce_odr, weak_odr and available_externally definitions
define private void @def_private() {
; CHECK: define private void @def_private(
  ret void
  ; CHECK: ret void
}
define linkonce_odr void @def_linkonce_odr() {
; CHECK: define linkonce_odr void @def_linkonce_odr(
  ret void
  ; CHECK: ret void
}
define weak_odr void @def_weak_odr() {
; CHECK: define weak_odr void @def_weak_odr(
  ret void
  ; CHECK: ret void
}
define available_externally void @def_available() {
; CHECK: define available_externally void @def_available(
  ret void
  ; CHECK: ret void
}

; a function in a non-zero program address space
define void @in_addrspace() addrspace(1) {
; CHECK: define void @in_addrspace(
  ret void
  ; CHECK: ret void
}

; quoted function names with special characters
define void @"name with spaces"() {
; CHECK: define void @"name with spaces"(
  ret void
  ; CHECK: ret void
}
define void @"\01mangled"() {
; CHECK: define void @"\01mangled"(
  ret void
  ; CHECK: ret void
}

attributes #0 = { nounwind }

!0 = !{!"function metadata"}
