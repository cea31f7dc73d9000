; Module-level entities with every modifier (globals, aliases, ifuncs, comdats, functions, attribute groups) and all constant and constant-expression forms.
source_filename = "globals.c"
target datalayout = "e-m:e-i64:64-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
module asm ".globl asm_sym"
module asm "asm_sym: ret"

$cd = comdat any
$"quoted comdat" = comdat largest
$nd = comdat nodeduplicate
$cdv = comdat exactmatch

%struct.S = type { i32, [2 x i16], <2 x float>, ptr }
%struct.P = type <{ i8, i64 }>
%struct.Opaque = type opaque
%0 = type { i8 }
%T = type target("spirv.Image", void, 1, 0, 0, 0, 0, 0, 0)

@i = global i32 42, align 4
@ext = external global i32
@ext2 = external dso_local global ptr
@weakv = weak hidden global i64 -7, section ".data.weak", align 8
@ce = linkonce_odr dso_local local_unnamed_addr constant [3 x i8] c"ab\00", comdat($cd), align 1
@cdv = weak_odr global i32 0, comdat
@tls1 = thread_local global i32 1
@tls2 = internal thread_local(initialexec) global i32 2
@tls3 = private thread_local(localdynamic) unnamed_addr global i32 3
@as1 = addrspace(1) global i32 5
@ei = external externally_initialized global i8
@dll = dllexport global i16 3
@dlli = external dllimport global i16
@app = appending global [1 x ptr] [ptr @f], section "llvm.metadata"
@comm = common global i32 0, align 4
@extw = extern_weak global i32
@avail = available_externally global i32 9
@pt = global i32 1, partition "part1"
@san = global i32 1, no_sanitize_address, no_sanitize_hwaddress, sanitize_memtag, sanitize_address_dyninit
@cm = global i32 1, code_model "large"
@md = global i32 1, !type !0, !dbg !1
@attrs = global i32 1 #0
@flt = global float 0x3FB99999A0000000
@hlf = global half 0xH3C00
@bf = global bfloat 0xR3F80
@x80 = global x86_fp80 0xK3FFF8000000000000000
@f128 = global fp128 0xL00000000000000003FFF000000000000
@ppc = global ppc_fp128 0xM3FF00000000000000000000000000000
@dbl = global double -1.5e+10
@big = global i128 170141183460469231731687303715884105727
@hexint = global i64 u0xFFFFFFFFFFFFFFFF
@b = global i1 true
@n = global ptr null
@u = global i32 undef
@po = global i32 poison
@z = global %struct.S zeroinitializer
@arr = global [2 x i32] [i32 1, i32 2]
@vec = global <4 x i16> <i16 1, i16 2, i16 3, i16 4>
@st = global %struct.S { i32 1, [2 x i16] [i16 1, i16 2], <2 x float> <float 1.0, float 2.0>, ptr @i }
@pst = global %struct.P <{ i8 1, i64 2 }>
@anon = global { i32, <{ i8 }> } { i32 1, <{ i8 }> <{ i8 2 }> }
@spl = global <4 x i32> splat (i32 7)
@ba = global ptr blockaddress(@f, %bb)
@dle = global ptr dso_local_equivalent @g
@gep = global ptr getelementptr inbounds (%struct.S, ptr @st, i64 0, i32 1, i64 1)
@gep2 = global ptr getelementptr (i8, ptr @i, i64 2)
@gep3 = global ptr getelementptr inbounds inrange(-8, 16) ({ [4 x ptr] }, ptr @vt, i32 0, i32 0, i32 2)
@vt = global { [4 x ptr] } zeroinitializer
@casts = global [5 x i64] [i64 ptrtoint (ptr @i to i64), i64 add (i64 ptrtoint (ptr @i to i64), i64 8), i64 sub nuw (i64 ptrtoint (ptr @i to i64), i64 ptrtoint (ptr @n to i64)), i64 mul nsw (i64 2, i64 ptrtoint (ptr @i to i64)), i64 xor (i64 1, i64 ptrtoint (ptr @i to i64))]
@i2p = global ptr inttoptr (i64 4096 to ptr)
@asc = global ptr addrspace(1) addrspacecast (ptr @i to ptr addrspace(1))
@trn = global i32 trunc (i64 ptrtoint (ptr @i to i64) to i32)
@bcv = global <2 x i32> bitcast (i64 1 to <2 x i32>)
@ee = global i32 extractelement (<2 x i32> <i32 1, i32 2>, i32 0)
@ie = global <2 x i32> insertelement (<2 x i32> zeroinitializer, i32 1, i32 0)
@sv = global <2 x i32> shufflevector (<2 x i32> <i32 1, i32 2>, <2 x i32> poison, <2 x i32> <i32 1, i32 0>)
@pa = global ptr ptrauth (ptr @f, i32 0)
@pa2 = global ptr ptrauth (ptr @f, i32 2, i64 1234, ptr @pa2)
@cs = constant [2 x ptr] [ptr no_cfi @f, ptr @g]

