; RUN: parse --print
; Parameter and function attributes (LangRef "Parameter Attributes", "Function Attributes",
; "Attribute Groups", "Call Site Attributes"): every attribute kind LLVM 19 knows, on
; declarations, in attribute groups, and on call sites. CHECK lines pin only the call
; instructions' shape, since irscope keeps attribute spellings and group numbers as written.
; Left out: `hybrid_patchable`, which llvm-as-19 accepts but whose bitcode llvm-dis-19 cannot
; read back ("Unknown attribute kind (95)"), so it has no canonical form to check against.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct = type { i64, i64 }
; CHECK: %struct = type { i64, i64 }

; integer and pointer parameter attributes
declare i64 @param_attrs_int(i8 zeroext %a, i8 signext %b, i32 inreg %c, i32 noundef %d, i32 range(i32 0, 10) %e, i64 returned %f)
; CHECK: declare i64 @param_attrs_int(
declare void @param_attrs_ptr(ptr noalias %g, ptr nocapture %h, ptr nofree %i, ptr nonnull %k, ptr dereferenceable(16) %l, ptr dereferenceable_or_null(32) %m, ptr align 64 %n, ptr readnone %o, ptr readonly %p, ptr writeonly %q, ptr writable dereferenceable(8) %r, ptr dead_on_unwind %s, ptr initializes((0, 4), (8, 16)) %t)
; CHECK: declare void @param_attrs_ptr(
; ABI-changing pointer attributes, one declaration each where they exclude each other
declare void @abi_byval(ptr byval(%struct) align 8 %a)
; CHECK: declare void @abi_byval(
declare void @abi_byref(ptr byref(%struct) %b)
; CHECK: declare void @abi_byref(
declare void @abi_preallocated(ptr preallocated(%struct) %c)
; CHECK: declare void @abi_preallocated(
declare void @abi_sret(ptr sret(%struct) %e, ptr nest %j)
; CHECK: declare void @abi_sret(
declare void @abi_inalloca(i32 %x, ptr inalloca(%struct) %d)
; CHECK: declare void @abi_inalloca(
declare swiftcc void @abi_swift(ptr swiftself %w, ptr swifterror %x, ptr swiftasync %y)
; CHECK: declare swiftcc void @abi_swift(
declare ptr @abi_alloc(i64 allocalign %a, ptr allocptr %p)
; CHECK: declare ptr @abi_alloc(
declare void @param_attrs_fp(float nofpclass(nan inf) %a, double nofpclass(zero sub norm) %b, <2 x float> nofpclass(snan qnan ninf pinf nzero pzero nsub psub nnorm pnorm) %c)
; CHECK: declare void @param_attrs_fp(
declare noalias nonnull align 16 dereferenceable(64) ptr @return_attrs_ptr()
; CHECK: declare noalias nonnull align 16 dereferenceable(64) ptr @return_attrs_ptr(
declare range(i8 -1, 2) i8 @return_attrs_range()
; CHECK: declare range(i8 -1, 2) i8 @return_attrs_range(
declare nofpclass(nan) noundef float @return_attrs_fp()
; CHECK: declare nofpclass(

; elementtype is only legal on intrinsic and inline-asm call sites
declare ptr @llvm.preserve.array.access.index.p0.p0(ptr, i32 immarg, i32 immarg)
; CHECK: declare ptr @llvm.preserve.array.access.index.p0.p0(

; memory(...) with locations and access kinds
declare void @mem_none() memory(none)
; CHECK: declare void @mem_none(
declare void @mem_read() memory(read)
; CHECK: declare void @mem_read(
declare void @mem_write() memory(write)
; CHECK: declare void @mem_write(
declare void @mem_argmem() memory(argmem: readwrite)
; CHECK: declare void @mem_argmem(
declare void @mem_inaccessible() memory(inaccessiblemem: write)
; CHECK: declare void @mem_inaccessible(
declare void @mem_mixed() memory(read, argmem: readwrite, inaccessiblemem: none)
; CHECK: declare void @mem_mixed(

; function attributes without arguments, one group holding them
declare void @fn_attrs() unnamed_addr #0
; CHECK: declare void @fn_attrs(
; attributes that exclude some of #0
declare void @fn_attrs_noinline() #6
; CHECK: declare void @fn_attrs_noinline(
declare void @fn_attrs_naked() #7
; CHECK: declare void @fn_attrs_naked(
declare void @fn_attrs_optdebug() #8
; CHECK: declare void @fn_attrs_optdebug(
; function attributes with arguments
declare ptr @fn_attrs_args(i64, i64) #1
; CHECK: declare ptr @fn_attrs_args(
; string attributes, with and without values
declare void @fn_string_attrs() #2
; CHECK: declare void @fn_string_attrs(

; a definition whose parameters carry attributes and whose body calls with call-site attributes
define noundef i32 @call_site_attrs(ptr noundef nonnull align 4 dereferenceable(4) %p, ptr %s) #3 {
; CHECK: define noundef i32 @call_site_attrs(
  %v = load i32, ptr %p
  ; CHECK: %v = load i32, ptr %p
  call void @param_attrs_ptr(ptr noalias %p, ptr nocapture %p, ptr nofree %p, ptr nonnull %p, ptr dereferenceable(16) %p, ptr dereferenceable_or_null(32) %p, ptr align 64 %p, ptr readnone %p, ptr readonly %p, ptr writeonly %p, ptr writable %p, ptr dead_on_unwind %p, ptr initializes((0, 4)) %p) #4
  ; CHECK: call void @param_attrs_ptr(ptr noalias %p, ptr nocapture %p, ptr nofree %p, ptr nonnull %p, ptr dereferenceable(16) %p, ptr dereferenceable_or_null(32) %p, ptr align 64 %p, ptr readnone %p, ptr readonly %p, ptr writeonly %p, ptr writable %p, ptr dead_on_unwind %p, ptr initializes((0, 4)) %p)
  call void @abi_byval(ptr byval(%struct) align 8 %s)
  ; CHECK: call void @abi_byval(ptr byval(%struct) align 8 %s)
  call void @abi_sret(ptr sret(%struct) %s, ptr nest null)
  ; CHECK: call void @abi_sret(ptr sret(%struct) %s, ptr nest null)
  %r = call noundef range(i8 -1, 2) i8 @return_attrs_range() #5
  ; CHECK: %r = call noundef range(i8 -1, 2) i8 @return_attrs_range()
  call void @mem_mixed() memory(none)
  ; CHECK: call void @mem_mixed()
  %e = call ptr @llvm.preserve.array.access.index.p0.p0(ptr elementtype(i32) %p, i32 0, i32 0)
  ; CHECK: %e = call ptr @llvm.preserve.array.access.index.p0.p0(ptr elementtype(i32) %p, i32 0, i32 0)
  call void @fn_string_attrs() builtin "call-site-string"="v" cold
  ; CHECK: call void @fn_string_attrs()
  ret i32 %v
  ; CHECK: ret i32 %v
}

attributes #0 = { alwaysinline cold convergent disable_sanitizer_instrumentation fn_ret_thunk_extern inlinehint jumptable mustprogress nobuiltin nocallback nocf_check noduplicate nofree noimplicitfloat nomerge norecurse noredzone noreturn nosanitize_bounds nosanitize_coverage nosync nounwind null_pointer_is_valid optforfuzzing presplitcoroutine returns_twice safestack sanitize_address sanitize_hwaddress sanitize_memory sanitize_memtag sanitize_numerical_stability sanitize_thread shadowcallstack skipprofile speculatable speculative_load_hardening ssp strictfp willreturn }
attributes #1 = { allockind("alloc,uninitialized,aligned") allocsize(0, 1) alignstack=16 uwtable(sync) vscale_range(1, 16) "alloc-family"="malloc" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "target-cpu"="x86-64" "target-features"="+sse2,-avx" "flag-without-value" }
attributes #3 = { nounwind uwtable "probe-stack"="inline-asm" }
attributes #4 = { nounwind }
attributes #5 = { nounwind memory(none) }
attributes #6 = { noinline optnone hot sspreq }
attributes #7 = { naked minsize optsize sspstrong }
attributes #8 = { optdebug }
