; RUN: parse --print
; Module structure (LangRef "Module Structure", "Source Filename", "Data Layout",
; "Target Triple", "Module-Level Inline Assembly", "Comdats", "Global Variables",
; "Linkage Types", "Visibility Styles", "DLL Storage Classes", "Thread Local Storage Models",
; "Runtime Preemption Specifiers"): every module-level header and every global variable
; modifier LLVM 19 accepts, one global per property.
source_filename = "module-structure.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

module asm "  .text"
module asm "  .globl asm_symbol"
module asm "asm_symbol: ret"

; comdats with every selection kind
$any = comdat any
$exact = comdat exactmatch
$largest = comdat largest
$nodup = comdat nodeduplicate
$same = comdat samesize

; linkage types
@g_external = global i32 1
; CHECK: @g_external = global i32 1
@g_private = private global i32 2
; CHECK: @g_private = private global i32 2
@g_internal = internal global i32 3
; CHECK: @g_internal = internal global i32 3
@g_available = available_externally global i32 4
; CHECK: @g_available = available_externally global i32 4
@g_linkonce = linkonce global i32 5
; CHECK: @g_linkonce = linkonce global i32 5
@g_weak = weak global i32 6
; CHECK: @g_weak = weak global i32 6
@g_common = common global i32 0
; CHECK: @g_common = common global i32 0
@g_appending = appending global [1 x ptr] [ptr @g_external]
; CHECK: @g_appending = appending global [1 x ptr] [ptr @g_external]
@g_extern_weak = extern_weak global i32
; CHECK: @g_extern_weak = extern_weak global i32
@g_linkonce_odr = linkonce_odr global i32 7
; CHECK: @g_linkonce_odr = linkonce_odr global i32 7
@g_weak_odr = weak_odr global i32 8
; CHECK: @g_weak_odr = weak_odr global i32 8
@g_declared = external global i32
; CHECK: @g_declared = external global i32

; visibility, DLL storage, preemption
@g_default_vis = default global i32 0
; CHECK: @g_default_vis = default global i32 0
@g_hidden = hidden global i32 0
; CHECK: @g_hidden = hidden global i32 0
@g_protected = protected global i32 0
; CHECK: @g_protected = protected global i32 0
@g_dllimport = external dllimport global i32
; CHECK: @g_dllimport = external dllimport global i32
@g_dllexport = dllexport global i32 0
; CHECK: @g_dllexport = dllexport global i32 0
@g_dso_local = dso_local global i32 0
; CHECK: @g_dso_local = dso_local global i32 0
@g_dso_preemptable = dso_preemptable global i32 0
; CHECK: @g_dso_preemptable = dso_preemptable global i32 0

; thread-local models
@tls_gd = thread_local global i32 0
; CHECK: @tls_gd = thread_local global i32 0
@tls_ld = thread_local(localdynamic) global i32 0
; CHECK: @tls_ld = thread_local(localdynamic) global i32 0
@tls_ie = thread_local(initialexec) global i32 0
; CHECK: @tls_ie = thread_local(initialexec) global i32 0
@tls_le = thread_local(localexec) global i32 0
; CHECK: @tls_le = thread_local(localexec) global i32 0

; unnamed_addr, address spaces, constness, externally_initialized
@g_unnamed = unnamed_addr constant i32 42
; CHECK: @g_unnamed = unnamed_addr constant i32 42
@g_local_unnamed = local_unnamed_addr global i32 0
; CHECK: @g_local_unnamed = local_unnamed_addr global i32 0
@g_addrspace = addrspace(1) global i32 0
; CHECK: @g_addrspace = addrspace(1) global i32 0
@g_constant = constant [4 x i8] c"abc\00"
; CHECK: @g_constant = constant [4 x i8] c"abc\00"
@g_ext_init = externally_initialized global i32 0
; CHECK: @g_ext_init = externally_initialized global i32 0

; section, partition, alignment, code model, comdat membership, attributes, metadata
@g_section = global i32 0, section ".data.custom"
; CHECK: @g_section = global i32 0, section ".data.custom"
@g_partition = global i32 0, partition "part1"
; CHECK: @g_partition = global i32 0, partition "part1"
@g_align = global i32 0, align 16
; CHECK: @g_align = global i32 0, align 16
@g_code_model_small = global i32 0, code_model "small"
; CHECK: @g_code_model_small = global i32 0, code_model "small"
@g_code_model_large = global i32 0, code_model "large"
; CHECK: @g_code_model_large = global i32 0, code_model "large"
@any = global i32 0, comdat
; CHECK: @any = global i32 0, comdat
@g_in_exact = global i32 0, comdat($exact)
; CHECK: @g_in_exact = global i32 0, comdat($exact)
@largest = global i64 0, comdat
; CHECK: @largest = global i64 0, comdat
@nodup = global i32 0, comdat
; CHECK: @nodup = global i32 0, comdat
@same = global i32 0, comdat
; CHECK: @same = global i32 0, comdat
@g_attrs = global i32 0 #0
; CHECK: @g_attrs = global i32 0 #0
@g_sanitizer = global i32 0, no_sanitize_address, no_sanitize_hwaddress, sanitize_memtag
; CHECK: @g_sanitizer = global i32 0, no_sanitize_address, no_sanitize_hwaddress, sanitize_memtag
@g_md = global i32 0, !custom !0
; CHECK: @g_md = global i32 0, !custom !0

; everything at once, in LangRef's order
@g_all = internal thread_local(initialexec) unnamed_addr addrspace(3) externally_initialized global i64 0, section ".bss.all", align 8
; CHECK: @g_all = internal thread_local(initialexec) unnamed_addr addrspace(3) externally_initialized global i64 0, section ".bss.all", align 8

; quoted and numbered names
@"quoted name with spaces" = global i8 0
@0 = private constant [3 x i8] c"hi\00"
; CHECK: @0 = private constant [3 x i8] c"hi\00"
@1 = private constant i32 0
; CHECK: @1 = private constant i32 0

; a function living in a comdat, using the numbered globals
define linkonce_odr i32 @in_comdat() comdat($any) {
; CHECK: define linkonce_odr i32 @in_comdat(
  %v = load i32, ptr @1
  ; CHECK: %v = load i32, ptr @1
  ret i32 %v
  ; CHECK: ret i32 %v
}

attributes #0 = { "bss-section"="my_bss" }

!0 = !{!"custom"}