@al = alias i32, ptr @i
@al2 = internal alias i32, getelementptr (i32, ptr @i, i64 1)
@al3 = hidden unnamed_addr alias void (), ptr @f
@ifn = ifunc void (), ptr @resolver
@ifn2 = dso_local ifunc i32 (i32), ptr @resolver, partition "p"

define ptr @resolver() {
  ret ptr @f
}

define void @f() {
entry:
  call void asm "", "=*m"(ptr elementtype(i32) @i)
  br label %bb
bb:
  ret void
}

define weak_odr protected void @g() unnamed_addr addrspace(0) #1 section ".text.g" comdat($cd) align 16 gc "statepoint-example" prefix i32 123 prologue i8 144 personality ptr @resolver !dbg !2 {
  ret void
}

define available_externally dllexport noundef nonnull align 8 dereferenceable(16) ptr @h(ptr noalias nocapture readonly align 8 %out, ptr byval(%struct.S) align 8 %in, ptr byref(i64) %br, ptr nonnull dereferenceable_or_null(8) %d, i32 zeroext %z, i8 signext %s, i32 inreg %r, ptr swiftself %ss, ptr swifterror %se, ptr nest %nst, ptr returned %ret, i32 noundef range(i32 0, 10) %rg, float nofpclass(nan inf) %fl, ptr writable dead_on_unwind initializes((0, 4), (8, 12)) %w, ptr "custom-attr"="v" "flag" %sa) local_unnamed_addr #2 {
  ret ptr %ret
}

define void @h2(ptr sret(%struct.S) align 8 %o, ptr preallocated(i32) %pre, ptr inalloca(i32) %ia) {
  ret void
}

declare !dbg !3 void @decl_md()
declare extern_weak void @decl_ew()
declare x86_stdcallcc i32 @decl_cc(i32, i32) nounwind memory(argmem: read, inaccessiblemem: write) allockind("alloc,zeroed") allocsize(0, 1) "alloc-family"="malloc" uwtable(sync) vscale_range(1,16) alignstack(16)
declare void @decl_elt(ptr) #3
declare cc 42 void @decl_numcc()
declare void @decl_varargs(...)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64) nocallback nofree nosync nounwind speculatable willreturn memory(none)

uselistorder ptr @i, { 1, 0, 2, 3, 4, 5, 6, 7 }

attributes #0 = { "global-attr" }
attributes #1 = { noinline nounwind optnone uwtable "frame-pointer"="all" "target-cpu"="x86-64" }
attributes #2 = { alwaysinline cold hot minsize optsize norecurse willreturn mustprogress nofree nosync memory(argmem: readwrite, inaccessiblemem: read) }
attributes #3 = { align=8 alignstack=16 }

!llvm.dbg.cu = !{!4}
!llvm.module.flags = !{!7, !8}
!0 = !{i64 0, !"typeid"}
!1 = !DIGlobalVariableExpression(var: !5, expr: !DIExpression())
!2 = distinct !DISubprogram(name: "g", scope: !6, file: !6, line: 3, type: !9, scopeLine: 3, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !4)
!3 = !DISubprogram(name: "decl_md", scope: !6, file: !6, line: 4, type: !9, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!4 = distinct !DICompileUnit(language: DW_LANG_C11, file: !6, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !10, splitDebugInlining: false, nameTableKind: None)
!5 = distinct !DIGlobalVariable(name: "md", scope: !4, file: !6, line: 1, type: !11, isLocal: false, isDefinition: true)
!6 = !DIFile(filename: "globals.c", directory: "/tmp", checksumkind: CSK_MD5, checksum: "0123456789abcdef0123456789abcdef")
!7 = !{i32 7, !"Dwarf Version", i32 5}
!8 = !{i32 2, !"Debug Info Version", i32 3}
!9 = !DISubroutineType(types: !12)
!10 = !{!1}
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = !{null}
