; ModuleID = 'mutex.a6bdf7924794ead5-cgu.0'
source_filename = "mutex.a6bdf7924794ead5-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::sync::atomic::AtomicUsize" = type { i64 }
%"core::fmt::rt::Argument<'_>" = type { %"core::fmt::rt::ArgumentType<'_>" }
%"core::fmt::rt::ArgumentType<'_>" = type { ptr, [1 x i64] }
%"alloc::boxed::Box<dyn core::ops::function::FnOnce() + core::marker::Send>" = type { %"core::ptr::unique::Unique<dyn core::ops::function::FnOnce() + core::marker::Send>", %"alloc::alloc::Global" }
%"core::ptr::unique::Unique<dyn core::ops::function::FnOnce() + core::marker::Send>" = type { %"core::ptr::non_null::NonNull<dyn core::ops::function::FnOnce() + core::marker::Send>", %"core::marker::PhantomData<dyn core::ops::function::FnOnce() + core::marker::Send>" }
%"core::ptr::non_null::NonNull<dyn core::ops::function::FnOnce() + core::marker::Send>" = type { { ptr, ptr } }
%"core::marker::PhantomData<dyn core::ops::function::FnOnce() + core::marker::Send>" = type {}
%"alloc::alloc::Global" = type {}

@anon.654b07d532b501b63c9f4d548479edab.0 = private unnamed_addr constant <{ [8 x i8], [8 x i8] }> <{ [8 x i8] zeroinitializer, [8 x i8] undef }>, align 8
@alloc_78b6a49e36fe808e0ef950c2feb9fafc = private unnamed_addr constant [71 x i8] c"to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive", align 1
@alloc_7f40ab16d52f282df0c782611f779477 = private unnamed_addr constant [81 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/char/methods.rs\00", align 1
@alloc_d5231788140d59bda2c80f53d0e0d46e = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_7f40ab16d52f282df0c782611f779477, [16 x i8] c"P\00\00\00\00\00\00\00\93\01\00\00\09\00\00\00" }>, align 8
@anon.654b07d532b501b63c9f4d548479edab.1 = private unnamed_addr constant <{ [4 x i8], [4 x i8] }> <{ [4 x i8] zeroinitializer, [4 x i8] undef }>, align 4
@_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT = external global %"core::sync::atomic::AtomicUsize"
@alloc_e05d24d8281e788759f08dbea3521ad4 = private unnamed_addr constant [76 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/num/mod.rs\00", align 1
@alloc_a7ca6b33fc9d174499ffd85537cb5ade = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e05d24d8281e788759f08dbea3521ad4, [16 x i8] c"K\00\00\00\00\00\00\00\0A\07\00\00\01\00\00\00" }>, align 8
@alloc_6b557263fd484559e1266c7bddec5c17 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_7f40ab16d52f282df0c782611f779477, [16 x i8] c"P\00\00\00\00\00\00\00U\07\00\00\09\00\00\00" }>, align 8
@alloc_929e9b2e7b7429614ca4fc017efff666 = private unnamed_addr constant [41 x i8] c"there is no such thing as a relaxed fence", align 1
@alloc_e17502e153481471943c37e20438384b = private unnamed_addr constant [80 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/sync/atomic.rs\00", align 1
@alloc_ea5b21d5fc560c6358071a0315535da4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00\19\11\00\00\18\00\00\00" }>, align 8
@alloc_75fb06c2453febd814e73f5f2e72ae38 = private unnamed_addr constant [199 x i8] c"unsafe precondition(s) violated: hint::unreachable_unchecked must never be reached\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_2800f9fd9aa1f3e24fde08ad5f3cf8ec = private unnamed_addr constant [71 x i8] c"\12encode_utf8: need \C0\13 bytes to encode U+\C3 \00\00i\04\00\15 but buffer has just \C0\00", align 1
@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr, ptr, ptr }> <{ ptr @"_ZN4core3ptr93drop_in_place$LT$std..io..default_write_fmt..Adapter$LT$std..sys..stdio..unix..Stderr$GT$$GT$17h72cc3ac84e2354bdE", [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN81_$LT$std..io..default_write_fmt..Adapter$LT$T$GT$$u20$as$u20$core..fmt..Write$GT$9write_str17h72366a28fdb9e271E", ptr @_ZN4core3fmt5Write10write_char17h54cf1c063f0d066cE, ptr @_ZN4core3fmt5Write9write_fmt17had4463d4b9061133E }>, align 8
@alloc_a439077caaee6bab9af745f1531d72a4 = private unnamed_addr constant [86 x i8] c"a formatting trait implementation returned an error when the underlying stream did not", align 1
@alloc_99934ceadea2ef3a7bbccbd3e4b2fedc = private unnamed_addr constant [74 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/io/mod.rs\00", align 1
@alloc_b0ae37a9738c727c4872e897e1f5ac1b = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_99934ceadea2ef3a7bbccbd3e4b2fedc, [16 x i8] c"I\00\00\00\00\00\00\00\88\02\00\00\11\00\00\00" }>, align 8
@alloc_8d68fcbc011419193bd208f22e2789d1 = private unnamed_addr constant [28 x i8] c"failed to write whole buffer", align 1
@alloc_0c6bd0c1dc63d8d7fb1eb0c800f5dec2 = private unnamed_addr constant <{ ptr, [9 x i8], [7 x i8] }> <{ ptr @alloc_8d68fcbc011419193bd208f22e2789d1, [9 x i8] c"\1C\00\00\00\00\00\00\00\17", [7 x i8] undef }>, align 8
@alloc_a2b462ac72db38b51a27d3bbf062bd3b = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_99934ceadea2ef3a7bbccbd3e4b2fedc, [16 x i8] c"I\00\00\00\00\00\00\00Y\07\00\00$\00\00\00" }>, align 8
@alloc_6784ef57cf171ae632d19b0dd5318396 = private unnamed_addr constant [91 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/io/error/repr_bitpacked.rs\00", align 1
@alloc_a185c37a7413867ddb596db6d01df0de = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_6784ef57cf171ae632d19b0dd5318396, [16 x i8] c"Z\00\00\00\00\00\00\00\08\01\00\00\1A\00\00\00" }>, align 8
@alloc_a500d906b91607583596fa15e63c2ada = private unnamed_addr constant [40 x i8] c"internal error: entered unreachable code", align 1
@alloc_001eb85a62c5c94c4f46cb7ac3a24716 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_6784ef57cf171ae632d19b0dd5318396, [16 x i8] c"Z\00\00\00\00\00\00\00\19\01\00\00\0D\00\00\00" }>, align 8
@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17hd0d775571fbf8687E", ptr @"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h634f240277f2a19cE", ptr @"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h634f240277f2a19cE" }>, align 8
@vtable.2 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr148drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h17fe9b7631710ad6E", [16 x i8] c"0\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h0c1f290482dc4954E" }>, align 8
@_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN = external global %"core::sync::atomic::AtomicUsize"
@alloc_7a0078e56453c84a4274ce689b2bb39a = private unnamed_addr constant [14 x i8] c"RUST_MIN_STACK", align 1
@alloc_987f9181f01088182face37be6d0a1cd = private unnamed_addr constant [41 x i8] c"threads should not terminate unexpectedly", align 1
@alloc_d71163240bab68464d47d4f464e0e58e = private unnamed_addr constant [84 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/thread/lifecycle.rs\00", align 1
@alloc_c8fa0f44c6d4fbb5209642c5dc0b0954 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_d71163240bab68464d47d4f464e0e58e, [16 x i8] c"S\00\00\00\00\00\00\00\F7\00\00\00\0E\00\00\00" }>, align 8
@alloc_5c930fb1751f82b8f0fb1f0c7d0d38d5 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_d71163240bab68464d47d4f464e0e58e, [16 x i8] c"S\00\00\00\00\00\00\00\FB\00\00\00\0E\00\00\00" }>, align 8
@alloc_9cd20c3e415f4d39f0ceb012cb758628 = private unnamed_addr constant [40 x i8] c"there is no such thing as a release load", align 1
@alloc_b7d26e4bc52b7f02cc25e37f0bf633e4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\005\0F\00\00\18\00\00\00" }>, align 8
@alloc_96ab912d0054b46da785b206a96c9a45 = private unnamed_addr constant [49 x i8] c"there is no such thing as an acquire-release load", align 1
@alloc_738c866d826467e54726b360a2118a62 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\006\0F\00\00\17\00\00\00" }>, align 8
@alloc_bf39103a6db665396aab4632362d9353 = private unnamed_addr constant [42 x i8] c"there is no such thing as an acquire store", align 1
@alloc_a574beff59ab58cf5ed2d6bc163e2302 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00&\0F\00\00\18\00\00\00" }>, align 8
@alloc_00c0bce0fa6327f8ec8e69d6d765d508 = private unnamed_addr constant [50 x i8] c"there is no such thing as an acquire-release store", align 1
@alloc_aec0388915b72a4f610ad656c35be884 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00'\0F\00\00\17\00\00\00" }>, align 8
@alloc_5a43f8d94dd4505c1dba43832ce73af8 = private unnamed_addr constant [52 x i8] c"there is no such thing as a release failure ordering", align 1
@alloc_9358981a0abd66965a2745829d6abd34 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00\AB\0F\00\00\1D\00\00\00" }>, align 8
@alloc_7adef5546d83b439c7829602020737c6 = private unnamed_addr constant [61 x i8] c"there is no such thing as an acquire-release failure ordering", align 1
@alloc_5d2b33ea973198a6afb110fdf3882ee7 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00\AA\0F\00\00\1C\00\00\00" }>, align 8
@vtable.3 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17hdbb4cd003000bd78E", [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXNtNtCsjrHSEGnQ3l9_3std2io5errorNtB2_5ErrorNtNtCsgEmfK2I1SDS_4core3fmt5Debug3fmt }>, align 8
@vtable.4 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E", [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN67_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h2e0224869b467496E" }>, align 8
@alloc_00ae4b301f7fab8ac9617c03fcbd7274 = private unnamed_addr constant [43 x i8] c"called `Result::unwrap()` on an `Err` value", align 1
@vtable.5 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17h6dddd045464d2ad1E", [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h1920e68d60050f33E" }>, align 8
@alloc_e3605bf48dd8479a638909176cc37fce = private unnamed_addr constant [22 x i8] c"failed to spawn thread", align 1
@alloc_ac3c4e69c0cf013c504e8d949189a5f7 = private unnamed_addr constant [84 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/thread/functions.rs\00", align 1
@alloc_0246dd9f5900f3685febed10b072f357 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_ac3c4e69c0cf013c504e8d949189a5f7, [16 x i8] c"S\00\00\00\00\00\00\00\83\00\00\00\1D\00\00\00" }>, align 8
@alloc_a2167a7b36db4e2dc3bb889660c811f2 = private unnamed_addr constant [27 x i8] c"testdata/rust/src/mutex.rs\00", align 1
@alloc_864ad255727c738bc0de7df9bc6fcaeb = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_a2167a7b36db4e2dc3bb889660c811f2, [16 x i8] c"\1A\00\00\00\00\00\00\00\19\00\00\00\18\00\00\00" }>, align 8
@alloc_fbd12542a6e11843f5ba11bf7e5502d5 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_a2167a7b36db4e2dc3bb889660c811f2, [16 x i8] c"\1A\00\00\00\00\00\00\00\09\00\00\00\15\00\00\00" }>, align 8
@alloc_9cd824443b9d78fa1e84c12a820470f9 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_a2167a7b36db4e2dc3bb889660c811f2, [16 x i8] c"\1A\00\00\00\00\00\00\00\10\00\00\00\0F\00\00\00" }>, align 8
@alloc_8e2410b80645266732854088d21653bc = private unnamed_addr constant [11 x i8] c"PoisonError", align 1
@alloc_58f213f5b48e0bea76ba0b429606a6b5 = private unnamed_addr constant [62 x i8] c"fatal runtime error: thread result panicked on drop, aborting\0A", align 1

; <alloc::alloc::Global>::alloc_impl_runtime
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i64 } @_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime(i64 noundef range(i64 1, -9223372036854775807) %layout.0, i64 noundef %layout.1, i1 noundef zeroext %zeroed) unnamed_addr #0 {
start:
  %self1 = alloca [8 x i8], align 8
  %self = alloca [8 x i8], align 8
  %_9 = alloca [8 x i8], align 8
  %raw_ptr = alloca [8 x i8], align 8
  %_0 = alloca [16 x i8], align 8
  %0 = icmp eq i64 %layout.1, 0
  br i1 %0, label %bb2, label %bb1

bb2:                                              ; preds = %start
  %1 = sub i64 %layout.0, 1
  %2 = icmp ule i64 %1, 9223372036854775807
  call void @llvm.assume(i1 %2)
  %data = inttoptr i64 %layout.0 to ptr
  %3 = sub i64 %layout.0, 1
  %4 = icmp ule i64 %3, 9223372036854775807
  call void @llvm.assume(i1 %4)
  %data2 = inttoptr i64 %layout.0 to ptr
  br label %bb9

bb1:                                              ; preds = %start
  br i1 %zeroed, label %bb3, label %bb4

bb9:                                              ; preds = %bb2
  %5 = icmp ne ptr %data2, null
  call void @llvm.assume(i1 %5)
  store ptr %data2, ptr %_0, align 8
  %6 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 0, ptr %6, align 8
  br label %bb6

bb6:                                              ; preds = %bb21, %bb14, %bb9
  %7 = load ptr, ptr %_0, align 8, !noundef !4
  %8 = getelementptr inbounds i8, ptr %_0, i64 8
  %9 = load i64, ptr %8, align 8
  %10 = insertvalue { ptr, i64 } poison, ptr %7, 0
  %11 = insertvalue { ptr, i64 } %10, i64 %9, 1
  ret { ptr, i64 } %11

bb4:                                              ; preds = %bb1
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #28
; call __rustc::__rust_alloc
  %12 = call noundef ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef %layout.1, i64 noundef %layout.0) #28
  store ptr %12, ptr %raw_ptr, align 8
  br label %bb5

bb3:                                              ; preds = %bb1
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #28
; call __rustc::__rust_alloc_zeroed
  %13 = call noundef ptr @_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed(i64 noundef %layout.1, i64 noundef %layout.0) #28
  store ptr %13, ptr %raw_ptr, align 8
  br label %bb5

bb5:                                              ; preds = %bb3, %bb4
  call void @llvm.lifetime.start.p0(ptr %_9)
  call void @llvm.lifetime.start.p0(ptr %self)
  call void @llvm.lifetime.start.p0(ptr %self1)
  %14 = load ptr, ptr %raw_ptr, align 8, !noundef !4
  %_29 = ptrtoint ptr %14 to i64
  %15 = icmp eq i64 %_29, 0
  br i1 %15, label %bb14, label %bb15

bb14:                                             ; preds = %bb5
  store ptr null, ptr %self1, align 8
  store ptr null, ptr %self, align 8
  call void @llvm.lifetime.end.p0(ptr %self1)
  call void @llvm.lifetime.end.p0(ptr %self)
  call void @llvm.assume(i1 true)
  %16 = load ptr, ptr @anon.654b07d532b501b63c9f4d548479edab.0, align 8, !noundef !4
  %17 = load i64, ptr getelementptr inbounds (i8, ptr @anon.654b07d532b501b63c9f4d548479edab.0, i64 8), align 8
  store ptr %16, ptr %_0, align 8
  %18 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %17, ptr %18, align 8
  call void @llvm.lifetime.end.p0(ptr %_9)
  br label %bb6

bb15:                                             ; preds = %bb5
  br label %bb18

bb18:                                             ; preds = %bb15
  %_28 = load ptr, ptr %raw_ptr, align 8, !noundef !4
  %19 = icmp ne ptr %_28, null
  call void @llvm.assume(i1 %19)
  store ptr %_28, ptr %self1, align 8
  %v = load ptr, ptr %self1, align 8, !nonnull !4, !noundef !4
  store ptr %v, ptr %self, align 8
  call void @llvm.lifetime.end.p0(ptr %self1)
  %v3 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  store ptr %v3, ptr %_9, align 8
  call void @llvm.lifetime.end.p0(ptr %self)
  %ptr = load ptr, ptr %_9, align 8, !nonnull !4, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %_9)
  %20 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %20)
  br label %bb21

bb21:                                             ; preds = %bb18
  %21 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %21)
  store ptr %ptr, ptr %_0, align 8
  %22 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %layout.1, ptr %22, align 8
  br label %bb6

bb7:                                              ; No predecessors!
  unreachable

bb8:                                              ; No predecessors!
  unreachable

bb16:                                             ; No predecessors!
  unreachable

bb17:                                             ; No predecessors!
  unreachable

bb19:                                             ; No predecessors!
  unreachable

bb20:                                             ; No predecessors!
  unreachable
}

; <char>::to_digit
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i32, i32 } @_RNvMNtNtCsgEmfK2I1SDS_4core4char7methodsc8to_digit(i32 noundef range(i32 0, 1114112) %self, i32 noundef %radix) unnamed_addr #0 {
start:
  %value = alloca [4 x i8], align 4
  %_0 = alloca [8 x i8], align 4
  %_3 = icmp uge i32 %radix, 2
  %0 = call i1 @llvm.expect.i1(i1 %_3, i1 true)
  br i1 %0, label %bb1, label %bb3

bb3:                                              ; preds = %bb1, %start
  call void @llvm.assume(i1 true)
  %1 = icmp ne ptr inttoptr (i64 143 to ptr), null
  call void @llvm.assume(i1 %1)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_78b6a49e36fe808e0ef950c2feb9fafc, ptr noundef nonnull inttoptr (i64 143 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_d5231788140d59bda2c80f53d0e0d46e) #29
  unreachable

bb1:                                              ; preds = %start
  %_4 = icmp ule i32 %radix, 36
  %2 = call i1 @llvm.expect.i1(i1 %_4, i1 true)
  br i1 %2, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  %_8 = icmp ugt i32 %self, 57
  br i1 %_8, label %bb4, label %bb6

bb6:                                              ; preds = %bb4, %bb2
  %3 = icmp ule i32 %self, 1114111
  call void @llvm.assume(i1 %3)
  %4 = sub i32 %self, 48
  store i32 %4, ptr %value, align 4
  br label %bb7

bb4:                                              ; preds = %bb2
  %_9 = icmp ugt i32 %radix, 10
  br i1 %_9, label %bb5, label %bb6

bb5:                                              ; preds = %bb4
  %5 = icmp ule i32 %self, 1114111
  call void @llvm.assume(i1 %5)
  %_11 = sub i32 %self, 65
  %_10 = and i32 %_11, -33
  %6 = add i32 %_10, 10
  store i32 %6, ptr %value, align 4
  br label %bb7

bb7:                                              ; preds = %bb5, %bb6
  %_15 = load i32, ptr %value, align 4, !noundef !4
  %_14 = icmp ult i32 %_15, %radix
  br i1 %_14, label %bb8, label %bb9

bb9:                                              ; preds = %bb7
  %7 = load i32, ptr @anon.654b07d532b501b63c9f4d548479edab.1, align 4, !range !5, !noundef !4
  %8 = load i32, ptr getelementptr inbounds (i8, ptr @anon.654b07d532b501b63c9f4d548479edab.1, i64 4), align 4
  store i32 %7, ptr %_0, align 4
  %9 = getelementptr inbounds i8, ptr %_0, i64 4
  store i32 %8, ptr %9, align 4
  br label %bb10

bb8:                                              ; preds = %bb7
  %10 = load i32, ptr %value, align 4, !noundef !4
  %11 = getelementptr inbounds i8, ptr %_0, i64 4
  store i32 %10, ptr %11, align 4
  store i32 1, ptr %_0, align 4
  br label %bb10

bb10:                                             ; preds = %bb8, %bb9
  %12 = load i32, ptr %_0, align 4, !range !5, !noundef !4
  %13 = getelementptr inbounds i8, ptr %_0, i64 4
  %14 = load i32, ptr %13, align 4
  %15 = insertvalue { i32, i32 } poison, i32 %12, 0
  %16 = insertvalue { i32, i32 } %15, i32 %14, 1
  ret { i32, i32 } %16
}

; <std::sync::poison::Flag>::done
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done(ptr noundef nonnull align 1 %self, ptr noalias noundef readonly align 1 captures(address, read_provenance) dereferenceable(1) %guard) unnamed_addr #0 {
start:
  %0 = load i8, ptr %guard, align 1, !range !6, !noundef !4
  %_3 = trunc nuw i8 %0 to i1
  br i1 %_3, label %bb3, label %bb1

bb1:                                              ; preds = %start
; call core::sync::atomic::atomic_load
  %_8 = call noundef i64 @_ZN4core4sync6atomic11atomic_load17h8bb8faaad7bc1a27E(ptr noundef @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, i8 noundef 0) #30
  %_7 = and i64 %_8, 9223372036854775807
  %1 = icmp eq i64 %_7, 0
  %2 = call i1 @llvm.expect.i1(i1 %1, i1 true)
  br i1 %2, label %bb5, label %bb6

bb3:                                              ; preds = %bb2, %bb6, %bb5, %start
  ret void

bb5:                                              ; preds = %bb1
  br label %bb3

bb6:                                              ; preds = %bb1
; call std::panicking::panic_count::is_zero_slow_path
  %_6 = call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #31
  %_4 = xor i1 %_6, true
  br i1 %_4, label %bb2, label %bb3

bb2:                                              ; preds = %bb6
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17hc419831ec445d993E(ptr noundef %self, i8 noundef 1, i8 noundef 0) #30
  br label %bb3
}

; <std::sync::poison::Flag>::guard
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i1, i8 } @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag5guard(ptr noundef nonnull align 1 %self) unnamed_addr #0 {
start:
  %_5 = alloca [1 x i8], align 1
  %_0 = alloca [2 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr %_5)
; call core::sync::atomic::atomic_load
  %_7 = call noundef i64 @_ZN4core4sync6atomic11atomic_load17h8bb8faaad7bc1a27E(ptr noundef @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, i8 noundef 0) #30
  %_6 = and i64 %_7, 9223372036854775807
  %0 = icmp eq i64 %_6, 0
  %1 = call i1 @llvm.expect.i1(i1 %0, i1 true)
  br i1 %1, label %bb5, label %bb6

bb5:                                              ; preds = %start
  store i8 1, ptr %_5, align 1
  br label %bb4

bb6:                                              ; preds = %start
; call std::panicking::panic_count::is_zero_slow_path
  %2 = call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #31
  %3 = zext i1 %2 to i8
  store i8 %3, ptr %_5, align 1
  br label %bb4

bb4:                                              ; preds = %bb6, %bb5
  %4 = load i8, ptr %_5, align 1, !range !6, !noundef !4
  %5 = trunc nuw i8 %4 to i1
  %_3 = xor i1 %5, true
  call void @llvm.lifetime.end.p0(ptr %_5)
; call core::sync::atomic::atomic_load
  %_13 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h1c7426ce05bf7ffcE(ptr noundef %self, i8 noundef 0) #30
  %6 = icmp eq i8 %_13, 0
  br i1 %6, label %bb2, label %bb1

bb2:                                              ; preds = %bb4
  %7 = getelementptr inbounds i8, ptr %_0, i64 1
  %8 = zext i1 %_3 to i8
  store i8 %8, ptr %7, align 1
  store i8 0, ptr %_0, align 1
  br label %bb3

bb1:                                              ; preds = %bb4
  %9 = getelementptr inbounds i8, ptr %_0, i64 1
  %10 = zext i1 %_3 to i8
  store i8 %10, ptr %9, align 1
  store i8 1, ptr %_0, align 1
  br label %bb3

bb3:                                              ; preds = %bb1, %bb2
  %11 = load i8, ptr %_0, align 1, !range !6, !noundef !4
  %12 = trunc nuw i8 %11 to i1
  %13 = getelementptr inbounds i8, ptr %_0, i64 1
  %14 = load i8, ptr %13, align 1, !noundef !4
  %15 = insertvalue { i1, i8 } poison, i1 %12, 0
  %16 = insertvalue { i1, i8 } %15, i8 %14, 1
  ret { i1, i8 } %16
}

; <core::fmt::Arguments>::as_statically_known_str
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i64 } @_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments23as_statically_known_str(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %self) unnamed_addr #0 {
start:
  %0 = alloca [1 x i8], align 1
  %s = alloca [16 x i8], align 8
  %1 = getelementptr inbounds i8, ptr %self, i64 8
  %_6 = load ptr, ptr %1, align 8, !nonnull !4, !noundef !4
  %2 = icmp ne ptr %_6, null
  call void @llvm.assume(i1 %2)
  %bits = ptrtoint ptr %_6 to i64
  %_7 = and i64 %bits, 1
  %3 = icmp eq i64 %_7, 1
  br i1 %3, label %bb6, label %bb7

bb6:                                              ; preds = %start
  %self1 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %4 = icmp ne ptr %self1, null
  call void @llvm.assume(i1 %4)
  %len = lshr i64 %bits, 1
  br label %bb10

bb7:                                              ; preds = %start
  %5 = load ptr, ptr @anon.654b07d532b501b63c9f4d548479edab.0, align 8, !align !7, !noundef !4
  %6 = load i64, ptr getelementptr inbounds (i8, ptr @anon.654b07d532b501b63c9f4d548479edab.0, i64 8), align 8
  store ptr %5, ptr %s, align 8
  %7 = getelementptr inbounds i8, ptr %s, i64 8
  store i64 %6, ptr %7, align 8
  br label %bb5

bb10:                                             ; preds = %bb6
  store ptr %self1, ptr %s, align 8
  %8 = getelementptr inbounds i8, ptr %s, i64 8
  store i64 %len, ptr %8, align 8
  br label %bb5

bb5:                                              ; preds = %bb7, %bb10
  %9 = load ptr, ptr %s, align 8, !align !7, !noundef !4
  %10 = getelementptr inbounds i8, ptr %s, i64 8
  %11 = load i64, ptr %10, align 8
  %12 = ptrtoint ptr %9 to i64
  %13 = icmp eq i64 %12, 0
  %_16 = select i1 %13, i64 0, i64 1
  %_3 = icmp eq i64 %_16, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  %14 = call i1 @llvm.is.constant.i1(i1 %_3)
  %15 = zext i1 %14 to i8
  store i8 %15, ptr %0, align 1
  %16 = load i8, ptr %0, align 1, !range !6, !noundef !4
  %_2 = trunc nuw i8 %16 to i1
  call void @llvm.lifetime.end.p0(ptr %0)
  br i1 %_2, label %bb2, label %bb3

bb3:                                              ; preds = %bb5
  %17 = load ptr, ptr @anon.654b07d532b501b63c9f4d548479edab.0, align 8, !align !7, !noundef !4
  %18 = load i64, ptr getelementptr inbounds (i8, ptr @anon.654b07d532b501b63c9f4d548479edab.0, i64 8), align 8
  store ptr %17, ptr %s, align 8
  %19 = getelementptr inbounds i8, ptr %s, i64 8
  store i64 %18, ptr %19, align 8
  br label %bb4

bb2:                                              ; preds = %bb5
  br label %bb4

bb4:                                              ; preds = %bb2, %bb3
  %20 = load ptr, ptr %s, align 8, !align !7, !noundef !4
  %21 = getelementptr inbounds i8, ptr %s, i64 8
  %22 = load i64, ptr %21, align 8
  %23 = insertvalue { ptr, i64 } poison, ptr %20, 0
  %24 = insertvalue { ptr, i64 } %23, i64 %22, 1
  ret { ptr, i64 } %24

bb8:                                              ; No predecessors!
  unreachable

bb9:                                              ; No predecessors!
  unreachable
}

; <usize>::from_ascii_radix
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvMsv_NtCsgEmfK2I1SDS_4core3numj16from_ascii_radix(ptr dead_on_unwind noalias noundef writable sret([16 x i8]) align 8 captures(none) dereferenceable(16) %_0, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %0, i64 noundef range(i64 0, -9223372036854775808) %1, i32 noundef %radix) unnamed_addr #0 {
start:
  %is_positive = alloca [1 x i8], align 1
  %_42 = alloca [16 x i8], align 8
  %result = alloca [8 x i8], align 8
  %value = alloca [4 x i8], align 4
  %_39 = alloca [8 x i8], align 8
  %_38 = alloca [1 x i8], align 1
  %_37 = alloca [4 x i8], align 4
  %_36 = alloca [8 x i8], align 4
  %x = alloca [8 x i8], align 8
  %mul = alloca [16 x i8], align 8
  %_18 = alloca [8 x i8], align 4
  %src = alloca [16 x i8], align 8
  store ptr %0, ptr %src, align 8
  %2 = getelementptr inbounds i8, ptr %src, i64 8
  store i64 %1, ptr %2, align 8
  %_3 = icmp ugt i32 2, %radix
  %3 = call i1 @llvm.expect.i1(i1 %_3, i1 false)
  br i1 %3, label %bb2, label %bb1

bb1:                                              ; preds = %start
  %_4 = icmp ugt i32 %radix, 36
  %4 = call i1 @llvm.expect.i1(i1 %_4, i1 false)
  br i1 %4, label %bb2, label %bb3

bb2:                                              ; preds = %bb1, %start
; call core::num::from_ascii_radix_panic
  call void @_RNvNtCsgEmfK2I1SDS_4core3num22from_ascii_radix_panic(i32 noundef %radix, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a7ca6b33fc9d174499ffd85537cb5ade) #29
  unreachable

bb3:                                              ; preds = %bb1
  %5 = load ptr, ptr %src, align 8, !nonnull !4, !align !7, !noundef !4
  %6 = getelementptr inbounds i8, ptr %src, i64 8
  %_55 = load i64, ptr %6, align 8, !noundef !4
  %7 = icmp eq i64 %_55, 0
  br i1 %7, label %bb4, label %bb5

bb4:                                              ; preds = %bb3
  %8 = getelementptr inbounds i8, ptr %_0, i64 1
  store i8 0, ptr %8, align 1
  store i8 1, ptr %_0, align 8
  br label %bb28

bb5:                                              ; preds = %bb3
  %9 = icmp eq i64 %_55, 1
  br i1 %9, label %bb7, label %bb6

bb28:                                             ; preds = %bb27, %bb25, %bb12, %bb4
  ret void

bb7:                                              ; preds = %bb5
  %10 = load ptr, ptr %src, align 8, !nonnull !4, !align !7, !noundef !4
  %11 = getelementptr inbounds i8, ptr %src, i64 8
  %12 = load i64, ptr %11, align 8, !noundef !4
  %13 = getelementptr inbounds nuw i8, ptr %10, i64 0
  %14 = load i8, ptr %13, align 1, !noundef !4
  switch i8 %14, label %bb6 [
    i8 43, label %bb12
    i8 45, label %bb12
  ]

bb6:                                              ; preds = %bb7, %bb5
  %_6 = icmp uge i64 %_55, 1
  br i1 %_6, label %bb9, label %bb8

bb12:                                             ; preds = %bb7, %bb7
  %15 = getelementptr inbounds i8, ptr %_0, i64 1
  store i8 1, ptr %15, align 1
  store i8 1, ptr %_0, align 8
  br label %bb28

bb8:                                              ; preds = %bb10, %bb9, %bb6
  store i8 1, ptr %is_positive, align 1
  br label %bb13

bb9:                                              ; preds = %bb6
  %16 = load ptr, ptr %src, align 8, !nonnull !4, !align !7, !noundef !4
  %17 = getelementptr inbounds i8, ptr %src, i64 8
  %18 = load i64, ptr %17, align 8, !noundef !4
  %19 = getelementptr inbounds nuw i8, ptr %16, i64 0
  %20 = load i8, ptr %19, align 1, !noundef !4
  switch i8 %20, label %bb8 [
    i8 43, label %bb11
    i8 45, label %bb10
  ]

bb11:                                             ; preds = %bb9
  %21 = load ptr, ptr %src, align 8, !nonnull !4, !align !7, !noundef !4
  %22 = getelementptr inbounds i8, ptr %src, i64 8
  %23 = load i64, ptr %22, align 8, !noundef !4
  %rest.0 = getelementptr inbounds nuw i8, ptr %21, i64 1
  %rest.1 = sub i64 %23, 1
  store i8 1, ptr %is_positive, align 1
  store ptr %rest.0, ptr %src, align 8
  %24 = getelementptr inbounds i8, ptr %src, i64 8
  store i64 %rest.1, ptr %24, align 8
  br label %bb13

bb10:                                             ; preds = %bb9
  br label %bb8

bb13:                                             ; preds = %bb8, %bb11
  store i64 0, ptr %result, align 8
  %digits.0 = load ptr, ptr %src, align 8, !nonnull !4, !align !7, !noundef !4
  %25 = getelementptr inbounds i8, ptr %src, i64 8
  %digits.1 = load i64, ptr %25, align 8, !noundef !4
  %_56 = icmp ule i32 %radix, 16
  br i1 %_56, label %bb29, label %bb30

bb30:                                             ; preds = %bb13
  br label %bb21

bb29:                                             ; preds = %bb13
  %_10 = icmp ule i64 %digits.1, 16
  br i1 %_10, label %bb14, label %bb21

bb21:                                             ; preds = %bb29, %bb30
  br label %bb22

bb14:                                             ; preds = %bb29
  br label %bb15

bb22:                                             ; preds = %bb36, %bb21
  %26 = load ptr, ptr %src, align 8, !nonnull !4, !align !7, !noundef !4
  %27 = getelementptr inbounds i8, ptr %src, i64 8
  %_29 = load i64, ptr %27, align 8, !noundef !4
  %_30 = icmp uge i64 %_29, 1
  br i1 %_30, label %bb23, label %bb25

bb25:                                             ; preds = %bb15, %bb22
  %28 = load i64, ptr %result, align 8, !noundef !4
  %29 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %28, ptr %29, align 8
  store i8 0, ptr %_0, align 8
  br label %bb28

bb23:                                             ; preds = %bb22
  %30 = load ptr, ptr %src, align 8, !nonnull !4, !align !7, !noundef !4
  %31 = getelementptr inbounds i8, ptr %src, i64 8
  %32 = load i64, ptr %31, align 8, !noundef !4
  %c = getelementptr inbounds nuw i8, ptr %30, i64 0
  %33 = load ptr, ptr %src, align 8, !nonnull !4, !align !7, !noundef !4
  %34 = getelementptr inbounds i8, ptr %src, i64 8
  %35 = load i64, ptr %34, align 8, !noundef !4
  %rest.01 = getelementptr inbounds nuw i8, ptr %33, i64 1
  %rest.12 = sub i64 %35, 1
  call void @llvm.lifetime.start.p0(ptr %mul)
  %rhs = zext i32 %radix to i64
  %_61 = load i64, ptr %result, align 8, !noundef !4
  %36 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %_61, i64 %rhs)
  %_60.0 = extractvalue { i64, i1 } %36, 0
  %_60.1 = extractvalue { i64, i1 } %36, 1
  %37 = call i1 @llvm.expect.i1(i1 %_60.1, i1 false)
  br i1 %37, label %bb31, label %bb33

bb33:                                             ; preds = %bb23
  %38 = getelementptr inbounds i8, ptr %mul, i64 8
  store i64 %_60.0, ptr %38, align 8
  store i64 1, ptr %mul, align 8
  call void @llvm.lifetime.start.p0(ptr %_36)
  call void @llvm.lifetime.start.p0(ptr %_37)
  call void @llvm.lifetime.start.p0(ptr %_38)
  %39 = load i8, ptr %c, align 1, !noundef !4
  store i8 %39, ptr %_38, align 1
  %40 = load i8, ptr %_38, align 1, !noundef !4
  %41 = zext i8 %40 to i32
  store i32 %41, ptr %_37, align 4
  call void @llvm.lifetime.end.p0(ptr %_38)
  %42 = load i32, ptr %_37, align 4, !range !8, !noundef !4
; call <char>::to_digit
  %43 = call { i32, i32 } @_RNvMNtNtCsgEmfK2I1SDS_4core4char7methodsc8to_digit(i32 noundef %42, i32 noundef %radix) #30
  %44 = extractvalue { i32, i32 } %43, 0
  %45 = extractvalue { i32, i32 } %43, 1
  store i32 %44, ptr %_36, align 4
  %46 = getelementptr inbounds i8, ptr %_36, i64 4
  store i32 %45, ptr %46, align 4
  call void @llvm.lifetime.end.p0(ptr %_37)
  %47 = load i32, ptr %_36, align 4, !range !5, !noundef !4
  %48 = getelementptr inbounds i8, ptr %_36, i64 4
  %49 = load i32, ptr %48, align 4
  %50 = zext i32 %47 to i64
  store i64 %50, ptr %_39, align 8
  %51 = load i64, ptr %_39, align 8, !noundef !4
  %52 = trunc nuw i64 %51 to i1
  br i1 %52, label %bb40, label %bb24

bb31:                                             ; preds = %bb23
  %53 = load i64, ptr @anon.654b07d532b501b63c9f4d548479edab.0, align 8, !range !9, !noundef !4
  %54 = load i64, ptr getelementptr inbounds (i8, ptr @anon.654b07d532b501b63c9f4d548479edab.0, i64 8), align 8
  store i64 %53, ptr %mul, align 8
  %55 = getelementptr inbounds i8, ptr %mul, i64 8
  store i64 %54, ptr %55, align 8
  call void @llvm.lifetime.start.p0(ptr %_36)
  call void @llvm.lifetime.start.p0(ptr %_37)
  call void @llvm.lifetime.start.p0(ptr %_38)
  %56 = load i8, ptr %c, align 1, !noundef !4
  store i8 %56, ptr %_38, align 1
  %57 = load i8, ptr %_38, align 1, !noundef !4
  %58 = zext i8 %57 to i32
  store i32 %58, ptr %_37, align 4
  call void @llvm.lifetime.end.p0(ptr %_38)
  %59 = load i32, ptr %_37, align 4, !range !8, !noundef !4
; call <char>::to_digit
  %60 = call { i32, i32 } @_RNvMNtNtCsgEmfK2I1SDS_4core4char7methodsc8to_digit(i32 noundef %59, i32 noundef %radix) #30
  %61 = extractvalue { i32, i32 } %60, 0
  %62 = extractvalue { i32, i32 } %60, 1
  store i32 %61, ptr %_36, align 4
  %63 = getelementptr inbounds i8, ptr %_36, i64 4
  store i32 %62, ptr %63, align 4
  call void @llvm.lifetime.end.p0(ptr %_37)
  %64 = load i32, ptr %_36, align 4, !range !5, !noundef !4
  %65 = getelementptr inbounds i8, ptr %_36, i64 4
  %66 = load i32, ptr %65, align 4
  %67 = zext i32 %64 to i64
  store i64 %67, ptr %_39, align 8
  %68 = load i64, ptr %_39, align 8, !noundef !4
  %69 = trunc nuw i64 %68 to i1
  br i1 %69, label %bb38, label %bb24

bb40:                                             ; preds = %bb33
  %70 = getelementptr inbounds i8, ptr %_36, i64 4
  %71 = load i32, ptr %70, align 4, !noundef !4
  store i32 %71, ptr %value, align 4
  %72 = load i32, ptr %value, align 4, !noundef !4
  %73 = zext i32 %72 to i64
  store i64 %73, ptr %x, align 8
  call void @llvm.lifetime.end.p0(ptr %_36)
  %74 = getelementptr inbounds i8, ptr %mul, i64 8
  %75 = load i64, ptr %74, align 8, !noundef !4
  store i64 %75, ptr %result, align 8
  call void @llvm.lifetime.start.p0(ptr %_42)
  %rhs3 = load i64, ptr %x, align 8, !noundef !4
  %76 = load i64, ptr %result, align 8, !noundef !4
  %77 = load i64, ptr %x, align 8, !noundef !4
  %_66.0 = add i64 %76, %77
  %_66.1 = icmp ult i64 %_66.0, %76
  %78 = call i1 @llvm.expect.i1(i1 %_66.1, i1 false)
  br i1 %78, label %bb34, label %bb36

bb24:                                             ; preds = %bb31, %bb33
  %79 = getelementptr inbounds i8, ptr %_0, i64 1
  store i8 1, ptr %79, align 1
  store i8 1, ptr %_0, align 8
  call void @llvm.lifetime.end.p0(ptr %_36)
  br label %bb26

bb36:                                             ; preds = %bb40
  %80 = load i64, ptr %result, align 8, !noundef !4
  %81 = load i64, ptr %x, align 8, !noundef !4
  %_67 = add nuw i64 %80, %81
  %82 = getelementptr inbounds i8, ptr %_42, i64 8
  store i64 %_67, ptr %82, align 8
  store i64 1, ptr %_42, align 8
  %83 = getelementptr inbounds i8, ptr %_42, i64 8
  %84 = load i64, ptr %83, align 8, !noundef !4
  store i64 %84, ptr %result, align 8
  call void @llvm.lifetime.end.p0(ptr %_42)
  store ptr %rest.01, ptr %src, align 8
  %85 = getelementptr inbounds i8, ptr %src, i64 8
  store i64 %rest.12, ptr %85, align 8
  call void @llvm.lifetime.end.p0(ptr %mul)
  br label %bb22

bb34:                                             ; preds = %bb40
  %86 = getelementptr inbounds i8, ptr %_0, i64 1
  store i8 2, ptr %86, align 1
  store i8 1, ptr %_0, align 8
  call void @llvm.lifetime.end.p0(ptr %_42)
  br label %bb26

bb26:                                             ; preds = %bb38, %bb24, %bb34
  call void @llvm.lifetime.end.p0(ptr %mul)
  br label %bb27

bb38:                                             ; preds = %bb31
  %87 = getelementptr inbounds i8, ptr %_36, i64 4
  %88 = load i32, ptr %87, align 4, !noundef !4
  store i32 %88, ptr %value, align 4
  %89 = load i32, ptr %value, align 4, !noundef !4
  %90 = zext i32 %89 to i64
  store i64 %90, ptr %x, align 8
  call void @llvm.lifetime.end.p0(ptr %_36)
  %91 = getelementptr inbounds i8, ptr %_0, i64 1
  store i8 2, ptr %91, align 1
  store i8 1, ptr %_0, align 8
  br label %bb26

bb27:                                             ; preds = %bb19, %bb26
  br label %bb28

bb15:                                             ; preds = %bb20, %bb14
  %92 = load ptr, ptr %src, align 8, !nonnull !4, !align !7, !noundef !4
  %93 = getelementptr inbounds i8, ptr %src, i64 8
  %_12 = load i64, ptr %93, align 8, !noundef !4
  %_13 = icmp uge i64 %_12, 1
  br i1 %_13, label %bb16, label %bb25

bb16:                                             ; preds = %bb15
  %94 = load ptr, ptr %src, align 8, !nonnull !4, !align !7, !noundef !4
  %95 = getelementptr inbounds i8, ptr %src, i64 8
  %96 = load i64, ptr %95, align 8, !noundef !4
  %c4 = getelementptr inbounds nuw i8, ptr %94, i64 0
  %97 = load ptr, ptr %src, align 8, !nonnull !4, !align !7, !noundef !4
  %98 = getelementptr inbounds i8, ptr %src, i64 8
  %99 = load i64, ptr %98, align 8, !noundef !4
  %rest.05 = getelementptr inbounds nuw i8, ptr %97, i64 1
  %rest.16 = sub i64 %99, 1
  %_16 = load i64, ptr %result, align 8, !noundef !4
  %_17 = zext i32 %radix to i64
  %100 = mul i64 %_16, %_17
  store i64 %100, ptr %result, align 8
  call void @llvm.lifetime.start.p0(ptr %_18)
  %_20 = load i8, ptr %c4, align 1, !noundef !4
  %_19 = zext i8 %_20 to i32
; call <char>::to_digit
  %101 = call { i32, i32 } @_RNvMNtNtCsgEmfK2I1SDS_4core4char7methodsc8to_digit(i32 noundef %_19, i32 noundef %radix) #30
  %102 = extractvalue { i32, i32 } %101, 0
  %103 = extractvalue { i32, i32 } %101, 1
  store i32 %102, ptr %_18, align 4
  %104 = getelementptr inbounds i8, ptr %_18, i64 4
  store i32 %103, ptr %104, align 4
  %105 = load i32, ptr %_18, align 4, !range !5, !noundef !4
  %106 = getelementptr inbounds i8, ptr %_18, i64 4
  %107 = load i32, ptr %106, align 4
  %_21 = zext i32 %105 to i64
  %108 = trunc nuw i64 %_21 to i1
  br i1 %108, label %bb20, label %bb19

bb20:                                             ; preds = %bb16
  %109 = getelementptr inbounds i8, ptr %_18, i64 4
  %x7 = load i32, ptr %109, align 4, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %_18)
  %_23 = load i64, ptr %result, align 8, !noundef !4
  %_24 = zext i32 %x7 to i64
  %110 = add i64 %_23, %_24
  store i64 %110, ptr %result, align 8
  store ptr %rest.05, ptr %src, align 8
  %111 = getelementptr inbounds i8, ptr %src, i64 8
  store i64 %rest.16, ptr %111, align 8
  br label %bb15

bb19:                                             ; preds = %bb16
  %112 = getelementptr inbounds i8, ptr %_0, i64 1
  store i8 1, ptr %112, align 1
  store i8 1, ptr %_0, align 8
  call void @llvm.lifetime.end.p0(ptr %_18)
  br label %bb27

bb18:                                             ; No predecessors!
  unreachable
}

; core::intrinsics::cold_path
; Function Attrs: cold nounwind nonlazybind uwtable
define internal void @_RNvNtCsgEmfK2I1SDS_4core10intrinsics9cold_path() unnamed_addr #1 {
start:
  ret void
}

; alloc::boxed::box_new_uninit
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef ptr @_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit(i64 noundef range(i64 1, -9223372036854775807) %layout.0, i64 noundef %layout.1) unnamed_addr #0 {
start:
  %_2 = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_2)
; call <alloc::alloc::Global>::alloc_impl_runtime
  %0 = call { ptr, i64 } @_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime(i64 noundef %layout.0, i64 noundef %layout.1, i1 noundef zeroext false) #30
  %1 = extractvalue { ptr, i64 } %0, 0
  %2 = extractvalue { ptr, i64 } %0, 1
  store ptr %1, ptr %_2, align 8
  %3 = getelementptr inbounds i8, ptr %_2, i64 8
  store i64 %2, ptr %3, align 8
  %4 = load ptr, ptr %_2, align 8, !noundef !4
  %5 = getelementptr inbounds i8, ptr %_2, i64 8
  %6 = load i64, ptr %5, align 8
  %7 = ptrtoint ptr %4 to i64
  %8 = icmp eq i64 %7, 0
  %_3 = select i1 %8, i64 1, i64 0
  %9 = trunc nuw i64 %_3 to i1
  %10 = call i1 @llvm.expect.i1(i1 %9, i1 false)
  br i1 %10, label %bb2, label %bb3

bb2:                                              ; preds = %start
; call alloc::alloc::handle_alloc_error
  call void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef %layout.0, i64 noundef %layout.1) #32
  unreachable

bb3:                                              ; preds = %start
  %ptr.0 = load ptr, ptr %_2, align 8, !nonnull !4, !noundef !4
  %11 = getelementptr inbounds i8, ptr %_2, i64 8
  %ptr.1 = load i64, ptr %11, align 8, !noundef !4
  %12 = icmp ne ptr %ptr.0, null
  call void @llvm.assume(i1 %12)
  %13 = icmp ne ptr %ptr.0, null
  call void @llvm.assume(i1 %13)
  %14 = icmp ne ptr %ptr.0, null
  call void @llvm.assume(i1 %14)
  call void @llvm.lifetime.end.p0(ptr %_2)
  ret ptr %ptr.0

bb1:                                              ; No predecessors!
  unreachable
}

; core::char::methods::encode_utf8_raw
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i64 } @_RNvNtNtCsgEmfK2I1SDS_4core4char7methods15encode_utf8_raw(i32 noundef %code, ptr noalias noundef nonnull align 1 %dst.0, i64 noundef range(i64 0, -9223372036854775808) %dst.1) unnamed_addr #0 {
start:
  %len = alloca [8 x i8], align 8
  %_11 = icmp ult i32 %code, 128
  br i1 %_11, label %bb10, label %bb5

bb5:                                              ; preds = %start
  %_12 = icmp ult i32 %code, 2048
  br i1 %_12, label %bb9, label %bb6

bb10:                                             ; preds = %start
  store i64 1, ptr %len, align 8
  br label %bb4

bb6:                                              ; preds = %bb5
  %_13 = icmp ult i32 %code, 65536
  br i1 %_13, label %bb8, label %bb7

bb9:                                              ; preds = %bb5
  store i64 2, ptr %len, align 8
  br label %bb4

bb7:                                              ; preds = %bb6
  store i64 4, ptr %len, align 8
  br label %bb4

bb8:                                              ; preds = %bb6
  store i64 3, ptr %len, align 8
  br label %bb4

bb4:                                              ; preds = %bb10, %bb9, %bb8, %bb7
  %_6 = load i64, ptr %len, align 8, !noundef !4
  %_4 = icmp ult i64 %dst.1, %_6
  br i1 %_4, label %bb1, label %bb2

bb2:                                              ; preds = %bb4
; call core::char::methods::encode_utf8_raw_unchecked
  call void @_RNvNtNtCsgEmfK2I1SDS_4core4char7methods25encode_utf8_raw_unchecked(i32 noundef %code, ptr noundef %dst.0) #30
  br label %bb13

bb1:                                              ; preds = %bb4
  %0 = load i64, ptr %len, align 8, !noundef !4
; call core::char::methods::encode_utf8_raw::do_panic::runtime
  call void @_RNvNvNvNtNtCsgEmfK2I1SDS_4core4char7methods15encode_utf8_raw8do_panic7runtime(i32 noundef %code, i64 noundef %0, i64 noundef %dst.1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_6b557263fd484559e1266c7bddec5c17) #33
  unreachable

bb13:                                             ; preds = %bb2
  %_18.1 = load i64, ptr %len, align 8, !noundef !4
  %1 = insertvalue { ptr, i64 } poison, ptr %dst.0, 0
  %2 = insertvalue { ptr, i64 } %1, i64 %_18.1, 1
  ret { ptr, i64 } %2

bb11:                                             ; No predecessors!
  unreachable

bb12:                                             ; No predecessors!
  unreachable
}

; core::char::methods::encode_utf8_raw_unchecked
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvNtNtCsgEmfK2I1SDS_4core4char7methods25encode_utf8_raw_unchecked(i32 noundef %code, ptr noundef %dst) unnamed_addr #0 {
start:
  %len = alloca [8 x i8], align 8
  %_26 = icmp ult i32 %code, 128
  br i1 %_26, label %bb12, label %bb7

bb7:                                              ; preds = %start
  %_27 = icmp ult i32 %code, 2048
  br i1 %_27, label %bb11, label %bb8

bb12:                                             ; preds = %start
  store i64 1, ptr %len, align 8
  %0 = trunc i32 %code to i8
  store i8 %0, ptr %dst, align 1
  br label %bb5

bb8:                                              ; preds = %bb7
  %_28 = icmp ult i32 %code, 65536
  br i1 %_28, label %bb10, label %bb9

bb11:                                             ; preds = %bb7
  store i64 2, ptr %len, align 8
  br label %bb13

bb9:                                              ; preds = %bb8
  store i64 4, ptr %len, align 8
  br label %bb13

bb10:                                             ; preds = %bb8
  store i64 3, ptr %len, align 8
  br label %bb13

bb13:                                             ; preds = %bb11, %bb10, %bb9
  %_6 = and i32 %code, 63
  %_5 = trunc i32 %_6 to i8
  %last1 = or i8 %_5, -128
  %_10 = lshr i32 %code, 6
  %_9 = and i32 %_10, 63
  %_8 = trunc i32 %_9 to i8
  %last2 = or i8 %_8, -128
  %_14 = lshr i32 %code, 12
  %_13 = and i32 %_14, 63
  %_12 = trunc i32 %_13 to i8
  %last3 = or i8 %_12, -128
  %_18 = lshr i32 %code, 18
  %_17 = and i32 %_18, 63
  %_16 = trunc i32 %_17 to i8
  %last4 = or i8 %_16, -16
  %_19 = load i64, ptr %len, align 8, !noundef !4
  %1 = icmp eq i64 %_19, 2
  br i1 %1, label %bb1, label %bb2

bb1:                                              ; preds = %bb13
  %2 = or i8 %last2, -64
  store i8 %2, ptr %dst, align 1
  %_20 = getelementptr inbounds nuw i8, ptr %dst, i64 1
  store i8 %last1, ptr %_20, align 1
  br label %bb5

bb2:                                              ; preds = %bb13
  %3 = load i64, ptr %len, align 8, !noundef !4
  %4 = icmp eq i64 %3, 3
  br i1 %4, label %bb3, label %bb4

bb5:                                              ; preds = %bb12, %bb3, %bb1
  br label %bb6

bb3:                                              ; preds = %bb2
  %5 = or i8 %last3, -32
  store i8 %5, ptr %dst, align 1
  %_21 = getelementptr inbounds nuw i8, ptr %dst, i64 1
  store i8 %last2, ptr %_21, align 1
  %_22 = getelementptr inbounds nuw i8, ptr %dst, i64 2
  store i8 %last1, ptr %_22, align 1
  br label %bb5

bb4:                                              ; preds = %bb2
  store i8 %last4, ptr %dst, align 1
  %_23 = getelementptr inbounds nuw i8, ptr %dst, i64 1
  store i8 %last3, ptr %_23, align 1
  %_24 = getelementptr inbounds nuw i8, ptr %dst, i64 2
  store i8 %last2, ptr %_24, align 1
  %_25 = getelementptr inbounds nuw i8, ptr %dst, i64 3
  store i8 %last1, ptr %_25, align 1
  br label %bb6

bb6:                                              ; preds = %bb5, %bb4
  ret void
}

; core::sync::atomic::fence
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence(i8 noundef range(i8 0, 5) %order) unnamed_addr #0 {
start:
  %_2 = zext i8 %order to i64
  switch i64 %_2, label %bb1 [
    i64 0, label %bb2
    i64 1, label %bb5
    i64 2, label %bb6
    i64 3, label %bb4
    i64 4, label %bb3
  ], !prof !10

bb1:                                              ; preds = %start
  unreachable

bb2:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %0 = icmp ne ptr inttoptr (i64 83 to ptr), null
  call void @llvm.assume(i1 %0)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_929e9b2e7b7429614ca4fc017efff666, ptr noundef nonnull inttoptr (i64 83 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_ea5b21d5fc560c6358071a0315535da4) #29
  unreachable

bb5:                                              ; preds = %start
  fence release
  br label %bb7

bb6:                                              ; preds = %start
  fence acquire
  br label %bb7

bb4:                                              ; preds = %start
  fence acq_rel
  br label %bb7

bb3:                                              ; preds = %start
  fence seq_cst
  br label %bb7

bb7:                                              ; preds = %bb3, %bb4, %bb6, %bb5
  ret void
}

; std::io::error::repr_bitpacked::kind_from_prim
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef range(i8 0, 43) i8 @_RNvNtNtNtCsjrHSEGnQ3l9_3std2io5error14repr_bitpacked14kind_from_prim(i32 noundef %ek) unnamed_addr #0 {
start:
  %_0 = alloca [1 x i8], align 1
  %0 = icmp eq i32 %ek, 0
  br i1 %0, label %bb1, label %bb2

bb1:                                              ; preds = %start
  store i8 0, ptr %_0, align 1
  br label %bb85

bb2:                                              ; preds = %start
  %1 = icmp eq i32 %ek, 1
  br i1 %1, label %bb3, label %bb4

bb85:                                             ; preds = %bb84, %bb83, %bb81, %bb79, %bb77, %bb75, %bb73, %bb71, %bb69, %bb67, %bb65, %bb63, %bb61, %bb59, %bb57, %bb55, %bb53, %bb51, %bb49, %bb47, %bb45, %bb43, %bb41, %bb39, %bb37, %bb35, %bb33, %bb31, %bb29, %bb27, %bb25, %bb23, %bb21, %bb19, %bb17, %bb15, %bb13, %bb11, %bb9, %bb7, %bb5, %bb3, %bb1
  %2 = load i8, ptr %_0, align 1, !range !11, !noundef !4
  ret i8 %2

bb3:                                              ; preds = %bb2
  store i8 1, ptr %_0, align 1
  br label %bb85

bb4:                                              ; preds = %bb2
  %3 = icmp eq i32 %ek, 2
  br i1 %3, label %bb5, label %bb6

bb5:                                              ; preds = %bb4
  store i8 2, ptr %_0, align 1
  br label %bb85

bb6:                                              ; preds = %bb4
  %4 = icmp eq i32 %ek, 3
  br i1 %4, label %bb7, label %bb8

bb7:                                              ; preds = %bb6
  store i8 3, ptr %_0, align 1
  br label %bb85

bb8:                                              ; preds = %bb6
  %5 = icmp eq i32 %ek, 4
  br i1 %5, label %bb9, label %bb10

bb9:                                              ; preds = %bb8
  store i8 4, ptr %_0, align 1
  br label %bb85

bb10:                                             ; preds = %bb8
  %6 = icmp eq i32 %ek, 5
  br i1 %6, label %bb11, label %bb12

bb11:                                             ; preds = %bb10
  store i8 5, ptr %_0, align 1
  br label %bb85

bb12:                                             ; preds = %bb10
  %7 = icmp eq i32 %ek, 6
  br i1 %7, label %bb13, label %bb14

bb13:                                             ; preds = %bb12
  store i8 6, ptr %_0, align 1
  br label %bb85

bb14:                                             ; preds = %bb12
  %8 = icmp eq i32 %ek, 7
  br i1 %8, label %bb15, label %bb16

bb15:                                             ; preds = %bb14
  store i8 7, ptr %_0, align 1
  br label %bb85

bb16:                                             ; preds = %bb14
  %9 = icmp eq i32 %ek, 8
  br i1 %9, label %bb17, label %bb18

bb17:                                             ; preds = %bb16
  store i8 8, ptr %_0, align 1
  br label %bb85

bb18:                                             ; preds = %bb16
  %10 = icmp eq i32 %ek, 9
  br i1 %10, label %bb19, label %bb20

bb19:                                             ; preds = %bb18
  store i8 9, ptr %_0, align 1
  br label %bb85

bb20:                                             ; preds = %bb18
  %11 = icmp eq i32 %ek, 10
  br i1 %11, label %bb21, label %bb22

bb21:                                             ; preds = %bb20
  store i8 10, ptr %_0, align 1
  br label %bb85

bb22:                                             ; preds = %bb20
  %12 = icmp eq i32 %ek, 11
  br i1 %12, label %bb23, label %bb24

bb23:                                             ; preds = %bb22
  store i8 11, ptr %_0, align 1
  br label %bb85

bb24:                                             ; preds = %bb22
  %13 = icmp eq i32 %ek, 12
  br i1 %13, label %bb25, label %bb26

bb25:                                             ; preds = %bb24
  store i8 12, ptr %_0, align 1
  br label %bb85

bb26:                                             ; preds = %bb24
  %14 = icmp eq i32 %ek, 13
  br i1 %14, label %bb27, label %bb28

bb27:                                             ; preds = %bb26
  store i8 13, ptr %_0, align 1
  br label %bb85

bb28:                                             ; preds = %bb26
  %15 = icmp eq i32 %ek, 14
  br i1 %15, label %bb29, label %bb30

bb29:                                             ; preds = %bb28
  store i8 14, ptr %_0, align 1
  br label %bb85

bb30:                                             ; preds = %bb28
  %16 = icmp eq i32 %ek, 15
  br i1 %16, label %bb31, label %bb32

bb31:                                             ; preds = %bb30
  store i8 15, ptr %_0, align 1
  br label %bb85

bb32:                                             ; preds = %bb30
  %17 = icmp eq i32 %ek, 16
  br i1 %17, label %bb33, label %bb34

bb33:                                             ; preds = %bb32
  store i8 16, ptr %_0, align 1
  br label %bb85

bb34:                                             ; preds = %bb32
  %18 = icmp eq i32 %ek, 17
  br i1 %18, label %bb35, label %bb36

bb35:                                             ; preds = %bb34
  store i8 17, ptr %_0, align 1
  br label %bb85

bb36:                                             ; preds = %bb34
  %19 = icmp eq i32 %ek, 18
  br i1 %19, label %bb37, label %bb38

bb37:                                             ; preds = %bb36
  store i8 18, ptr %_0, align 1
  br label %bb85

bb38:                                             ; preds = %bb36
  %20 = icmp eq i32 %ek, 19
  br i1 %20, label %bb39, label %bb40

bb39:                                             ; preds = %bb38
  store i8 19, ptr %_0, align 1
  br label %bb85

bb40:                                             ; preds = %bb38
  %21 = icmp eq i32 %ek, 20
  br i1 %21, label %bb41, label %bb42

bb41:                                             ; preds = %bb40
  store i8 20, ptr %_0, align 1
  br label %bb85

bb42:                                             ; preds = %bb40
  %22 = icmp eq i32 %ek, 21
  br i1 %22, label %bb43, label %bb44

bb43:                                             ; preds = %bb42
  store i8 21, ptr %_0, align 1
  br label %bb85

bb44:                                             ; preds = %bb42
  %23 = icmp eq i32 %ek, 22
  br i1 %23, label %bb45, label %bb46

bb45:                                             ; preds = %bb44
  store i8 22, ptr %_0, align 1
  br label %bb85

bb46:                                             ; preds = %bb44
  %24 = icmp eq i32 %ek, 23
  br i1 %24, label %bb47, label %bb48

bb47:                                             ; preds = %bb46
  store i8 23, ptr %_0, align 1
  br label %bb85

bb48:                                             ; preds = %bb46
  %25 = icmp eq i32 %ek, 24
  br i1 %25, label %bb49, label %bb50

bb49:                                             ; preds = %bb48
  store i8 24, ptr %_0, align 1
  br label %bb85

bb50:                                             ; preds = %bb48
  %26 = icmp eq i32 %ek, 25
  br i1 %26, label %bb51, label %bb52

bb51:                                             ; preds = %bb50
  store i8 25, ptr %_0, align 1
  br label %bb85

bb52:                                             ; preds = %bb50
  %27 = icmp eq i32 %ek, 26
  br i1 %27, label %bb53, label %bb54

bb53:                                             ; preds = %bb52
  store i8 26, ptr %_0, align 1
  br label %bb85

bb54:                                             ; preds = %bb52
  %28 = icmp eq i32 %ek, 27
  br i1 %28, label %bb55, label %bb56

bb55:                                             ; preds = %bb54
  store i8 27, ptr %_0, align 1
  br label %bb85

bb56:                                             ; preds = %bb54
  %29 = icmp eq i32 %ek, 28
  br i1 %29, label %bb57, label %bb58

bb57:                                             ; preds = %bb56
  store i8 28, ptr %_0, align 1
  br label %bb85

bb58:                                             ; preds = %bb56
  %30 = icmp eq i32 %ek, 29
  br i1 %30, label %bb59, label %bb60

bb59:                                             ; preds = %bb58
  store i8 29, ptr %_0, align 1
  br label %bb85

bb60:                                             ; preds = %bb58
  %31 = icmp eq i32 %ek, 30
  br i1 %31, label %bb61, label %bb62

bb61:                                             ; preds = %bb60
  store i8 30, ptr %_0, align 1
  br label %bb85

bb62:                                             ; preds = %bb60
  %32 = icmp eq i32 %ek, 31
  br i1 %32, label %bb63, label %bb64

bb63:                                             ; preds = %bb62
  store i8 31, ptr %_0, align 1
  br label %bb85

bb64:                                             ; preds = %bb62
  %33 = icmp eq i32 %ek, 32
  br i1 %33, label %bb65, label %bb66

bb65:                                             ; preds = %bb64
  store i8 32, ptr %_0, align 1
  br label %bb85

bb66:                                             ; preds = %bb64
  %34 = icmp eq i32 %ek, 33
  br i1 %34, label %bb67, label %bb68

bb67:                                             ; preds = %bb66
  store i8 33, ptr %_0, align 1
  br label %bb85

bb68:                                             ; preds = %bb66
  %35 = icmp eq i32 %ek, 34
  br i1 %35, label %bb69, label %bb70

bb69:                                             ; preds = %bb68
  store i8 34, ptr %_0, align 1
  br label %bb85

bb70:                                             ; preds = %bb68
  %36 = icmp eq i32 %ek, 35
  br i1 %36, label %bb71, label %bb72

bb71:                                             ; preds = %bb70
  store i8 35, ptr %_0, align 1
  br label %bb85

bb72:                                             ; preds = %bb70
  %37 = icmp eq i32 %ek, 40
  br i1 %37, label %bb73, label %bb74

bb73:                                             ; preds = %bb72
  store i8 40, ptr %_0, align 1
  br label %bb85

bb74:                                             ; preds = %bb72
  %38 = icmp eq i32 %ek, 37
  br i1 %38, label %bb75, label %bb76

bb75:                                             ; preds = %bb74
  store i8 37, ptr %_0, align 1
  br label %bb85

bb76:                                             ; preds = %bb74
  %39 = icmp eq i32 %ek, 36
  br i1 %39, label %bb77, label %bb78

bb77:                                             ; preds = %bb76
  store i8 36, ptr %_0, align 1
  br label %bb85

bb78:                                             ; preds = %bb76
  %40 = icmp eq i32 %ek, 38
  br i1 %40, label %bb79, label %bb80

bb79:                                             ; preds = %bb78
  store i8 38, ptr %_0, align 1
  br label %bb85

bb80:                                             ; preds = %bb78
  %41 = icmp eq i32 %ek, 39
  br i1 %41, label %bb81, label %bb82

bb81:                                             ; preds = %bb80
  store i8 39, ptr %_0, align 1
  br label %bb85

bb82:                                             ; preds = %bb80
  %42 = icmp eq i32 %ek, 41
  br i1 %42, label %bb83, label %bb84

bb83:                                             ; preds = %bb82
  store i8 41, ptr %_0, align 1
  br label %bb85

bb84:                                             ; preds = %bb82
  store i8 42, ptr %_0, align 1
  br label %bb85
}

; core::hint::unreachable_unchecked::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_RNvNvNtCsgEmfK2I1SDS_4core4hint21unreachable_unchecked18precondition_check(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) unnamed_addr #2 {
start:
  call void @llvm.assume(i1 true)
  %1 = icmp ne ptr inttoptr (i64 399 to ptr), null
  call void @llvm.assume(i1 %1)
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr noundef nonnull @alloc_75fb06c2453febd814e73f5f2e72ae38, ptr noundef nonnull inttoptr (i64 399 to ptr), i1 noundef zeroext false, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) #34
  unreachable
}

; core::char::methods::encode_utf8_raw::do_panic::runtime
; Function Attrs: inlinehint noreturn nonlazybind uwtable
define internal void @_RNvNvNvNtNtCsgEmfK2I1SDS_4core4char7methods15encode_utf8_raw8do_panic7runtime(i32 noundef %0, i64 noundef %1, i64 noundef %2, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %3) unnamed_addr #3 {
start:
  %_24 = alloca [16 x i8], align 8
  %_19 = alloca [16 x i8], align 8
  %_14 = alloca [16 x i8], align 8
  %_12 = alloca [16 x i8], align 8
  %_11 = alloca [16 x i8], align 8
  %_10 = alloca [16 x i8], align 8
  %args = alloca [48 x i8], align 8
  %dst_len = alloca [8 x i8], align 8
  %len = alloca [8 x i8], align 8
  %code = alloca [4 x i8], align 4
  store i32 %0, ptr %code, align 4
  store i64 %1, ptr %len, align 8
  store i64 %2, ptr %dst_len, align 8
  call void @llvm.lifetime.start.p0(ptr %args)
  call void @llvm.lifetime.start.p0(ptr %_10)
  call void @llvm.lifetime.start.p0(ptr %_14)
  %4 = icmp ne ptr %len, null
  call void @llvm.assume(i1 %4)
  store ptr %len, ptr %_14, align 8
  %5 = getelementptr inbounds i8, ptr %_14, i64 8
  store ptr @_RNvXsi_NtNtNtCsgEmfK2I1SDS_4core3fmt3num3impjNtB9_7Display3fmt, ptr %5, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_10, ptr align 8 %_14, i64 16, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_14)
  call void @llvm.lifetime.start.p0(ptr %_11)
  call void @llvm.lifetime.start.p0(ptr %_19)
  %6 = icmp ne ptr %code, null
  call void @llvm.assume(i1 %6)
  store ptr %code, ptr %_19, align 8
  %7 = getelementptr inbounds i8, ptr %_19, i64 8
  store ptr @_RNvXsw_NtNtCsgEmfK2I1SDS_4core3fmt3nummNtB7_8UpperHex3fmt, ptr %7, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_11, ptr align 8 %_19, i64 16, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_19)
  call void @llvm.lifetime.start.p0(ptr %_12)
  call void @llvm.lifetime.start.p0(ptr %_24)
  %8 = icmp ne ptr %dst_len, null
  call void @llvm.assume(i1 %8)
  store ptr %dst_len, ptr %_24, align 8
  %9 = getelementptr inbounds i8, ptr %_24, i64 8
  store ptr @_RNvXsi_NtNtNtCsgEmfK2I1SDS_4core3fmt3num3impjNtB9_7Display3fmt, ptr %9, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_12, ptr align 8 %_24, i64 16, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_24)
  %10 = getelementptr inbounds nuw %"core::fmt::rt::Argument<'_>", ptr %args, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %_10, i64 16, i1 false)
  %11 = getelementptr inbounds nuw %"core::fmt::rt::Argument<'_>", ptr %args, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 8 %_11, i64 16, i1 false)
  %12 = getelementptr inbounds nuw %"core::fmt::rt::Argument<'_>", ptr %args, i64 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %_12, i64 16, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_12)
  call void @llvm.lifetime.end.p0(ptr %_11)
  call void @llvm.lifetime.end.p0(ptr %_10)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_2800f9fd9aa1f3e24fde08ad5f3cf8ec, ptr noundef nonnull %args, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %3) #29
  unreachable
}

; <std::io::error::repr_bitpacked::Repr as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvXs1_NtNtNtCsjrHSEGnQ3l9_3std2io5error14repr_bitpackedNtB5_4ReprNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef align 8 dereferenceable(8) %self) unnamed_addr #0 {
start:
  %_2 = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_2)
  %_3 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
; call std::io::error::repr_bitpacked::decode_repr
  call void @_ZN3std2io5error14repr_bitpacked11decode_repr17hb298d1a275b3d40cE(ptr noalias noundef sret([16 x i8]) align 8 captures(none) dereferenceable(16) %_2, ptr noundef nonnull %_3) #30
; call core::ptr::drop_in_place<std::io::error::ErrorData<alloc::boxed::Box<std::io::error::Custom>>>
  call void @"_ZN4core3ptr101drop_in_place$LT$std..io..error..ErrorData$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$$GT$17h9cb952adbf44fefeE"(ptr noalias noundef align 8 dereferenceable(16) %_2)
  call void @llvm.lifetime.end.p0(ptr %_2)
  ret void
}

; <str as core::convert::AsRef<std::ffi::os_str::OsStr>>::as_ref
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i64 } @_RNvXsW_NtNtCsjrHSEGnQ3l9_3std3ffi6os_streINtNtCsgEmfK2I1SDS_4core7convert5AsRefNtB5_5OsStrE6as_ref(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %self.0, i64 noundef %self.1) unnamed_addr #0 {
start:
  %0 = insertvalue { ptr, i64 } poison, ptr %self.0, 0
  %1 = insertvalue { ptr, i64 } %0, i64 %self.1, 1
  ret { ptr, i64 } %1
}

; <() as std::process::Termination>::report
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i8 @_RNvXsZ_NtCsjrHSEGnQ3l9_3std7processuNtB5_11Termination6report() unnamed_addr #0 {
start:
  ret i8 0
}

; <alloc::alloc::Global as core::alloc::Allocator>::deallocate
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %self, ptr noundef nonnull %ptr, i64 noundef range(i64 1, -9223372036854775807) %layout.0, i64 noundef %layout.1) unnamed_addr #0 {
start:
  %0 = icmp eq i64 %layout.1, 0
  br i1 %0, label %bb2, label %bb1

bb2:                                              ; preds = %bb1, %start
  ret void

bb1:                                              ; preds = %start
  %1 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %1)
; call __rustc::__rust_dealloc
  call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef %ptr, i64 noundef %layout.1, i64 noundef %layout.0) #28
  br label %bb2
}

; <std::thread::lifecycle::spawn_unchecked::MaybeDangling<T> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN105_$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0401df2248706f53E"(ptr noalias noundef align 8 dereferenceable(8) %self) unnamed_addr #4 {
start:
; call core::ptr::drop_in_place<mutex::main::{{closure}}>
  call void @"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE"(ptr noalias noundef align 8 dereferenceable(8) %self)
  ret void
}

; <core::panic::unwind_safe::AssertUnwindSafe<F> as core::ops::function::FnOnce<()>>::call_once
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h9f057a731ca01a8eE"(ptr dead_on_return noalias noundef align 8 captures(address) dereferenceable(40) %self) unnamed_addr #0 {
start:
  %_3 = alloca [40 x i8], align 8
  %_2 = alloca [0 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr %_3)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_3, ptr align 8 %self, i64 40, i1 false)
; call std::thread::lifecycle::spawn_unchecked::{{closure}}::{{closure}}
  call void @"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h9531da587c346018E"(ptr noalias noundef align 8 captures(address) dereferenceable(40) %_3) #30
  call void @llvm.lifetime.end.p0(ptr %_3)
  ret void
}

; <core::panic::unwind_safe::AssertUnwindSafe<F> as core::ops::function::FnOnce<()>>::call_once
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17hf394290f148517bfE"(ptr noalias noundef align 8 dereferenceable(24) %self) unnamed_addr #0 {
start:
  %_2 = alloca [0 x i8], align 1
; call core::ops::function::FnOnce::call_once
  call void @_ZN4core3ops8function6FnOnce9call_once17h528d5ccb59759117E(ptr noalias noundef align 8 dereferenceable(24) %self) #30
  ret void
}

; std::io::default_write_fmt
; Function Attrs: nonlazybind uwtable
define internal noundef ptr @_ZN3std2io17default_write_fmt17hcd5671faf45557b5E(ptr noalias noundef nonnull align 1 %this, ptr noundef nonnull %args.0, ptr noundef nonnull %args.1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %output = alloca [16 x i8], align 8
  %_0 = alloca [8 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %output)
  store ptr %this, ptr %output, align 8
  %1 = getelementptr inbounds i8, ptr %output, i64 8
  store ptr null, ptr %1, align 8
; invoke core::fmt::write
  %_4 = invoke noundef zeroext i1 @_RNvNtCsgEmfK2I1SDS_4core3fmt5write(ptr noundef nonnull align 1 %output, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.0, ptr noundef nonnull %args.0, ptr noundef nonnull %args.1)
          to label %bb1 unwind label %cleanup

bb7:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::io::default_write_fmt::Adapter<std::sys::stdio::unix::Stderr>>
  invoke void @"_ZN4core3ptr93drop_in_place$LT$std..io..default_write_fmt..Adapter$LT$std..sys..stdio..unix..Stderr$GT$$GT$17h72cc3ac84e2354bdE"(ptr noalias noundef align 8 dereferenceable(16) %output) #35
          to label %bb8 unwind label %terminate

cleanup:                                          ; preds = %bb6, %start
  %2 = landingpad { ptr, i32 }
          cleanup
  %3 = extractvalue { ptr, i32 } %2, 0
  %4 = extractvalue { ptr, i32 } %2, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %3, ptr %0, align 8
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %4, ptr %5, align 8
  br label %bb7

bb1:                                              ; preds = %start
  %_7 = zext i1 %_4 to i64
  %6 = trunc nuw i64 %_7 to i1
  br i1 %6, label %bb3, label %bb4

bb3:                                              ; preds = %bb1
  %7 = getelementptr inbounds i8, ptr %output, i64 8
  %8 = load ptr, ptr %7, align 8, !noundef !4
  %9 = ptrtoint ptr %8 to i64
  %10 = icmp eq i64 %9, 0
  %_13 = select i1 %10, i64 0, i64 1
  %_12 = icmp eq i64 %_13, 0
  %_8 = xor i1 %_12, true
  %11 = call i1 @llvm.expect.i1(i1 %_8, i1 true)
  br i1 %11, label %bb5, label %bb6

bb4:                                              ; preds = %bb1
  store ptr null, ptr %_0, align 8
  %12 = getelementptr inbounds i8, ptr %output, i64 8
; call core::ptr::drop_in_place<core::result::Result<(),std::io::error::Error>>
  call void @"_ZN4core3ptr81drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$std..io..error..Error$GT$$GT$17hb8ba7a740477fac3E"(ptr noalias noundef align 8 dereferenceable(8) %12)
  br label %bb9

bb9:                                              ; preds = %bb5, %bb4
  call void @llvm.lifetime.end.p0(ptr %output)
  %13 = load ptr, ptr %_0, align 8, !noundef !4
  ret ptr %13

bb6:                                              ; preds = %bb3
  call void @llvm.assume(i1 true)
  %14 = icmp ne ptr inttoptr (i64 173 to ptr), null
  call void @llvm.assume(i1 %14)
; invoke core::panicking::panic_fmt
  invoke void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_a439077caaee6bab9af745f1531d72a4, ptr noundef nonnull inttoptr (i64 173 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b0ae37a9738c727c4872e897e1f5ac1b) #32
          to label %unreachable unwind label %cleanup

bb5:                                              ; preds = %bb3
  %15 = getelementptr inbounds i8, ptr %output, i64 8
  %16 = load ptr, ptr %15, align 8, !noundef !4
  store ptr %16, ptr %_0, align 8
  br label %bb9

unreachable:                                      ; preds = %bb6
  unreachable

bb2:                                              ; No predecessors!
  unreachable

terminate:                                        ; preds = %bb7
  %17 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb8:                                              ; preds = %bb7
  %18 = load ptr, ptr %0, align 8, !noundef !4
  %19 = getelementptr inbounds i8, ptr %0, i64 8
  %20 = load i32, ptr %19, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %21 = insertvalue { ptr, i32 } poison, ptr %18, 0
  %22 = insertvalue { ptr, i32 } %21, i32 %20, 1
  resume { ptr, i32 } %22
}

; std::io::Write::write_all
; Function Attrs: nonlazybind uwtable
define internal noundef ptr @_ZN3std2io5Write9write_all17h2c3fa21d241e2d0fE(ptr noalias noundef nonnull align 1 %self, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %0, i64 noundef range(i64 0, -9223372036854775808) %1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %2 = alloca [16 x i8], align 8
  %_15 = alloca [16 x i8], align 8
  %_10 = alloca [1 x i8], align 1
  %_4 = alloca [16 x i8], align 8
  %_0 = alloca [8 x i8], align 8
  %buf = alloca [16 x i8], align 8
  store ptr %0, ptr %buf, align 8
  %3 = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 %1, ptr %3, align 8
  br label %bb1

bb1:                                              ; preds = %bb15, %start
  %self.0 = load ptr, ptr %buf, align 8, !nonnull !4, !align !7, !noundef !4
  %4 = getelementptr inbounds i8, ptr %buf, i64 8
  %self.1 = load i64, ptr %4, align 8, !noundef !4
  %5 = icmp eq i64 %self.1, 0
  br i1 %5, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  store ptr null, ptr %_0, align 8
  br label %bb13

bb3:                                              ; preds = %bb1
  call void @llvm.lifetime.start.p0(ptr %_4)
  %_5.0 = load ptr, ptr %buf, align 8, !nonnull !4, !align !7, !noundef !4
  %6 = getelementptr inbounds i8, ptr %buf, i64 8
  %_5.1 = load i64, ptr %6, align 8, !noundef !4
; call <std::sys::stdio::unix::Stderr as std::io::Write>::write
  %7 = call { i64, ptr } @_RNvXs3_NtNtNtCsjrHSEGnQ3l9_3std3sys5stdio4unixNtB5_6StderrNtNtBb_2io5Write5write(ptr noalias noundef nonnull align 1 %self, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %_5.0, i64 noundef %_5.1)
  %8 = extractvalue { i64, ptr } %7, 0
  %9 = extractvalue { i64, ptr } %7, 1
  store i64 %8, ptr %_4, align 8
  %10 = getelementptr inbounds i8, ptr %_4, i64 8
  store ptr %9, ptr %10, align 8
  %_6 = load i64, ptr %_4, align 8, !range !9, !noundef !4
  %11 = getelementptr inbounds i8, ptr %_4, i64 8
  %12 = load ptr, ptr %11, align 8, !noundef !4
  %13 = trunc nuw i64 %_6 to i1
  br i1 %13, label %bb7, label %bb6

bb13:                                             ; preds = %bb12, %bb2
  %14 = load ptr, ptr %_0, align 8, !noundef !4
  ret ptr %14

bb7:                                              ; preds = %bb3
  call void @llvm.lifetime.start.p0(ptr %_10)
  call void @llvm.lifetime.start.p0(ptr %_15)
  %15 = getelementptr inbounds i8, ptr %_4, i64 8
  %_25 = load ptr, ptr %15, align 8, !nonnull !4, !noundef !4
; invoke std::io::error::repr_bitpacked::decode_repr
  invoke void @_ZN3std2io5error14repr_bitpacked11decode_repr17h1cede35b1b619433E(ptr noalias noundef sret([16 x i8]) align 8 captures(none) dereferenceable(16) %_15, ptr noundef nonnull %_25)
          to label %bb25 unwind label %cleanup

bb6:                                              ; preds = %bb3
  %16 = getelementptr inbounds i8, ptr %_4, i64 8
  %17 = load i64, ptr %16, align 8, !noundef !4
  %18 = icmp eq i64 %17, 0
  br i1 %18, label %bb9, label %bb8

bb9:                                              ; preds = %bb6
  store ptr @alloc_0c6bd0c1dc63d8d7fb1eb0c800f5dec2, ptr %_0, align 8
  br label %bb12

bb8:                                              ; preds = %bb6
  %19 = getelementptr inbounds i8, ptr %_4, i64 8
  %n = load i64, ptr %19, align 8, !noundef !4
  %20 = load ptr, ptr %buf, align 8, !nonnull !4, !align !7, !noundef !4
  %21 = getelementptr inbounds i8, ptr %buf, i64 8
  %_30 = load i64, ptr %21, align 8, !noundef !4
  %_29 = icmp ugt i64 %n, %_30
  %22 = call i1 @llvm.expect.i1(i1 %_29, i1 false)
  br i1 %22, label %bb26, label %bb27

bb12:                                             ; preds = %bb11, %bb9
  call void @llvm.lifetime.end.p0(ptr %_4)
  br label %bb13

bb27:                                             ; preds = %bb8
  %new_len = sub nuw i64 %_30, %n
  %_34.0 = load ptr, ptr %buf, align 8, !nonnull !4, !align !7, !noundef !4
  %23 = getelementptr inbounds i8, ptr %buf, i64 8
  %_34.1 = load i64, ptr %23, align 8, !noundef !4
  %_36 = getelementptr inbounds nuw i8, ptr %_34.0, i64 %n
  store ptr %_36, ptr %buf, align 8
  %24 = getelementptr inbounds i8, ptr %buf, i64 8
  store i64 %new_len, ptr %24, align 8
  br label %bb17

bb26:                                             ; preds = %bb8
; invoke core::slice::index::slice_index_fail
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core5slice5index16slice_index_fail(i64 noundef %n, i64 noundef %_30, i64 noundef %_30, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a2b462ac72db38b51a27d3bbf062bd3b) #32
          to label %unreachable unwind label %cleanup

bb17:                                             ; preds = %bb10, %bb27
  %_12 = load i64, ptr %_4, align 8, !range !9, !noundef !4
  %25 = getelementptr inbounds i8, ptr %_4, i64 8
  %26 = load ptr, ptr %25, align 8, !noundef !4
  %27 = trunc nuw i64 %_12 to i1
  br i1 %27, label %bb16, label %bb15

bb19:                                             ; preds = %cleanup
  %_13 = load i64, ptr %_4, align 8, !range !9, !noundef !4
  %28 = getelementptr inbounds i8, ptr %_4, i64 8
  %29 = load ptr, ptr %28, align 8, !noundef !4
  %30 = icmp eq i64 %_13, 1
  br i1 %30, label %bb18, label %bb14

cleanup:                                          ; preds = %bb7, %bb26
  %31 = landingpad { ptr, i32 }
          cleanup
  %32 = extractvalue { ptr, i32 } %31, 0
  %33 = extractvalue { ptr, i32 } %31, 1
  call void @llvm.lifetime.start.p0(ptr %2)
  store ptr %32, ptr %2, align 8
  %34 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 %33, ptr %34, align 8
  br label %bb19

unreachable:                                      ; preds = %bb26
  unreachable

bb25:                                             ; preds = %bb7
  %35 = load i8, ptr %_15, align 8, !range !12, !noundef !4
  %_17 = zext i8 %35 to i64
  switch i64 %_17, label %bb5 [
    i64 0, label %bb23
    i64 1, label %bb21
    i64 2, label %bb20
    i64 3, label %bb22
  ]

bb5:                                              ; preds = %bb25
  unreachable

bb23:                                             ; preds = %bb25
  %36 = getelementptr inbounds i8, ptr %_15, i64 4
  %code = load i32, ptr %36, align 4, !noundef !4
  %37 = icmp eq i32 %code, 4
  %38 = zext i1 %37 to i8
  store i8 %38, ptr %_10, align 1
  br label %bb24

bb21:                                             ; preds = %bb25
  %39 = getelementptr inbounds i8, ptr %_15, i64 1
  %kind = load i8, ptr %39, align 1, !range !13, !noundef !4
  %_27 = zext i8 %kind to i64
  %40 = icmp eq i64 %_27, 35
  %41 = zext i1 %40 to i8
  store i8 %41, ptr %_10, align 1
  br label %bb24

bb20:                                             ; preds = %bb25
  %42 = getelementptr inbounds i8, ptr %_15, i64 8
  %m = load ptr, ptr %42, align 8, !nonnull !4, !align !14, !noundef !4
  %43 = getelementptr inbounds i8, ptr %m, i64 16
  %44 = load i8, ptr %43, align 8, !range !13, !noundef !4
  %_26 = zext i8 %44 to i64
  %45 = icmp eq i64 %_26, 35
  %46 = zext i1 %45 to i8
  store i8 %46, ptr %_10, align 1
  br label %bb24

bb22:                                             ; preds = %bb25
  %47 = getelementptr inbounds i8, ptr %_15, i64 8
  %c = load ptr, ptr %47, align 8, !nonnull !4, !align !14, !noundef !4
  %48 = getelementptr inbounds i8, ptr %c, i64 16
  %49 = load i8, ptr %48, align 8, !range !13, !noundef !4
  %_28 = zext i8 %49 to i64
  %50 = icmp eq i64 %_28, 35
  %51 = zext i1 %50 to i8
  store i8 %51, ptr %_10, align 1
  br label %bb24

bb24:                                             ; preds = %bb22, %bb20, %bb21, %bb23
  call void @llvm.lifetime.end.p0(ptr %_15)
  %52 = load i8, ptr %_10, align 1, !range !6, !noundef !4
  %53 = trunc nuw i8 %52 to i1
  br i1 %53, label %bb10, label %bb11

bb11:                                             ; preds = %bb24
  call void @llvm.lifetime.end.p0(ptr %_10)
  %54 = getelementptr inbounds i8, ptr %_4, i64 8
  %e = load ptr, ptr %54, align 8, !nonnull !4, !noundef !4
  store ptr %e, ptr %_0, align 8
  br label %bb12

bb10:                                             ; preds = %bb24
  call void @llvm.lifetime.end.p0(ptr %_10)
  br label %bb17

bb16:                                             ; preds = %bb17
  %55 = getelementptr inbounds i8, ptr %_4, i64 8
; call core::ptr::drop_in_place<std::io::error::Error>
  call void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17hdbb4cd003000bd78E"(ptr noalias noundef align 8 dereferenceable(8) %55)
  br label %bb15

bb15:                                             ; preds = %bb16, %bb17
  call void @llvm.lifetime.end.p0(ptr %_4)
  br label %bb1

bb18:                                             ; preds = %bb19
  %56 = getelementptr inbounds i8, ptr %_4, i64 8
; invoke core::ptr::drop_in_place<std::io::error::Error>
  invoke void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17hdbb4cd003000bd78E"(ptr noalias noundef align 8 dereferenceable(8) %56) #35
          to label %bb14 unwind label %terminate

bb14:                                             ; preds = %bb18, %bb19
  %57 = load ptr, ptr %2, align 8, !noundef !4
  %58 = getelementptr inbounds i8, ptr %2, i64 8
  %59 = load i32, ptr %58, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %2)
  %60 = insertvalue { ptr, i32 } poison, ptr %57, 0
  %61 = insertvalue { ptr, i32 } %60, i32 %59, 1
  resume { ptr, i32 } %61

terminate:                                        ; preds = %bb18
  %62 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable
}

; std::io::Write::write_fmt
; Function Attrs: nonlazybind uwtable
define internal noundef ptr @_ZN3std2io5Write9write_fmt17hba4f3b2d08422f6dE(ptr noalias noundef nonnull align 1 %self, ptr noundef nonnull %0, ptr noundef nonnull %1) unnamed_addr #4 {
start:
  %_3 = alloca [16 x i8], align 8
  %_0 = alloca [8 x i8], align 8
  %args = alloca [16 x i8], align 8
  store ptr %0, ptr %args, align 8
  %2 = getelementptr inbounds i8, ptr %args, i64 8
  store ptr %1, ptr %2, align 8
  call void @llvm.lifetime.start.p0(ptr %_3)
; call <core::fmt::Arguments>::as_statically_known_str
  %3 = call { ptr, i64 } @_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments23as_statically_known_str(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %args) #30
  %4 = extractvalue { ptr, i64 } %3, 0
  %5 = extractvalue { ptr, i64 } %3, 1
  store ptr %4, ptr %_3, align 8
  %6 = getelementptr inbounds i8, ptr %_3, i64 8
  store i64 %5, ptr %6, align 8
  %7 = load ptr, ptr %_3, align 8, !align !7, !noundef !4
  %8 = getelementptr inbounds i8, ptr %_3, i64 8
  %9 = load i64, ptr %8, align 8
  %10 = ptrtoint ptr %7 to i64
  %11 = icmp eq i64 %10, 0
  %_5 = select i1 %11, i64 0, i64 1
  %12 = trunc nuw i64 %_5 to i1
  br i1 %12, label %bb2, label %bb4

bb2:                                              ; preds = %start
  %s.0 = load ptr, ptr %_3, align 8, !nonnull !4, !align !7, !noundef !4
  %13 = getelementptr inbounds i8, ptr %_3, i64 8
  %s.1 = load i64, ptr %13, align 8, !noundef !4
; call std::io::Write::write_all
  %14 = call noundef ptr @_ZN3std2io5Write9write_all17h2c3fa21d241e2d0fE(ptr noalias noundef nonnull align 1 %self, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %s.0, i64 noundef %s.1)
  store ptr %14, ptr %_0, align 8
  call void @llvm.lifetime.end.p0(ptr %_3)
  br label %bb5

bb4:                                              ; preds = %start
  call void @llvm.lifetime.end.p0(ptr %_3)
  %15 = load ptr, ptr %args, align 8, !nonnull !4, !noundef !4
  %16 = getelementptr inbounds i8, ptr %args, i64 8
  %17 = load ptr, ptr %16, align 8, !nonnull !4, !noundef !4
; call std::io::default_write_fmt
  %18 = call noundef ptr @_ZN3std2io17default_write_fmt17hcd5671faf45557b5E(ptr noalias noundef nonnull align 1 %self, ptr noundef nonnull %15, ptr noundef nonnull %17)
  store ptr %18, ptr %_0, align 8
  br label %bb5

bb5:                                              ; preds = %bb4, %bb2
  %19 = load ptr, ptr %_0, align 8, !noundef !4
  ret ptr %19

bb6:                                              ; No predecessors!
  unreachable
}

; std::io::error::repr_bitpacked::decode_repr
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN3std2io5error14repr_bitpacked11decode_repr17h1cede35b1b619433E(ptr dead_on_unwind noalias noundef writable sret([16 x i8]) align 8 captures(none) dereferenceable(16) %_0, ptr noundef nonnull %ptr) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %0 = alloca [8 x i8], align 8
  %1 = alloca [16 x i8], align 8
  %_21 = alloca [1 x i8], align 1
  %self = alloca [1 x i8], align 1
  store i8 1, ptr %_21, align 1
  %2 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %2)
  %3 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %3)
  %bits = ptrtoint ptr %ptr to i64
  %_5 = and i64 %bits, 3
  switch i64 %_5, label %bb1 [
    i64 2, label %bb5
    i64 3, label %bb4
    i64 0, label %bb3
    i64 1, label %bb2
  ], !prof !15

bb1:                                              ; preds = %start
; invoke core::panicking::panic
  invoke void @_RNvNtCsgEmfK2I1SDS_4core9panicking5panic(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_a500d906b91607583596fa15e63c2ada, i64 noundef 40, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_001eb85a62c5c94c4f46cb7ac3a24716) #32
          to label %unreachable unwind label %cleanup

bb5:                                              ; preds = %start
  %_7 = ashr i64 %bits, 32
  %code = trunc i64 %_7 to i32
  %4 = getelementptr inbounds i8, ptr %_0, i64 4
  store i32 %code, ptr %4, align 4
  store i8 0, ptr %_0, align 8
  br label %bb16

bb4:                                              ; preds = %start
  %_10 = lshr i64 %bits, 32
  %kind_bits = trunc i64 %_10 to i32
  call void @llvm.lifetime.start.p0(ptr %self)
; invoke std::io::error::repr_bitpacked::kind_from_prim
  %5 = invoke noundef i8 @_RNvNtNtNtCsjrHSEGnQ3l9_3std2io5error14repr_bitpacked14kind_from_prim(i32 noundef %kind_bits)
          to label %bb6 unwind label %cleanup

bb3:                                              ; preds = %start
  %6 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %6)
  %7 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %ptr, ptr %7, align 8
  store i8 2, ptr %_0, align 8
  br label %bb16

bb2:                                              ; preds = %start
  %8 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %8)
  %9 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %9)
  call void @llvm.lifetime.start.p0(ptr %0)
  %10 = getelementptr i8, ptr %ptr, i64 -1
  store ptr %10, ptr %0, align 8
  %_33 = load ptr, ptr %0, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %11 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %11)
  store i8 0, ptr %_21, align 1
; invoke std::io::error::repr_bitpacked::Repr::data::{{closure}}
  %_17 = invoke noundef nonnull align 8 ptr @"_ZN3std2io5error14repr_bitpacked4Repr4data28_$u7b$$u7b$closure$u7d$$u7d$17h5303029b7fafcb61E"(ptr noundef %_33)
          to label %bb7 unwind label %cleanup

bb16:                                             ; preds = %bb3, %bb14, %bb5
  br label %bb8

bb11:                                             ; preds = %cleanup
  %12 = load i8, ptr %_21, align 1, !range !6, !noundef !4
  %13 = trunc nuw i8 %12 to i1
  br i1 %13, label %bb10, label %bb9

cleanup:                                          ; preds = %bb1, %bb2, %bb4
  %14 = landingpad { ptr, i32 }
          cleanup
  %15 = extractvalue { ptr, i32 } %14, 0
  %16 = extractvalue { ptr, i32 } %14, 1
  call void @llvm.lifetime.start.p0(ptr %1)
  store ptr %15, ptr %1, align 8
  %17 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %16, ptr %17, align 8
  br label %bb11

bb6:                                              ; preds = %bb4
  store i8 %5, ptr %self, align 1
  %18 = load i8, ptr %self, align 1, !range !11, !noundef !4
  %19 = icmp eq i8 %18, 42
  %_23 = select i1 %19, i64 0, i64 1
  %20 = trunc nuw i64 %_23 to i1
  %21 = call i1 @llvm.expect.i1(i1 %20, i1 true)
  br i1 %21, label %bb14, label %bb13

bb14:                                             ; preds = %bb6
  %kind = load i8, ptr %self, align 1, !range !13, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %self)
  %22 = getelementptr inbounds i8, ptr %_0, i64 1
  store i8 %kind, ptr %22, align 1
  store i8 1, ptr %_0, align 8
  br label %bb16

bb13:                                             ; preds = %bb6
  call void @llvm.assume(i1 false)
; call core::hint::unreachable_unchecked::precondition_check
  call void @_RNvNvNtCsgEmfK2I1SDS_4core4hint21unreachable_unchecked18precondition_check(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a185c37a7413867ddb596db6d01df0de) #37
  br label %bb12

bb12:                                             ; preds = %bb13
  unreachable

bb8:                                              ; preds = %bb7, %bb16
  ret void

bb7:                                              ; preds = %bb2
  %23 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %_17, ptr %23, align 8
  store i8 3, ptr %_0, align 8
  br label %bb8

unreachable:                                      ; preds = %bb1
  unreachable

bb9:                                              ; preds = %bb10, %bb11
  %24 = load ptr, ptr %1, align 8, !noundef !4
  %25 = getelementptr inbounds i8, ptr %1, i64 8
  %26 = load i32, ptr %25, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  %27 = insertvalue { ptr, i32 } poison, ptr %24, 0
  %28 = insertvalue { ptr, i32 } %27, i32 %26, 1
  resume { ptr, i32 } %28

bb10:                                             ; preds = %bb11
  br label %bb9
}

; std::io::error::repr_bitpacked::decode_repr
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN3std2io5error14repr_bitpacked11decode_repr17hb298d1a275b3d40cE(ptr dead_on_unwind noalias noundef writable sret([16 x i8]) align 8 captures(none) dereferenceable(16) %_0, ptr noundef nonnull %ptr) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %0 = alloca [8 x i8], align 8
  %1 = alloca [16 x i8], align 8
  %_21 = alloca [1 x i8], align 1
  %self = alloca [1 x i8], align 1
  store i8 1, ptr %_21, align 1
  %2 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %2)
  %3 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %3)
  %bits = ptrtoint ptr %ptr to i64
  %_5 = and i64 %bits, 3
  switch i64 %_5, label %bb1 [
    i64 2, label %bb5
    i64 3, label %bb4
    i64 0, label %bb3
    i64 1, label %bb2
  ], !prof !15

bb1:                                              ; preds = %start
; invoke core::panicking::panic
  invoke void @_RNvNtCsgEmfK2I1SDS_4core9panicking5panic(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_a500d906b91607583596fa15e63c2ada, i64 noundef 40, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_001eb85a62c5c94c4f46cb7ac3a24716) #32
          to label %unreachable unwind label %cleanup

bb5:                                              ; preds = %start
  %_7 = ashr i64 %bits, 32
  %code = trunc i64 %_7 to i32
  %4 = getelementptr inbounds i8, ptr %_0, i64 4
  store i32 %code, ptr %4, align 4
  store i8 0, ptr %_0, align 8
  br label %bb16

bb4:                                              ; preds = %start
  %_10 = lshr i64 %bits, 32
  %kind_bits = trunc i64 %_10 to i32
  call void @llvm.lifetime.start.p0(ptr %self)
; invoke std::io::error::repr_bitpacked::kind_from_prim
  %5 = invoke noundef i8 @_RNvNtNtNtCsjrHSEGnQ3l9_3std2io5error14repr_bitpacked14kind_from_prim(i32 noundef %kind_bits)
          to label %bb6 unwind label %cleanup

bb3:                                              ; preds = %start
  %6 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %6)
  %7 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %ptr, ptr %7, align 8
  store i8 2, ptr %_0, align 8
  br label %bb16

bb2:                                              ; preds = %start
  %8 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %8)
  %9 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %9)
  call void @llvm.lifetime.start.p0(ptr %0)
  %10 = getelementptr i8, ptr %ptr, i64 -1
  store ptr %10, ptr %0, align 8
  %_33 = load ptr, ptr %0, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %11 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %11)
  store i8 0, ptr %_21, align 1
; invoke <std::io::error::repr_bitpacked::Repr as core::ops::drop::Drop>::drop::{{closure}}
  %_17 = invoke noundef nonnull align 8 ptr @"_ZN78_$LT$std..io..error..repr_bitpacked..Repr$u20$as$u20$core..ops..drop..Drop$GT$4drop28_$u7b$$u7b$closure$u7d$$u7d$17hd66d86ec7587c7baE"(ptr noundef %_33)
          to label %bb7 unwind label %cleanup

bb16:                                             ; preds = %bb3, %bb14, %bb5
  br label %bb8

bb11:                                             ; preds = %cleanup
  %12 = load i8, ptr %_21, align 1, !range !6, !noundef !4
  %13 = trunc nuw i8 %12 to i1
  br i1 %13, label %bb10, label %bb9

cleanup:                                          ; preds = %bb1, %bb2, %bb4
  %14 = landingpad { ptr, i32 }
          cleanup
  %15 = extractvalue { ptr, i32 } %14, 0
  %16 = extractvalue { ptr, i32 } %14, 1
  call void @llvm.lifetime.start.p0(ptr %1)
  store ptr %15, ptr %1, align 8
  %17 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %16, ptr %17, align 8
  br label %bb11

bb6:                                              ; preds = %bb4
  store i8 %5, ptr %self, align 1
  %18 = load i8, ptr %self, align 1, !range !11, !noundef !4
  %19 = icmp eq i8 %18, 42
  %_23 = select i1 %19, i64 0, i64 1
  %20 = trunc nuw i64 %_23 to i1
  %21 = call i1 @llvm.expect.i1(i1 %20, i1 true)
  br i1 %21, label %bb14, label %bb13

bb14:                                             ; preds = %bb6
  %kind = load i8, ptr %self, align 1, !range !13, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %self)
  %22 = getelementptr inbounds i8, ptr %_0, i64 1
  store i8 %kind, ptr %22, align 1
  store i8 1, ptr %_0, align 8
  br label %bb16

bb13:                                             ; preds = %bb6
  call void @llvm.assume(i1 false)
; call core::hint::unreachable_unchecked::precondition_check
  call void @_RNvNvNtCsgEmfK2I1SDS_4core4hint21unreachable_unchecked18precondition_check(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a185c37a7413867ddb596db6d01df0de) #37
  br label %bb12

bb12:                                             ; preds = %bb13
  unreachable

bb8:                                              ; preds = %bb7, %bb16
  ret void

bb7:                                              ; preds = %bb2
  %23 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %_17, ptr %23, align 8
  store i8 3, ptr %_0, align 8
  br label %bb8

unreachable:                                      ; preds = %bb1
  unreachable

bb9:                                              ; preds = %bb10, %bb11
  %24 = load ptr, ptr %1, align 8, !noundef !4
  %25 = getelementptr inbounds i8, ptr %1, i64 8
  %26 = load i32, ptr %25, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  %27 = insertvalue { ptr, i32 } poison, ptr %24, 0
  %28 = insertvalue { ptr, i32 } %27, i32 %26, 1
  resume { ptr, i32 } %28

bb10:                                             ; preds = %bb11
  br label %bb9
}

; std::io::error::repr_bitpacked::Repr::data::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef nonnull align 8 ptr @"_ZN3std2io5error14repr_bitpacked4Repr4data28_$u7b$$u7b$closure$u7d$$u7d$17h5303029b7fafcb61E"(ptr noundef %c) unnamed_addr #0 {
start:
  ret ptr %c
}

; std::rt::lang_start
; Function Attrs: nonlazybind uwtable
define hidden noundef i64 @_ZN3std2rt10lang_start17hc23eaa4e10f6e082E(ptr noundef nonnull %main, i64 noundef %argc, ptr noundef %argv, i8 noundef %sigpipe) unnamed_addr #4 {
start:
  %_7 = alloca [8 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_7)
  store ptr %main, ptr %_7, align 8
; call std::rt::lang_start_internal
  %_0 = call noundef i64 @_RNvNtCsjrHSEGnQ3l9_3std2rt19lang_start_internal(ptr noundef nonnull align 1 %_7, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.1, i64 noundef %argc, ptr noundef %argv, i8 noundef %sigpipe)
  call void @llvm.lifetime.end.p0(ptr %_7)
  ret i64 %_0
}

; std::rt::lang_start::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i32 @"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h634f240277f2a19cE"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8) %_1) unnamed_addr #0 {
start:
  %_4 = load ptr, ptr %_1, align 8, !nonnull !4, !noundef !4
; call std::sys::backtrace::__rust_begin_short_backtrace
  call void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h5125a86b78c46b02E(ptr noundef nonnull %_4) #31
; call <() as std::process::Termination>::report
  %self = call noundef i8 @_RNvXsZ_NtCsjrHSEGnQ3l9_3std7processuNtB5_11Termination6report() #30
  %_0 = zext i8 %self to i32
  ret i32 %_0
}

; std::env::var_os
; Function Attrs: nonlazybind uwtable
define internal void @_ZN3std3env6var_os17h3dfb554fb5b4d0afE(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(address) dereferenceable(24) %_0, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %0, i64 noundef %1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %2 = alloca [16 x i8], align 8
  %key = alloca [16 x i8], align 8
  store ptr %0, ptr %key, align 8
  %3 = getelementptr inbounds i8, ptr %key, i64 8
  store i64 %1, ptr %3, align 8
; invoke <&T as core::convert::AsRef<U>>::as_ref
  %4 = invoke { ptr, i64 } @"_ZN55_$LT$$RF$T$u20$as$u20$core..convert..AsRef$LT$U$GT$$GT$6as_ref17h4504a0ff85759049E"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %key)
          to label %bb1 unwind label %cleanup

bb4:                                              ; preds = %cleanup
  %5 = load ptr, ptr %2, align 8, !noundef !4
  %6 = getelementptr inbounds i8, ptr %2, i64 8
  %7 = load i32, ptr %6, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %2)
  %8 = insertvalue { ptr, i32 } poison, ptr %5, 0
  %9 = insertvalue { ptr, i32 } %8, i32 %7, 1
  resume { ptr, i32 } %9

cleanup:                                          ; preds = %bb1, %start
  %10 = landingpad { ptr, i32 }
          cleanup
  %11 = extractvalue { ptr, i32 } %10, 0
  %12 = extractvalue { ptr, i32 } %10, 1
  call void @llvm.lifetime.start.p0(ptr %2)
  store ptr %11, ptr %2, align 8
  %13 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 %12, ptr %13, align 8
  br label %bb4

bb1:                                              ; preds = %start
  %_2.0 = extractvalue { ptr, i64 } %4, 0
  %_2.1 = extractvalue { ptr, i64 } %4, 1
; invoke std::env::_var_os
  invoke void @_RNvNtCsjrHSEGnQ3l9_3std3env7__var_os(ptr noalias noundef sret([24 x i8]) align 8 captures(address) dereferenceable(24) %_0, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %_2.0, i64 noundef %_2.1)
          to label %bb2 unwind label %cleanup

bb2:                                              ; preds = %bb1
  ret void
}

; std::sys::backtrace::__rust_begin_short_backtrace
; Function Attrs: noinline nonlazybind uwtable
define internal void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h364fc4300d43d45aE(ptr dead_on_return noalias noundef align 8 captures(address) dereferenceable(32) %f) unnamed_addr #5 {
start:
; call std::thread::lifecycle::spawn_unchecked::{{closure}}::{{closure}}::{{closure}}
  call void @"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hf16d258b8716770bE"(ptr noalias noundef align 8 captures(address) dereferenceable(32) %f) #30
  call void asm sideeffect "", "~{memory}"(), !srcloc !16
  ret void
}

; std::sys::backtrace::__rust_begin_short_backtrace
; Function Attrs: noinline nonlazybind uwtable
define internal void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h5125a86b78c46b02E(ptr noundef nonnull %f) unnamed_addr #5 {
start:
; call core::ops::function::FnOnce::call_once
  call void @_ZN4core3ops8function6FnOnce9call_once17he5f383caf161df0bE(ptr noundef nonnull %f) #30
  call void asm sideeffect "", "~{memory}"(), !srcloc !16
  ret void
}

; std::sys::backtrace::__rust_begin_short_backtrace
; Function Attrs: noinline nonlazybind uwtable
define internal void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17he1e947961369eda4E(ptr noundef nonnull %f) unnamed_addr #5 {
start:
; call mutex::main::{{closure}}
  call void @"_ZN5mutex4main28_$u7b$$u7b$closure$u7d$$u7d$17hbe011949e0f8226fE"(ptr noundef nonnull %f) #30
  call void asm sideeffect "", "~{memory}"(), !srcloc !16
  ret void
}

; std::sync::poison::map_result
; Function Attrs: nonlazybind uwtable
define internal void @_ZN3std4sync6poison10map_result17ha0836df638701693E(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, i1 noundef zeroext %0, i8 noundef %1, ptr noundef nonnull align 8 %f) unnamed_addr #4 {
start:
  %result = alloca [2 x i8], align 1
  %2 = zext i1 %0 to i8
  store i8 %2, ptr %result, align 1
  %3 = getelementptr inbounds i8, ptr %result, i64 1
  store i8 %1, ptr %3, align 1
  %4 = load i8, ptr %result, align 1, !range !6, !noundef !4
  %5 = trunc nuw i8 %4 to i1
  %6 = getelementptr inbounds i8, ptr %result, i64 1
  %7 = load i8, ptr %6, align 1, !noundef !4
  %_3 = zext i1 %5 to i64
  %8 = trunc nuw i64 %_3 to i1
  br i1 %8, label %bb2, label %bb3

bb2:                                              ; preds = %start
  %9 = getelementptr inbounds i8, ptr %result, i64 1
  %10 = load i8, ptr %9, align 1, !range !6, !noundef !4
  %data = trunc nuw i8 %10 to i1
; call std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
  %11 = call { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17hbead940f235f8558E"(ptr noundef nonnull align 8 %f, i1 noundef zeroext %data) #30
  %data.0 = extractvalue { ptr, i1 } %11, 0
  %data.1 = extractvalue { ptr, i1 } %11, 1
  %12 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %data.0, ptr %12, align 8
  %13 = getelementptr inbounds i8, ptr %12, i64 8
  %14 = zext i1 %data.1 to i8
  store i8 %14, ptr %13, align 8
  store i64 1, ptr %_0, align 8
  br label %bb6

bb3:                                              ; preds = %start
  %15 = getelementptr inbounds i8, ptr %result, i64 1
  %16 = load i8, ptr %15, align 1, !range !6, !noundef !4
  %t = trunc nuw i8 %16 to i1
; call std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
  %17 = call { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17hbead940f235f8558E"(ptr noundef nonnull align 8 %f, i1 noundef zeroext %t) #30
  %_5.0 = extractvalue { ptr, i1 } %17, 0
  %_5.1 = extractvalue { ptr, i1 } %17, 1
  %18 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %_5.0, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %18, i64 8
  %20 = zext i1 %_5.1 to i8
  store i8 %20, ptr %19, align 8
  store i64 0, ptr %_0, align 8
  br label %bb6

bb6:                                              ; preds = %bb2, %bb3
  ret void

bb1:                                              ; No predecessors!
  unreachable
}

; std::sync::poison::mutex::Mutex<T>::lock
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E"(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(address) dereferenceable(24) %_0, ptr noundef nonnull align 8 %self) unnamed_addr #4 {
start:
; call core::sync::atomic::atomic_compare_exchange
  %0 = call { i32, i32 } @_ZN4core4sync6atomic23atomic_compare_exchange17hc62930dda1af9befE(ptr noundef %self, i32 noundef 0, i32 noundef 1, i8 noundef 2, i8 noundef 0) #30
  %_5.0 = extractvalue { i32, i32 } %0, 0
  %_5.1 = extractvalue { i32, i32 } %0, 1
  %_12 = zext i32 %_5.0 to i64
  %_11 = icmp eq i64 %_12, 0
  %_3 = xor i1 %_11, true
  %1 = call i1 @llvm.expect.i1(i1 %_3, i1 false)
  br i1 %1, label %bb1, label %bb2

bb2:                                              ; preds = %start
  br label %bb3

bb1:                                              ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::lock_contended
  call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr noundef nonnull align 4 %self)
  br label %bb3

bb3:                                              ; preds = %bb1, %bb2
  %_14 = getelementptr inbounds i8, ptr %self, i64 4
; call <std::sync::poison::Flag>::guard
  %2 = call { i1, i8 } @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag5guard(ptr noundef nonnull align 1 %_14) #30
  %_13.0 = extractvalue { i1, i8 } %2, 0
  %_13.1 = extractvalue { i1, i8 } %2, 1
; call std::sync::poison::map_result
  call void @_ZN3std4sync6poison10map_result17ha0836df638701693E(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, i1 noundef zeroext %_13.0, i8 noundef %_13.1, ptr noundef nonnull align 8 %self)
  ret void
}

; std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17hbead940f235f8558E"(ptr noundef nonnull align 8 %_1, i1 noundef zeroext %guard) unnamed_addr #0 {
start:
  %0 = insertvalue { ptr, i1 } poison, ptr %_1, 0
  %1 = insertvalue { ptr, i1 } %0, i1 %guard, 1
  ret { ptr, i1 } %1
}

; std::thread::builder::Builder::spawn_unchecked
; Function Attrs: nonlazybind uwtable
define internal void @_ZN3std6thread7builder7Builder15spawn_unchecked17h05952a1c40ff83f3E(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(48) %self, ptr noundef nonnull %f) unnamed_addr #4 {
start:
  %v = alloca [24 x i8], align 8
  %val = alloca [24 x i8], align 8
  %self1 = alloca [24 x i8], align 8
  %_7 = alloca [24 x i8], align 8
  %_6 = alloca [24 x i8], align 8
  %name = alloca [24 x i8], align 8
  %0 = getelementptr inbounds i8, ptr %self, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %name, ptr align 8 %0, i64 24, i1 false)
  %stack_size.0 = load i64, ptr %self, align 8, !range !9, !noundef !4
  %1 = getelementptr inbounds i8, ptr %self, i64 8
  %stack_size.1 = load i64, ptr %1, align 8
  %2 = getelementptr inbounds i8, ptr %self, i64 40
  %3 = load i8, ptr %2, align 8, !range !6, !noundef !4
  %no_hooks = trunc nuw i8 %3 to i1
  call void @llvm.lifetime.start.p0(ptr %_6)
  call void @llvm.lifetime.start.p0(ptr %_7)
  call void @llvm.lifetime.start.p0(ptr %self1)
; call std::thread::lifecycle::spawn_unchecked
  call void @_ZN3std6thread9lifecycle15spawn_unchecked17h6ff662fea340f725E(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %self1, ptr noalias noundef align 8 captures(address) dereferenceable(24) %name, i64 noundef %stack_size.0, i64 %stack_size.1, i1 noundef zeroext %no_hooks, ptr noundef null, ptr noundef nonnull %f)
  call void @llvm.lifetime.start.p0(ptr %v)
  %4 = load ptr, ptr %self1, align 8, !noundef !4
  %5 = ptrtoint ptr %4 to i64
  %6 = icmp eq i64 %5, 0
  %_11 = select i1 %6, i64 1, i64 0
  %7 = trunc nuw i64 %_11 to i1
  br i1 %7, label %bb4, label %bb5

bb4:                                              ; preds = %start
  %8 = getelementptr inbounds i8, ptr %self1, i64 8
  %e = load ptr, ptr %8, align 8, !nonnull !4, !noundef !4
  %9 = getelementptr inbounds i8, ptr %_7, i64 8
  store ptr %e, ptr %9, align 8
  store ptr null, ptr %_7, align 8
  call void @llvm.lifetime.end.p0(ptr %v)
  call void @llvm.lifetime.end.p0(ptr %self1)
  %10 = getelementptr inbounds i8, ptr %_7, i64 8
  %residual = load ptr, ptr %10, align 8, !nonnull !4, !noundef !4
  call void @llvm.assume(i1 true)
  %11 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %residual, ptr %11, align 8
  store ptr null, ptr %_0, align 8
  call void @llvm.lifetime.end.p0(ptr %_7)
  call void @llvm.lifetime.end.p0(ptr %_6)
  br label %bb3

bb5:                                              ; preds = %start
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %v, ptr align 8 %self1, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_7, ptr align 8 %v, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr %v)
  call void @llvm.lifetime.end.p0(ptr %self1)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %val, ptr align 8 %_7, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_6, ptr align 8 %val, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %_6, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_7)
  call void @llvm.lifetime.end.p0(ptr %_6)
  br label %bb3

bb3:                                              ; preds = %bb4, %bb5
  ret void

bb2:                                              ; No predecessors!
  unreachable
}

; std::thread::lifecycle::spawn_unchecked
; Function Attrs: nonlazybind uwtable
define internal void @_ZN3std6thread9lifecycle15spawn_unchecked17h6ff662fea340f725E(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, ptr dead_on_return noalias noundef align 8 captures(address) dereferenceable(24) %name, i64 noundef range(i64 0, 2) %0, i64 %1, i1 noundef zeroext %no_hooks, ptr noundef %2, ptr noundef nonnull %3) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %4 = alloca [8 x i8], align 8
  %5 = alloca [8 x i8], align 8
  %6 = alloca [16 x i8], align 8
  %_52 = alloca [8 x i8], align 8
  %_51 = alloca [48 x i8], align 8
  %_49 = alloca [24 x i8], align 8
  %_47 = alloca [1 x i8], align 1
  %_46 = alloca [1 x i8], align 1
  %_45 = alloca [1 x i8], align 1
  %_44 = alloca [1 x i8], align 1
  %_43 = alloca [1 x i8], align 1
  %self = alloca [16 x i8], align 8
  %_37 = alloca [16 x i8], align 8
  %_36 = alloca [24 x i8], align 8
  %_33 = alloca [24 x i8], align 8
  %_30 = alloca [48 x i8], align 8
  %rust_start = alloca [48 x i8], align 8
  %value = alloca [24 x i8], align 8
  %_15 = alloca [24 x i8], align 8
  %data = alloca [32 x i8], align 8
  %my_packet = alloca [8 x i8], align 8
  %hooks = alloca [32 x i8], align 8
  %_9 = alloca [24 x i8], align 8
  %thread = alloca [8 x i8], align 8
  %stack_size1 = alloca [8 x i8], align 8
  %f = alloca [8 x i8], align 8
  %scope_data = alloca [8 x i8], align 8
  %stack_size = alloca [16 x i8], align 8
  store i64 %0, ptr %stack_size, align 8
  %7 = getelementptr inbounds i8, ptr %stack_size, i64 8
  store i64 %1, ptr %7, align 8
  store ptr %2, ptr %scope_data, align 8
  store ptr %3, ptr %f, align 8
  store i8 1, ptr %_47, align 1
  store i8 1, ptr %_46, align 1
  store i8 1, ptr %_45, align 1
  %_48 = load i64, ptr %stack_size, align 8, !range !9, !noundef !4
  %8 = getelementptr inbounds i8, ptr %stack_size, i64 8
  %9 = load i64, ptr %8, align 8
  %10 = trunc nuw i64 %_48 to i1
  br i1 %10, label %bb31, label %bb30

bb31:                                             ; preds = %start
  %11 = getelementptr inbounds i8, ptr %stack_size, i64 8
  %12 = load i64, ptr %11, align 8, !noundef !4
  store i64 %12, ptr %stack_size1, align 8
  br label %bb29

bb30:                                             ; preds = %start
; invoke std::thread::lifecycle::spawn_unchecked::{{closure}}
  %13 = invoke noundef i64 @"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17hbd5a13ef39acff81E"()
          to label %bb45 unwind label %cleanup

bb26:                                             ; preds = %bb17, %cleanup
  %14 = load i8, ptr %_45, align 1, !range !6, !noundef !4
  %15 = trunc nuw i8 %14 to i1
  br i1 %15, label %bb25, label %bb18

cleanup:                                          ; preds = %bb13, %bb1, %bb29, %bb30
  %16 = landingpad { ptr, i32 }
          cleanup
  %17 = extractvalue { ptr, i32 } %16, 0
  %18 = extractvalue { ptr, i32 } %16, 1
  call void @llvm.lifetime.start.p0(ptr %6)
  store ptr %17, ptr %6, align 8
  %19 = getelementptr inbounds i8, ptr %6, i64 8
  store i32 %18, ptr %19, align 8
  br label %bb26

bb45:                                             ; preds = %bb30
  store i64 %13, ptr %stack_size1, align 8
  br label %bb29

bb29:                                             ; preds = %bb31, %bb45
; invoke <std::thread::id::ThreadId>::new
  %id = invoke noundef i64 @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread2idNtB2_8ThreadId3new()
          to label %bb1 unwind label %cleanup

bb1:                                              ; preds = %bb29
  call void @llvm.lifetime.start.p0(ptr %thread)
  call void @llvm.lifetime.start.p0(ptr %_9)
  store i8 0, ptr %_47, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_9, ptr align 8 %name, i64 24, i1 false)
; invoke <std::thread::thread::Thread>::new
  %20 = invoke noundef nonnull ptr @_RNvMs_NtNtCsjrHSEGnQ3l9_3std6thread6threadNtB4_6Thread3new(i64 noundef %id, ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_9)
          to label %bb2 unwind label %cleanup

bb2:                                              ; preds = %bb1
  store ptr %20, ptr %thread, align 8
  call void @llvm.lifetime.end.p0(ptr %_9)
  call void @llvm.lifetime.start.p0(ptr %hooks)
  br i1 %no_hooks, label %bb32, label %bb3

bb3:                                              ; preds = %bb2
; invoke std::thread::spawnhook::run_spawn_hooks
  invoke void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook15run_spawn_hooks(ptr noalias noundef sret([32 x i8]) align 8 captures(none) dereferenceable(32) %hooks, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8) %thread)
          to label %bb4 unwind label %cleanup2

bb32:                                             ; preds = %bb2
  call void @llvm.lifetime.start.p0(ptr %_49)
  store i64 0, ptr %_49, align 8
  %21 = getelementptr inbounds i8, ptr %_49, i64 8
  store ptr inttoptr (i64 8 to ptr), ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %_49, i64 16
  store i64 0, ptr %22, align 8
  %23 = getelementptr inbounds i8, ptr %hooks, i64 24
  store ptr null, ptr %23, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %hooks, ptr align 8 %_49, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_49)
  store i8 1, ptr %_44, align 1
  br label %bb5

bb17:                                             ; preds = %bb23, %bb24, %cleanup2
; invoke core::ptr::drop_in_place<std::thread::thread::Thread>
  invoke void @"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"(ptr noalias noundef align 8 dereferenceable(8) %thread) #35
          to label %bb26 unwind label %terminate

cleanup2:                                         ; preds = %bb3
  %24 = landingpad { ptr, i32 }
          cleanup
  %25 = extractvalue { ptr, i32 } %24, 0
  %26 = extractvalue { ptr, i32 } %24, 1
  call void @llvm.lifetime.start.p0(ptr %6)
  store ptr %25, ptr %6, align 8
  %27 = getelementptr inbounds i8, ptr %6, i64 8
  store i32 %26, ptr %27, align 8
  br label %bb17

bb4:                                              ; preds = %bb3
  store i8 1, ptr %_44, align 1
  br label %bb5

bb5:                                              ; preds = %bb32, %bb4
  call void @llvm.lifetime.start.p0(ptr %my_packet)
  call void @llvm.lifetime.start.p0(ptr %data)
  store i8 0, ptr %_46, align 1
  %_14 = load ptr, ptr %scope_data, align 8, !noundef !4
  call void @llvm.lifetime.start.p0(ptr %_15)
  call void @llvm.lifetime.start.p0(ptr %value)
  store i64 0, ptr %value, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_15, ptr align 8 %value, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr %value)
  store ptr %_14, ptr %data, align 8
  %28 = getelementptr inbounds i8, ptr %data, i64 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %28, ptr align 8 %_15, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_15)
  call void @llvm.lifetime.start.p0(ptr %_52)
  call void @llvm.lifetime.start.p0(ptr %_51)
  store i64 1, ptr %_52, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_51, ptr align 8 %_52, i64 8, i1 false)
  %29 = getelementptr inbounds i8, ptr %_51, i64 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %29, ptr align 8 %_52, i64 8, i1 false)
  %30 = getelementptr inbounds i8, ptr %_51, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %30, ptr align 8 %data, i64 32, i1 false)
; invoke alloc::boxed::Box<T>::new
  %x = invoke noundef nonnull align 8 ptr @"_ZN5alloc5boxed12Box$LT$T$GT$3new17h2b702d7d24c154abE"(ptr noalias noundef align 8 captures(address) dereferenceable(48) %_51)
          to label %bb33 unwind label %cleanup3

bb24:                                             ; preds = %bb16, %cleanup3
  %31 = load i8, ptr %_44, align 1, !range !6, !noundef !4
  %32 = trunc nuw i8 %31 to i1
  br i1 %32, label %bb23, label %bb17

cleanup3:                                         ; preds = %bb43, %bb5
  %33 = landingpad { ptr, i32 }
          cleanup
  %34 = extractvalue { ptr, i32 } %33, 0
  %35 = extractvalue { ptr, i32 } %33, 1
  call void @llvm.lifetime.start.p0(ptr %6)
  store ptr %34, ptr %6, align 8
  %36 = getelementptr inbounds i8, ptr %6, i64 8
  store i32 %35, ptr %36, align 8
  br label %bb24

bb33:                                             ; preds = %bb5
  call void @llvm.lifetime.end.p0(ptr %_51)
  %37 = icmp ne ptr %x, null
  call void @llvm.assume(i1 %37)
  %38 = icmp ne ptr %x, null
  call void @llvm.assume(i1 %38)
  store ptr %x, ptr %my_packet, align 8
  call void @llvm.lifetime.end.p0(ptr %_52)
  call void @llvm.lifetime.end.p0(ptr %data)
  %_64 = load ptr, ptr %my_packet, align 8, !nonnull !4, !noundef !4
  %39 = icmp ne ptr %_64, null
  call void @llvm.assume(i1 %39)
  call void @llvm.lifetime.start.p0(ptr %5)
  %40 = atomicrmw add ptr %_64, i64 1 monotonic, align 8
  store i64 %40, ptr %5, align 8
  %old_size = load i64, ptr %5, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %5)
  %_59 = icmp ugt i64 %old_size, 9223372036854775807
  br i1 %_59, label %bb34, label %bb35

bb35:                                             ; preds = %bb33
  %ptr = load ptr, ptr %my_packet, align 8, !nonnull !4, !noundef !4
  store i8 0, ptr %_45, align 1
  %x4 = load ptr, ptr %f, align 8, !nonnull !4, !noundef !4
  %41 = icmp ne ptr %x4, null
  call void @llvm.assume(i1 %41)
  call void @llvm.lifetime.start.p0(ptr %rust_start)
  store i8 0, ptr %_44, align 1
  store i8 1, ptr %_43, align 1
  %42 = getelementptr inbounds i8, ptr %rust_start, i64 40
  store ptr %x4, ptr %42, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %rust_start, ptr align 8 %hooks, i64 32, i1 false)
  %43 = getelementptr inbounds i8, ptr %rust_start, i64 32
  store ptr %ptr, ptr %43, align 8
  %_72 = load ptr, ptr %my_packet, align 8, !nonnull !4, !noundef !4
  %44 = icmp ne ptr %_72, null
  call void @llvm.assume(i1 %44)
  %45 = getelementptr inbounds i8, ptr %_72, i64 16
  %46 = load ptr, ptr %45, align 8, !noundef !4
  %47 = ptrtoint ptr %46 to i64
  %48 = icmp eq i64 %47, 0
  %_23 = select i1 %48, i64 0, i64 1
  %49 = trunc nuw i64 %_23 to i1
  br i1 %49, label %bb6, label %bb8

bb34:                                             ; preds = %bb33
  call void @llvm.trap()
  unreachable

bb6:                                              ; preds = %bb35
  %50 = getelementptr inbounds i8, ptr %_72, i64 16
  %_74 = load ptr, ptr %50, align 8, !nonnull !4, !noundef !4
  %51 = icmp ne ptr %_74, null
  call void @llvm.assume(i1 %51)
  %_26 = getelementptr inbounds i8, ptr %_74, i64 16
; invoke <std::thread::scoped::ScopeData>::increment_num_running_threads
  invoke void @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread6scopedNtB2_9ScopeData29increment_num_running_threads(ptr noundef nonnull align 8 %_26)
          to label %bb7 unwind label %cleanup5

bb8:                                              ; preds = %bb7, %bb35
  call void @llvm.lifetime.start.p0(ptr %_30)
  store i8 0, ptr %_43, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_30, ptr align 8 %rust_start, i64 48, i1 false)
; invoke alloc::boxed::Box<T>::new
  %b = invoke noundef nonnull align 8 ptr @"_ZN5alloc5boxed12Box$LT$T$GT$3new17h83f752a531f3a4ccE"(ptr noalias noundef align 8 captures(address) dereferenceable(48) %_30)
          to label %bb9 unwind label %cleanup5

bb22:                                             ; preds = %cleanup5
  %52 = load i8, ptr %_43, align 1, !range !6, !noundef !4
  %53 = trunc nuw i8 %52 to i1
  br i1 %53, label %bb21, label %bb16

cleanup5:                                         ; preds = %bb10, %bb41, %bb8, %bb6
  %54 = landingpad { ptr, i32 }
          cleanup
  %55 = extractvalue { ptr, i32 } %54, 0
  %56 = extractvalue { ptr, i32 } %54, 1
  call void @llvm.lifetime.start.p0(ptr %6)
  store ptr %55, ptr %6, align 8
  %57 = getelementptr inbounds i8, ptr %6, i64 8
  store i32 %56, ptr %57, align 8
  br label %bb22

bb7:                                              ; preds = %bb6
  br label %bb8

bb9:                                              ; preds = %bb8
  call void @llvm.lifetime.end.p0(ptr %_30)
  %58 = icmp ne ptr %b, null
  call void @llvm.assume(i1 %58)
  br label %bb39

bb39:                                             ; preds = %bb9
  %59 = icmp ne ptr %b, null
  call void @llvm.assume(i1 %59)
  call void @llvm.lifetime.start.p0(ptr %_33)
  %_92 = load ptr, ptr %thread, align 8, !nonnull !4, !noundef !4
  %60 = icmp ne ptr %_92, null
  call void @llvm.assume(i1 %60)
  call void @llvm.lifetime.start.p0(ptr %4)
  %61 = atomicrmw add ptr %_92, i64 1 monotonic, align 8
  store i64 %61, ptr %4, align 8
  %old_size6 = load i64, ptr %4, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %4)
  %_87 = icmp ugt i64 %old_size6, 9223372036854775807
  br i1 %_87, label %bb40, label %bb41

bb41:                                             ; preds = %bb39
  %ptr7 = load ptr, ptr %thread, align 8, !nonnull !4, !noundef !4
  store ptr %ptr7, ptr %_33, align 8
  %62 = getelementptr inbounds i8, ptr %_33, i64 8
  store ptr %b, ptr %62, align 8
  %63 = getelementptr inbounds i8, ptr %62, i64 8
  store ptr @vtable.2, ptr %63, align 8
; invoke alloc::boxed::Box<T>::new
  %init = invoke noundef nonnull align 8 ptr @"_ZN5alloc5boxed12Box$LT$T$GT$3new17h06fe1dede5c1cb9bE"(ptr noalias noundef align 8 captures(address) dereferenceable(24) %_33)
          to label %bb10 unwind label %cleanup5

bb40:                                             ; preds = %bb39
  call void @llvm.trap()
  unreachable

bb10:                                             ; preds = %bb41
  call void @llvm.lifetime.end.p0(ptr %_33)
  call void @llvm.lifetime.start.p0(ptr %_36)
  call void @llvm.lifetime.start.p0(ptr %_37)
  call void @llvm.lifetime.start.p0(ptr %self)
  %64 = load i64, ptr %stack_size1, align 8, !noundef !4
; invoke <std::sys::thread::unix::Thread>::new
  %65 = invoke { i64, ptr } @_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6Thread3new(i64 noundef %64, ptr noalias noundef nonnull align 8 %init)
          to label %bb11 unwind label %cleanup5

bb11:                                             ; preds = %bb10
  %66 = extractvalue { i64, ptr } %65, 0
  %67 = extractvalue { i64, ptr } %65, 1
  store i64 %66, ptr %self, align 8
  %68 = getelementptr inbounds i8, ptr %self, i64 8
  store ptr %67, ptr %68, align 8
  %_96 = load i64, ptr %self, align 8, !range !9, !noundef !4
  %69 = getelementptr inbounds i8, ptr %self, i64 8
  %70 = load ptr, ptr %69, align 8, !noundef !4
  %71 = trunc nuw i64 %_96 to i1
  br i1 %71, label %bb43, label %bb44

bb43:                                             ; preds = %bb11
  %72 = getelementptr inbounds i8, ptr %self, i64 8
  %e = load ptr, ptr %72, align 8, !nonnull !4, !noundef !4
  %73 = getelementptr inbounds i8, ptr %_37, i64 8
  store ptr %e, ptr %73, align 8
  store i64 1, ptr %_37, align 8
  call void @llvm.lifetime.end.p0(ptr %self)
  %74 = getelementptr inbounds i8, ptr %_37, i64 8
  %residual = load ptr, ptr %74, align 8, !nonnull !4, !noundef !4
  call void @llvm.assume(i1 true)
  %75 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %residual, ptr %75, align 8
  store ptr null, ptr %_0, align 8
  call void @llvm.lifetime.end.p0(ptr %_37)
  call void @llvm.lifetime.end.p0(ptr %_36)
  call void @llvm.lifetime.end.p0(ptr %rust_start)
; invoke core::ptr::drop_in_place<alloc::sync::Arc<std::thread::lifecycle::Packet<()>>>
  invoke void @"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"(ptr noalias noundef align 8 dereferenceable(8) %my_packet)
          to label %bb13 unwind label %cleanup3

bb44:                                             ; preds = %bb11
  %76 = getelementptr inbounds i8, ptr %self, i64 8
  %v = load i64, ptr %76, align 8, !noundef !4
  %77 = getelementptr inbounds i8, ptr %_37, i64 8
  store i64 %v, ptr %77, align 8
  store i64 0, ptr %_37, align 8
  call void @llvm.lifetime.end.p0(ptr %self)
  %78 = getelementptr inbounds i8, ptr %_37, i64 8
  %val = load i64, ptr %78, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %_37)
  %_41 = load ptr, ptr %thread, align 8, !nonnull !4, !noundef !4
  %_42 = load ptr, ptr %my_packet, align 8, !nonnull !4, !noundef !4
  %79 = getelementptr inbounds i8, ptr %_36, i64 16
  store i64 %val, ptr %79, align 8
  store ptr %_41, ptr %_36, align 8
  %80 = getelementptr inbounds i8, ptr %_36, i64 8
  store ptr %_42, ptr %80, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %_36, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_36)
  call void @llvm.lifetime.end.p0(ptr %rust_start)
  call void @llvm.lifetime.end.p0(ptr %my_packet)
  call void @llvm.lifetime.end.p0(ptr %hooks)
  call void @llvm.lifetime.end.p0(ptr %thread)
  br label %bb15

bb15:                                             ; preds = %bb14, %bb44
  ret void

bb13:                                             ; preds = %bb43
  call void @llvm.lifetime.end.p0(ptr %my_packet)
  call void @llvm.lifetime.end.p0(ptr %hooks)
; invoke core::ptr::drop_in_place<std::thread::thread::Thread>
  invoke void @"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"(ptr noalias noundef align 8 dereferenceable(8) %thread)
          to label %bb14 unwind label %cleanup

bb14:                                             ; preds = %bb13
  call void @llvm.lifetime.end.p0(ptr %thread)
  br label %bb15

bb16:                                             ; preds = %bb21, %bb22
; invoke core::ptr::drop_in_place<alloc::sync::Arc<std::thread::lifecycle::Packet<()>>>
  invoke void @"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"(ptr noalias noundef align 8 dereferenceable(8) %my_packet) #35
          to label %bb24 unwind label %terminate

bb21:                                             ; preds = %bb22
; invoke core::ptr::drop_in_place<std::thread::lifecycle::spawn_unchecked<mutex::main::{{closure}},()>::{{closure}}>
  invoke void @"_ZN4core3ptr148drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h17fe9b7631710ad6E"(ptr noalias noundef align 8 dereferenceable(48) %rust_start) #35
          to label %bb16 unwind label %terminate

terminate:                                        ; preds = %bb28, %bb27, %bb25, %bb17, %bb23, %bb16, %bb21
  %81 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb23:                                             ; preds = %bb24
; invoke core::ptr::drop_in_place<std::thread::spawnhook::ChildSpawnHooks>
  invoke void @"_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17h1c0e03198db94f18E"(ptr noalias noundef align 8 dereferenceable(32) %hooks) #35
          to label %bb17 unwind label %terminate

bb18:                                             ; preds = %bb25, %bb26
  %82 = load i8, ptr %_46, align 1, !range !6, !noundef !4
  %83 = trunc nuw i8 %82 to i1
  br i1 %83, label %bb27, label %bb19

bb25:                                             ; preds = %bb26
; invoke core::ptr::drop_in_place<mutex::main::{{closure}}>
  invoke void @"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE"(ptr noalias noundef align 8 dereferenceable(8) %f) #35
          to label %bb18 unwind label %terminate

bb19:                                             ; preds = %bb27, %bb18
  %84 = load i8, ptr %_47, align 1, !range !6, !noundef !4
  %85 = trunc nuw i8 %84 to i1
  br i1 %85, label %bb28, label %bb20

bb27:                                             ; preds = %bb18
; invoke core::ptr::drop_in_place<core::option::Option<alloc::sync::Arc<std::thread::scoped::ScopeData>>>
  invoke void @"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h024866db1f1d3492E"(ptr noalias noundef align 8 dereferenceable(8) %scope_data) #35
          to label %bb19 unwind label %terminate

bb20:                                             ; preds = %bb28, %bb19
  %86 = load ptr, ptr %6, align 8, !noundef !4
  %87 = getelementptr inbounds i8, ptr %6, i64 8
  %88 = load i32, ptr %87, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %6)
  %89 = insertvalue { ptr, i32 } poison, ptr %86, 0
  %90 = insertvalue { ptr, i32 } %89, i32 %88, 1
  resume { ptr, i32 } %90

bb28:                                             ; preds = %bb19
; invoke core::ptr::drop_in_place<core::option::Option<alloc::string::String>>
  invoke void @"_ZN4core3ptr70drop_in_place$LT$core..option..Option$LT$alloc..string..String$GT$$GT$17hbc148bc53e666ff2E"(ptr noalias noundef align 8 dereferenceable(24) %name) #35
          to label %bb20 unwind label %terminate

bb12:                                             ; No predecessors!
  unreachable

bb37:                                             ; No predecessors!
  unreachable

bb38:                                             ; No predecessors!
  unreachable
}

; std::thread::lifecycle::spawn_unchecked::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h000c8e7f614042a0E"(ptr dead_on_return noalias noundef align 8 captures(address) dereferenceable(48) %_1) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %1 = alloca [4 x i8], align 4
  %_31 = alloca [40 x i8], align 8
  %slot1 = alloca [16 x i8], align 8
  %slot = alloca [0 x i8], align 1
  %_21 = alloca [40 x i8], align 8
  %data = alloca [40 x i8], align 8
  %this = alloca [8 x i8], align 8
  %_12 = alloca [1 x i8], align 1
  %_x = alloca [8 x i8], align 8
  %_7 = alloca [24 x i8], align 8
  %_6 = alloca [40 x i8], align 8
  %f = alloca [40 x i8], align 8
  %try_result = alloca [16 x i8], align 8
  store i8 1, ptr %_12, align 1
  %2 = getelementptr inbounds i8, ptr %_1, i64 40
  %self = load ptr, ptr %2, align 8
  call void @llvm.lifetime.start.p0(ptr %this)
  store ptr %self, ptr %this, align 8
  %f2 = load ptr, ptr %this, align 8, !nonnull !4, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %this)
  call void @llvm.lifetime.start.p0(ptr %f)
  call void @llvm.lifetime.start.p0(ptr %_6)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_6, ptr align 8 %_1, i64 32, i1 false)
  %3 = getelementptr inbounds i8, ptr %_6, i64 32
  store ptr %f2, ptr %3, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %f, ptr align 8 %_6, i64 40, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_6)
  call void @llvm.lifetime.start.p0(ptr %data)
  call void @llvm.lifetime.start.p0(ptr %_21)
  call void @llvm.lifetime.start.p0(ptr %_31)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_31, ptr align 8 %f, i64 40, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_21, ptr align 8 %_31, i64 40, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_31)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %data, ptr align 8 %_21, i64 40, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_21)
  call void @llvm.lifetime.start.p0(ptr %1)
  %4 = call i32 @__rust_try(ptr @_ZN3std9panicking12catch_unwind7do_call17h7d4b92d7099826c2E, ptr %data, ptr @_ZN3std9panicking12catch_unwind8do_catch17h9c15d15f18b19c06E)
  store i32 %4, ptr %1, align 4
  %_24 = load i32, ptr %1, align 4, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  %5 = icmp eq i32 %_24, 0
  br i1 %5, label %bb8, label %bb9

bb8:                                              ; preds = %start
  store ptr null, ptr %try_result, align 8
  br label %bb10

bb9:                                              ; preds = %start
  call void @llvm.lifetime.start.p0(ptr %slot1)
  %6 = load ptr, ptr %data, align 8, !nonnull !4, !align !7, !noundef !4
  %7 = getelementptr inbounds i8, ptr %data, i64 8
  %8 = load ptr, ptr %7, align 8, !nonnull !4, !align !14, !noundef !4
  store ptr %6, ptr %slot1, align 8
  %9 = getelementptr inbounds i8, ptr %slot1, i64 8
  store ptr %8, ptr %9, align 8
  %_29.0 = load ptr, ptr %slot1, align 8, !nonnull !4, !align !7, !noundef !4
  %10 = getelementptr inbounds i8, ptr %slot1, i64 8
  %_29.1 = load ptr, ptr %10, align 8, !nonnull !4, !align !14, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %slot1)
  store ptr %_29.0, ptr %try_result, align 8
  %11 = getelementptr inbounds i8, ptr %try_result, i64 8
  store ptr %_29.1, ptr %11, align 8
  br label %bb10

bb10:                                             ; preds = %bb9, %bb8
  call void @llvm.lifetime.end.p0(ptr %data)
  call void @llvm.lifetime.end.p0(ptr %f)
  call void @llvm.lifetime.start.p0(ptr %_7)
  %12 = load ptr, ptr %try_result, align 8, !align !7, !noundef !4
  %13 = getelementptr inbounds i8, ptr %try_result, i64 8
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds i8, ptr %_7, i64 8
  store ptr %12, ptr %15, align 8
  %16 = getelementptr inbounds i8, ptr %15, i64 8
  store ptr %14, ptr %16, align 8
  store i64 1, ptr %_7, align 8
  %17 = getelementptr inbounds i8, ptr %_1, i64 32
  %_37 = load ptr, ptr %17, align 8, !nonnull !4, !noundef !4
  %18 = icmp ne ptr %_37, null
  call void @llvm.assume(i1 %18)
  %19 = getelementptr inbounds i8, ptr %_37, i64 16
  %_38 = getelementptr inbounds i8, ptr %19, i64 8
; invoke core::ptr::drop_in_place<core::option::Option<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>>
  invoke void @"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E"(ptr noalias noundef align 8 dereferenceable(24) %_38)
          to label %bb1 unwind label %cleanup

bb2:                                              ; preds = %cleanup
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_38, ptr align 8 %_7, i64 24, i1 false)
  br label %bb4

cleanup:                                          ; preds = %bb10
  %20 = landingpad { ptr, i32 }
          cleanup
  %21 = extractvalue { ptr, i32 } %20, 0
  %22 = extractvalue { ptr, i32 } %20, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %21, ptr %0, align 8
  %23 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %22, ptr %23, align 8
  br label %bb2

bb1:                                              ; preds = %bb10
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_38, ptr align 8 %_7, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_7)
  call void @llvm.lifetime.start.p0(ptr %_x)
  store i8 0, ptr %_12, align 1
  %24 = getelementptr inbounds i8, ptr %_1, i64 32
  %25 = load ptr, ptr %24, align 8, !nonnull !4, !noundef !4
  store ptr %25, ptr %_x, align 8
; invoke core::ptr::drop_in_place<alloc::sync::Arc<std::thread::lifecycle::Packet<()>>>
  invoke void @"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"(ptr noalias noundef align 8 dereferenceable(8) %_x)
          to label %bb11 unwind label %cleanup3

bb4:                                              ; preds = %bb2, %cleanup3
  %26 = load i8, ptr %_12, align 1, !range !6, !noundef !4
  %27 = trunc nuw i8 %26 to i1
  br i1 %27, label %bb5, label %bb3

cleanup3:                                         ; preds = %bb1
  %28 = landingpad { ptr, i32 }
          cleanup
  %29 = extractvalue { ptr, i32 } %28, 0
  %30 = extractvalue { ptr, i32 } %28, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %29, ptr %0, align 8
  %31 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %30, ptr %31, align 8
  br label %bb4

bb11:                                             ; preds = %bb1
  call void @llvm.lifetime.end.p0(ptr %_x)
  ret void

bb3:                                              ; preds = %bb5, %bb4
  %32 = load ptr, ptr %0, align 8, !noundef !4
  %33 = getelementptr inbounds i8, ptr %0, i64 8
  %34 = load i32, ptr %33, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %35 = insertvalue { ptr, i32 } poison, ptr %32, 0
  %36 = insertvalue { ptr, i32 } %35, i32 %34, 1
  resume { ptr, i32 } %36

bb5:                                              ; preds = %bb4
  %37 = getelementptr inbounds i8, ptr %_1, i64 32
; invoke core::ptr::drop_in_place<alloc::sync::Arc<std::thread::lifecycle::Packet<()>>>
  invoke void @"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"(ptr noalias noundef align 8 dereferenceable(8) %37) #35
          to label %bb3 unwind label %terminate

terminate:                                        ; preds = %bb5
  %38 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable
}

; std::thread::lifecycle::spawn_unchecked::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i64 @"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17hbd5a13ef39acff81E"() unnamed_addr #0 {
start:
  %_13 = alloca [24 x i8], align 8
  %x = alloca [24 x i8], align 8
  %self1 = alloca [24 x i8], align 8
  %self = alloca [16 x i8], align 8
  %amt = alloca [8 x i8], align 8
; call core::sync::atomic::atomic_load
  %n = call noundef i64 @_ZN4core4sync6atomic11atomic_load17h8bb8faaad7bc1a27E(ptr noundef @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN, i8 noundef 0) #30
  %0 = icmp eq i64 %n, 0
  br i1 %0, label %bb2, label %bb1

bb2:                                              ; preds = %start
  call void @llvm.lifetime.start.p0(ptr %self)
  call void @llvm.lifetime.start.p0(ptr %self1)
; call std::env::var_os
  call void @_ZN3std3env6var_os17h3dfb554fb5b4d0afE(ptr noalias noundef sret([24 x i8]) align 8 captures(address) dereferenceable(24) %self1, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_7a0078e56453c84a4274ce689b2bb39a, i64 noundef 14)
  call void @llvm.lifetime.start.p0(ptr %x)
  %1 = load i64, ptr %self1, align 8, !range !17, !noundef !4
  %2 = icmp eq i64 %1, -9223372036854775808
  %_11 = select i1 %2, i64 0, i64 1
  %3 = trunc nuw i64 %_11 to i1
  br i1 %3, label %bb8, label %bb7

bb1:                                              ; preds = %start
  %4 = sub i64 %n, 1
  store i64 %4, ptr %amt, align 8
  br label %bb4

bb8:                                              ; preds = %bb2
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %x, ptr align 8 %self1, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(ptr %_13)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_13, ptr align 8 %x, i64 24, i1 false)
; call std::thread::lifecycle::spawn_unchecked::{{closure}}::{{closure}}
  %5 = call { i64, i64 } @"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hf01be360bc6ef31dE"(ptr noalias noundef align 8 captures(address) dereferenceable(24) %_13) #30
  %6 = extractvalue { i64, i64 } %5, 0
  %7 = extractvalue { i64, i64 } %5, 1
  store i64 %6, ptr %self, align 8
  %8 = getelementptr inbounds i8, ptr %self, i64 8
  store i64 %7, ptr %8, align 8
  call void @llvm.lifetime.end.p0(ptr %_13)
  call void @llvm.lifetime.end.p0(ptr %x)
  call void @llvm.lifetime.end.p0(ptr %self1)
  %_14 = load i64, ptr %self, align 8, !range !9, !noundef !4
  %9 = getelementptr inbounds i8, ptr %self, i64 8
  %10 = load i64, ptr %9, align 8
  %11 = trunc nuw i64 %_14 to i1
  br i1 %11, label %bb12, label %bb11

bb7:                                              ; preds = %bb2
  %12 = load i64, ptr @anon.654b07d532b501b63c9f4d548479edab.0, align 8, !range !9, !noundef !4
  %13 = load i64, ptr getelementptr inbounds (i8, ptr @anon.654b07d532b501b63c9f4d548479edab.0, i64 8), align 8
  store i64 %12, ptr %self, align 8
  %14 = getelementptr inbounds i8, ptr %self, i64 8
  store i64 %13, ptr %14, align 8
  call void @llvm.lifetime.end.p0(ptr %x)
  call void @llvm.lifetime.end.p0(ptr %self1)
  br label %bb11

bb11:                                             ; preds = %bb8, %bb7
  store i64 2097152, ptr %amt, align 8
  br label %bb10

bb12:                                             ; preds = %bb8
  %15 = getelementptr inbounds i8, ptr %self, i64 8
  %16 = load i64, ptr %15, align 8, !noundef !4
  store i64 %16, ptr %amt, align 8
  br label %bb10

bb10:                                             ; preds = %bb12, %bb11
  call void @llvm.lifetime.end.p0(ptr %self)
  %_7 = load i64, ptr %amt, align 8, !noundef !4
  %val = add i64 %_7, 1
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17hc44b51ed7a8e9642E(ptr noundef @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN, i64 noundef %val, i8 noundef 0) #30
  br label %bb4

bb4:                                              ; preds = %bb1, %bb10
  %17 = load i64, ptr %amt, align 8, !noundef !4
  ret i64 %17

bb6:                                              ; No predecessors!
  unreachable
}

; std::thread::lifecycle::spawn_unchecked::{{closure}}::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h9531da587c346018E"(ptr dead_on_return noalias noundef align 8 captures(address) dereferenceable(40) %_1) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_5 = alloca [1 x i8], align 1
  %_3 = alloca [32 x i8], align 8
  store i8 1, ptr %_5, align 1
  call void @llvm.lifetime.start.p0(ptr %_3)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_3, ptr align 8 %_1, i64 32, i1 false)
; invoke std::sys::backtrace::__rust_begin_short_backtrace
  invoke void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h364fc4300d43d45aE(ptr noalias noundef align 8 captures(address) dereferenceable(32) %_3)
          to label %bb1 unwind label %cleanup

bb5:                                              ; preds = %cleanup
  %1 = load i8, ptr %_5, align 1, !range !6, !noundef !4
  %2 = trunc nuw i8 %1 to i1
  br i1 %2, label %bb4, label %bb3

cleanup:                                          ; preds = %bb1, %start
  %3 = landingpad { ptr, i32 }
          cleanup
  %4 = extractvalue { ptr, i32 } %3, 0
  %5 = extractvalue { ptr, i32 } %3, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %4, ptr %0, align 8
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %5, ptr %6, align 8
  br label %bb5

bb1:                                              ; preds = %start
  call void @llvm.lifetime.end.p0(ptr %_3)
  store i8 0, ptr %_5, align 1
  %7 = getelementptr inbounds i8, ptr %_1, i64 32
  %_4 = load ptr, ptr %7, align 8, !nonnull !4, !noundef !4
; invoke std::sys::backtrace::__rust_begin_short_backtrace
  invoke void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17he1e947961369eda4E(ptr noundef nonnull %_4)
          to label %bb2 unwind label %cleanup

bb2:                                              ; preds = %bb1
  ret void

bb3:                                              ; preds = %bb4, %bb5
  %8 = load ptr, ptr %0, align 8, !noundef !4
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load i32, ptr %9, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %11 = insertvalue { ptr, i32 } poison, ptr %8, 0
  %12 = insertvalue { ptr, i32 } %11, i32 %10, 1
  resume { ptr, i32 } %12

bb4:                                              ; preds = %bb5
  %13 = getelementptr inbounds i8, ptr %_1, i64 32
; invoke core::ptr::drop_in_place<mutex::main::{{closure}}>
  invoke void @"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE"(ptr noalias noundef align 8 dereferenceable(8) %13) #35
          to label %bb3 unwind label %terminate

terminate:                                        ; preds = %bb4
  %14 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable
}

; std::thread::lifecycle::spawn_unchecked::{{closure}}::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i64, i64 } @"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hf01be360bc6ef31dE"(ptr dead_on_return noalias noundef align 8 captures(address) dereferenceable(24) %s) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %self2 = alloca [16 x i8], align 8
  %self1 = alloca [24 x i8], align 8
  %self = alloca [16 x i8], align 8
  %_0 = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %self)
  %1 = getelementptr inbounds i8, ptr %s, i64 8
  %_10 = load ptr, ptr %1, align 8, !nonnull !4, !noundef !4
  %2 = icmp ne ptr %_10, null
  call void @llvm.assume(i1 %2)
  %3 = getelementptr inbounds i8, ptr %s, i64 16
  %_9 = load i64, ptr %3, align 8, !noundef !4
  call void @llvm.lifetime.start.p0(ptr %self1)
; invoke core::str::converts::from_utf8
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core3str8converts9from_utf8(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %self1, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %_10, i64 noundef %_9)
          to label %bb4 unwind label %cleanup

bb2:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::ffi::os_str::OsString>
  invoke void @"_ZN4core3ptr47drop_in_place$LT$std..ffi..os_str..OsString$GT$17h1a04c34a47e5bc8bE"(ptr noalias noundef align 8 dereferenceable(24) %s) #35
          to label %bb3 unwind label %terminate

cleanup:                                          ; preds = %bb7, %start
  %4 = landingpad { ptr, i32 }
          cleanup
  %5 = extractvalue { ptr, i32 } %4, 0
  %6 = extractvalue { ptr, i32 } %4, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %5, ptr %0, align 8
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %6, ptr %7, align 8
  br label %bb2

bb4:                                              ; preds = %start
  %_16 = load i64, ptr %self1, align 8, !range !9, !noundef !4
  %8 = trunc nuw i64 %_16 to i1
  br i1 %8, label %bb6, label %bb7

bb6:                                              ; preds = %bb4
  %9 = load ptr, ptr @anon.654b07d532b501b63c9f4d548479edab.0, align 8, !align !7, !noundef !4
  %10 = load i64, ptr getelementptr inbounds (i8, ptr @anon.654b07d532b501b63c9f4d548479edab.0, i64 8), align 8
  store ptr %9, ptr %self, align 8
  %11 = getelementptr inbounds i8, ptr %self, i64 8
  store i64 %10, ptr %11, align 8
  call void @llvm.lifetime.end.p0(ptr %self1)
  %12 = load i64, ptr @anon.654b07d532b501b63c9f4d548479edab.0, align 8, !range !9, !noundef !4
  %13 = load i64, ptr getelementptr inbounds (i8, ptr @anon.654b07d532b501b63c9f4d548479edab.0, i64 8), align 8
  store i64 %12, ptr %_0, align 8
  %14 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %13, ptr %14, align 8
  br label %bb8

bb7:                                              ; preds = %bb4
  %15 = getelementptr inbounds i8, ptr %self1, i64 8
  %x.0 = load ptr, ptr %15, align 8, !nonnull !4, !align !7, !noundef !4
  %16 = getelementptr inbounds i8, ptr %15, i64 8
  %x.1 = load i64, ptr %16, align 8, !noundef !4
  store ptr %x.0, ptr %self, align 8
  %17 = getelementptr inbounds i8, ptr %self, i64 8
  store i64 %x.1, ptr %17, align 8
  call void @llvm.lifetime.end.p0(ptr %self1)
  %x.03 = load ptr, ptr %self, align 8, !nonnull !4, !align !7, !noundef !4
  %18 = getelementptr inbounds i8, ptr %self, i64 8
  %x.14 = load i64, ptr %18, align 8, !noundef !4
  call void @llvm.lifetime.start.p0(ptr %self2)
; invoke <usize>::from_ascii_radix
  invoke void @_RNvMsv_NtCsgEmfK2I1SDS_4core3numj16from_ascii_radix(ptr noalias noundef sret([16 x i8]) align 8 captures(none) dereferenceable(16) %self2, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %x.03, i64 noundef %x.14, i32 noundef 10)
          to label %bb9 unwind label %cleanup

bb9:                                              ; preds = %bb7
  %19 = load i8, ptr %self2, align 8, !range !6, !noundef !4
  %20 = trunc nuw i8 %19 to i1
  %_21 = zext i1 %20 to i64
  %21 = trunc nuw i64 %_21 to i1
  br i1 %21, label %bb10, label %bb11

bb10:                                             ; preds = %bb9
  %22 = load i64, ptr @anon.654b07d532b501b63c9f4d548479edab.0, align 8, !range !9, !noundef !4
  %23 = load i64, ptr getelementptr inbounds (i8, ptr @anon.654b07d532b501b63c9f4d548479edab.0, i64 8), align 8
  store i64 %22, ptr %_0, align 8
  %24 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %23, ptr %24, align 8
  br label %bb12

bb11:                                             ; preds = %bb9
  %25 = getelementptr inbounds i8, ptr %self2, i64 8
  %x = load i64, ptr %25, align 8, !noundef !4
  %26 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %x, ptr %26, align 8
  store i64 1, ptr %_0, align 8
  br label %bb12

bb12:                                             ; preds = %bb10, %bb11
  call void @llvm.lifetime.end.p0(ptr %self2)
  br label %bb8

bb8:                                              ; preds = %bb6, %bb12
  call void @llvm.lifetime.end.p0(ptr %self)
; call core::ptr::drop_in_place<std::ffi::os_str::OsString>
  call void @"_ZN4core3ptr47drop_in_place$LT$std..ffi..os_str..OsString$GT$17h1a04c34a47e5bc8bE"(ptr noalias noundef align 8 dereferenceable(24) %s)
  %27 = load i64, ptr %_0, align 8, !range !9, !noundef !4
  %28 = getelementptr inbounds i8, ptr %_0, i64 8
  %29 = load i64, ptr %28, align 8
  %30 = insertvalue { i64, i64 } poison, i64 %27, 0
  %31 = insertvalue { i64, i64 } %30, i64 %29, 1
  ret { i64, i64 } %31

bb5:                                              ; No predecessors!
  unreachable

terminate:                                        ; preds = %bb2
  %32 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb3:                                              ; preds = %bb2
  %33 = load ptr, ptr %0, align 8, !noundef !4
  %34 = getelementptr inbounds i8, ptr %0, i64 8
  %35 = load i32, ptr %34, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %36 = insertvalue { ptr, i32 } poison, ptr %33, 0
  %37 = insertvalue { ptr, i32 } %36, i32 %35, 1
  resume { ptr, i32 } %37
}

; std::thread::lifecycle::spawn_unchecked::{{closure}}::{{closure}}::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hf16d258b8716770bE"(ptr dead_on_return noalias noundef align 8 captures(address) dereferenceable(32) %_1) unnamed_addr #0 {
start:
  %_2 = alloca [32 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_2)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_2, ptr align 8 %_1, i64 32, i1 false)
; call <std::thread::spawnhook::ChildSpawnHooks>::run
  call void @_RNvMs_NtNtCsjrHSEGnQ3l9_3std6thread9spawnhookNtB4_15ChildSpawnHooks3run(ptr noalias noundef align 8 captures(address) dereferenceable(32) %_2)
  call void @llvm.lifetime.end.p0(ptr %_2)
  ret void
}

; std::thread::lifecycle::JoinInner<T>::join
; Function Attrs: nonlazybind uwtable
define internal { ptr, ptr } @"_ZN3std6thread9lifecycle18JoinInner$LT$T$GT$4join17h79ff4363c7333d31E"(ptr dead_on_return noalias noundef align 8 captures(address) dereferenceable(24) %self) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_16 = alloca [24 x i8], align 8
  %self2 = alloca [8 x i8], align 8
  %self1 = alloca [24 x i8], align 8
  %1 = getelementptr inbounds i8, ptr %self, i64 16
  %_3 = load i64, ptr %1, align 8, !noundef !4
; invoke <std::sys::thread::unix::Thread>::join
  invoke void @_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6Thread4join(i64 noundef %_3)
          to label %bb1 unwind label %cleanup

bb7:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::thread::thread::Thread>
  invoke void @"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"(ptr noalias noundef align 8 dereferenceable(8) %self) #35
          to label %bb6 unwind label %terminate

cleanup:                                          ; preds = %bb12, %bb10, %bb1, %start
  %2 = landingpad { ptr, i32 }
          cleanup
  %3 = extractvalue { ptr, i32 } %2, 0
  %4 = extractvalue { ptr, i32 } %2, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %3, ptr %0, align 8
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %4, ptr %5, align 8
  br label %bb7

bb1:                                              ; preds = %start
  call void @llvm.lifetime.start.p0(ptr %self1)
  call void @llvm.lifetime.start.p0(ptr %self2)
  %_11 = getelementptr inbounds i8, ptr %self, i64 8
; invoke alloc::sync::Arc<T,A>::is_unique
  %_10 = invoke noundef zeroext i1 @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9is_unique17h123fd5af308a3e64E"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8) %_11)
          to label %bb8 unwind label %cleanup

bb8:                                              ; preds = %bb1
  %6 = call i1 @llvm.expect.i1(i1 %_10, i1 true)
  br i1 %6, label %bb9, label %bb10

bb10:                                             ; preds = %bb8
  store ptr null, ptr %self2, align 8
; invoke core::option::expect_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6option13expect_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_987f9181f01088182face37be6d0a1cd, i64 noundef 41, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_c8fa0f44c6d4fbb5209642c5dc0b0954) #32
          to label %unreachable unwind label %cleanup

bb9:                                              ; preds = %bb8
  %7 = getelementptr inbounds i8, ptr %self, i64 8
  %_14 = load ptr, ptr %7, align 8, !nonnull !4, !noundef !4
  %8 = icmp ne ptr %_14, null
  call void @llvm.assume(i1 %8)
  %_12 = getelementptr inbounds i8, ptr %_14, i64 16
  store ptr %_12, ptr %self2, align 8
  %val = load ptr, ptr %self2, align 8, !nonnull !4, !align !14, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %self2)
  call void @llvm.lifetime.start.p0(ptr %_16)
  store i64 0, ptr %_16, align 8
  %9 = getelementptr inbounds i8, ptr %val, i64 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %self1, ptr align 8 %9, i64 24, i1 false)
  %10 = getelementptr inbounds i8, ptr %val, i64 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %_16, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_16)
  %_17 = load i64, ptr %self1, align 8, !range !9, !noundef !4
  %11 = trunc nuw i64 %_17 to i1
  %12 = call i1 @llvm.expect.i1(i1 %11, i1 true)
  br i1 %12, label %bb13, label %bb12

unreachable:                                      ; preds = %bb12, %bb10
  unreachable

bb13:                                             ; preds = %bb9
  %13 = getelementptr inbounds i8, ptr %self1, i64 8
  %val.0 = load ptr, ptr %13, align 8, !align !7, !noundef !4
  %14 = getelementptr inbounds i8, ptr %13, i64 8
  %val.1 = load ptr, ptr %14, align 8
  call void @llvm.lifetime.end.p0(ptr %self1)
; invoke core::ptr::drop_in_place<std::thread::thread::Thread>
  invoke void @"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"(ptr noalias noundef align 8 dereferenceable(8) %self)
          to label %bb5 unwind label %cleanup3

bb12:                                             ; preds = %bb9
; invoke core::option::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6option13unwrap_failed(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_5c930fb1751f82b8f0fb1f0c7d0d38d5) #32
          to label %unreachable unwind label %cleanup

bb4:                                              ; preds = %cleanup3
  %15 = getelementptr inbounds i8, ptr %self, i64 8
; invoke core::ptr::drop_in_place<alloc::sync::Arc<std::thread::lifecycle::Packet<()>>>
  invoke void @"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"(ptr noalias noundef align 8 dereferenceable(8) %15) #35
          to label %bb2 unwind label %terminate

cleanup3:                                         ; preds = %bb13
  %16 = landingpad { ptr, i32 }
          cleanup
  %17 = extractvalue { ptr, i32 } %16, 0
  %18 = extractvalue { ptr, i32 } %16, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %17, ptr %0, align 8
  %19 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %18, ptr %19, align 8
  br label %bb4

bb5:                                              ; preds = %bb13
  %20 = getelementptr inbounds i8, ptr %self, i64 8
; call core::ptr::drop_in_place<alloc::sync::Arc<std::thread::lifecycle::Packet<()>>>
  call void @"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"(ptr noalias noundef align 8 dereferenceable(8) %20)
  %21 = insertvalue { ptr, ptr } poison, ptr %val.0, 0
  %22 = insertvalue { ptr, ptr } %21, ptr %val.1, 1
  ret { ptr, ptr } %22

terminate:                                        ; preds = %bb6, %bb7, %bb4
  %23 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb2:                                              ; preds = %bb6, %bb4
  %24 = load ptr, ptr %0, align 8, !noundef !4
  %25 = getelementptr inbounds i8, ptr %0, i64 8
  %26 = load i32, ptr %25, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %27 = insertvalue { ptr, i32 } poison, ptr %24, 0
  %28 = insertvalue { ptr, i32 } %27, i32 %26, 1
  resume { ptr, i32 } %28

bb11:                                             ; No predecessors!
  unreachable

bb6:                                              ; preds = %bb7
  %29 = getelementptr inbounds i8, ptr %self, i64 8
; invoke core::ptr::drop_in_place<alloc::sync::Arc<std::thread::lifecycle::Packet<()>>>
  invoke void @"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"(ptr noalias noundef align 8 dereferenceable(8) %29) #35
          to label %bb2 unwind label %terminate
}

; std::panicking::catch_unwind::do_call
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN3std9panicking12catch_unwind7do_call17h69ca6925027f7b72E(ptr noundef %data) unnamed_addr #0 {
start:
  %f = load ptr, ptr %data, align 8, !nonnull !4, !align !14, !noundef !4
; call <core::panic::unwind_safe::AssertUnwindSafe<F> as core::ops::function::FnOnce<()>>::call_once
  call void @"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17hf394290f148517bfE"(ptr noalias noundef align 8 dereferenceable(24) %f) #30
  ret void
}

; std::panicking::catch_unwind::do_call
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN3std9panicking12catch_unwind7do_call17h7d4b92d7099826c2E(ptr noundef %data) unnamed_addr #0 {
start:
  %f = alloca [40 x i8], align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %f, ptr align 8 %data, i64 40, i1 false)
; call <core::panic::unwind_safe::AssertUnwindSafe<F> as core::ops::function::FnOnce<()>>::call_once
  call void @"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h9f057a731ca01a8eE"(ptr noalias noundef align 8 captures(address) dereferenceable(40) %f) #30
  ret void
}

; std::panicking::catch_unwind::do_catch
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN3std9panicking12catch_unwind8do_catch17h751b011afec4398bE(ptr noundef %data, ptr noundef %payload) unnamed_addr #2 personality ptr @rust_eh_personality {
start:
; invoke std::panicking::catch_unwind::cleanup
  %0 = invoke { ptr, ptr } @_RNvNvNtCsjrHSEGnQ3l9_3std9panicking12catch_unwind7cleanup(ptr noundef %payload)
          to label %bb1 unwind label %terminate

terminate:                                        ; preds = %start
  %1 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #36
  unreachable

bb1:                                              ; preds = %start
  %obj.0 = extractvalue { ptr, ptr } %0, 0
  %obj.1 = extractvalue { ptr, ptr } %0, 1
  store ptr %obj.0, ptr %data, align 8
  %2 = getelementptr inbounds i8, ptr %data, i64 8
  store ptr %obj.1, ptr %2, align 8
  ret void
}

; std::panicking::catch_unwind::do_catch
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN3std9panicking12catch_unwind8do_catch17h9c15d15f18b19c06E(ptr noundef %data, ptr noundef %payload) unnamed_addr #2 personality ptr @rust_eh_personality {
start:
; invoke std::panicking::catch_unwind::cleanup
  %0 = invoke { ptr, ptr } @_RNvNvNtCsjrHSEGnQ3l9_3std9panicking12catch_unwind7cleanup(ptr noundef %payload)
          to label %bb1 unwind label %terminate

terminate:                                        ; preds = %start
  %1 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #36
  unreachable

bb1:                                              ; preds = %start
  %obj.0 = extractvalue { ptr, ptr } %0, 0
  %obj.1 = extractvalue { ptr, ptr } %0, 1
  store ptr %obj.0, ptr %data, align 8
  %2 = getelementptr inbounds i8, ptr %data, i64 8
  store ptr %obj.1, ptr %2, align 8
  ret void
}

; <&A as core::alloc::Allocator>::deallocate
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN48_$LT$$RF$A$u20$as$u20$core..alloc..Allocator$GT$10deallocate17h11cdbc7157735fdbE"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8) %self, ptr noundef nonnull %ptr, i64 noundef range(i64 1, -9223372036854775807) %layout.0, i64 noundef %layout.1) unnamed_addr #0 {
start:
  %_4 = load ptr, ptr %self, align 8, !nonnull !4, !align !7, !noundef !4
; call <alloc::alloc::Global as core::alloc::Allocator>::deallocate
  call void @_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %_4, ptr noundef nonnull %ptr, i64 noundef %layout.0, i64 noundef %layout.1) #30
  ret void
}

; core::intrinsics::is_val_statically_known
; Function Attrs: nounwind nonlazybind uwtable
define internal noundef zeroext i1 @_ZN4core10intrinsics23is_val_statically_known17hdba7ed1dde8790c8E(i1 noundef zeroext %_arg) unnamed_addr #6 {
start:
  ret i1 false
}

; core::fmt::Write::write_char
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @_ZN4core3fmt5Write10write_char17h54cf1c063f0d066cE(ptr noalias noundef align 8 dereferenceable(16) %self, i32 noundef range(i32 0, 1114112) %c) unnamed_addr #4 {
start:
  %_6 = alloca [4 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr %_6)
  call void @llvm.memset.p0.i64(ptr align 1 %_6, i8 0, i64 4, i1 false)
  %0 = icmp ule i32 %c, 1114111
  call void @llvm.assume(i1 %0)
; call core::char::methods::encode_utf8_raw
  %1 = call { ptr, i64 } @_RNvNtNtCsgEmfK2I1SDS_4core4char7methods15encode_utf8_raw(i32 noundef %c, ptr noalias noundef nonnull align 1 %_6, i64 noundef 4) #30
  %v.0 = extractvalue { ptr, i64 } %1, 0
  %v.1 = extractvalue { ptr, i64 } %1, 1
; call <std::io::default_write_fmt::Adapter<T> as core::fmt::Write>::write_str
  %_0 = call noundef zeroext i1 @"_ZN81_$LT$std..io..default_write_fmt..Adapter$LT$T$GT$$u20$as$u20$core..fmt..Write$GT$9write_str17h72366a28fdb9e271E"(ptr noalias noundef align 8 dereferenceable(16) %self, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %v.0, i64 noundef %v.1)
  call void @llvm.lifetime.end.p0(ptr %_6)
  ret i1 %_0
}

; core::fmt::Write::write_fmt
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @_ZN4core3fmt5Write9write_fmt17had4463d4b9061133E(ptr noalias noundef align 8 dereferenceable(16) %self, ptr noundef nonnull %args.0, ptr noundef nonnull %args.1) unnamed_addr #4 {
start:
; call <&mut W as core::fmt::Write::write_fmt::SpecWriteFmt>::spec_write_fmt
  %_0 = call noundef zeroext i1 @"_ZN75_$LT$$RF$mut$u20$W$u20$as$u20$core..fmt..Write..write_fmt..SpecWriteFmt$GT$14spec_write_fmt17hd376feb580d12084E"(ptr noalias noundef align 8 dereferenceable(16) %self, ptr noundef nonnull %args.0, ptr noundef nonnull %args.1) #30
  ret i1 %_0
}

; core::ops::function::FnOnce::call_once{{vtable.shim}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h0c1f290482dc4954E"(ptr noundef %_1) unnamed_addr #0 {
start:
  %_2 = alloca [0 x i8], align 1
; call std::thread::lifecycle::spawn_unchecked::{{closure}}
  call void @"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h000c8e7f614042a0E"(ptr noalias noundef align 8 captures(address) dereferenceable(48) %_1) #30
  ret void
}

; core::ops::function::FnOnce::call_once{{vtable.shim}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i32 @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17hd0d775571fbf8687E"(ptr noundef %_1) unnamed_addr #0 {
start:
  %_2 = alloca [0 x i8], align 1
  %0 = load ptr, ptr %_1, align 8, !nonnull !4, !noundef !4
; call core::ops::function::FnOnce::call_once
  %_0 = call noundef i32 @_ZN4core3ops8function6FnOnce9call_once17h7f31f5ce63498732E(ptr noundef nonnull %0) #30
  ret i32 %_0
}

; core::ops::function::FnOnce::call_once
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core3ops8function6FnOnce9call_once17h528d5ccb59759117E(ptr noalias noundef align 8 dereferenceable(24) %0) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %1 = alloca [16 x i8], align 8
  %_2 = alloca [0 x i8], align 1
  %_1 = alloca [8 x i8], align 8
  store ptr %0, ptr %_1, align 8
; invoke <std::thread::lifecycle::Packet<T> as core::ops::drop::Drop>::drop::{{closure}}
  invoke void @"_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop28_$u7b$$u7b$closure$u7d$$u7d$17h48c03ffce909ba27E"(ptr noalias noundef align 8 dereferenceable(8) %_1)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
  %2 = load ptr, ptr %1, align 8, !noundef !4
  %3 = getelementptr inbounds i8, ptr %1, i64 8
  %4 = load i32, ptr %3, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  %5 = insertvalue { ptr, i32 } poison, ptr %2, 0
  %6 = insertvalue { ptr, i32 } %5, i32 %4, 1
  resume { ptr, i32 } %6

cleanup:                                          ; preds = %start
  %7 = landingpad { ptr, i32 }
          cleanup
  %8 = extractvalue { ptr, i32 } %7, 0
  %9 = extractvalue { ptr, i32 } %7, 1
  call void @llvm.lifetime.start.p0(ptr %1)
  store ptr %8, ptr %1, align 8
  %10 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %9, ptr %10, align 8
  br label %bb3

bb1:                                              ; preds = %start
  ret void
}

; core::ops::function::FnOnce::call_once
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i32 @_ZN4core3ops8function6FnOnce9call_once17h7f31f5ce63498732E(ptr noundef nonnull %0) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %1 = alloca [16 x i8], align 8
  %_2 = alloca [0 x i8], align 1
  %_1 = alloca [8 x i8], align 8
  store ptr %0, ptr %_1, align 8
; invoke std::rt::lang_start::{{closure}}
  %_0 = invoke noundef i32 @"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h634f240277f2a19cE"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8) %_1)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
  %2 = load ptr, ptr %1, align 8, !noundef !4
  %3 = getelementptr inbounds i8, ptr %1, i64 8
  %4 = load i32, ptr %3, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  %5 = insertvalue { ptr, i32 } poison, ptr %2, 0
  %6 = insertvalue { ptr, i32 } %5, i32 %4, 1
  resume { ptr, i32 } %6

cleanup:                                          ; preds = %start
  %7 = landingpad { ptr, i32 }
          cleanup
  %8 = extractvalue { ptr, i32 } %7, 0
  %9 = extractvalue { ptr, i32 } %7, 1
  call void @llvm.lifetime.start.p0(ptr %1)
  store ptr %8, ptr %1, align 8
  %10 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %9, ptr %10, align 8
  br label %bb3

bb1:                                              ; preds = %start
  ret i32 %_0
}

; core::ops::function::FnOnce::call_once
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core3ops8function6FnOnce9call_once17he5f383caf161df0bE(ptr noundef nonnull %_1) unnamed_addr #0 {
start:
  %_2 = alloca [0 x i8], align 1
  call void %_1()
  ret void
}

; core::ptr::drop_in_place<std::io::error::ErrorData<alloc::boxed::Box<std::io::error::Custom>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr101drop_in_place$LT$std..io..error..ErrorData$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$$GT$17h9cb952adbf44fefeE"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #4 {
start:
  %0 = load i8, ptr %_1, align 8, !range !12, !noundef !4
  %_2 = zext i8 %0 to i64
  switch i64 %_2, label %bb2 [
    i64 0, label %bb1
    i64 1, label %bb1
    i64 2, label %bb1
  ]

bb2:                                              ; preds = %start
  %1 = getelementptr inbounds i8, ptr %_1, i64 8
; call core::ptr::drop_in_place<alloc::boxed::Box<std::io::error::Custom>>
  call void @"_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17hd530b3a7f4fbdd64E"(ptr noalias noundef align 8 dereferenceable(8) %1)
  br label %bb1

bb1:                                              ; preds = %bb2, %start, %start, %start
  ret void
}

; core::ptr::drop_in_place<alloc::sync::Weak<std::thread::scoped::ScopeData,&alloc::alloc::Global>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17hbf99f54f3fa31e0bE"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #4 {
start:
; call <alloc::sync::Weak<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN72_$LT$alloc..sync..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h824c19998733b62bE"(ptr noalias noundef align 8 dereferenceable(16) %_1)
  ret void
}

; core::ptr::drop_in_place<core::option::Option<alloc::sync::Arc<std::thread::scoped::ScopeData>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h024866db1f1d3492E"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 {
start:
  %0 = load ptr, ptr %_1, align 8, !noundef !4
  %1 = ptrtoint ptr %0 to i64
  %2 = icmp eq i64 %1, 0
  %_2 = select i1 %2, i64 0, i64 1
  %3 = icmp eq i64 %_2, 0
  br i1 %3, label %bb1, label %bb2

bb1:                                              ; preds = %bb2, %start
  ret void

bb2:                                              ; preds = %start
; call core::ptr::drop_in_place<alloc::sync::Arc<std::thread::scoped::ScopeData>>
  call void @"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h3508ca09122bab5eE"(ptr noalias noundef align 8 dereferenceable(8) %_1)
  br label %bb1
}

; core::ptr::drop_in_place<core::option::Option<alloc::sync::Arc<std::thread::spawnhook::SpawnHook>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17he5195b97484afb2bE"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 {
start:
  %0 = load ptr, ptr %_1, align 8, !noundef !4
  %1 = ptrtoint ptr %0 to i64
  %2 = icmp eq i64 %1, 0
  %_2 = select i1 %2, i64 0, i64 1
  %3 = icmp eq i64 %_2, 0
  br i1 %3, label %bb1, label %bb2

bb1:                                              ; preds = %bb2, %start
  ret void

bb2:                                              ; preds = %start
; call core::ptr::drop_in_place<alloc::sync::Arc<std::thread::spawnhook::SpawnHook>>
  call void @"_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h9f06dedcd3bc9da2E"(ptr noalias noundef align 8 dereferenceable(8) %_1)
  br label %bb1
}

; core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17h6dddd045464d2ad1E"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #4 {
start:
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
  call void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17hf878365420245a41E"(ptr noalias noundef align 8 dereferenceable(16) %_1)
  ret void
}

; core::ptr::drop_in_place<core::pin::Pin<alloc::sync::Arc<std::thread::thread::Inner,std::alloc::System>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 {
start:
; call core::ptr::drop_in_place<alloc::sync::Arc<std::thread::thread::Inner,std::alloc::System>>
  call void @"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE"(ptr noalias noundef align 8 dereferenceable(8) %_1)
  ret void
}

; core::ptr::drop_in_place<alloc::sync::Weak<std::sync::poison::mutex::Mutex<usize>,&alloc::alloc::Global>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr117drop_in_place$LT$alloc..sync..Weak$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha141f40a17c1497aE"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #4 {
start:
; call <alloc::sync::Weak<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN72_$LT$alloc..sync..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h470913c53deaa92bE"(ptr noalias noundef align 8 dereferenceable(16) %_1)
  ret void
}

; core::ptr::drop_in_place<alloc::boxed::Box<dyn core::error::Error+core::marker::Sync+core::marker::Send>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr118drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..error..Error$u2b$core..marker..Sync$u2b$core..marker..Send$GT$$GT$17hd14b3412382c01fdE"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_6.0 = load ptr, ptr %_1, align 8, !nonnull !4, !noundef !4
  %1 = getelementptr inbounds i8, ptr %_1, i64 8
  %_6.1 = load ptr, ptr %1, align 8, !nonnull !4, !align !14, !noundef !4
  %2 = icmp ne ptr %_6.0, null
  call void @llvm.assume(i1 %2)
  %3 = getelementptr inbounds i8, ptr %_6.1, i64 0
  %4 = load ptr, ptr %3, align 8, !invariant.load !4
  %5 = icmp ne ptr %4, null
  br i1 %5, label %is_not_null, label %bb3

is_not_null:                                      ; preds = %start
  invoke void %4(ptr noundef %_6.0)
          to label %bb3 unwind label %cleanup

bb3:                                              ; preds = %is_not_null, %start
; call <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h73a715bac515a173E"(ptr noalias noundef align 8 dereferenceable(16) %_1) #30
  ret void

bb4:                                              ; preds = %cleanup
; invoke <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
  invoke void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h73a715bac515a173E"(ptr noalias noundef align 8 dereferenceable(16) %_1) #35
          to label %bb1 unwind label %terminate

cleanup:                                          ; preds = %is_not_null
  %6 = landingpad { ptr, i32 }
          cleanup
  %7 = extractvalue { ptr, i32 } %6, 0
  %8 = extractvalue { ptr, i32 } %6, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %7, ptr %0, align 8
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %8, ptr %9, align 8
  br label %bb4

terminate:                                        ; preds = %bb4
  %10 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb1:                                              ; preds = %bb4
  %11 = load ptr, ptr %0, align 8, !noundef !4
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  %13 = load i32, ptr %12, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %14 = insertvalue { ptr, i32 } poison, ptr %11, 0
  %15 = insertvalue { ptr, i32 } %14, i32 %13, 1
  resume { ptr, i32 } %15
}

; core::ptr::drop_in_place<alloc::sync::Weak<std::thread::lifecycle::Packet<()>,&alloc::alloc::Global>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha85f64fc165f7081E"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #4 {
start:
; call <alloc::sync::Weak<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN72_$LT$alloc..sync..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h01407cff64b22376E"(ptr noalias noundef align 8 dereferenceable(16) %_1)
  ret void
}

; core::ptr::drop_in_place<std::thread::lifecycle::spawn_unchecked::MaybeDangling<mutex::main::{{closure}}>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr123drop_in_place$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$17h8fdf612e5d35bf24E"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 {
start:
; call <std::thread::lifecycle::spawn_unchecked::MaybeDangling<T> as core::ops::drop::Drop>::drop
  call void @"_ZN105_$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0401df2248706f53E"(ptr noalias noundef align 8 dereferenceable(8) %_1)
  ret void
}

; core::ptr::drop_in_place<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr129drop_in_place$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$17h9e2a86e3b7f5459aE"(ptr noundef nonnull align 1 %_1.0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) %_1.1) unnamed_addr #4 {
start:
  %0 = getelementptr inbounds i8, ptr %_1.1, i64 0
  %1 = load ptr, ptr %0, align 8, !invariant.load !4
  %2 = icmp ne ptr %1, null
  br i1 %2, label %is_not_null, label %bb1

is_not_null:                                      ; preds = %start
  call void %1(ptr noundef %_1.0) #30
  br label %bb1

bb1:                                              ; preds = %is_not_null, %start
  ret void
}

; core::ptr::drop_in_place<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hec544cda7ac04929E"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #4 {
start:
  %0 = load ptr, ptr %_1, align 8, !align !7, !noundef !4
  %1 = getelementptr inbounds i8, ptr %_1, i64 8
  %2 = load ptr, ptr %1, align 8
  %3 = ptrtoint ptr %0 to i64
  %4 = icmp eq i64 %3, 0
  %_2 = select i1 %4, i64 0, i64 1
  %5 = icmp eq i64 %_2, 0
  br i1 %5, label %bb1, label %bb2

bb1:                                              ; preds = %bb2, %start
  ret void

bb2:                                              ; preds = %start
; call core::ptr::drop_in_place<alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>
  call void @"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E"(ptr noalias noundef align 8 dereferenceable(16) %_1)
  br label %bb1
}

; core::ptr::drop_in_place<std::thread::lifecycle::spawn_unchecked<mutex::main::{{closure}},()>::{{closure}}>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr148drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h17fe9b7631710ad6E"(ptr noalias noundef align 8 dereferenceable(48) %_1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %1 = getelementptr inbounds i8, ptr %_1, i64 40
; invoke core::ptr::drop_in_place<std::thread::lifecycle::spawn_unchecked::MaybeDangling<mutex::main::{{closure}}>>
  invoke void @"_ZN4core3ptr123drop_in_place$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$17h8fdf612e5d35bf24E"(ptr noalias noundef align 8 dereferenceable(8) %1)
          to label %bb6 unwind label %cleanup

bb4:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::thread::spawnhook::ChildSpawnHooks>
  invoke void @"_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17h1c0e03198db94f18E"(ptr noalias noundef align 8 dereferenceable(32) %_1) #35
          to label %bb3 unwind label %terminate

cleanup:                                          ; preds = %start
  %2 = landingpad { ptr, i32 }
          cleanup
  %3 = extractvalue { ptr, i32 } %2, 0
  %4 = extractvalue { ptr, i32 } %2, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %3, ptr %0, align 8
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %4, ptr %5, align 8
  br label %bb4

bb6:                                              ; preds = %start
; invoke core::ptr::drop_in_place<std::thread::spawnhook::ChildSpawnHooks>
  invoke void @"_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17h1c0e03198db94f18E"(ptr noalias noundef align 8 dereferenceable(32) %_1)
          to label %bb5 unwind label %cleanup1

bb3:                                              ; preds = %bb4, %cleanup1
  %6 = getelementptr inbounds i8, ptr %_1, i64 32
; invoke core::ptr::drop_in_place<alloc::sync::Arc<std::thread::lifecycle::Packet<()>>>
  invoke void @"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"(ptr noalias noundef align 8 dereferenceable(8) %6) #35
          to label %bb1 unwind label %terminate

cleanup1:                                         ; preds = %bb6
  %7 = landingpad { ptr, i32 }
          cleanup
  %8 = extractvalue { ptr, i32 } %7, 0
  %9 = extractvalue { ptr, i32 } %7, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %8, ptr %0, align 8
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %9, ptr %10, align 8
  br label %bb3

bb5:                                              ; preds = %bb6
  %11 = getelementptr inbounds i8, ptr %_1, i64 32
; call core::ptr::drop_in_place<alloc::sync::Arc<std::thread::lifecycle::Packet<()>>>
  call void @"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"(ptr noalias noundef align 8 dereferenceable(8) %11)
  ret void

terminate:                                        ; preds = %bb3, %bb4
  %12 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb1:                                              ; preds = %bb3
  %13 = load ptr, ptr %0, align 8, !noundef !4
  %14 = getelementptr inbounds i8, ptr %0, i64 8
  %15 = load i32, ptr %14, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %16 = insertvalue { ptr, i32 } poison, ptr %13, 0
  %17 = insertvalue { ptr, i32 } %16, i32 %15, 1
  resume { ptr, i32 } %17
}

; core::ptr::drop_in_place<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_6.0 = load ptr, ptr %_1, align 8, !nonnull !4, !noundef !4
  %1 = getelementptr inbounds i8, ptr %_1, i64 8
  %_6.1 = load ptr, ptr %1, align 8, !nonnull !4, !align !14, !noundef !4
  %2 = icmp ne ptr %_6.0, null
  call void @llvm.assume(i1 %2)
  %3 = getelementptr inbounds i8, ptr %_6.1, i64 0
  %4 = load ptr, ptr %3, align 8, !invariant.load !4
  %5 = icmp ne ptr %4, null
  br i1 %5, label %is_not_null, label %bb3

is_not_null:                                      ; preds = %start
  invoke void %4(ptr noundef %_6.0)
          to label %bb3 unwind label %cleanup

bb3:                                              ; preds = %is_not_null, %start
; call <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17heee88ccfe8e1380fE"(ptr noalias noundef align 8 dereferenceable(16) %_1) #30
  ret void

bb4:                                              ; preds = %cleanup
; invoke <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
  invoke void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17heee88ccfe8e1380fE"(ptr noalias noundef align 8 dereferenceable(16) %_1) #35
          to label %bb1 unwind label %terminate

cleanup:                                          ; preds = %is_not_null
  %6 = landingpad { ptr, i32 }
          cleanup
  %7 = extractvalue { ptr, i32 } %6, 0
  %8 = extractvalue { ptr, i32 } %6, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %7, ptr %0, align 8
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %8, ptr %9, align 8
  br label %bb4

terminate:                                        ; preds = %bb4
  %10 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb1:                                              ; preds = %bb4
  %11 = load ptr, ptr %0, align 8, !noundef !4
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  %13 = load i32, ptr %12, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %14 = insertvalue { ptr, i32 } poison, ptr %11, 0
  %15 = insertvalue { ptr, i32 } %14, i32 %13, 1
  resume { ptr, i32 } %15
}

; core::ptr::drop_in_place<core::option::Option<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #4 {
start:
  %_2 = load i64, ptr %_1, align 8, !range !9, !noundef !4
  %0 = icmp eq i64 %_2, 0
  br i1 %0, label %bb1, label %bb2

bb1:                                              ; preds = %bb2, %start
  ret void

bb2:                                              ; preds = %start
  %1 = getelementptr inbounds i8, ptr %_1, i64 8
; call core::ptr::drop_in_place<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>
  call void @"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hec544cda7ac04929E"(ptr noalias noundef align 8 dereferenceable(16) %1)
  br label %bb1
}

; core::ptr::drop_in_place<[alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>]>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr164drop_in_place$LT$$u5b$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$u5d$$GT$17h1700e8f64bf33b3bE"(ptr noalias noundef nonnull align 8 %_1.0, i64 noundef %_1.1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_3 = alloca [8 x i8], align 8
  store i64 0, ptr %_3, align 8
  br label %bb6

bb6:                                              ; preds = %bb5, %start
  %1 = load i64, ptr %_3, align 8, !noundef !4
  %_7 = icmp eq i64 %1, %_1.1
  br i1 %_7, label %bb1, label %bb5

bb5:                                              ; preds = %bb6
  %2 = load i64, ptr %_3, align 8, !noundef !4
  %_6 = getelementptr inbounds nuw %"alloc::boxed::Box<dyn core::ops::function::FnOnce() + core::marker::Send>", ptr %_1.0, i64 %2
  %3 = load i64, ptr %_3, align 8, !noundef !4
  %4 = add i64 %3, 1
  store i64 %4, ptr %_3, align 8
; invoke core::ptr::drop_in_place<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>
  invoke void @"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E"(ptr noalias noundef align 8 dereferenceable(16) %_6)
          to label %bb6 unwind label %cleanup

bb1:                                              ; preds = %bb6
  ret void

bb4:                                              ; preds = %bb3, %cleanup
  %5 = load i64, ptr %_3, align 8, !noundef !4
  %_5 = icmp eq i64 %5, %_1.1
  br i1 %_5, label %bb2, label %bb3

cleanup:                                          ; preds = %bb5
  %6 = landingpad { ptr, i32 }
          cleanup
  %7 = extractvalue { ptr, i32 } %6, 0
  %8 = extractvalue { ptr, i32 } %6, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %7, ptr %0, align 8
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %8, ptr %9, align 8
  br label %bb4

bb3:                                              ; preds = %bb4
  %10 = load i64, ptr %_3, align 8, !noundef !4
  %_4 = getelementptr inbounds nuw %"alloc::boxed::Box<dyn core::ops::function::FnOnce() + core::marker::Send>", ptr %_1.0, i64 %10
  %11 = load i64, ptr %_3, align 8, !noundef !4
  %12 = add i64 %11, 1
  store i64 %12, ptr %_3, align 8
; invoke core::ptr::drop_in_place<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>
  invoke void @"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E"(ptr noalias noundef align 8 dereferenceable(16) %_4) #35
          to label %bb4 unwind label %terminate

bb2:                                              ; preds = %bb4
  %13 = load ptr, ptr %0, align 8, !noundef !4
  %14 = getelementptr inbounds i8, ptr %0, i64 8
  %15 = load i32, ptr %14, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %16 = insertvalue { ptr, i32 } poison, ptr %13, 0
  %17 = insertvalue { ptr, i32 } %16, i32 %15, 1
  resume { ptr, i32 } %17

terminate:                                        ; preds = %bb3
  %18 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable
}

; core::ptr::drop_in_place<alloc::vec::Vec<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr177drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h51c422bba3232a10E"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
; invoke <alloc::vec::Vec<T,A> as core::ops::drop::Drop>::drop
  invoke void @"_ZN70_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hb05e9a6268133063E"(ptr noalias noundef align 8 dereferenceable(24) %_1)
          to label %bb4 unwind label %cleanup

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<alloc::raw_vec::RawVec<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>>
  invoke void @"_ZN4core3ptr184drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h462636320ac6f38dE"(ptr noalias noundef align 8 dereferenceable(16) %_1) #35
          to label %bb1 unwind label %terminate

cleanup:                                          ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  %2 = extractvalue { ptr, i32 } %1, 0
  %3 = extractvalue { ptr, i32 } %1, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %2, ptr %0, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %3, ptr %4, align 8
  br label %bb3

bb4:                                              ; preds = %start
; call core::ptr::drop_in_place<alloc::raw_vec::RawVec<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>>
  call void @"_ZN4core3ptr184drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h462636320ac6f38dE"(ptr noalias noundef align 8 dereferenceable(16) %_1)
  ret void

terminate:                                        ; preds = %bb3
  %5 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb1:                                              ; preds = %bb3
  %6 = load ptr, ptr %0, align 8, !noundef !4
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = load i32, ptr %7, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %9 = insertvalue { ptr, i32 } poison, ptr %6, 0
  %10 = insertvalue { ptr, i32 } %9, i32 %8, 1
  resume { ptr, i32 } %10
}

; core::ptr::drop_in_place<alloc::raw_vec::RawVec<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr184drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h462636320ac6f38dE"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #4 {
start:
; call <alloc::raw_vec::RawVec<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h18ee70e4002c8e4dE"(ptr noalias noundef align 8 dereferenceable(16) %_1)
  ret void
}

; core::ptr::drop_in_place<core::cell::UnsafeCell<core::option::Option<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hc487d9fadf4fddcaE"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #4 {
start:
; call core::ptr::drop_in_place<core::option::Option<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>>
  call void @"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E"(ptr noalias noundef align 8 dereferenceable(24) %_1)
  ret void
}

; core::ptr::drop_in_place<alloc::string::String>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr42drop_in_place$LT$alloc..string..String$GT$17h5822a8f8a2ff21d8E"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #4 {
start:
; call core::ptr::drop_in_place<alloc::vec::Vec<u8>>
  call void @"_ZN4core3ptr46drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$17h33a4454b50d9537cE"(ptr noalias noundef align 8 dereferenceable(24) %_1)
  ret void
}

; core::ptr::drop_in_place<std::io::error::Error>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17hdbb4cd003000bd78E"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 {
start:
; call core::ptr::drop_in_place<std::io::error::repr_bitpacked::Repr>
  call void @"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17he023c9720364eeceE"(ptr noalias noundef align 8 dereferenceable(8) %_1)
  ret void
}

; core::ptr::drop_in_place<std::io::error::Custom>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr43drop_in_place$LT$std..io..error..Custom$GT$17h1c15e7fce4edfb37E"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #4 {
start:
; call core::ptr::drop_in_place<alloc::boxed::Box<dyn core::error::Error+core::marker::Sync+core::marker::Send>>
  call void @"_ZN4core3ptr118drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..error..Error$u2b$core..marker..Sync$u2b$core..marker..Send$GT$$GT$17hd14b3412382c01fdE"(ptr noalias noundef align 8 dereferenceable(16) %_1)
  ret void
}

; core::ptr::drop_in_place<alloc::vec::Vec<u8>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr46drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$17h33a4454b50d9537cE"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
; invoke <alloc::vec::Vec<T,A> as core::ops::drop::Drop>::drop
  invoke void @"_ZN70_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hfb4884ac7ea62d0cE"(ptr noalias noundef align 8 dereferenceable(24) %_1)
          to label %bb4 unwind label %cleanup

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<alloc::raw_vec::RawVec<u8>>
  invoke void @"_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17h327498e8c83865eaE"(ptr noalias noundef align 8 dereferenceable(16) %_1) #35
          to label %bb1 unwind label %terminate

cleanup:                                          ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  %2 = extractvalue { ptr, i32 } %1, 0
  %3 = extractvalue { ptr, i32 } %1, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %2, ptr %0, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %3, ptr %4, align 8
  br label %bb3

bb4:                                              ; preds = %start
; call core::ptr::drop_in_place<alloc::raw_vec::RawVec<u8>>
  call void @"_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17h327498e8c83865eaE"(ptr noalias noundef align 8 dereferenceable(16) %_1)
  ret void

terminate:                                        ; preds = %bb3
  %5 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb1:                                              ; preds = %bb3
  %6 = load ptr, ptr %0, align 8, !noundef !4
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = load i32, ptr %7, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %9 = insertvalue { ptr, i32 } poison, ptr %6, 0
  %10 = insertvalue { ptr, i32 } %9, i32 %8, 1
  resume { ptr, i32 } %10
}

; core::ptr::drop_in_place<std::ffi::os_str::OsString>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr47drop_in_place$LT$std..ffi..os_str..OsString$GT$17h1a04c34a47e5bc8bE"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #4 {
start:
; call core::ptr::drop_in_place<std::sys::os_str::bytes::Buf>
  call void @"_ZN4core3ptr49drop_in_place$LT$std..sys..os_str..bytes..Buf$GT$17h902fa60d4e9378f8E"(ptr noalias noundef align 8 dereferenceable(24) %_1)
  ret void
}

; core::ptr::drop_in_place<std::thread::thread::Thread>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 {
start:
; call core::ptr::drop_in_place<core::pin::Pin<alloc::sync::Arc<std::thread::thread::Inner,std::alloc::System>>>
  call void @"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E"(ptr noalias noundef align 8 dereferenceable(8) %_1)
  ret void
}

; core::ptr::drop_in_place<std::sys::os_str::bytes::Buf>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr49drop_in_place$LT$std..sys..os_str..bytes..Buf$GT$17h902fa60d4e9378f8E"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #4 {
start:
; call core::ptr::drop_in_place<alloc::vec::Vec<u8>>
  call void @"_ZN4core3ptr46drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$17h33a4454b50d9537cE"(ptr noalias noundef align 8 dereferenceable(24) %_1)
  ret void
}

; core::ptr::drop_in_place<std::sys::thread::unix::Thread>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr51drop_in_place$LT$std..sys..thread..unix..Thread$GT$17h38821c6f7276222dE"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 {
start:
; call <std::sys::thread::unix::Thread as core::ops::drop::Drop>::drop
  call void @_RNvXs1_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6ThreadNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef align 8 dereferenceable(8) %_1)
  ret void
}

; core::ptr::drop_in_place<std::thread::scoped::ScopeData>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr51drop_in_place$LT$std..thread..scoped..ScopeData$GT$17h9f4bf0f8d6f456dbE"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #4 {
start:
; call core::ptr::drop_in_place<std::thread::thread::Thread>
  call void @"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"(ptr noalias noundef align 8 dereferenceable(8) %_1)
  ret void
}

; core::ptr::drop_in_place<alloc::raw_vec::RawVec<u8>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17h327498e8c83865eaE"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #4 {
start:
; call <alloc::raw_vec::RawVec<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hec890ef86c3d256eE"(ptr noalias noundef align 8 dereferenceable(16) %_1)
  ret void
}

; core::ptr::drop_in_place<std::thread::lifecycle::ThreadInit>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr55drop_in_place$LT$std..thread..lifecycle..ThreadInit$GT$17h6d4663726614de67E"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
; invoke core::ptr::drop_in_place<std::thread::thread::Thread>
  invoke void @"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"(ptr noalias noundef align 8 dereferenceable(8) %_1)
          to label %bb4 unwind label %cleanup

bb3:                                              ; preds = %cleanup
  %1 = getelementptr inbounds i8, ptr %_1, i64 8
; invoke core::ptr::drop_in_place<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>
  invoke void @"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E"(ptr noalias noundef align 8 dereferenceable(16) %1) #35
          to label %bb1 unwind label %terminate

cleanup:                                          ; preds = %start
  %2 = landingpad { ptr, i32 }
          cleanup
  %3 = extractvalue { ptr, i32 } %2, 0
  %4 = extractvalue { ptr, i32 } %2, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %3, ptr %0, align 8
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %4, ptr %5, align 8
  br label %bb3

bb4:                                              ; preds = %start
  %6 = getelementptr inbounds i8, ptr %_1, i64 8
; call core::ptr::drop_in_place<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>
  call void @"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E"(ptr noalias noundef align 8 dereferenceable(16) %6)
  ret void

terminate:                                        ; preds = %bb3
  %7 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb1:                                              ; preds = %bb3
  %8 = load ptr, ptr %0, align 8, !noundef !4
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load i32, ptr %9, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %11 = insertvalue { ptr, i32 } poison, ptr %8, 0
  %12 = insertvalue { ptr, i32 } %11, i32 %10, 1
  resume { ptr, i32 } %12
}

; core::ptr::drop_in_place<std::thread::spawnhook::SpawnHooks>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr55drop_in_place$LT$std..thread..spawnhook..SpawnHooks$GT$17hf6505c0b715e4b49E"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
; invoke <std::thread::spawnhook::SpawnHooks as core::ops::drop::Drop>::drop
  invoke void @_RNvXNtNtCsjrHSEGnQ3l9_3std6thread9spawnhookNtB2_10SpawnHooksNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef align 8 dereferenceable(8) %_1)
          to label %bb4 unwind label %cleanup

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<core::option::Option<alloc::sync::Arc<std::thread::spawnhook::SpawnHook>>>
  invoke void @"_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17he5195b97484afb2bE"(ptr noalias noundef align 8 dereferenceable(8) %_1) #35
          to label %bb1 unwind label %terminate

cleanup:                                          ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  %2 = extractvalue { ptr, i32 } %1, 0
  %3 = extractvalue { ptr, i32 } %1, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %2, ptr %0, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %3, ptr %4, align 8
  br label %bb3

bb4:                                              ; preds = %start
; call core::ptr::drop_in_place<core::option::Option<alloc::sync::Arc<std::thread::spawnhook::SpawnHook>>>
  call void @"_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17he5195b97484afb2bE"(ptr noalias noundef align 8 dereferenceable(8) %_1)
  ret void

terminate:                                        ; preds = %bb3
  %5 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb1:                                              ; preds = %bb3
  %6 = load ptr, ptr %0, align 8, !noundef !4
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = load i32, ptr %7, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %9 = insertvalue { ptr, i32 } poison, ptr %6, 0
  %10 = insertvalue { ptr, i32 } %9, i32 %8, 1
  resume { ptr, i32 } %10
}

; core::ptr::drop_in_place<std::io::error::repr_bitpacked::Repr>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17he023c9720364eeceE"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 {
start:
; call <std::io::error::repr_bitpacked::Repr as core::ops::drop::Drop>::drop
  call void @_RNvXs1_NtNtNtCsjrHSEGnQ3l9_3std2io5error14repr_bitpackedNtB5_4ReprNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef align 8 dereferenceable(8) %_1) #30
  ret void
}

; core::ptr::drop_in_place<std::thread::spawnhook::ChildSpawnHooks>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17h1c0e03198db94f18E"(ptr noalias noundef align 8 dereferenceable(32) %_1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %1 = getelementptr inbounds i8, ptr %_1, i64 24
; invoke core::ptr::drop_in_place<std::thread::spawnhook::SpawnHooks>
  invoke void @"_ZN4core3ptr55drop_in_place$LT$std..thread..spawnhook..SpawnHooks$GT$17hf6505c0b715e4b49E"(ptr noalias noundef align 8 dereferenceable(8) %1)
          to label %bb4 unwind label %cleanup

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<alloc::vec::Vec<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>>
  invoke void @"_ZN4core3ptr177drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h51c422bba3232a10E"(ptr noalias noundef align 8 dereferenceable(24) %_1) #35
          to label %bb1 unwind label %terminate

cleanup:                                          ; preds = %start
  %2 = landingpad { ptr, i32 }
          cleanup
  %3 = extractvalue { ptr, i32 } %2, 0
  %4 = extractvalue { ptr, i32 } %2, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %3, ptr %0, align 8
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %4, ptr %5, align 8
  br label %bb3

bb4:                                              ; preds = %start
; call core::ptr::drop_in_place<alloc::vec::Vec<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>>
  call void @"_ZN4core3ptr177drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h51c422bba3232a10E"(ptr noalias noundef align 8 dereferenceable(24) %_1)
  ret void

terminate:                                        ; preds = %bb3
  %6 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb1:                                              ; preds = %bb3
  %7 = load ptr, ptr %0, align 8, !noundef !4
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  %9 = load i32, ptr %8, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %10 = insertvalue { ptr, i32 } poison, ptr %7, 0
  %11 = insertvalue { ptr, i32 } %10, i32 %9, 1
  resume { ptr, i32 } %11
}

; core::ptr::drop_in_place<mutex::main::{{closure}}>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 {
start:
; call core::ptr::drop_in_place<alloc::sync::Arc<std::sync::poison::mutex::Mutex<usize>>>
  call void @"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E"(ptr noalias noundef align 8 dereferenceable(8) %_1)
  ret void
}

; core::ptr::drop_in_place<dyn core::any::Any+core::marker::Send>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr66drop_in_place$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$17hb9434060af61e941E"(ptr noundef nonnull align 1 %_1.0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) %_1.1) unnamed_addr #4 {
start:
  %0 = getelementptr inbounds i8, ptr %_1.1, i64 0
  %1 = load ptr, ptr %0, align 8, !invariant.load !4
  %2 = icmp ne ptr %1, null
  br i1 %2, label %is_not_null, label %bb1

is_not_null:                                      ; preds = %start
  call void %1(ptr noundef %_1.0) #30
  br label %bb1

bb1:                                              ; preds = %is_not_null, %start
  ret void
}

; core::ptr::drop_in_place<std::thread::lifecycle::Packet<()>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr67drop_in_place$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$17he669010805e9693fE"(ptr noalias noundef align 8 dereferenceable(32) %_1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
; invoke <std::thread::lifecycle::Packet<T> as core::ops::drop::Drop>::drop
  invoke void @"_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h27f27fb0c0019fa7E"(ptr noalias noundef align 8 dereferenceable(32) %_1)
          to label %bb6 unwind label %cleanup

bb4:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<core::option::Option<alloc::sync::Arc<std::thread::scoped::ScopeData>>>
  invoke void @"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h024866db1f1d3492E"(ptr noalias noundef align 8 dereferenceable(8) %_1) #35
          to label %bb3 unwind label %terminate

cleanup:                                          ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  %2 = extractvalue { ptr, i32 } %1, 0
  %3 = extractvalue { ptr, i32 } %1, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %2, ptr %0, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %3, ptr %4, align 8
  br label %bb4

bb6:                                              ; preds = %start
; invoke core::ptr::drop_in_place<core::option::Option<alloc::sync::Arc<std::thread::scoped::ScopeData>>>
  invoke void @"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h024866db1f1d3492E"(ptr noalias noundef align 8 dereferenceable(8) %_1)
          to label %bb5 unwind label %cleanup1

bb3:                                              ; preds = %bb4, %cleanup1
  %5 = getelementptr inbounds i8, ptr %_1, i64 8
; invoke core::ptr::drop_in_place<core::cell::UnsafeCell<core::option::Option<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>>>
  invoke void @"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hc487d9fadf4fddcaE"(ptr noalias noundef align 8 dereferenceable(24) %5) #35
          to label %bb1 unwind label %terminate

cleanup1:                                         ; preds = %bb6
  %6 = landingpad { ptr, i32 }
          cleanup
  %7 = extractvalue { ptr, i32 } %6, 0
  %8 = extractvalue { ptr, i32 } %6, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %7, ptr %0, align 8
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %8, ptr %9, align 8
  br label %bb3

bb5:                                              ; preds = %bb6
  %10 = getelementptr inbounds i8, ptr %_1, i64 8
; call core::ptr::drop_in_place<core::cell::UnsafeCell<core::option::Option<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>>>
  call void @"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hc487d9fadf4fddcaE"(ptr noalias noundef align 8 dereferenceable(24) %10)
  ret void

terminate:                                        ; preds = %bb3, %bb4
  %11 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb1:                                              ; preds = %bb3
  %12 = load ptr, ptr %0, align 8, !noundef !4
  %13 = getelementptr inbounds i8, ptr %0, i64 8
  %14 = load i32, ptr %13, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %15 = insertvalue { ptr, i32 } poison, ptr %12, 0
  %16 = insertvalue { ptr, i32 } %15, i32 %14, 1
  resume { ptr, i32 } %16
}

; core::ptr::drop_in_place<alloc::boxed::Box<std::io::error::Custom>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17hd530b3a7f4fbdd64E"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_6 = load ptr, ptr %_1, align 8, !nonnull !4, !noundef !4
  %1 = icmp ne ptr %_6, null
  call void @llvm.assume(i1 %1)
; invoke core::ptr::drop_in_place<std::io::error::Custom>
  invoke void @"_ZN4core3ptr43drop_in_place$LT$std..io..error..Custom$GT$17h1c15e7fce4edfb37E"(ptr noalias noundef align 8 dereferenceable(24) %_6)
          to label %bb3 unwind label %cleanup

bb4:                                              ; preds = %cleanup
; invoke <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
  invoke void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc98449ad0f0da8f4E"(ptr noalias noundef align 8 dereferenceable(8) %_1) #35
          to label %bb1 unwind label %terminate

cleanup:                                          ; preds = %start
  %2 = landingpad { ptr, i32 }
          cleanup
  %3 = extractvalue { ptr, i32 } %2, 0
  %4 = extractvalue { ptr, i32 } %2, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %3, ptr %0, align 8
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %4, ptr %5, align 8
  br label %bb4

bb3:                                              ; preds = %start
; call <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc98449ad0f0da8f4E"(ptr noalias noundef align 8 dereferenceable(8) %_1) #30
  ret void

terminate:                                        ; preds = %bb4
  %6 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb1:                                              ; preds = %bb4
  %7 = load ptr, ptr %0, align 8, !noundef !4
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  %9 = load i32, ptr %8, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %10 = insertvalue { ptr, i32 } poison, ptr %7, 0
  %11 = insertvalue { ptr, i32 } %10, i32 %9, 1
  resume { ptr, i32 } %11
}

; core::ptr::drop_in_place<core::option::Option<alloc::string::String>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr70drop_in_place$LT$core..option..Option$LT$alloc..string..String$GT$$GT$17hbc148bc53e666ff2E"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #4 {
start:
  %0 = load i64, ptr %_1, align 8, !range !17, !noundef !4
  %1 = icmp eq i64 %0, -9223372036854775808
  %_2 = select i1 %1, i64 0, i64 1
  %2 = icmp eq i64 %_2, 0
  br i1 %2, label %bb1, label %bb2

bb1:                                              ; preds = %bb2, %start
  ret void

bb2:                                              ; preds = %start
; call core::ptr::drop_in_place<alloc::string::String>
  call void @"_ZN4core3ptr42drop_in_place$LT$alloc..string..String$GT$17h5822a8f8a2ff21d8E"(ptr noalias noundef align 8 dereferenceable(24) %_1)
  br label %bb1
}

; core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17hf878365420245a41E"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #4 {
start:
; call <std::sync::poison::mutex::MutexGuard<T> as core::ops::drop::Drop>::drop
  call void @"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hdfc0a4b06ac93992E"(ptr noalias noundef align 8 dereferenceable(16) %_1) #30
  ret void
}

; core::ptr::drop_in_place<std::thread::lifecycle::JoinInner<()>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h3c1add028a308673E"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %1 = getelementptr inbounds i8, ptr %_1, i64 16
; invoke core::ptr::drop_in_place<std::sys::thread::unix::Thread>
  invoke void @"_ZN4core3ptr51drop_in_place$LT$std..sys..thread..unix..Thread$GT$17h38821c6f7276222dE"(ptr noalias noundef align 8 dereferenceable(8) %1)
          to label %bb6 unwind label %cleanup

bb4:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::thread::thread::Thread>
  invoke void @"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"(ptr noalias noundef align 8 dereferenceable(8) %_1) #35
          to label %bb3 unwind label %terminate

cleanup:                                          ; preds = %start
  %2 = landingpad { ptr, i32 }
          cleanup
  %3 = extractvalue { ptr, i32 } %2, 0
  %4 = extractvalue { ptr, i32 } %2, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %3, ptr %0, align 8
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %4, ptr %5, align 8
  br label %bb4

bb6:                                              ; preds = %start
; invoke core::ptr::drop_in_place<std::thread::thread::Thread>
  invoke void @"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"(ptr noalias noundef align 8 dereferenceable(8) %_1)
          to label %bb5 unwind label %cleanup1

bb3:                                              ; preds = %bb4, %cleanup1
  %6 = getelementptr inbounds i8, ptr %_1, i64 8
; invoke core::ptr::drop_in_place<alloc::sync::Arc<std::thread::lifecycle::Packet<()>>>
  invoke void @"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"(ptr noalias noundef align 8 dereferenceable(8) %6) #35
          to label %bb1 unwind label %terminate

cleanup1:                                         ; preds = %bb6
  %7 = landingpad { ptr, i32 }
          cleanup
  %8 = extractvalue { ptr, i32 } %7, 0
  %9 = extractvalue { ptr, i32 } %7, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %8, ptr %0, align 8
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %9, ptr %10, align 8
  br label %bb3

bb5:                                              ; preds = %bb6
  %11 = getelementptr inbounds i8, ptr %_1, i64 8
; call core::ptr::drop_in_place<alloc::sync::Arc<std::thread::lifecycle::Packet<()>>>
  call void @"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"(ptr noalias noundef align 8 dereferenceable(8) %11)
  ret void

terminate:                                        ; preds = %bb3, %bb4
  %12 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb1:                                              ; preds = %bb3
  %13 = load ptr, ptr %0, align 8, !noundef !4
  %14 = getelementptr inbounds i8, ptr %0, i64 8
  %15 = load i32, ptr %14, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %16 = insertvalue { ptr, i32 } poison, ptr %13, 0
  %17 = insertvalue { ptr, i32 } %16, i32 %15, 1
  resume { ptr, i32 } %17
}

; core::ptr::drop_in_place<std::thread::join_handle::JoinHandle<()>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr73drop_in_place$LT$std..thread..join_handle..JoinHandle$LT$$LP$$RP$$GT$$GT$17hd57779f077187f60E"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #4 {
start:
; call core::ptr::drop_in_place<std::thread::lifecycle::JoinInner<()>>
  call void @"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h3c1add028a308673E"(ptr noalias noundef align 8 dereferenceable(24) %_1)
  ret void
}

; core::ptr::drop_in_place<alloc::sync::Arc<std::thread::scoped::ScopeData>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h3508ca09122bab5eE"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 {
start:
; call <alloc::sync::Arc<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc40b680d91536df2E"(ptr noalias noundef align 8 dereferenceable(8) %_1) #30
  ret void
}

; core::ptr::drop_in_place<alloc::sync::Arc<std::thread::spawnhook::SpawnHook>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h9f06dedcd3bc9da2E"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 {
start:
; call <alloc::sync::Arc<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1886f409a6a43745E"(ptr noalias noundef align 8 dereferenceable(8) %_1) #30
  ret void
}

; core::ptr::drop_in_place<core::result::Result<(),std::io::error::Error>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr81drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$std..io..error..Error$GT$$GT$17hb8ba7a740477fac3E"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 {
start:
  %0 = load ptr, ptr %_1, align 8, !noundef !4
  %1 = ptrtoint ptr %0 to i64
  %2 = icmp eq i64 %1, 0
  %_2 = select i1 %2, i64 0, i64 1
  %3 = icmp eq i64 %_2, 0
  br i1 %3, label %bb1, label %bb2

bb1:                                              ; preds = %bb2, %start
  ret void

bb2:                                              ; preds = %start
; call core::ptr::drop_in_place<std::io::error::Error>
  call void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17hdbb4cd003000bd78E"(ptr noalias noundef align 8 dereferenceable(8) %_1)
  br label %bb1
}

; core::ptr::drop_in_place<alloc::sync::Arc<std::sync::poison::mutex::Mutex<usize>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 {
start:
; call <alloc::sync::Arc<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E"(ptr noalias noundef align 8 dereferenceable(8) %_1) #30
  ret void
}

; core::ptr::drop_in_place<alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_6.0 = load ptr, ptr %_1, align 8, !nonnull !4, !noundef !4
  %1 = getelementptr inbounds i8, ptr %_1, i64 8
  %_6.1 = load ptr, ptr %1, align 8, !nonnull !4, !align !14, !noundef !4
  %2 = icmp ne ptr %_6.0, null
  call void @llvm.assume(i1 %2)
  %3 = getelementptr inbounds i8, ptr %_6.1, i64 0
  %4 = load ptr, ptr %3, align 8, !invariant.load !4
  %5 = icmp ne ptr %4, null
  br i1 %5, label %is_not_null, label %bb3

is_not_null:                                      ; preds = %start
  invoke void %4(ptr noundef %_6.0)
          to label %bb3 unwind label %cleanup

bb3:                                              ; preds = %is_not_null, %start
; call <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h2cd04495a524f43fE"(ptr noalias noundef align 8 dereferenceable(16) %_1) #30
  ret void

bb4:                                              ; preds = %cleanup
; invoke <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
  invoke void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h2cd04495a524f43fE"(ptr noalias noundef align 8 dereferenceable(16) %_1) #35
          to label %bb1 unwind label %terminate

cleanup:                                          ; preds = %is_not_null
  %6 = landingpad { ptr, i32 }
          cleanup
  %7 = extractvalue { ptr, i32 } %6, 0
  %8 = extractvalue { ptr, i32 } %6, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %7, ptr %0, align 8
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %8, ptr %9, align 8
  br label %bb4

terminate:                                        ; preds = %bb4
  %10 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb1:                                              ; preds = %bb4
  %11 = load ptr, ptr %0, align 8, !noundef !4
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  %13 = load i32, ptr %12, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %14 = insertvalue { ptr, i32 } poison, ptr %11, 0
  %15 = insertvalue { ptr, i32 } %14, i32 %13, 1
  resume { ptr, i32 } %15
}

; core::ptr::drop_in_place<alloc::sync::Arc<std::thread::lifecycle::Packet<()>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 {
start:
; call <alloc::sync::Arc<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E"(ptr noalias noundef align 8 dereferenceable(8) %_1) #30
  ret void
}

; core::ptr::drop_in_place<alloc::sync::Arc<std::thread::thread::Inner,std::alloc::System>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #4 {
start:
; call <alloc::sync::Arc<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE"(ptr noalias noundef align 8 dereferenceable(8) %_1) #30
  ret void
}

; core::ptr::drop_in_place<dyn core::error::Error+core::marker::Sync+core::marker::Send>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr93drop_in_place$LT$dyn$u20$core..error..Error$u2b$core..marker..Sync$u2b$core..marker..Send$GT$17h58710f86bb8364cbE"(ptr noundef nonnull align 1 %_1.0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(80) %_1.1) unnamed_addr #4 {
start:
  %0 = getelementptr inbounds i8, ptr %_1.1, i64 0
  %1 = load ptr, ptr %0, align 8, !invariant.load !4
  %2 = icmp ne ptr %1, null
  br i1 %2, label %is_not_null, label %bb1

is_not_null:                                      ; preds = %start
  call void %1(ptr noundef %_1.0) #30
  br label %bb1

bb1:                                              ; preds = %is_not_null, %start
  ret void
}

; core::ptr::drop_in_place<std::io::default_write_fmt::Adapter<std::sys::stdio::unix::Stderr>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr93drop_in_place$LT$std..io..default_write_fmt..Adapter$LT$std..sys..stdio..unix..Stderr$GT$$GT$17h72cc3ac84e2354bdE"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #4 {
start:
  %0 = getelementptr inbounds i8, ptr %_1, i64 8
; call core::ptr::drop_in_place<core::result::Result<(),std::io::error::Error>>
  call void @"_ZN4core3ptr81drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$std..io..error..Error$GT$$GT$17hb8ba7a740477fac3E"(ptr noalias noundef align 8 dereferenceable(8) %0)
  ret void
}

; core::ptr::drop_in_place<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr96drop_in_place$LT$alloc..sync..ArcInner$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17hebe097a08b868849E"(ptr noalias noundef align 8 dereferenceable(48) %_1) unnamed_addr #4 {
start:
  %0 = getelementptr inbounds i8, ptr %_1, i64 16
; call core::ptr::drop_in_place<std::thread::lifecycle::Packet<()>>
  call void @"_ZN4core3ptr67drop_in_place$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$17he669010805e9693fE"(ptr noalias noundef align 8 dereferenceable(32) %0)
  ret void
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i8 @_ZN4core4sync6atomic11atomic_load17h1c7426ce05bf7ffcE(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 {
start:
  %_0 = alloca [1 x i8], align 1
  %_3 = zext i8 %order to i64
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !prof !18

bb1:                                              ; preds = %start
  unreachable

bb6:                                              ; preds = %start
  %0 = load atomic i8, ptr %dst monotonic, align 1
  store i8 %0, ptr %_0, align 1
  br label %bb7

bb3:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %1 = icmp ne ptr inttoptr (i64 81 to ptr), null
  call void @llvm.assume(i1 %1)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #29
  unreachable

bb5:                                              ; preds = %start
  %2 = load atomic i8, ptr %dst acquire, align 1
  store i8 %2, ptr %_0, align 1
  br label %bb7

bb2:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %3 = icmp ne ptr inttoptr (i64 99 to ptr), null
  call void @llvm.assume(i1 %3)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #29
  unreachable

bb4:                                              ; preds = %start
  %4 = load atomic i8, ptr %dst seq_cst, align 1
  store i8 %4, ptr %_0, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %5 = load i8, ptr %_0, align 1, !noundef !4
  ret i8 %5
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i64 @_ZN4core4sync6atomic11atomic_load17h8bb8faaad7bc1a27E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 {
start:
  %_0 = alloca [8 x i8], align 8
  %_3 = zext i8 %order to i64
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !prof !18

bb1:                                              ; preds = %start
  unreachable

bb6:                                              ; preds = %start
  %0 = load atomic i64, ptr %dst monotonic, align 8
  store i64 %0, ptr %_0, align 8
  br label %bb7

bb3:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %1 = icmp ne ptr inttoptr (i64 81 to ptr), null
  call void @llvm.assume(i1 %1)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #29
  unreachable

bb5:                                              ; preds = %start
  %2 = load atomic i64, ptr %dst acquire, align 8
  store i64 %2, ptr %_0, align 8
  br label %bb7

bb2:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %3 = icmp ne ptr inttoptr (i64 99 to ptr), null
  call void @llvm.assume(i1 %3)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #29
  unreachable

bb4:                                              ; preds = %start
  %4 = load atomic i64, ptr %dst seq_cst, align 8
  store i64 %4, ptr %_0, align 8
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %5 = load i64, ptr %_0, align 8, !noundef !4
  ret i64 %5
}

; core::sync::atomic::atomic_store
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core4sync6atomic12atomic_store17hc419831ec445d993E(ptr noundef %dst, i8 noundef %val, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 {
start:
  %_4 = zext i8 %order to i64
  switch i64 %_4, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb5
    i64 2, label %bb3
    i64 3, label %bb2
    i64 4, label %bb4
  ], !prof !19

bb1:                                              ; preds = %start
  unreachable

bb6:                                              ; preds = %start
  store atomic i8 %val, ptr %dst monotonic, align 1
  br label %bb7

bb5:                                              ; preds = %start
  store atomic i8 %val, ptr %dst release, align 1
  br label %bb7

bb3:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %0 = icmp ne ptr inttoptr (i64 85 to ptr), null
  call void @llvm.assume(i1 %0)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_bf39103a6db665396aab4632362d9353, ptr noundef nonnull inttoptr (i64 85 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a574beff59ab58cf5ed2d6bc163e2302) #29
  unreachable

bb2:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %1 = icmp ne ptr inttoptr (i64 101 to ptr), null
  call void @llvm.assume(i1 %1)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr noundef nonnull inttoptr (i64 101 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_aec0388915b72a4f610ad656c35be884) #29
  unreachable

bb4:                                              ; preds = %start
  store atomic i8 %val, ptr %dst seq_cst, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  ret void
}

; core::sync::atomic::atomic_store
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core4sync6atomic12atomic_store17hc44b51ed7a8e9642E(ptr noundef %dst, i64 noundef %val, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 {
start:
  %_4 = zext i8 %order to i64
  switch i64 %_4, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb5
    i64 2, label %bb3
    i64 3, label %bb2
    i64 4, label %bb4
  ], !prof !19

bb1:                                              ; preds = %start
  unreachable

bb6:                                              ; preds = %start
  store atomic i64 %val, ptr %dst monotonic, align 8
  br label %bb7

bb5:                                              ; preds = %start
  store atomic i64 %val, ptr %dst release, align 8
  br label %bb7

bb3:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %0 = icmp ne ptr inttoptr (i64 85 to ptr), null
  call void @llvm.assume(i1 %0)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_bf39103a6db665396aab4632362d9353, ptr noundef nonnull inttoptr (i64 85 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a574beff59ab58cf5ed2d6bc163e2302) #29
  unreachable

bb2:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %1 = icmp ne ptr inttoptr (i64 101 to ptr), null
  call void @llvm.assume(i1 %1)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr noundef nonnull inttoptr (i64 101 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_aec0388915b72a4f610ad656c35be884) #29
  unreachable

bb4:                                              ; preds = %start
  store atomic i64 %val, ptr %dst seq_cst, align 8
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  ret void
}

; core::sync::atomic::atomic_compare_exchange
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i32, i32 } @_ZN4core4sync6atomic23atomic_compare_exchange17hc62930dda1af9befE(ptr noundef %dst, i32 noundef %old, i32 noundef %new, i8 noundef range(i8 0, 5) %success, i8 noundef range(i8 0, 5) %failure) unnamed_addr #0 {
start:
  %_8 = alloca [8 x i8], align 4
  %_0 = alloca [8 x i8], align 4
  call void @llvm.lifetime.start.p0(ptr %_8)
  %_14 = zext i8 %success to i64
  switch i64 %_14, label %bb7 [
    i64 0, label %bb2
    i64 1, label %bb4
    i64 2, label %bb3
    i64 3, label %bb5
    i64 4, label %bb6
  ]

bb7:                                              ; preds = %bb1, %start
  unreachable

bb2:                                              ; preds = %start
  %_9 = zext i8 %failure to i64
  switch i64 %_9, label %bb1 [
    i64 0, label %bb24
    i64 2, label %bb23
    i64 4, label %bb22
  ], !prof !20

bb4:                                              ; preds = %start
  %_11 = zext i8 %failure to i64
  switch i64 %_11, label %bb1 [
    i64 0, label %bb18
    i64 2, label %bb17
    i64 4, label %bb16
  ], !prof !20

bb3:                                              ; preds = %start
  %_10 = zext i8 %failure to i64
  switch i64 %_10, label %bb1 [
    i64 0, label %bb21
    i64 2, label %bb20
    i64 4, label %bb19
  ], !prof !20

bb5:                                              ; preds = %start
  %_12 = zext i8 %failure to i64
  switch i64 %_12, label %bb1 [
    i64 0, label %bb15
    i64 2, label %bb14
    i64 4, label %bb13
  ], !prof !20

bb6:                                              ; preds = %start
  %_13 = zext i8 %failure to i64
  switch i64 %_13, label %bb1 [
    i64 0, label %bb12
    i64 2, label %bb11
    i64 4, label %bb10
  ], !prof !20

bb1:                                              ; preds = %bb6, %bb5, %bb3, %bb4, %bb2
  %_15 = zext i8 %failure to i64
  switch i64 %_15, label %bb7 [
    i64 1, label %bb8
    i64 3, label %bb9
  ]

bb24:                                             ; preds = %bb2
  %0 = cmpxchg ptr %dst, i32 %old, i32 %new monotonic monotonic, align 4
  %1 = extractvalue { i32, i1 } %0, 0
  %2 = extractvalue { i32, i1 } %0, 1
  %3 = zext i1 %2 to i8
  store i32 %1, ptr %_8, align 4
  %4 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %3, ptr %4, align 4
  br label %bb25

bb23:                                             ; preds = %bb2
  %5 = cmpxchg ptr %dst, i32 %old, i32 %new monotonic acquire, align 4
  %6 = extractvalue { i32, i1 } %5, 0
  %7 = extractvalue { i32, i1 } %5, 1
  %8 = zext i1 %7 to i8
  store i32 %6, ptr %_8, align 4
  %9 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %8, ptr %9, align 4
  br label %bb25

bb22:                                             ; preds = %bb2
  %10 = cmpxchg ptr %dst, i32 %old, i32 %new monotonic seq_cst, align 4
  %11 = extractvalue { i32, i1 } %10, 0
  %12 = extractvalue { i32, i1 } %10, 1
  %13 = zext i1 %12 to i8
  store i32 %11, ptr %_8, align 4
  %14 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %13, ptr %14, align 4
  br label %bb25

bb25:                                             ; preds = %bb10, %bb11, %bb12, %bb13, %bb14, %bb15, %bb19, %bb20, %bb21, %bb16, %bb17, %bb18, %bb22, %bb23, %bb24
  %val = load i32, ptr %_8, align 4, !noundef !4
  %15 = getelementptr inbounds i8, ptr %_8, i64 4
  %16 = load i8, ptr %15, align 4, !range !6, !noundef !4
  %ok = trunc nuw i8 %16 to i1
  call void @llvm.lifetime.end.p0(ptr %_8)
  br i1 %ok, label %bb26, label %bb27

bb18:                                             ; preds = %bb4
  %17 = cmpxchg ptr %dst, i32 %old, i32 %new release monotonic, align 4
  %18 = extractvalue { i32, i1 } %17, 0
  %19 = extractvalue { i32, i1 } %17, 1
  %20 = zext i1 %19 to i8
  store i32 %18, ptr %_8, align 4
  %21 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %20, ptr %21, align 4
  br label %bb25

bb17:                                             ; preds = %bb4
  %22 = cmpxchg ptr %dst, i32 %old, i32 %new release acquire, align 4
  %23 = extractvalue { i32, i1 } %22, 0
  %24 = extractvalue { i32, i1 } %22, 1
  %25 = zext i1 %24 to i8
  store i32 %23, ptr %_8, align 4
  %26 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %25, ptr %26, align 4
  br label %bb25

bb16:                                             ; preds = %bb4
  %27 = cmpxchg ptr %dst, i32 %old, i32 %new release seq_cst, align 4
  %28 = extractvalue { i32, i1 } %27, 0
  %29 = extractvalue { i32, i1 } %27, 1
  %30 = zext i1 %29 to i8
  store i32 %28, ptr %_8, align 4
  %31 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %30, ptr %31, align 4
  br label %bb25

bb21:                                             ; preds = %bb3
  %32 = cmpxchg ptr %dst, i32 %old, i32 %new acquire monotonic, align 4
  %33 = extractvalue { i32, i1 } %32, 0
  %34 = extractvalue { i32, i1 } %32, 1
  %35 = zext i1 %34 to i8
  store i32 %33, ptr %_8, align 4
  %36 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %35, ptr %36, align 4
  br label %bb25

bb20:                                             ; preds = %bb3
  %37 = cmpxchg ptr %dst, i32 %old, i32 %new acquire acquire, align 4
  %38 = extractvalue { i32, i1 } %37, 0
  %39 = extractvalue { i32, i1 } %37, 1
  %40 = zext i1 %39 to i8
  store i32 %38, ptr %_8, align 4
  %41 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %40, ptr %41, align 4
  br label %bb25

bb19:                                             ; preds = %bb3
  %42 = cmpxchg ptr %dst, i32 %old, i32 %new acquire seq_cst, align 4
  %43 = extractvalue { i32, i1 } %42, 0
  %44 = extractvalue { i32, i1 } %42, 1
  %45 = zext i1 %44 to i8
  store i32 %43, ptr %_8, align 4
  %46 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %45, ptr %46, align 4
  br label %bb25

bb15:                                             ; preds = %bb5
  %47 = cmpxchg ptr %dst, i32 %old, i32 %new acq_rel monotonic, align 4
  %48 = extractvalue { i32, i1 } %47, 0
  %49 = extractvalue { i32, i1 } %47, 1
  %50 = zext i1 %49 to i8
  store i32 %48, ptr %_8, align 4
  %51 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %50, ptr %51, align 4
  br label %bb25

bb14:                                             ; preds = %bb5
  %52 = cmpxchg ptr %dst, i32 %old, i32 %new acq_rel acquire, align 4
  %53 = extractvalue { i32, i1 } %52, 0
  %54 = extractvalue { i32, i1 } %52, 1
  %55 = zext i1 %54 to i8
  store i32 %53, ptr %_8, align 4
  %56 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %55, ptr %56, align 4
  br label %bb25

bb13:                                             ; preds = %bb5
  %57 = cmpxchg ptr %dst, i32 %old, i32 %new acq_rel seq_cst, align 4
  %58 = extractvalue { i32, i1 } %57, 0
  %59 = extractvalue { i32, i1 } %57, 1
  %60 = zext i1 %59 to i8
  store i32 %58, ptr %_8, align 4
  %61 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %60, ptr %61, align 4
  br label %bb25

bb12:                                             ; preds = %bb6
  %62 = cmpxchg ptr %dst, i32 %old, i32 %new seq_cst monotonic, align 4
  %63 = extractvalue { i32, i1 } %62, 0
  %64 = extractvalue { i32, i1 } %62, 1
  %65 = zext i1 %64 to i8
  store i32 %63, ptr %_8, align 4
  %66 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %65, ptr %66, align 4
  br label %bb25

bb11:                                             ; preds = %bb6
  %67 = cmpxchg ptr %dst, i32 %old, i32 %new seq_cst acquire, align 4
  %68 = extractvalue { i32, i1 } %67, 0
  %69 = extractvalue { i32, i1 } %67, 1
  %70 = zext i1 %69 to i8
  store i32 %68, ptr %_8, align 4
  %71 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %70, ptr %71, align 4
  br label %bb25

bb10:                                             ; preds = %bb6
  %72 = cmpxchg ptr %dst, i32 %old, i32 %new seq_cst seq_cst, align 4
  %73 = extractvalue { i32, i1 } %72, 0
  %74 = extractvalue { i32, i1 } %72, 1
  %75 = zext i1 %74 to i8
  store i32 %73, ptr %_8, align 4
  %76 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %75, ptr %76, align 4
  br label %bb25

bb27:                                             ; preds = %bb25
  %77 = getelementptr inbounds i8, ptr %_0, i64 4
  store i32 %val, ptr %77, align 4
  store i32 1, ptr %_0, align 4
  br label %bb28

bb26:                                             ; preds = %bb25
  %78 = getelementptr inbounds i8, ptr %_0, i64 4
  store i32 %val, ptr %78, align 4
  store i32 0, ptr %_0, align 4
  br label %bb28

bb28:                                             ; preds = %bb26, %bb27
  %79 = load i32, ptr %_0, align 4, !range !5, !noundef !4
  %80 = getelementptr inbounds i8, ptr %_0, i64 4
  %81 = load i32, ptr %80, align 4, !noundef !4
  %82 = insertvalue { i32, i32 } poison, i32 %79, 0
  %83 = insertvalue { i32, i32 } %82, i32 %81, 1
  ret { i32, i32 } %83

bb8:                                              ; preds = %bb1
  call void @llvm.assume(i1 true)
  %84 = icmp ne ptr inttoptr (i64 105 to ptr), null
  call void @llvm.assume(i1 %84)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_5a43f8d94dd4505c1dba43832ce73af8, ptr noundef nonnull inttoptr (i64 105 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_9358981a0abd66965a2745829d6abd34) #29
  unreachable

bb9:                                              ; preds = %bb1
  call void @llvm.assume(i1 true)
  %85 = icmp ne ptr inttoptr (i64 123 to ptr), null
  call void @llvm.assume(i1 %85)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_7adef5546d83b439c7829602020737c6, ptr noundef nonnull inttoptr (i64 123 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_5d2b33ea973198a6afb110fdf3882ee7) #29
  unreachable
}

; core::sync::atomic::atomic_compare_exchange
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i64, i64 } @_ZN4core4sync6atomic23atomic_compare_exchange17hda924e5b52e23989E(ptr noundef %dst, i64 noundef %old, i64 noundef %new, i8 noundef range(i8 0, 5) %success, i8 noundef range(i8 0, 5) %failure) unnamed_addr #0 {
start:
  %_8 = alloca [16 x i8], align 8
  %_0 = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_8)
  %_14 = zext i8 %success to i64
  switch i64 %_14, label %bb7 [
    i64 0, label %bb2
    i64 1, label %bb4
    i64 2, label %bb3
    i64 3, label %bb5
    i64 4, label %bb6
  ]

bb7:                                              ; preds = %bb1, %start
  unreachable

bb2:                                              ; preds = %start
  %_9 = zext i8 %failure to i64
  switch i64 %_9, label %bb1 [
    i64 0, label %bb24
    i64 2, label %bb23
    i64 4, label %bb22
  ], !prof !20

bb4:                                              ; preds = %start
  %_11 = zext i8 %failure to i64
  switch i64 %_11, label %bb1 [
    i64 0, label %bb18
    i64 2, label %bb17
    i64 4, label %bb16
  ], !prof !20

bb3:                                              ; preds = %start
  %_10 = zext i8 %failure to i64
  switch i64 %_10, label %bb1 [
    i64 0, label %bb21
    i64 2, label %bb20
    i64 4, label %bb19
  ], !prof !20

bb5:                                              ; preds = %start
  %_12 = zext i8 %failure to i64
  switch i64 %_12, label %bb1 [
    i64 0, label %bb15
    i64 2, label %bb14
    i64 4, label %bb13
  ], !prof !20

bb6:                                              ; preds = %start
  %_13 = zext i8 %failure to i64
  switch i64 %_13, label %bb1 [
    i64 0, label %bb12
    i64 2, label %bb11
    i64 4, label %bb10
  ], !prof !20

bb1:                                              ; preds = %bb6, %bb5, %bb3, %bb4, %bb2
  %_15 = zext i8 %failure to i64
  switch i64 %_15, label %bb7 [
    i64 1, label %bb8
    i64 3, label %bb9
  ]

bb24:                                             ; preds = %bb2
  %0 = cmpxchg ptr %dst, i64 %old, i64 %new monotonic monotonic, align 8
  %1 = extractvalue { i64, i1 } %0, 0
  %2 = extractvalue { i64, i1 } %0, 1
  %3 = zext i1 %2 to i8
  store i64 %1, ptr %_8, align 8
  %4 = getelementptr inbounds i8, ptr %_8, i64 8
  store i8 %3, ptr %4, align 8
  br label %bb25

bb23:                                             ; preds = %bb2
  %5 = cmpxchg ptr %dst, i64 %old, i64 %new monotonic acquire, align 8
  %6 = extractvalue { i64, i1 } %5, 0
  %7 = extractvalue { i64, i1 } %5, 1
  %8 = zext i1 %7 to i8
  store i64 %6, ptr %_8, align 8
  %9 = getelementptr inbounds i8, ptr %_8, i64 8
  store i8 %8, ptr %9, align 8
  br label %bb25

bb22:                                             ; preds = %bb2
  %10 = cmpxchg ptr %dst, i64 %old, i64 %new monotonic seq_cst, align 8
  %11 = extractvalue { i64, i1 } %10, 0
  %12 = extractvalue { i64, i1 } %10, 1
  %13 = zext i1 %12 to i8
  store i64 %11, ptr %_8, align 8
  %14 = getelementptr inbounds i8, ptr %_8, i64 8
  store i8 %13, ptr %14, align 8
  br label %bb25

bb25:                                             ; preds = %bb10, %bb11, %bb12, %bb13, %bb14, %bb15, %bb19, %bb20, %bb21, %bb16, %bb17, %bb18, %bb22, %bb23, %bb24
  %val = load i64, ptr %_8, align 8, !noundef !4
  %15 = getelementptr inbounds i8, ptr %_8, i64 8
  %16 = load i8, ptr %15, align 8, !range !6, !noundef !4
  %ok = trunc nuw i8 %16 to i1
  call void @llvm.lifetime.end.p0(ptr %_8)
  br i1 %ok, label %bb26, label %bb27

bb18:                                             ; preds = %bb4
  %17 = cmpxchg ptr %dst, i64 %old, i64 %new release monotonic, align 8
  %18 = extractvalue { i64, i1 } %17, 0
  %19 = extractvalue { i64, i1 } %17, 1
  %20 = zext i1 %19 to i8
  store i64 %18, ptr %_8, align 8
  %21 = getelementptr inbounds i8, ptr %_8, i64 8
  store i8 %20, ptr %21, align 8
  br label %bb25

bb17:                                             ; preds = %bb4
  %22 = cmpxchg ptr %dst, i64 %old, i64 %new release acquire, align 8
  %23 = extractvalue { i64, i1 } %22, 0
  %24 = extractvalue { i64, i1 } %22, 1
  %25 = zext i1 %24 to i8
  store i64 %23, ptr %_8, align 8
  %26 = getelementptr inbounds i8, ptr %_8, i64 8
  store i8 %25, ptr %26, align 8
  br label %bb25

bb16:                                             ; preds = %bb4
  %27 = cmpxchg ptr %dst, i64 %old, i64 %new release seq_cst, align 8
  %28 = extractvalue { i64, i1 } %27, 0
  %29 = extractvalue { i64, i1 } %27, 1
  %30 = zext i1 %29 to i8
  store i64 %28, ptr %_8, align 8
  %31 = getelementptr inbounds i8, ptr %_8, i64 8
  store i8 %30, ptr %31, align 8
  br label %bb25

bb21:                                             ; preds = %bb3
  %32 = cmpxchg ptr %dst, i64 %old, i64 %new acquire monotonic, align 8
  %33 = extractvalue { i64, i1 } %32, 0
  %34 = extractvalue { i64, i1 } %32, 1
  %35 = zext i1 %34 to i8
  store i64 %33, ptr %_8, align 8
  %36 = getelementptr inbounds i8, ptr %_8, i64 8
  store i8 %35, ptr %36, align 8
  br label %bb25

bb20:                                             ; preds = %bb3
  %37 = cmpxchg ptr %dst, i64 %old, i64 %new acquire acquire, align 8
  %38 = extractvalue { i64, i1 } %37, 0
  %39 = extractvalue { i64, i1 } %37, 1
  %40 = zext i1 %39 to i8
  store i64 %38, ptr %_8, align 8
  %41 = getelementptr inbounds i8, ptr %_8, i64 8
  store i8 %40, ptr %41, align 8
  br label %bb25

bb19:                                             ; preds = %bb3
  %42 = cmpxchg ptr %dst, i64 %old, i64 %new acquire seq_cst, align 8
  %43 = extractvalue { i64, i1 } %42, 0
  %44 = extractvalue { i64, i1 } %42, 1
  %45 = zext i1 %44 to i8
  store i64 %43, ptr %_8, align 8
  %46 = getelementptr inbounds i8, ptr %_8, i64 8
  store i8 %45, ptr %46, align 8
  br label %bb25

bb15:                                             ; preds = %bb5
  %47 = cmpxchg ptr %dst, i64 %old, i64 %new acq_rel monotonic, align 8
  %48 = extractvalue { i64, i1 } %47, 0
  %49 = extractvalue { i64, i1 } %47, 1
  %50 = zext i1 %49 to i8
  store i64 %48, ptr %_8, align 8
  %51 = getelementptr inbounds i8, ptr %_8, i64 8
  store i8 %50, ptr %51, align 8
  br label %bb25

bb14:                                             ; preds = %bb5
  %52 = cmpxchg ptr %dst, i64 %old, i64 %new acq_rel acquire, align 8
  %53 = extractvalue { i64, i1 } %52, 0
  %54 = extractvalue { i64, i1 } %52, 1
  %55 = zext i1 %54 to i8
  store i64 %53, ptr %_8, align 8
  %56 = getelementptr inbounds i8, ptr %_8, i64 8
  store i8 %55, ptr %56, align 8
  br label %bb25

bb13:                                             ; preds = %bb5
  %57 = cmpxchg ptr %dst, i64 %old, i64 %new acq_rel seq_cst, align 8
  %58 = extractvalue { i64, i1 } %57, 0
  %59 = extractvalue { i64, i1 } %57, 1
  %60 = zext i1 %59 to i8
  store i64 %58, ptr %_8, align 8
  %61 = getelementptr inbounds i8, ptr %_8, i64 8
  store i8 %60, ptr %61, align 8
  br label %bb25

bb12:                                             ; preds = %bb6
  %62 = cmpxchg ptr %dst, i64 %old, i64 %new seq_cst monotonic, align 8
  %63 = extractvalue { i64, i1 } %62, 0
  %64 = extractvalue { i64, i1 } %62, 1
  %65 = zext i1 %64 to i8
  store i64 %63, ptr %_8, align 8
  %66 = getelementptr inbounds i8, ptr %_8, i64 8
  store i8 %65, ptr %66, align 8
  br label %bb25

bb11:                                             ; preds = %bb6
  %67 = cmpxchg ptr %dst, i64 %old, i64 %new seq_cst acquire, align 8
  %68 = extractvalue { i64, i1 } %67, 0
  %69 = extractvalue { i64, i1 } %67, 1
  %70 = zext i1 %69 to i8
  store i64 %68, ptr %_8, align 8
  %71 = getelementptr inbounds i8, ptr %_8, i64 8
  store i8 %70, ptr %71, align 8
  br label %bb25

bb10:                                             ; preds = %bb6
  %72 = cmpxchg ptr %dst, i64 %old, i64 %new seq_cst seq_cst, align 8
  %73 = extractvalue { i64, i1 } %72, 0
  %74 = extractvalue { i64, i1 } %72, 1
  %75 = zext i1 %74 to i8
  store i64 %73, ptr %_8, align 8
  %76 = getelementptr inbounds i8, ptr %_8, i64 8
  store i8 %75, ptr %76, align 8
  br label %bb25

bb27:                                             ; preds = %bb25
  %77 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %val, ptr %77, align 8
  store i64 1, ptr %_0, align 8
  br label %bb28

bb26:                                             ; preds = %bb25
  %78 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %val, ptr %78, align 8
  store i64 0, ptr %_0, align 8
  br label %bb28

bb28:                                             ; preds = %bb26, %bb27
  %79 = load i64, ptr %_0, align 8, !range !9, !noundef !4
  %80 = getelementptr inbounds i8, ptr %_0, i64 8
  %81 = load i64, ptr %80, align 8, !noundef !4
  %82 = insertvalue { i64, i64 } poison, i64 %79, 0
  %83 = insertvalue { i64, i64 } %82, i64 %81, 1
  ret { i64, i64 } %83

bb8:                                              ; preds = %bb1
  call void @llvm.assume(i1 true)
  %84 = icmp ne ptr inttoptr (i64 105 to ptr), null
  call void @llvm.assume(i1 %84)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_5a43f8d94dd4505c1dba43832ce73af8, ptr noundef nonnull inttoptr (i64 105 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_9358981a0abd66965a2745829d6abd34) #29
  unreachable

bb9:                                              ; preds = %bb1
  call void @llvm.assume(i1 true)
  %85 = icmp ne ptr inttoptr (i64 123 to ptr), null
  call void @llvm.assume(i1 %85)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_7adef5546d83b439c7829602020737c6, ptr noundef nonnull inttoptr (i64 123 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_5d2b33ea973198a6afb110fdf3882ee7) #29
  unreachable
}

; core::result::Result<T,E>::expect
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN4core6result19Result$LT$T$C$E$GT$6expect17hfb10201731db0454E"(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %t, ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(24) %self, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %msg.0, i64 noundef %msg.1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %1 = alloca [16 x i8], align 8
  %e = alloca [8 x i8], align 8
  %2 = load ptr, ptr %self, align 8, !noundef !4
  %3 = ptrtoint ptr %2 to i64
  %4 = icmp eq i64 %3, 0
  %_3 = select i1 %4, i64 1, i64 0
  %5 = trunc nuw i64 %_3 to i1
  %6 = call i1 @llvm.expect.i1(i1 %5, i1 false)
  br i1 %6, label %bb2, label %bb3

bb2:                                              ; preds = %start
  call void @llvm.lifetime.start.p0(ptr %e)
  %7 = getelementptr inbounds i8, ptr %self, i64 8
  %8 = load ptr, ptr %7, align 8, !nonnull !4, !noundef !4
  store ptr %8, ptr %e, align 8
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %msg.0, i64 noundef %msg.1, ptr noundef nonnull align 1 %e, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.3, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) #32
          to label %unreachable unwind label %cleanup

bb3:                                              ; preds = %start
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %t, ptr align 8 %self, i64 24, i1 false)
  ret void

bb4:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::io::error::Error>
  invoke void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17hdbb4cd003000bd78E"(ptr noalias noundef align 8 dereferenceable(8) %e) #35
          to label %bb5 unwind label %terminate

cleanup:                                          ; preds = %bb2
  %9 = landingpad { ptr, i32 }
          cleanup
  %10 = extractvalue { ptr, i32 } %9, 0
  %11 = extractvalue { ptr, i32 } %9, 1
  call void @llvm.lifetime.start.p0(ptr %1)
  store ptr %10, ptr %1, align 8
  %12 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %11, ptr %12, align 8
  br label %bb4

unreachable:                                      ; preds = %bb2
  unreachable

terminate:                                        ; preds = %bb4
  %13 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb5:                                              ; preds = %bb4
  %14 = load ptr, ptr %1, align 8, !noundef !4
  %15 = getelementptr inbounds i8, ptr %1, i64 8
  %16 = load i32, ptr %15, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  %17 = insertvalue { ptr, i32 } poison, ptr %14, 0
  %18 = insertvalue { ptr, i32 } %17, i32 %16, 1
  resume { ptr, i32 } %18

bb1:                                              ; No predecessors!
  unreachable
}

; core::result::Result<T,E>::unwrap
; Function Attrs: alwaysinline nonlazybind uwtable
define internal void @"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h023357bbaa9b2a37E"(ptr noundef align 1 %0, ptr %1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %2) unnamed_addr #7 personality ptr @rust_eh_personality {
start:
  %3 = alloca [16 x i8], align 8
  %e = alloca [16 x i8], align 8
  %self = alloca [16 x i8], align 8
  store ptr %0, ptr %self, align 8
  %4 = getelementptr inbounds i8, ptr %self, i64 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %self, align 8, !align !7, !noundef !4
  %6 = getelementptr inbounds i8, ptr %self, i64 8
  %7 = load ptr, ptr %6, align 8
  %8 = ptrtoint ptr %5 to i64
  %9 = icmp eq i64 %8, 0
  %_2 = select i1 %9, i64 0, i64 1
  %10 = trunc nuw i64 %_2 to i1
  %11 = call i1 @llvm.expect.i1(i1 %10, i1 false)
  br i1 %11, label %bb2, label %bb3

bb2:                                              ; preds = %start
  call void @llvm.lifetime.start.p0(ptr %e)
  %12 = load ptr, ptr %self, align 8, !nonnull !4, !align !7, !noundef !4
  %13 = getelementptr inbounds i8, ptr %self, i64 8
  %14 = load ptr, ptr %13, align 8, !nonnull !4, !align !14, !noundef !4
  store ptr %12, ptr %e, align 8
  %15 = getelementptr inbounds i8, ptr %e, i64 8
  store ptr %14, ptr %15, align 8
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 noundef 43, ptr noundef nonnull align 1 %e, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.4, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %2) #32
          to label %unreachable unwind label %cleanup

bb3:                                              ; preds = %start
  ret void

bb4:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>
  invoke void @"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E"(ptr noalias noundef align 8 dereferenceable(16) %e) #35
          to label %bb5 unwind label %terminate

cleanup:                                          ; preds = %bb2
  %16 = landingpad { ptr, i32 }
          cleanup
  %17 = extractvalue { ptr, i32 } %16, 0
  %18 = extractvalue { ptr, i32 } %16, 1
  call void @llvm.lifetime.start.p0(ptr %3)
  store ptr %17, ptr %3, align 8
  %19 = getelementptr inbounds i8, ptr %3, i64 8
  store i32 %18, ptr %19, align 8
  br label %bb4

unreachable:                                      ; preds = %bb2
  unreachable

terminate:                                        ; preds = %bb4
  %20 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb5:                                              ; preds = %bb4
  %21 = load ptr, ptr %3, align 8, !noundef !4
  %22 = getelementptr inbounds i8, ptr %3, i64 8
  %23 = load i32, ptr %22, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %3)
  %24 = insertvalue { ptr, i32 } poison, ptr %21, 0
  %25 = insertvalue { ptr, i32 } %24, i32 %23, 1
  resume { ptr, i32 } %25

bb1:                                              ; No predecessors!
  unreachable
}

; core::result::Result<T,E>::unwrap
; Function Attrs: alwaysinline nonlazybind uwtable
define internal { ptr, i1 } @"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E"(ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(24) %self, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) unnamed_addr #7 personality ptr @rust_eh_personality {
start:
  %1 = alloca [16 x i8], align 8
  %e = alloca [16 x i8], align 8
  %_2 = load i64, ptr %self, align 8, !range !9, !noundef !4
  %2 = trunc nuw i64 %_2 to i1
  %3 = call i1 @llvm.expect.i1(i1 %2, i1 false)
  br i1 %3, label %bb2, label %bb3

bb2:                                              ; preds = %start
  call void @llvm.lifetime.start.p0(ptr %e)
  %4 = getelementptr inbounds i8, ptr %self, i64 8
  %5 = load ptr, ptr %4, align 8, !nonnull !4, !align !14, !noundef !4
  %6 = getelementptr inbounds i8, ptr %4, i64 8
  %7 = load i8, ptr %6, align 8, !range !6, !noundef !4
  %8 = trunc nuw i8 %7 to i1
  store ptr %5, ptr %e, align 8
  %9 = getelementptr inbounds i8, ptr %e, i64 8
  %10 = zext i1 %8 to i8
  store i8 %10, ptr %9, align 8
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 noundef 43, ptr noundef nonnull align 1 %e, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.5, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) #32
          to label %unreachable unwind label %cleanup

bb3:                                              ; preds = %start
  %11 = getelementptr inbounds i8, ptr %self, i64 8
  %t.0 = load ptr, ptr %11, align 8, !nonnull !4, !align !14, !noundef !4
  %12 = getelementptr inbounds i8, ptr %11, i64 8
  %13 = load i8, ptr %12, align 8, !range !6, !noundef !4
  %t.1 = trunc nuw i8 %13 to i1
  %14 = insertvalue { ptr, i1 } poison, ptr %t.0, 0
  %15 = insertvalue { ptr, i1 } %14, i1 %t.1, 1
  ret { ptr, i1 } %15

bb4:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>
  invoke void @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17h6dddd045464d2ad1E"(ptr noalias noundef align 8 dereferenceable(16) %e) #35
          to label %bb5 unwind label %terminate

cleanup:                                          ; preds = %bb2
  %16 = landingpad { ptr, i32 }
          cleanup
  %17 = extractvalue { ptr, i32 } %16, 0
  %18 = extractvalue { ptr, i32 } %16, 1
  call void @llvm.lifetime.start.p0(ptr %1)
  store ptr %17, ptr %1, align 8
  %19 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %18, ptr %19, align 8
  br label %bb4

unreachable:                                      ; preds = %bb2
  unreachable

terminate:                                        ; preds = %bb4
  %20 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb5:                                              ; preds = %bb4
  %21 = load ptr, ptr %1, align 8, !noundef !4
  %22 = getelementptr inbounds i8, ptr %1, i64 8
  %23 = load i32, ptr %22, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  %24 = insertvalue { ptr, i32 } poison, ptr %21, 0
  %25 = insertvalue { ptr, i32 } %24, i32 %23, 1
  resume { ptr, i32 } %25

bb1:                                              ; No predecessors!
  unreachable
}

; <&T as core::convert::AsRef<U>>::as_ref
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i64 } @"_ZN55_$LT$$RF$T$u20$as$u20$core..convert..AsRef$LT$U$GT$$GT$6as_ref17h4504a0ff85759049E"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %self) unnamed_addr #0 {
start:
  %_2.0 = load ptr, ptr %self, align 8, !nonnull !4, !align !7, !noundef !4
  %0 = getelementptr inbounds i8, ptr %self, i64 8
  %_2.1 = load i64, ptr %0, align 8, !noundef !4
; call <str as core::convert::AsRef<std::ffi::os_str::OsStr>>::as_ref
  %1 = call { ptr, i64 } @_RNvXsW_NtNtCsjrHSEGnQ3l9_3std3ffi6os_streINtNtCsgEmfK2I1SDS_4core7convert5AsRefNtB5_5OsStrE6as_ref(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %_2.0, i64 noundef %_2.1) #30
  %_0.0 = extractvalue { ptr, i64 } %1, 0
  %_0.1 = extractvalue { ptr, i64 } %1, 1
  %2 = insertvalue { ptr, i64 } poison, ptr %_0.0, 0
  %3 = insertvalue { ptr, i64 } %2, i64 %_0.1, 1
  ret { ptr, i64 } %3
}

; alloc::sync::Arc<T,A>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
define internal void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h33f1f0b9704ac74aE"(ptr noalias noundef align 8 dereferenceable(8) %self) unnamed_addr #5 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_weak = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_weak)
  %_3 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %_4 = getelementptr inbounds i8, ptr %self, i64 8
  store ptr %_3, ptr %_weak, align 8
  %1 = getelementptr inbounds i8, ptr %_weak, i64 8
  store ptr %_4, ptr %1, align 8
  %self1 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %2 = icmp ne ptr %self1, null
  call void @llvm.assume(i1 %2)
  %_6 = getelementptr inbounds i8, ptr %self1, i64 16
  br label %bb1

bb1:                                              ; preds = %start
; call core::ptr::drop_in_place<alloc::sync::Weak<std::sync::poison::mutex::Mutex<usize>,&alloc::alloc::Global>>
  call void @"_ZN4core3ptr117drop_in_place$LT$alloc..sync..Weak$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha141f40a17c1497aE"(ptr noalias noundef align 8 dereferenceable(16) %_weak)
  call void @llvm.lifetime.end.p0(ptr %_weak)
  ret void

bb3:                                              ; No predecessors!
; invoke core::ptr::drop_in_place<alloc::sync::Weak<std::sync::poison::mutex::Mutex<usize>,&alloc::alloc::Global>>
  invoke void @"_ZN4core3ptr117drop_in_place$LT$alloc..sync..Weak$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha141f40a17c1497aE"(ptr noalias noundef align 8 dereferenceable(16) %_weak) #35
          to label %bb4 unwind label %terminate

terminate:                                        ; preds = %bb3
  %3 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb4:                                              ; preds = %bb3
  %4 = load ptr, ptr %0, align 8, !noundef !4
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load i32, ptr %5, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %7 = insertvalue { ptr, i32 } poison, ptr %4, 0
  %8 = insertvalue { ptr, i32 } %7, i32 %6, 1
  resume { ptr, i32 } %8
}

; alloc::sync::Arc<T,A>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
define internal void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE"(ptr noalias noundef align 8 dereferenceable(8) %self) unnamed_addr #5 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_weak = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_weak)
  %_3 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %_4 = getelementptr inbounds i8, ptr %self, i64 8
  store ptr %_3, ptr %_weak, align 8
  %1 = getelementptr inbounds i8, ptr %_weak, i64 8
  store ptr %_4, ptr %1, align 8
  %self1 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %2 = icmp ne ptr %self1, null
  call void @llvm.assume(i1 %2)
  %_6 = getelementptr inbounds i8, ptr %self1, i64 16
; invoke core::ptr::drop_in_place<std::thread::lifecycle::Packet<()>>
  invoke void @"_ZN4core3ptr67drop_in_place$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$17he669010805e9693fE"(ptr noalias noundef align 8 dereferenceable(32) %_6)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<alloc::sync::Weak<std::thread::lifecycle::Packet<()>,&alloc::alloc::Global>>
  invoke void @"_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha85f64fc165f7081E"(ptr noalias noundef align 8 dereferenceable(16) %_weak) #35
          to label %bb4 unwind label %terminate

cleanup:                                          ; preds = %start
  %3 = landingpad { ptr, i32 }
          cleanup
  %4 = extractvalue { ptr, i32 } %3, 0
  %5 = extractvalue { ptr, i32 } %3, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %4, ptr %0, align 8
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %5, ptr %6, align 8
  br label %bb3

bb1:                                              ; preds = %start
; call core::ptr::drop_in_place<alloc::sync::Weak<std::thread::lifecycle::Packet<()>,&alloc::alloc::Global>>
  call void @"_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha85f64fc165f7081E"(ptr noalias noundef align 8 dereferenceable(16) %_weak)
  call void @llvm.lifetime.end.p0(ptr %_weak)
  ret void

terminate:                                        ; preds = %bb3
  %7 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb4:                                              ; preds = %bb3
  %8 = load ptr, ptr %0, align 8, !noundef !4
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load i32, ptr %9, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %11 = insertvalue { ptr, i32 } poison, ptr %8, 0
  %12 = insertvalue { ptr, i32 } %11, i32 %10, 1
  resume { ptr, i32 } %12
}

; alloc::sync::Arc<T,A>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
define internal void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h593bdbedf3835021E"(ptr noalias noundef align 8 dereferenceable(8) %self) unnamed_addr #5 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_weak = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_weak)
  %_3 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %_4 = getelementptr inbounds i8, ptr %self, i64 8
  store ptr %_3, ptr %_weak, align 8
  %1 = getelementptr inbounds i8, ptr %_weak, i64 8
  store ptr %_4, ptr %1, align 8
  %self1 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %2 = icmp ne ptr %self1, null
  call void @llvm.assume(i1 %2)
  %_6 = getelementptr inbounds i8, ptr %self1, i64 16
; invoke core::ptr::drop_in_place<std::thread::scoped::ScopeData>
  invoke void @"_ZN4core3ptr51drop_in_place$LT$std..thread..scoped..ScopeData$GT$17h9f4bf0f8d6f456dbE"(ptr noalias noundef align 8 dereferenceable(24) %_6)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<alloc::sync::Weak<std::thread::scoped::ScopeData,&alloc::alloc::Global>>
  invoke void @"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17hbf99f54f3fa31e0bE"(ptr noalias noundef align 8 dereferenceable(16) %_weak) #35
          to label %bb4 unwind label %terminate

cleanup:                                          ; preds = %start
  %3 = landingpad { ptr, i32 }
          cleanup
  %4 = extractvalue { ptr, i32 } %3, 0
  %5 = extractvalue { ptr, i32 } %3, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %4, ptr %0, align 8
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %5, ptr %6, align 8
  br label %bb3

bb1:                                              ; preds = %start
; call core::ptr::drop_in_place<alloc::sync::Weak<std::thread::scoped::ScopeData,&alloc::alloc::Global>>
  call void @"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17hbf99f54f3fa31e0bE"(ptr noalias noundef align 8 dereferenceable(16) %_weak)
  call void @llvm.lifetime.end.p0(ptr %_weak)
  ret void

terminate:                                        ; preds = %bb3
  %7 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb4:                                              ; preds = %bb3
  %8 = load ptr, ptr %0, align 8, !noundef !4
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load i32, ptr %9, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %11 = insertvalue { ptr, i32 } poison, ptr %8, 0
  %12 = insertvalue { ptr, i32 } %11, i32 %10, 1
  resume { ptr, i32 } %12
}

; alloc::sync::Arc<T,A>::is_unique
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef zeroext i1 @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9is_unique17h123fd5af308a3e64E"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8) %this) unnamed_addr #0 {
start:
  %unique = alloca [1 x i8], align 1
  %_9 = load ptr, ptr %this, align 8, !nonnull !4, !noundef !4
  %0 = icmp ne ptr %_9, null
  call void @llvm.assume(i1 %0)
  %_12 = getelementptr inbounds i8, ptr %_9, i64 8
; call core::sync::atomic::atomic_compare_exchange
  %1 = call { i64, i64 } @_ZN4core4sync6atomic23atomic_compare_exchange17hda924e5b52e23989E(ptr noundef %_12, i64 noundef 1, i64 noundef -1, i8 noundef 2, i8 noundef 0) #30
  %_3.0 = extractvalue { i64, i64 } %1, 0
  %_3.1 = extractvalue { i64, i64 } %1, 1
  %2 = icmp eq i64 %_3.0, 0
  br i1 %2, label %bb1, label %bb2

bb1:                                              ; preds = %start
  %_15 = load ptr, ptr %this, align 8, !nonnull !4, !noundef !4
  %3 = icmp ne ptr %_15, null
  call void @llvm.assume(i1 %3)
; call core::sync::atomic::atomic_load
  %_5 = call noundef i64 @_ZN4core4sync6atomic11atomic_load17h8bb8faaad7bc1a27E(ptr noundef %_15, i8 noundef 2) #30
  %4 = icmp eq i64 %_5, 1
  %5 = zext i1 %4 to i8
  store i8 %5, ptr %unique, align 1
  %_20 = load ptr, ptr %this, align 8, !nonnull !4, !noundef !4
  %6 = icmp ne ptr %_20, null
  call void @llvm.assume(i1 %6)
  %_24 = getelementptr inbounds i8, ptr %_20, i64 8
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17hc44b51ed7a8e9642E(ptr noundef %_24, i64 noundef 1, i8 noundef 1) #30
  br label %bb3

bb2:                                              ; preds = %start
  store i8 0, ptr %unique, align 1
  br label %bb3

bb3:                                              ; preds = %bb2, %bb1
  %7 = load i8, ptr %unique, align 1, !range !6, !noundef !4
  %8 = trunc nuw i8 %7 to i1
  ret i1 %8
}

; alloc::boxed::Box<T>::new
; Function Attrs: alwaysinline nonlazybind uwtable
define internal noundef nonnull align 8 ptr @"_ZN5alloc5boxed12Box$LT$T$GT$3new17h06fe1dede5c1cb9bE"(ptr dead_on_return noalias noundef align 8 captures(address) dereferenceable(24) %x) unnamed_addr #7 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
; invoke alloc::boxed::box_new_uninit
  %_3 = invoke noundef ptr @_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit(i64 noundef 8, i64 noundef 24)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::thread::lifecycle::ThreadInit>
  invoke void @"_ZN4core3ptr55drop_in_place$LT$std..thread..lifecycle..ThreadInit$GT$17h6d4663726614de67E"(ptr noalias noundef align 8 dereferenceable(24) %x) #35
          to label %bb2 unwind label %terminate

cleanup:                                          ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  %2 = extractvalue { ptr, i32 } %1, 0
  %3 = extractvalue { ptr, i32 } %1, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %2, ptr %0, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %3, ptr %4, align 8
  br label %bb3

bb1:                                              ; preds = %start
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_3, ptr align 8 %x, i64 24, i1 false)
  %5 = icmp ne ptr %_3, null
  call void @llvm.assume(i1 %5)
  ret ptr %_3

terminate:                                        ; preds = %bb3
  %6 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb2:                                              ; preds = %bb3
  %7 = load ptr, ptr %0, align 8, !noundef !4
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  %9 = load i32, ptr %8, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %10 = insertvalue { ptr, i32 } poison, ptr %7, 0
  %11 = insertvalue { ptr, i32 } %10, i32 %9, 1
  resume { ptr, i32 } %11
}

; alloc::boxed::Box<T>::new
; Function Attrs: alwaysinline nonlazybind uwtable
define internal noundef nonnull align 8 ptr @"_ZN5alloc5boxed12Box$LT$T$GT$3new17h2b702d7d24c154abE"(ptr dead_on_return noalias noundef align 8 captures(address) dereferenceable(48) %x) unnamed_addr #7 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
; invoke alloc::boxed::box_new_uninit
  %_3 = invoke noundef ptr @_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit(i64 noundef 8, i64 noundef 48)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>
  invoke void @"_ZN4core3ptr96drop_in_place$LT$alloc..sync..ArcInner$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17hebe097a08b868849E"(ptr noalias noundef align 8 dereferenceable(48) %x) #35
          to label %bb2 unwind label %terminate

cleanup:                                          ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  %2 = extractvalue { ptr, i32 } %1, 0
  %3 = extractvalue { ptr, i32 } %1, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %2, ptr %0, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %3, ptr %4, align 8
  br label %bb3

bb1:                                              ; preds = %start
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_3, ptr align 8 %x, i64 48, i1 false)
  %5 = icmp ne ptr %_3, null
  call void @llvm.assume(i1 %5)
  ret ptr %_3

terminate:                                        ; preds = %bb3
  %6 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb2:                                              ; preds = %bb3
  %7 = load ptr, ptr %0, align 8, !noundef !4
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  %9 = load i32, ptr %8, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %10 = insertvalue { ptr, i32 } poison, ptr %7, 0
  %11 = insertvalue { ptr, i32 } %10, i32 %9, 1
  resume { ptr, i32 } %11
}

; alloc::boxed::Box<T>::new
; Function Attrs: alwaysinline nonlazybind uwtable
define internal noundef nonnull align 8 ptr @"_ZN5alloc5boxed12Box$LT$T$GT$3new17h4f32954f46bc6b30E"(ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(32) %x) unnamed_addr #7 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
; invoke alloc::boxed::box_new_uninit
  %_3 = invoke noundef ptr @_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit(i64 noundef 8, i64 noundef 32)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
  %1 = load ptr, ptr %0, align 8, !noundef !4
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load i32, ptr %2, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %4 = insertvalue { ptr, i32 } poison, ptr %1, 0
  %5 = insertvalue { ptr, i32 } %4, i32 %3, 1
  resume { ptr, i32 } %5

cleanup:                                          ; preds = %start
  %6 = landingpad { ptr, i32 }
          cleanup
  %7 = extractvalue { ptr, i32 } %6, 0
  %8 = extractvalue { ptr, i32 } %6, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %7, ptr %0, align 8
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %8, ptr %9, align 8
  br label %bb3

bb1:                                              ; preds = %start
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_3, ptr align 8 %x, i64 32, i1 false)
  %10 = icmp ne ptr %_3, null
  call void @llvm.assume(i1 %10)
  ret ptr %_3
}

; alloc::boxed::Box<T>::new
; Function Attrs: alwaysinline nonlazybind uwtable
define internal noundef nonnull align 8 ptr @"_ZN5alloc5boxed12Box$LT$T$GT$3new17h83f752a531f3a4ccE"(ptr dead_on_return noalias noundef align 8 captures(address) dereferenceable(48) %x) unnamed_addr #7 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
; invoke alloc::boxed::box_new_uninit
  %_3 = invoke noundef ptr @_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit(i64 noundef 8, i64 noundef 48)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::thread::lifecycle::spawn_unchecked<mutex::main::{{closure}},()>::{{closure}}>
  invoke void @"_ZN4core3ptr148drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h17fe9b7631710ad6E"(ptr noalias noundef align 8 dereferenceable(48) %x) #35
          to label %bb2 unwind label %terminate

cleanup:                                          ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  %2 = extractvalue { ptr, i32 } %1, 0
  %3 = extractvalue { ptr, i32 } %1, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %2, ptr %0, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %3, ptr %4, align 8
  br label %bb3

bb1:                                              ; preds = %start
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_3, ptr align 8 %x, i64 48, i1 false)
  %5 = icmp ne ptr %_3, null
  call void @llvm.assume(i1 %5)
  ret ptr %_3

terminate:                                        ; preds = %bb3
  %6 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb2:                                              ; preds = %bb3
  %7 = load ptr, ptr %0, align 8, !noundef !4
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  %9 = load i32, ptr %8, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %10 = insertvalue { ptr, i32 } poison, ptr %7, 0
  %11 = insertvalue { ptr, i32 } %10, i32 %9, 1
  resume { ptr, i32 } %11
}

; alloc::raw_vec::RawVecInner<A>::deallocate
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17h3b35f4fb6161bdc9E"(ptr noalias noundef align 8 dereferenceable(16) %self, i64 noundef range(i64 1, -9223372036854775807) %elem_layout.0, i64 noundef %elem_layout.1) unnamed_addr #4 {
start:
  %_3 = alloca [24 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_3)
; call alloc::raw_vec::RawVecInner<A>::current_memory
  call void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17hd3b1a7e92913a89dE"(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_3, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %self, i64 noundef %elem_layout.0, i64 noundef %elem_layout.1) #30
  %0 = getelementptr inbounds i8, ptr %_3, i64 8
  %1 = load i64, ptr %0, align 8, !range !17, !noundef !4
  %2 = icmp eq i64 %1, 0
  %_5 = select i1 %2, i64 0, i64 1
  %3 = trunc nuw i64 %_5 to i1
  br i1 %3, label %bb2, label %bb4

bb2:                                              ; preds = %start
  %ptr = load ptr, ptr %_3, align 8, !nonnull !4, !noundef !4
  %4 = getelementptr inbounds i8, ptr %_3, i64 8
  %layout.0 = load i64, ptr %4, align 8, !range !21, !noundef !4
  %5 = getelementptr inbounds i8, ptr %4, i64 8
  %layout.1 = load i64, ptr %5, align 8, !noundef !4
  %_9 = getelementptr inbounds i8, ptr %self, i64 16
; call <alloc::alloc::Global as core::alloc::Allocator>::deallocate
  call void @_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %_9, ptr noundef nonnull %ptr, i64 noundef %layout.0, i64 noundef %layout.1) #30
  call void @llvm.lifetime.end.p0(ptr %_3)
  br label %bb5

bb4:                                              ; preds = %start
  call void @llvm.lifetime.end.p0(ptr %_3)
  br label %bb5

bb5:                                              ; preds = %bb4, %bb2
  ret void

bb6:                                              ; No predecessors!
  unreachable
}

; alloc::raw_vec::RawVecInner<A>::current_memory
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17hd3b1a7e92913a89dE"(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %self, i64 noundef range(i64 1, -9223372036854775807) %elem_layout.0, i64 noundef %elem_layout.1) unnamed_addr #0 {
start:
  %_14 = alloca [24 x i8], align 8
  %0 = icmp eq i64 %elem_layout.1, 0
  br i1 %0, label %bb3, label %bb1

bb3:                                              ; preds = %bb2, %start
  %1 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 0, ptr %1, align 8
  br label %bb5

bb1:                                              ; preds = %start
  %self1 = load i64, ptr %self, align 8, !range !22, !noundef !4
  %2 = icmp ule i64 %self1, 9223372036854775807
  call void @llvm.assume(i1 %2)
  %3 = icmp eq i64 %self1, 0
  br i1 %3, label %bb2, label %bb4

bb2:                                              ; preds = %bb1
  br label %bb3

bb4:                                              ; preds = %bb1
  %self2 = load i64, ptr %self, align 8, !range !22, !noundef !4
  %4 = icmp ule i64 %self2, 9223372036854775807
  call void @llvm.assume(i1 %4)
  br label %bb7

bb5:                                              ; preds = %bb9, %bb3
  ret void

bb7:                                              ; preds = %bb4
  %alloc_size = mul nuw i64 %elem_layout.1, %self2
  %5 = sub i64 %elem_layout.0, 1
  %6 = icmp ule i64 %5, 9223372036854775807
  call void @llvm.assume(i1 %6)
  br label %bb9

bb9:                                              ; preds = %bb7
  call void @llvm.lifetime.start.p0(ptr %_14)
  %7 = getelementptr inbounds i8, ptr %self, i64 8
  %self3 = load ptr, ptr %7, align 8, !nonnull !4, !noundef !4
  store ptr %self3, ptr %_14, align 8
  %8 = getelementptr inbounds i8, ptr %_14, i64 8
  store i64 %elem_layout.0, ptr %8, align 8
  %9 = getelementptr inbounds i8, ptr %8, i64 8
  store i64 %alloc_size, ptr %9, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %_14, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_14)
  br label %bb5

bb6:                                              ; No predecessors!
  unreachable

bb8:                                              ; No predecessors!
  unreachable
}

; mutex::main
; Function Attrs: nonlazybind uwtable
define hidden void @_ZN5mutex4main17h849321f015cbd99cE() unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %1 = alloca [8 x i8], align 8
  %_35 = alloca [24 x i8], align 8
  %_32 = alloca [24 x i8], align 8
  %_31 = alloca [48 x i8], align 8
  %_30 = alloca [24 x i8], align 8
  %_17 = alloca [8 x i8], align 8
  %_16 = alloca [32 x i8], align 8
  %_14 = alloca [1 x i8], align 1
  %_13 = alloca [4 x i8], align 4
  %_12 = alloca [1 x i8], align 1
  %_11 = alloca [4 x i8], align 4
  %_10 = alloca [1 x i8], align 1
  %join_handle = alloca [24 x i8], align 8
  %_2 = alloca [16 x i8], align 8
  %shared = alloca [8 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %shared)
  call void @llvm.lifetime.start.p0(ptr %_2)
  call void @llvm.lifetime.start.p0(ptr %_11)
  call void @llvm.lifetime.start.p0(ptr %_13)
  store i32 0, ptr %_13, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %_11, ptr align 4 %_13, i64 4, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_13)
  call void @llvm.lifetime.start.p0(ptr %_12)
  call void @llvm.lifetime.start.p0(ptr %_14)
  store i8 0, ptr %_14, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %_12, ptr align 1 %_14, i64 1, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_14)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_2, ptr align 4 %_11, i64 4, i1 false)
  %2 = getelementptr inbounds i8, ptr %_2, i64 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 1 %_12, i64 1, i1 false)
  %3 = getelementptr inbounds i8, ptr %_2, i64 8
  store i64 0, ptr %3, align 8
  call void @llvm.lifetime.end.p0(ptr %_12)
  call void @llvm.lifetime.end.p0(ptr %_11)
  call void @llvm.lifetime.start.p0(ptr %_17)
  call void @llvm.lifetime.start.p0(ptr %_16)
  store i64 1, ptr %_17, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_16, ptr align 8 %_17, i64 8, i1 false)
  %4 = getelementptr inbounds i8, ptr %_16, i64 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 %_17, i64 8, i1 false)
  %5 = getelementptr inbounds i8, ptr %_16, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %_2, i64 16, i1 false)
; call alloc::boxed::Box<T>::new
  %_15 = call noundef nonnull align 8 ptr @"_ZN5alloc5boxed12Box$LT$T$GT$3new17h4f32954f46bc6b30E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(32) %_16) #38
  call void @llvm.lifetime.end.p0(ptr %_16)
  %6 = icmp ne ptr %_15, null
  call void @llvm.assume(i1 %6)
  %7 = icmp ne ptr %_15, null
  call void @llvm.assume(i1 %7)
  store ptr %_15, ptr %shared, align 8
  call void @llvm.lifetime.end.p0(ptr %_17)
  call void @llvm.lifetime.end.p0(ptr %_2)
  %_27 = load ptr, ptr %shared, align 8, !nonnull !4, !noundef !4
  %8 = icmp ne ptr %_27, null
  call void @llvm.assume(i1 %8)
  call void @llvm.lifetime.start.p0(ptr %1)
  %9 = atomicrmw add ptr %_27, i64 1 monotonic, align 8
  store i64 %9, ptr %1, align 8
  %_22 = load i64, ptr %1, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  %_23 = icmp ugt i64 %_22, 9223372036854775807
  br i1 %_23, label %bb10, label %bb11

bb11:                                             ; preds = %start
  %_25 = load ptr, ptr %shared, align 8, !nonnull !4, !noundef !4
  call void @llvm.lifetime.start.p0(ptr %join_handle)
  call void @llvm.lifetime.start.p0(ptr %_30)
  call void @llvm.lifetime.start.p0(ptr %_31)
  call void @llvm.lifetime.start.p0(ptr %_32)
  store i64 -9223372036854775808, ptr %_32, align 8
  %10 = getelementptr inbounds i8, ptr %_31, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %_32, i64 24, i1 false)
  %11 = load i64, ptr @anon.654b07d532b501b63c9f4d548479edab.0, align 8, !range !9, !noundef !4
  %12 = load i64, ptr getelementptr inbounds (i8, ptr @anon.654b07d532b501b63c9f4d548479edab.0, i64 8), align 8
  store i64 %11, ptr %_31, align 8
  %13 = getelementptr inbounds i8, ptr %_31, i64 8
  store i64 %12, ptr %13, align 8
  %14 = getelementptr inbounds i8, ptr %_31, i64 40
  store i8 0, ptr %14, align 8
  call void @llvm.lifetime.end.p0(ptr %_32)
; invoke std::thread::builder::Builder::spawn_unchecked
  invoke void @_ZN3std6thread7builder7Builder15spawn_unchecked17h05952a1c40ff83f3E(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_30, ptr noalias noundef readonly align 8 captures(none) dereferenceable(48) %_31, ptr noundef nonnull %_25)
          to label %bb14 unwind label %cleanup

bb10:                                             ; preds = %start
  call void @llvm.trap()
  unreachable

bb5:                                              ; preds = %bb7, %bb8, %cleanup
; invoke core::ptr::drop_in_place<alloc::sync::Arc<std::sync::poison::mutex::Mutex<usize>>>
  invoke void @"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E"(ptr noalias noundef align 8 dereferenceable(8) %shared) #35
          to label %bb6 unwind label %terminate

cleanup:                                          ; preds = %bb14, %bb11
  %15 = landingpad { ptr, i32 }
          cleanup
  %16 = extractvalue { ptr, i32 } %15, 0
  %17 = extractvalue { ptr, i32 } %15, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %16, ptr %0, align 8
  %18 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %17, ptr %18, align 8
  br label %bb5

bb14:                                             ; preds = %bb11
  call void @llvm.lifetime.end.p0(ptr %_31)
; invoke core::result::Result<T,E>::expect
  invoke void @"_ZN4core6result19Result$LT$T$C$E$GT$6expect17hfb10201731db0454E"(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %join_handle, ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_30, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_e3605bf48dd8479a638909176cc37fce, i64 noundef 22, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_0246dd9f5900f3685febed10b072f357)
          to label %bb13 unwind label %cleanup

bb13:                                             ; preds = %bb14
  call void @llvm.lifetime.end.p0(ptr %_30)
  store i8 1, ptr %_10, align 1
; invoke std::thread::functions::sleep
  invoke void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions5sleep(i64 noundef 0, i32 noundef 50000000)
          to label %bb1 unwind label %cleanup1

bb8:                                              ; preds = %cleanup1
  %19 = load i8, ptr %_10, align 1, !range !6, !noundef !4
  %20 = trunc nuw i8 %19 to i1
  br i1 %20, label %bb7, label %bb5

cleanup1:                                         ; preds = %bb15, %bb2, %bb1, %bb13
  %21 = landingpad { ptr, i32 }
          cleanup
  %22 = extractvalue { ptr, i32 } %21, 0
  %23 = extractvalue { ptr, i32 } %21, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %22, ptr %0, align 8
  %24 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %23, ptr %24, align 8
  br label %bb8

bb1:                                              ; preds = %bb13
  %_34 = load ptr, ptr %shared, align 8, !nonnull !4, !noundef !4
  %25 = icmp ne ptr %_34, null
  call void @llvm.assume(i1 %25)
  %_8 = getelementptr inbounds i8, ptr %_34, i64 16
; invoke mutex::writer
  invoke void @_ZN5mutex6writer17hda007970de2a098dE(ptr noundef nonnull align 8 %_8)
          to label %bb2 unwind label %cleanup1

bb2:                                              ; preds = %bb1
  store i8 0, ptr %_10, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_35, ptr align 8 %join_handle, i64 24, i1 false)
; invoke std::thread::lifecycle::JoinInner<T>::join
  %26 = invoke { ptr, ptr } @"_ZN3std6thread9lifecycle18JoinInner$LT$T$GT$4join17h79ff4363c7333d31E"(ptr noalias noundef align 8 captures(address) dereferenceable(24) %_35)
          to label %bb15 unwind label %cleanup1

bb15:                                             ; preds = %bb2
  %_9.0 = extractvalue { ptr, ptr } %26, 0
  %_9.1 = extractvalue { ptr, ptr } %26, 1
; invoke core::result::Result<T,E>::unwrap
  invoke void @"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h023357bbaa9b2a37E"(ptr noundef align 1 %_9.0, ptr %_9.1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_864ad255727c738bc0de7df9bc6fcaeb)
          to label %bb3 unwind label %cleanup1

bb3:                                              ; preds = %bb15
  call void @llvm.lifetime.end.p0(ptr %join_handle)
; call core::ptr::drop_in_place<alloc::sync::Arc<std::sync::poison::mutex::Mutex<usize>>>
  call void @"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E"(ptr noalias noundef align 8 dereferenceable(8) %shared)
  call void @llvm.lifetime.end.p0(ptr %shared)
  ret void

bb7:                                              ; preds = %bb8
; invoke core::ptr::drop_in_place<std::thread::join_handle::JoinHandle<()>>
  invoke void @"_ZN4core3ptr73drop_in_place$LT$std..thread..join_handle..JoinHandle$LT$$LP$$RP$$GT$$GT$17hd57779f077187f60E"(ptr noalias noundef align 8 dereferenceable(24) %join_handle) #35
          to label %bb5 unwind label %terminate

terminate:                                        ; preds = %bb5, %bb7
  %27 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb6:                                              ; preds = %bb5
  %28 = load ptr, ptr %0, align 8, !noundef !4
  %29 = getelementptr inbounds i8, ptr %0, i64 8
  %30 = load i32, ptr %29, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %31 = insertvalue { ptr, i32 } poison, ptr %28, 0
  %32 = insertvalue { ptr, i32 } %31, i32 %30, 1
  resume { ptr, i32 } %32
}

; mutex::main::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN5mutex4main28_$u7b$$u7b$closure$u7d$$u7d$17hbe011949e0f8226fE"(ptr noundef nonnull %0) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %1 = alloca [16 x i8], align 8
  %_1 = alloca [8 x i8], align 8
  store ptr %0, ptr %_1, align 8
  %_4 = load ptr, ptr %_1, align 8, !nonnull !4, !noundef !4
  %2 = icmp ne ptr %_4, null
  call void @llvm.assume(i1 %2)
  %_2 = getelementptr inbounds i8, ptr %_4, i64 16
; invoke mutex::reader
  invoke void @_ZN5mutex6reader17he1ef17e49083c1f6E(ptr noundef nonnull align 8 %_2)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<mutex::main::{{closure}}>
  invoke void @"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE"(ptr noalias noundef align 8 dereferenceable(8) %_1) #35
          to label %bb4 unwind label %terminate

cleanup:                                          ; preds = %start
  %3 = landingpad { ptr, i32 }
          cleanup
  %4 = extractvalue { ptr, i32 } %3, 0
  %5 = extractvalue { ptr, i32 } %3, 1
  call void @llvm.lifetime.start.p0(ptr %1)
  store ptr %4, ptr %1, align 8
  %6 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %5, ptr %6, align 8
  br label %bb3

bb1:                                              ; preds = %start
; call core::ptr::drop_in_place<mutex::main::{{closure}}>
  call void @"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE"(ptr noalias noundef align 8 dereferenceable(8) %_1)
  ret void

terminate:                                        ; preds = %bb3
  %7 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb4:                                              ; preds = %bb3
  %8 = load ptr, ptr %1, align 8, !noundef !4
  %9 = getelementptr inbounds i8, ptr %1, i64 8
  %10 = load i32, ptr %9, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  %11 = insertvalue { ptr, i32 } poison, ptr %8, 0
  %12 = insertvalue { ptr, i32 } %11, i32 %10, 1
  resume { ptr, i32 } %12
}

; mutex::reader
; Function Attrs: noinline nonlazybind uwtable
define internal void @_ZN5mutex6reader17he1ef17e49083c1f6E(ptr noundef nonnull align 8 %a) unnamed_addr #5 {
start:
  %_4 = alloca [24 x i8], align 8
  %_3 = alloca [16 x i8], align 8
  br label %bb1

bb1:                                              ; preds = %bb4, %start
  call void @llvm.lifetime.start.p0(ptr %_3)
  call void @llvm.lifetime.start.p0(ptr %_4)
; call std::sync::poison::mutex::Mutex<T>::lock
  call void @"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E"(ptr noalias noundef sret([24 x i8]) align 8 captures(address) dereferenceable(24) %_4, ptr noundef nonnull align 8 %a)
; call core::result::Result<T,E>::unwrap
  %0 = call { ptr, i1 } @"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_4, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_fbd12542a6e11843f5ba11bf7e5502d5) #38
  %1 = extractvalue { ptr, i1 } %0, 0
  %2 = extractvalue { ptr, i1 } %0, 1
  store ptr %1, ptr %_3, align 8
  %3 = getelementptr inbounds i8, ptr %_3, i64 8
  %4 = zext i1 %2 to i8
  store i8 %4, ptr %3, align 8
  call void @llvm.lifetime.end.p0(ptr %_4)
  %_6 = load ptr, ptr %_3, align 8, !nonnull !4, !align !14, !noundef !4
  %_7 = getelementptr inbounds i8, ptr %_6, i64 8
  %_2 = load i64, ptr %_7, align 8, !noundef !4
  %5 = icmp eq i64 %_2, 0
  br i1 %5, label %bb4, label %bb6

bb4:                                              ; preds = %bb1
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
  call void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17hf878365420245a41E"(ptr noalias noundef align 8 dereferenceable(16) %_3)
  call void @llvm.lifetime.end.p0(ptr %_3)
  br label %bb1

bb6:                                              ; preds = %bb1
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
  call void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17hf878365420245a41E"(ptr noalias noundef align 8 dereferenceable(16) %_3)
  call void @llvm.lifetime.end.p0(ptr %_3)
  ret void
}

; mutex::writer
; Function Attrs: noinline nonlazybind uwtable
define internal void @_ZN5mutex6writer17hda007970de2a098dE(ptr noundef nonnull align 8 %a) unnamed_addr #5 {
start:
  %_3 = alloca [24 x i8], align 8
  %_2 = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_2)
  call void @llvm.lifetime.start.p0(ptr %_3)
; call std::sync::poison::mutex::Mutex<T>::lock
  call void @"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E"(ptr noalias noundef sret([24 x i8]) align 8 captures(address) dereferenceable(24) %_3, ptr noundef nonnull align 8 %a)
; call core::result::Result<T,E>::unwrap
  %0 = call { ptr, i1 } @"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_3, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_9cd824443b9d78fa1e84c12a820470f9) #38
  %1 = extractvalue { ptr, i1 } %0, 0
  %2 = extractvalue { ptr, i1 } %0, 1
  store ptr %1, ptr %_2, align 8
  %3 = getelementptr inbounds i8, ptr %_2, i64 8
  %4 = zext i1 %2 to i8
  store i8 %4, ptr %3, align 8
  call void @llvm.lifetime.end.p0(ptr %_3)
  %_5 = load ptr, ptr %_2, align 8, !nonnull !4, !align !14, !noundef !4
  %_6 = getelementptr inbounds i8, ptr %_5, i64 8
  store i64 1, ptr %_6, align 8
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
  call void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17hf878365420245a41E"(ptr noalias noundef align 8 dereferenceable(16) %_2)
  call void @llvm.lifetime.end.p0(ptr %_2)
  ret void
}

; <alloc::boxed::Box<T,A> as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @"_ZN67_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h2e0224869b467496E"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %self, ptr noalias noundef align 8 dereferenceable(24) %f) unnamed_addr #4 {
start:
  %_5.0 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %0 = getelementptr inbounds i8, ptr %self, i64 8
  %_5.1 = load ptr, ptr %0, align 8, !nonnull !4, !align !14, !noundef !4
  %1 = icmp ne ptr %_5.0, null
  call void @llvm.assume(i1 %1)
; call <dyn core::any::Any + core::marker::Send as core::fmt::Debug>::fmt
  %_0 = call noundef zeroext i1 @_RNvXs0_NtCsgEmfK2I1SDS_4core3anyDNtB5_3AnyNtNtB7_6marker4SendEL_NtNtB7_3fmt5Debug3fmt(ptr noundef nonnull align 1 %_5.0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) %_5.1, ptr noalias noundef align 8 dereferenceable(24) %f)
  ret i1 %_0
}

; <alloc::vec::Vec<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN70_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hb05e9a6268133063E"(ptr noalias noundef align 8 dereferenceable(24) %self) unnamed_addr #4 {
start:
  %0 = getelementptr inbounds i8, ptr %self, i64 8
  %_5 = load ptr, ptr %0, align 8, !nonnull !4, !noundef !4
  %1 = icmp ne ptr %_5, null
  call void @llvm.assume(i1 %1)
  %2 = getelementptr inbounds i8, ptr %self, i64 16
  %len = load i64, ptr %2, align 8, !noundef !4
; call core::ptr::drop_in_place<[alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>]>
  call void @"_ZN4core3ptr164drop_in_place$LT$$u5b$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$u5d$$GT$17h1700e8f64bf33b3bE"(ptr noalias noundef nonnull align 8 %_5, i64 noundef %len)
  ret void
}

; <alloc::vec::Vec<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN70_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hfb4884ac7ea62d0cE"(ptr noalias noundef align 8 dereferenceable(24) %self) unnamed_addr #4 {
start:
  %0 = getelementptr inbounds i8, ptr %self, i64 8
  %_5 = load ptr, ptr %0, align 8, !nonnull !4, !noundef !4
  %1 = icmp ne ptr %_5, null
  call void @llvm.assume(i1 %1)
  %2 = getelementptr inbounds i8, ptr %self, i64 16
  %len = load i64, ptr %2, align 8, !noundef !4
  ret void
}

; <alloc::sync::Arc<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1886f409a6a43745E"(ptr noalias noundef align 8 dereferenceable(8) %self) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  %_10 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %1 = icmp ne ptr %_10, null
  call void @llvm.assume(i1 %1)
  call void @llvm.lifetime.start.p0(ptr %0)
  %2 = atomicrmw sub ptr %_10, i64 1 release, align 8
  store i64 %2, ptr %0, align 8
  %_2 = load i64, ptr %0, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %3 = icmp eq i64 %_2, 1
  br i1 %3, label %bb2, label %bb1

bb2:                                              ; preds = %start
; call core::sync::atomic::fence
  call void @_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence(i8 noundef 2) #30
; call <alloc::sync::Arc<std::thread::spawnhook::SpawnHook>>::drop_slow
  call void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook9SpawnHookE9drop_slowBM_(ptr noalias noundef align 8 dereferenceable(8) %self) #31
  br label %bb4

bb1:                                              ; preds = %start
  br label %bb4

bb4:                                              ; preds = %bb1, %bb2
  ret void
}

; <alloc::sync::Arc<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E"(ptr noalias noundef align 8 dereferenceable(8) %self) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  %_10 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %1 = icmp ne ptr %_10, null
  call void @llvm.assume(i1 %1)
  call void @llvm.lifetime.start.p0(ptr %0)
  %2 = atomicrmw sub ptr %_10, i64 1 release, align 8
  store i64 %2, ptr %0, align 8
  %_2 = load i64, ptr %0, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %3 = icmp eq i64 %_2, 1
  br i1 %3, label %bb2, label %bb1

bb2:                                              ; preds = %start
; call core::sync::atomic::fence
  call void @_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence(i8 noundef 2) #30
; call alloc::sync::Arc<T,A>::drop_slow
  call void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h33f1f0b9704ac74aE"(ptr noalias noundef align 8 dereferenceable(8) %self) #31
  br label %bb4

bb1:                                              ; preds = %start
  br label %bb4

bb4:                                              ; preds = %bb1, %bb2
  ret void
}

; <alloc::sync::Arc<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE"(ptr noalias noundef align 8 dereferenceable(8) %self) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  %_10 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %1 = icmp ne ptr %_10, null
  call void @llvm.assume(i1 %1)
  call void @llvm.lifetime.start.p0(ptr %0)
  %2 = atomicrmw sub ptr %_10, i64 1 release, align 8
  store i64 %2, ptr %0, align 8
  %_2 = load i64, ptr %0, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %3 = icmp eq i64 %_2, 1
  br i1 %3, label %bb2, label %bb1

bb2:                                              ; preds = %start
; call core::sync::atomic::fence
  call void @_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence(i8 noundef 2) #30
; call <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  call void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef align 8 dereferenceable(8) %self) #31
  br label %bb4

bb1:                                              ; preds = %start
  br label %bb4

bb4:                                              ; preds = %bb1, %bb2
  ret void
}

; <alloc::sync::Arc<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc40b680d91536df2E"(ptr noalias noundef align 8 dereferenceable(8) %self) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  %_10 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %1 = icmp ne ptr %_10, null
  call void @llvm.assume(i1 %1)
  call void @llvm.lifetime.start.p0(ptr %0)
  %2 = atomicrmw sub ptr %_10, i64 1 release, align 8
  store i64 %2, ptr %0, align 8
  %_2 = load i64, ptr %0, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %3 = icmp eq i64 %_2, 1
  br i1 %3, label %bb2, label %bb1

bb2:                                              ; preds = %start
; call core::sync::atomic::fence
  call void @_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence(i8 noundef 2) #30
; call alloc::sync::Arc<T,A>::drop_slow
  call void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h593bdbedf3835021E"(ptr noalias noundef align 8 dereferenceable(8) %self) #31
  br label %bb4

bb1:                                              ; preds = %start
  br label %bb4

bb4:                                              ; preds = %bb1, %bb2
  ret void
}

; <alloc::sync::Arc<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E"(ptr noalias noundef align 8 dereferenceable(8) %self) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  %_10 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %1 = icmp ne ptr %_10, null
  call void @llvm.assume(i1 %1)
  call void @llvm.lifetime.start.p0(ptr %0)
  %2 = atomicrmw sub ptr %_10, i64 1 release, align 8
  store i64 %2, ptr %0, align 8
  %_2 = load i64, ptr %0, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %3 = icmp eq i64 %_2, 1
  br i1 %3, label %bb2, label %bb1

bb2:                                              ; preds = %start
; call core::sync::atomic::fence
  call void @_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence(i8 noundef 2) #30
; call alloc::sync::Arc<T,A>::drop_slow
  call void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE"(ptr noalias noundef align 8 dereferenceable(8) %self) #31
  br label %bb4

bb1:                                              ; preds = %start
  br label %bb4

bb4:                                              ; preds = %bb1, %bb2
  ret void
}

; <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h2cd04495a524f43fE"(ptr noalias noundef align 8 dereferenceable(16) %self) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  %1 = alloca [8 x i8], align 8
  %ptr.0 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %2 = getelementptr inbounds i8, ptr %self, i64 8
  %ptr.1 = load ptr, ptr %2, align 8, !nonnull !4, !align !14, !noundef !4
  %3 = icmp ne ptr %ptr.0, null
  call void @llvm.assume(i1 %3)
  %4 = icmp ne ptr %ptr.0, null
  call void @llvm.assume(i1 %4)
  call void @llvm.lifetime.start.p0(ptr %1)
  %5 = getelementptr inbounds i8, ptr %ptr.1, i64 8
  %6 = load i64, ptr %5, align 8, !range !22, !invariant.load !4
  %7 = getelementptr inbounds i8, ptr %ptr.1, i64 16
  %8 = load i64, ptr %7, align 8, !range !23, !invariant.load !4
  store i64 %6, ptr %1, align 8
  %size = load i64, ptr %1, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  call void @llvm.lifetime.start.p0(ptr %0)
  %9 = getelementptr inbounds i8, ptr %ptr.1, i64 8
  %10 = load i64, ptr %9, align 8, !range !22, !invariant.load !4
  %11 = getelementptr inbounds i8, ptr %ptr.1, i64 16
  %12 = load i64, ptr %11, align 8, !range !23, !invariant.load !4
  store i64 %12, ptr %0, align 8
  %align = load i64, ptr %0, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  br label %bb7

bb7:                                              ; preds = %start
  %13 = sub i64 %align, 1
  %14 = icmp ule i64 %13, 9223372036854775807
  call void @llvm.assume(i1 %14)
  br label %bb9

bb9:                                              ; preds = %bb7
  %15 = icmp eq i64 %size, 0
  br i1 %15, label %bb3, label %bb1

bb3:                                              ; preds = %bb1, %bb9
  ret void

bb1:                                              ; preds = %bb9
  %_7 = getelementptr inbounds i8, ptr %self, i64 16
  %16 = icmp ne ptr %ptr.0, null
  call void @llvm.assume(i1 %16)
; call <alloc::alloc::Global as core::alloc::Allocator>::deallocate
  call void @_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %_7, ptr noundef nonnull %ptr.0, i64 noundef %align, i64 noundef %size) #30
  br label %bb3

bb6:                                              ; No predecessors!
  unreachable

bb8:                                              ; No predecessors!
  unreachable
}

; <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h73a715bac515a173E"(ptr noalias noundef align 8 dereferenceable(16) %self) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  %1 = alloca [8 x i8], align 8
  %ptr.0 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %2 = getelementptr inbounds i8, ptr %self, i64 8
  %ptr.1 = load ptr, ptr %2, align 8, !nonnull !4, !align !14, !noundef !4
  %3 = icmp ne ptr %ptr.0, null
  call void @llvm.assume(i1 %3)
  %4 = icmp ne ptr %ptr.0, null
  call void @llvm.assume(i1 %4)
  call void @llvm.lifetime.start.p0(ptr %1)
  %5 = getelementptr inbounds i8, ptr %ptr.1, i64 8
  %6 = load i64, ptr %5, align 8, !range !22, !invariant.load !4
  %7 = getelementptr inbounds i8, ptr %ptr.1, i64 16
  %8 = load i64, ptr %7, align 8, !range !23, !invariant.load !4
  store i64 %6, ptr %1, align 8
  %size = load i64, ptr %1, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  call void @llvm.lifetime.start.p0(ptr %0)
  %9 = getelementptr inbounds i8, ptr %ptr.1, i64 8
  %10 = load i64, ptr %9, align 8, !range !22, !invariant.load !4
  %11 = getelementptr inbounds i8, ptr %ptr.1, i64 16
  %12 = load i64, ptr %11, align 8, !range !23, !invariant.load !4
  store i64 %12, ptr %0, align 8
  %align = load i64, ptr %0, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  br label %bb7

bb7:                                              ; preds = %start
  %13 = sub i64 %align, 1
  %14 = icmp ule i64 %13, 9223372036854775807
  call void @llvm.assume(i1 %14)
  br label %bb9

bb9:                                              ; preds = %bb7
  %15 = icmp eq i64 %size, 0
  br i1 %15, label %bb3, label %bb1

bb3:                                              ; preds = %bb1, %bb9
  ret void

bb1:                                              ; preds = %bb9
  %_7 = getelementptr inbounds i8, ptr %self, i64 16
  %16 = icmp ne ptr %ptr.0, null
  call void @llvm.assume(i1 %16)
; call <alloc::alloc::Global as core::alloc::Allocator>::deallocate
  call void @_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %_7, ptr noundef nonnull %ptr.0, i64 noundef %align, i64 noundef %size) #30
  br label %bb3

bb6:                                              ; No predecessors!
  unreachable

bb8:                                              ; No predecessors!
  unreachable
}

; <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc98449ad0f0da8f4E"(ptr noalias noundef align 8 dereferenceable(8) %self) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  %1 = alloca [8 x i8], align 8
  %ptr = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %2 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %2)
  %3 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %3)
  call void @llvm.lifetime.start.p0(ptr %1)
  store i64 24, ptr %1, align 8
  %size = load i64, ptr %1, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  call void @llvm.lifetime.start.p0(ptr %0)
  store i64 8, ptr %0, align 8
  %align = load i64, ptr %0, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  br label %bb7

bb7:                                              ; preds = %start
  %4 = sub i64 %align, 1
  %5 = icmp ule i64 %4, 9223372036854775807
  call void @llvm.assume(i1 %5)
  br label %bb9

bb9:                                              ; preds = %bb7
  %6 = icmp eq i64 %size, 0
  br i1 %6, label %bb3, label %bb1

bb3:                                              ; preds = %bb1, %bb9
  ret void

bb1:                                              ; preds = %bb9
  %_7 = getelementptr inbounds i8, ptr %self, i64 8
  %7 = icmp ne ptr %ptr, null
  call void @llvm.assume(i1 %7)
; call <alloc::alloc::Global as core::alloc::Allocator>::deallocate
  call void @_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %_7, ptr noundef nonnull %ptr, i64 noundef %align, i64 noundef %size) #30
  br label %bb3

bb6:                                              ; No predecessors!
  unreachable

bb8:                                              ; No predecessors!
  unreachable
}

; <alloc::boxed::Box<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17heee88ccfe8e1380fE"(ptr noalias noundef align 8 dereferenceable(16) %self) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  %1 = alloca [8 x i8], align 8
  %ptr.0 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %2 = getelementptr inbounds i8, ptr %self, i64 8
  %ptr.1 = load ptr, ptr %2, align 8, !nonnull !4, !align !14, !noundef !4
  %3 = icmp ne ptr %ptr.0, null
  call void @llvm.assume(i1 %3)
  %4 = icmp ne ptr %ptr.0, null
  call void @llvm.assume(i1 %4)
  call void @llvm.lifetime.start.p0(ptr %1)
  %5 = getelementptr inbounds i8, ptr %ptr.1, i64 8
  %6 = load i64, ptr %5, align 8, !range !22, !invariant.load !4
  %7 = getelementptr inbounds i8, ptr %ptr.1, i64 16
  %8 = load i64, ptr %7, align 8, !range !23, !invariant.load !4
  store i64 %6, ptr %1, align 8
  %size = load i64, ptr %1, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  call void @llvm.lifetime.start.p0(ptr %0)
  %9 = getelementptr inbounds i8, ptr %ptr.1, i64 8
  %10 = load i64, ptr %9, align 8, !range !22, !invariant.load !4
  %11 = getelementptr inbounds i8, ptr %ptr.1, i64 16
  %12 = load i64, ptr %11, align 8, !range !23, !invariant.load !4
  store i64 %12, ptr %0, align 8
  %align = load i64, ptr %0, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  br label %bb7

bb7:                                              ; preds = %start
  %13 = sub i64 %align, 1
  %14 = icmp ule i64 %13, 9223372036854775807
  call void @llvm.assume(i1 %14)
  br label %bb9

bb9:                                              ; preds = %bb7
  %15 = icmp eq i64 %size, 0
  br i1 %15, label %bb3, label %bb1

bb3:                                              ; preds = %bb1, %bb9
  ret void

bb1:                                              ; preds = %bb9
  %_7 = getelementptr inbounds i8, ptr %self, i64 16
  %16 = icmp ne ptr %ptr.0, null
  call void @llvm.assume(i1 %16)
; call <alloc::alloc::Global as core::alloc::Allocator>::deallocate
  call void @_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %_7, ptr noundef nonnull %ptr.0, i64 noundef %align, i64 noundef %size) #30
  br label %bb3

bb6:                                              ; No predecessors!
  unreachable

bb8:                                              ; No predecessors!
  unreachable
}

; <alloc::sync::Weak<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN72_$LT$alloc..sync..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h01407cff64b22376E"(ptr noalias noundef align 8 dereferenceable(16) %self) unnamed_addr #4 {
start:
  %0 = alloca [8 x i8], align 8
  %1 = alloca [8 x i8], align 8
  %2 = alloca [8 x i8], align 8
  %_2 = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_2)
  %self1 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %3 = icmp ne ptr %self1, null
  call void @llvm.assume(i1 %3)
  %4 = icmp ne ptr %self1, null
  call void @llvm.assume(i1 %4)
  %_20 = ptrtoint ptr %self1 to i64
  %5 = icmp eq i64 %_20, -1
  br i1 %5, label %bb7, label %bb8

bb7:                                              ; preds = %start
  call void @llvm.lifetime.end.p0(ptr %_2)
  br label %bb6

bb8:                                              ; preds = %start
  %_19 = getelementptr inbounds i8, ptr %self1, i64 8
  store ptr %_19, ptr %_2, align 8
  %6 = getelementptr inbounds i8, ptr %_2, i64 8
  store ptr %self1, ptr %6, align 8
  %inner = load ptr, ptr %_2, align 8, !nonnull !4, !align !14, !noundef !4
  %7 = getelementptr inbounds i8, ptr %_2, i64 8
  %inner2 = load ptr, ptr %7, align 8, !nonnull !4, !align !14, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %_2)
  call void @llvm.lifetime.start.p0(ptr %2)
  %8 = atomicrmw sub ptr %inner, i64 1 release, align 8
  store i64 %8, ptr %2, align 8
  %_3 = load i64, ptr %2, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %2)
  %9 = icmp eq i64 %_3, 1
  br i1 %9, label %bb1, label %bb4

bb6:                                              ; preds = %bb5, %bb7
  ret void

bb1:                                              ; preds = %bb8
; call core::sync::atomic::fence
  call void @_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence(i8 noundef 2) #30
  %_8 = getelementptr inbounds i8, ptr %self, i64 8
  %self3 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %10 = icmp ne ptr %self3, null
  call void @llvm.assume(i1 %10)
  %11 = icmp ne ptr %self3, null
  call void @llvm.assume(i1 %11)
  %self4 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %12 = icmp ne ptr %self4, null
  call void @llvm.assume(i1 %12)
  call void @llvm.lifetime.start.p0(ptr %1)
  store i64 48, ptr %1, align 8
  %size = load i64, ptr %1, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  call void @llvm.lifetime.start.p0(ptr %0)
  store i64 8, ptr %0, align 8
  %align = load i64, ptr %0, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  br label %bb13

bb4:                                              ; preds = %bb8
  br label %bb5

bb13:                                             ; preds = %bb1
  %13 = sub i64 %align, 1
  %14 = icmp ule i64 %13, 9223372036854775807
  call void @llvm.assume(i1 %14)
  br label %bb15

bb15:                                             ; preds = %bb13
; call <&A as core::alloc::Allocator>::deallocate
  call void @"_ZN48_$LT$$RF$A$u20$as$u20$core..alloc..Allocator$GT$10deallocate17h11cdbc7157735fdbE"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8) %_8, ptr noundef nonnull %self3, i64 noundef %align, i64 noundef %size) #30
  br label %bb5

bb5:                                              ; preds = %bb4, %bb15
  br label %bb6

bb12:                                             ; No predecessors!
  unreachable

bb14:                                             ; No predecessors!
  unreachable
}

; <alloc::sync::Weak<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN72_$LT$alloc..sync..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h470913c53deaa92bE"(ptr noalias noundef align 8 dereferenceable(16) %self) unnamed_addr #4 {
start:
  %0 = alloca [8 x i8], align 8
  %1 = alloca [8 x i8], align 8
  %2 = alloca [8 x i8], align 8
  %_2 = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_2)
  %self1 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %3 = icmp ne ptr %self1, null
  call void @llvm.assume(i1 %3)
  %4 = icmp ne ptr %self1, null
  call void @llvm.assume(i1 %4)
  %_20 = ptrtoint ptr %self1 to i64
  %5 = icmp eq i64 %_20, -1
  br i1 %5, label %bb7, label %bb8

bb7:                                              ; preds = %start
  call void @llvm.lifetime.end.p0(ptr %_2)
  br label %bb6

bb8:                                              ; preds = %start
  %_19 = getelementptr inbounds i8, ptr %self1, i64 8
  store ptr %_19, ptr %_2, align 8
  %6 = getelementptr inbounds i8, ptr %_2, i64 8
  store ptr %self1, ptr %6, align 8
  %inner = load ptr, ptr %_2, align 8, !nonnull !4, !align !14, !noundef !4
  %7 = getelementptr inbounds i8, ptr %_2, i64 8
  %inner2 = load ptr, ptr %7, align 8, !nonnull !4, !align !14, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %_2)
  call void @llvm.lifetime.start.p0(ptr %2)
  %8 = atomicrmw sub ptr %inner, i64 1 release, align 8
  store i64 %8, ptr %2, align 8
  %_3 = load i64, ptr %2, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %2)
  %9 = icmp eq i64 %_3, 1
  br i1 %9, label %bb1, label %bb4

bb6:                                              ; preds = %bb5, %bb7
  ret void

bb1:                                              ; preds = %bb8
; call core::sync::atomic::fence
  call void @_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence(i8 noundef 2) #30
  %_8 = getelementptr inbounds i8, ptr %self, i64 8
  %self3 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %10 = icmp ne ptr %self3, null
  call void @llvm.assume(i1 %10)
  %11 = icmp ne ptr %self3, null
  call void @llvm.assume(i1 %11)
  %self4 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %12 = icmp ne ptr %self4, null
  call void @llvm.assume(i1 %12)
  call void @llvm.lifetime.start.p0(ptr %1)
  store i64 32, ptr %1, align 8
  %size = load i64, ptr %1, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  call void @llvm.lifetime.start.p0(ptr %0)
  store i64 8, ptr %0, align 8
  %align = load i64, ptr %0, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  br label %bb13

bb4:                                              ; preds = %bb8
  br label %bb5

bb13:                                             ; preds = %bb1
  %13 = sub i64 %align, 1
  %14 = icmp ule i64 %13, 9223372036854775807
  call void @llvm.assume(i1 %14)
  br label %bb15

bb15:                                             ; preds = %bb13
; call <&A as core::alloc::Allocator>::deallocate
  call void @"_ZN48_$LT$$RF$A$u20$as$u20$core..alloc..Allocator$GT$10deallocate17h11cdbc7157735fdbE"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8) %_8, ptr noundef nonnull %self3, i64 noundef %align, i64 noundef %size) #30
  br label %bb5

bb5:                                              ; preds = %bb4, %bb15
  br label %bb6

bb12:                                             ; No predecessors!
  unreachable

bb14:                                             ; No predecessors!
  unreachable
}

; <alloc::sync::Weak<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN72_$LT$alloc..sync..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h824c19998733b62bE"(ptr noalias noundef align 8 dereferenceable(16) %self) unnamed_addr #4 {
start:
  %0 = alloca [8 x i8], align 8
  %1 = alloca [8 x i8], align 8
  %2 = alloca [8 x i8], align 8
  %_2 = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_2)
  %self1 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %3 = icmp ne ptr %self1, null
  call void @llvm.assume(i1 %3)
  %4 = icmp ne ptr %self1, null
  call void @llvm.assume(i1 %4)
  %_20 = ptrtoint ptr %self1 to i64
  %5 = icmp eq i64 %_20, -1
  br i1 %5, label %bb7, label %bb8

bb7:                                              ; preds = %start
  call void @llvm.lifetime.end.p0(ptr %_2)
  br label %bb6

bb8:                                              ; preds = %start
  %_19 = getelementptr inbounds i8, ptr %self1, i64 8
  store ptr %_19, ptr %_2, align 8
  %6 = getelementptr inbounds i8, ptr %_2, i64 8
  store ptr %self1, ptr %6, align 8
  %inner = load ptr, ptr %_2, align 8, !nonnull !4, !align !14, !noundef !4
  %7 = getelementptr inbounds i8, ptr %_2, i64 8
  %inner2 = load ptr, ptr %7, align 8, !nonnull !4, !align !14, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %_2)
  call void @llvm.lifetime.start.p0(ptr %2)
  %8 = atomicrmw sub ptr %inner, i64 1 release, align 8
  store i64 %8, ptr %2, align 8
  %_3 = load i64, ptr %2, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %2)
  %9 = icmp eq i64 %_3, 1
  br i1 %9, label %bb1, label %bb4

bb6:                                              ; preds = %bb5, %bb7
  ret void

bb1:                                              ; preds = %bb8
; call core::sync::atomic::fence
  call void @_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence(i8 noundef 2) #30
  %_8 = getelementptr inbounds i8, ptr %self, i64 8
  %self3 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %10 = icmp ne ptr %self3, null
  call void @llvm.assume(i1 %10)
  %11 = icmp ne ptr %self3, null
  call void @llvm.assume(i1 %11)
  %self4 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %12 = icmp ne ptr %self4, null
  call void @llvm.assume(i1 %12)
  call void @llvm.lifetime.start.p0(ptr %1)
  store i64 40, ptr %1, align 8
  %size = load i64, ptr %1, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  call void @llvm.lifetime.start.p0(ptr %0)
  store i64 8, ptr %0, align 8
  %align = load i64, ptr %0, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  br label %bb13

bb4:                                              ; preds = %bb8
  br label %bb5

bb13:                                             ; preds = %bb1
  %13 = sub i64 %align, 1
  %14 = icmp ule i64 %13, 9223372036854775807
  call void @llvm.assume(i1 %14)
  br label %bb15

bb15:                                             ; preds = %bb13
; call <&A as core::alloc::Allocator>::deallocate
  call void @"_ZN48_$LT$$RF$A$u20$as$u20$core..alloc..Allocator$GT$10deallocate17h11cdbc7157735fdbE"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8) %_8, ptr noundef nonnull %self3, i64 noundef %align, i64 noundef %size) #30
  br label %bb5

bb5:                                              ; preds = %bb4, %bb15
  br label %bb6

bb12:                                             ; No predecessors!
  unreachable

bb14:                                             ; No predecessors!
  unreachable
}

; <&mut W as core::fmt::Write::write_fmt::SpecWriteFmt>::spec_write_fmt
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef zeroext i1 @"_ZN75_$LT$$RF$mut$u20$W$u20$as$u20$core..fmt..Write..write_fmt..SpecWriteFmt$GT$14spec_write_fmt17hd376feb580d12084E"(ptr noalias noundef align 8 dereferenceable(16) %self, ptr noundef nonnull %0, ptr noundef nonnull %1) unnamed_addr #0 {
start:
  %_3 = alloca [16 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  %args = alloca [16 x i8], align 8
  store ptr %0, ptr %args, align 8
  %2 = getelementptr inbounds i8, ptr %args, i64 8
  store ptr %1, ptr %2, align 8
  call void @llvm.lifetime.start.p0(ptr %_3)
; call <core::fmt::Arguments>::as_statically_known_str
  %3 = call { ptr, i64 } @_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments23as_statically_known_str(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %args) #30
  %4 = extractvalue { ptr, i64 } %3, 0
  %5 = extractvalue { ptr, i64 } %3, 1
  store ptr %4, ptr %_3, align 8
  %6 = getelementptr inbounds i8, ptr %_3, i64 8
  store i64 %5, ptr %6, align 8
  %7 = load ptr, ptr %_3, align 8, !align !7, !noundef !4
  %8 = getelementptr inbounds i8, ptr %_3, i64 8
  %9 = load i64, ptr %8, align 8
  %10 = ptrtoint ptr %7 to i64
  %11 = icmp eq i64 %10, 0
  %_5 = select i1 %11, i64 0, i64 1
  %12 = trunc nuw i64 %_5 to i1
  br i1 %12, label %bb2, label %bb4

bb2:                                              ; preds = %start
  %s.0 = load ptr, ptr %_3, align 8, !nonnull !4, !align !7, !noundef !4
  %13 = getelementptr inbounds i8, ptr %_3, i64 8
  %s.1 = load i64, ptr %13, align 8, !noundef !4
; call <std::io::default_write_fmt::Adapter<T> as core::fmt::Write>::write_str
  %14 = call noundef zeroext i1 @"_ZN81_$LT$std..io..default_write_fmt..Adapter$LT$T$GT$$u20$as$u20$core..fmt..Write$GT$9write_str17h72366a28fdb9e271E"(ptr noalias noundef align 8 dereferenceable(16) %self, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %s.0, i64 noundef %s.1)
  %15 = zext i1 %14 to i8
  store i8 %15, ptr %_0, align 1
  call void @llvm.lifetime.end.p0(ptr %_3)
  br label %bb6

bb4:                                              ; preds = %start
  call void @llvm.lifetime.end.p0(ptr %_3)
  %16 = load ptr, ptr %args, align 8, !nonnull !4, !noundef !4
  %17 = getelementptr inbounds i8, ptr %args, i64 8
  %18 = load ptr, ptr %17, align 8, !nonnull !4, !noundef !4
; call core::fmt::write
  %19 = call noundef zeroext i1 @_RNvNtCsgEmfK2I1SDS_4core3fmt5write(ptr noundef nonnull align 1 %self, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.0, ptr noundef nonnull %16, ptr noundef nonnull %18)
  %20 = zext i1 %19 to i8
  store i8 %20, ptr %_0, align 1
  br label %bb6

bb6:                                              ; preds = %bb4, %bb2
  %21 = load i8, ptr %_0, align 1, !range !6, !noundef !4
  %22 = trunc nuw i8 %21 to i1
  ret i1 %22

bb7:                                              ; No predecessors!
  unreachable
}

; <std::sync::poison::PoisonError<T> as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h1920e68d60050f33E"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %self, ptr noalias noundef align 8 dereferenceable(24) %f) unnamed_addr #4 {
start:
  %_4 = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_4)
; call <core::fmt::Formatter>::debug_struct
  call void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter12debug_struct(ptr noalias noundef sret([16 x i8]) align 8 captures(address) dereferenceable(16) %_4, ptr noalias noundef align 8 dereferenceable(24) %f, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_8e2410b80645266732854088d21653bc, i64 noundef 11)
; call <core::fmt::builders::DebugStruct>::finish_non_exhaustive
  %_0 = call noundef zeroext i1 @_RNvMs1_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_11DebugStruct21finish_non_exhaustive(ptr noalias noundef align 8 dereferenceable(16) %_4)
  call void @llvm.lifetime.end.p0(ptr %_4)
  ret i1 %_0
}

; <alloc::raw_vec::RawVec<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h18ee70e4002c8e4dE"(ptr noalias noundef align 8 dereferenceable(16) %self) unnamed_addr #4 {
start:
; call alloc::raw_vec::RawVecInner<A>::deallocate
  call void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17h3b35f4fb6161bdc9E"(ptr noalias noundef align 8 dereferenceable(16) %self, i64 noundef 8, i64 noundef 16)
  ret void
}

; <alloc::raw_vec::RawVec<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hec890ef86c3d256eE"(ptr noalias noundef align 8 dereferenceable(16) %self) unnamed_addr #4 {
start:
; call alloc::raw_vec::RawVecInner<A>::deallocate
  call void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17h3b35f4fb6161bdc9E"(ptr noalias noundef align 8 dereferenceable(16) %self, i64 noundef 1, i64 noundef 1)
  ret void
}

; <std::io::error::repr_bitpacked::Repr as core::ops::drop::Drop>::drop::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef nonnull align 8 ptr @"_ZN78_$LT$std..io..error..repr_bitpacked..Repr$u20$as$u20$core..ops..drop..Drop$GT$4drop28_$u7b$$u7b$closure$u7d$$u7d$17hd66d86ec7587c7baE"(ptr noundef %p) unnamed_addr #0 {
start:
  br label %bb3

bb3:                                              ; preds = %start
  %0 = icmp ne ptr %p, null
  call void @llvm.assume(i1 %0)
  ret ptr %p

bb1:                                              ; No predecessors!
  unreachable

bb2:                                              ; No predecessors!
  unreachable
}

; <std::io::default_write_fmt::Adapter<T> as core::fmt::Write>::write_str
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @"_ZN81_$LT$std..io..default_write_fmt..Adapter$LT$T$GT$$u20$as$u20$core..fmt..Write$GT$9write_str17h72366a28fdb9e271E"(ptr noalias noundef align 8 dereferenceable(16) %self, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %s.0, i64 noundef %s.1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_3 = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  %_7 = load ptr, ptr %self, align 8, !nonnull !4, !align !7, !noundef !4
; call std::io::Write::write_all
  %1 = call noundef ptr @_ZN3std2io5Write9write_all17h2c3fa21d241e2d0fE(ptr noalias noundef nonnull align 1 %_7, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %s.0, i64 noundef %s.1)
  store ptr %1, ptr %_3, align 8
  %2 = load ptr, ptr %_3, align 8, !noundef !4
  %3 = ptrtoint ptr %2 to i64
  %4 = icmp eq i64 %3, 0
  %_5 = select i1 %4, i64 0, i64 1
  %5 = trunc nuw i64 %_5 to i1
  br i1 %5, label %bb3, label %bb4

bb3:                                              ; preds = %start
  %e = load ptr, ptr %_3, align 8, !nonnull !4, !noundef !4
  %6 = getelementptr inbounds i8, ptr %self, i64 8
; invoke core::ptr::drop_in_place<core::result::Result<(),std::io::error::Error>>
  invoke void @"_ZN4core3ptr81drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$std..io..error..Error$GT$$GT$17hb8ba7a740477fac3E"(ptr noalias noundef align 8 dereferenceable(8) %6)
          to label %bb5 unwind label %cleanup

bb4:                                              ; preds = %start
  store i8 0, ptr %_0, align 1
  br label %bb7

bb7:                                              ; preds = %bb5, %bb4
  %7 = load i8, ptr %_0, align 1, !range !6, !noundef !4
  %8 = trunc nuw i8 %7 to i1
  ret i1 %8

bb6:                                              ; preds = %cleanup
  %9 = getelementptr inbounds i8, ptr %self, i64 8
  %10 = load ptr, ptr %_3, align 8, !noundef !4
  store ptr %10, ptr %9, align 8
  %11 = load ptr, ptr %0, align 8, !noundef !4
  %12 = getelementptr inbounds i8, ptr %0, i64 8
  %13 = load i32, ptr %12, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %14 = insertvalue { ptr, i32 } poison, ptr %11, 0
  %15 = insertvalue { ptr, i32 } %14, i32 %13, 1
  resume { ptr, i32 } %15

cleanup:                                          ; preds = %bb3
  %16 = landingpad { ptr, i32 }
          cleanup
  %17 = extractvalue { ptr, i32 } %16, 0
  %18 = extractvalue { ptr, i32 } %16, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %17, ptr %0, align 8
  %19 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %18, ptr %19, align 8
  br label %bb6

bb5:                                              ; preds = %bb3
  %20 = getelementptr inbounds i8, ptr %self, i64 8
  %21 = load ptr, ptr %_3, align 8, !noundef !4
  store ptr %21, ptr %20, align 8
  store i8 1, ptr %_0, align 1
  br label %bb7

bb2:                                              ; No predecessors!
  unreachable
}

; <std::thread::lifecycle::Packet<T> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h27f27fb0c0019fa7E"(ptr noalias noundef align 8 dereferenceable(32) %self) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %1 = alloca [4 x i8], align 4
  %slot = alloca [16 x i8], align 8
  %data = alloca [16 x i8], align 8
  %_12 = alloca [8 x i8], align 8
  %_11 = alloca [0 x i8], align 1
  %_6 = alloca [16 x i8], align 8
  %unhandled_panic = alloca [1 x i8], align 1
  %2 = getelementptr inbounds i8, ptr %self, i64 8
  %_5 = load i64, ptr %2, align 8, !range !9, !noundef !4
  %3 = trunc nuw i64 %_5 to i1
  br i1 %3, label %bb2, label %bb1

bb2:                                              ; preds = %start
  %4 = getelementptr inbounds i8, ptr %self, i64 8
  %5 = getelementptr inbounds i8, ptr %4, i64 8
  %6 = load ptr, ptr %5, align 8, !align !7, !noundef !4
  %7 = getelementptr inbounds i8, ptr %5, i64 8
  %8 = load ptr, ptr %7, align 8
  %9 = ptrtoint ptr %6 to i64
  %10 = icmp eq i64 %9, 0
  %_4 = select i1 %10, i64 0, i64 1
  %11 = icmp eq i64 %_4, 1
  %12 = zext i1 %11 to i8
  store i8 %12, ptr %unhandled_panic, align 1
  br label %bb3

bb1:                                              ; preds = %start
  store i8 0, ptr %unhandled_panic, align 1
  br label %bb3

bb3:                                              ; preds = %bb1, %bb2
  call void @llvm.lifetime.start.p0(ptr %_6)
  %_9 = getelementptr inbounds i8, ptr %self, i64 8
  call void @llvm.lifetime.start.p0(ptr %data)
  store ptr %_9, ptr %data, align 8
  call void @llvm.lifetime.start.p0(ptr %1)
  %13 = call i32 @__rust_try(ptr @_ZN3std9panicking12catch_unwind7do_call17h69ca6925027f7b72E, ptr %data, ptr @_ZN3std9panicking12catch_unwind8do_catch17h751b011afec4398bE)
  store i32 %13, ptr %1, align 4
  %_24 = load i32, ptr %1, align 4, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  %14 = icmp eq i32 %_24, 0
  br i1 %14, label %bb15, label %bb16

bb15:                                             ; preds = %bb3
  %15 = load ptr, ptr @anon.654b07d532b501b63c9f4d548479edab.0, align 8, !align !7, !noundef !4
  %16 = load ptr, ptr getelementptr inbounds (i8, ptr @anon.654b07d532b501b63c9f4d548479edab.0, i64 8), align 8
  store ptr %15, ptr %_6, align 8
  %17 = getelementptr inbounds i8, ptr %_6, i64 8
  store ptr %16, ptr %17, align 8
  br label %bb17

bb16:                                             ; preds = %bb3
  call void @llvm.lifetime.start.p0(ptr %slot)
  %18 = load ptr, ptr %data, align 8, !nonnull !4, !align !7, !noundef !4
  %19 = getelementptr inbounds i8, ptr %data, i64 8
  %20 = load ptr, ptr %19, align 8, !nonnull !4, !align !14, !noundef !4
  store ptr %18, ptr %slot, align 8
  %21 = getelementptr inbounds i8, ptr %slot, i64 8
  store ptr %20, ptr %21, align 8
  %_27.0 = load ptr, ptr %slot, align 8, !nonnull !4, !align !7, !noundef !4
  %22 = getelementptr inbounds i8, ptr %slot, i64 8
  %_27.1 = load ptr, ptr %22, align 8, !nonnull !4, !align !14, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %slot)
  store ptr %_27.0, ptr %_6, align 8
  %23 = getelementptr inbounds i8, ptr %_6, i64 8
  store ptr %_27.1, ptr %23, align 8
  br label %bb17

bb17:                                             ; preds = %bb16, %bb15
  call void @llvm.lifetime.end.p0(ptr %data)
  %24 = load ptr, ptr %_6, align 8, !align !7, !noundef !4
  %25 = getelementptr inbounds i8, ptr %_6, i64 8
  %26 = load ptr, ptr %25, align 8
  %27 = ptrtoint ptr %24 to i64
  %28 = icmp eq i64 %27, 0
  %_10 = select i1 %28, i64 0, i64 1
  %29 = trunc nuw i64 %_10 to i1
  br i1 %29, label %bb4, label %bb7

bb4:                                              ; preds = %bb17
  call void @llvm.lifetime.start.p0(ptr %_12)
  call void @llvm.assume(i1 true)
  %30 = icmp ne ptr inttoptr (i64 125 to ptr), null
  call void @llvm.assume(i1 %30)
; invoke std::io::Write::write_fmt
  %31 = invoke noundef ptr @_ZN3std2io5Write9write_fmt17hba4f3b2d08422f6dE(ptr noalias noundef nonnull align 1 %_11, ptr noundef nonnull @alloc_58f213f5b48e0bea76ba0b429606a6b5, ptr noundef nonnull inttoptr (i64 125 to ptr))
          to label %bb5 unwind label %cleanup

bb7:                                              ; preds = %bb17
; call core::ptr::drop_in_place<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>
  call void @"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hec544cda7ac04929E"(ptr noalias noundef align 8 dereferenceable(16) %_6)
  call void @llvm.lifetime.end.p0(ptr %_6)
  %32 = load ptr, ptr %self, align 8, !noundef !4
  %33 = ptrtoint ptr %32 to i64
  %34 = icmp eq i64 %33, 0
  %_16 = select i1 %34, i64 0, i64 1
  %35 = trunc nuw i64 %_16 to i1
  br i1 %35, label %bb9, label %bb11

bb12:                                             ; preds = %cleanup
; invoke core::ptr::drop_in_place<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>
  invoke void @"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hec544cda7ac04929E"(ptr noalias noundef align 8 dereferenceable(16) %_6) #35
          to label %bb13 unwind label %terminate

cleanup:                                          ; preds = %bb6, %bb5, %bb4
  %36 = landingpad { ptr, i32 }
          cleanup
  %37 = extractvalue { ptr, i32 } %36, 0
  %38 = extractvalue { ptr, i32 } %36, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %37, ptr %0, align 8
  %39 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %38, ptr %39, align 8
  br label %bb12

bb5:                                              ; preds = %bb4
  store ptr %31, ptr %_12, align 8
; invoke core::ptr::drop_in_place<core::result::Result<(),std::io::error::Error>>
  invoke void @"_ZN4core3ptr81drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$std..io..error..Error$GT$$GT$17hb8ba7a740477fac3E"(ptr noalias noundef align 8 dereferenceable(8) %_12)
          to label %bb6 unwind label %cleanup

bb6:                                              ; preds = %bb5
  call void @llvm.lifetime.end.p0(ptr %_12)
; invoke std::process::abort
  invoke void @_RNvNtCsjrHSEGnQ3l9_3std7process5abort() #32
          to label %unreachable unwind label %cleanup

unreachable:                                      ; preds = %bb6
  unreachable

terminate:                                        ; preds = %bb12
  %40 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #36
  unreachable

bb13:                                             ; preds = %bb12
  %41 = load ptr, ptr %0, align 8, !noundef !4
  %42 = getelementptr inbounds i8, ptr %0, i64 8
  %43 = load i32, ptr %42, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %44 = insertvalue { ptr, i32 } poison, ptr %41, 0
  %45 = insertvalue { ptr, i32 } %44, i32 %43, 1
  resume { ptr, i32 } %45

bb9:                                              ; preds = %bb7
  %_42 = load ptr, ptr %self, align 8, !nonnull !4, !noundef !4
  %46 = icmp ne ptr %_42, null
  call void @llvm.assume(i1 %46)
  %_19 = getelementptr inbounds i8, ptr %_42, i64 16
  %47 = load i8, ptr %unhandled_panic, align 1, !range !6, !noundef !4
  %48 = trunc nuw i8 %47 to i1
; call <std::thread::scoped::ScopeData>::decrement_num_running_threads
  call void @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread6scopedNtB2_9ScopeData29decrement_num_running_threads(ptr noundef nonnull align 8 %_19, i1 noundef zeroext %48)
  br label %bb11

bb11:                                             ; preds = %bb9, %bb7
  ret void

bb18:                                             ; No predecessors!
  unreachable
}

; <std::thread::lifecycle::Packet<T> as core::ops::drop::Drop>::drop::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop28_$u7b$$u7b$closure$u7d$$u7d$17h48c03ffce909ba27E"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_2 = alloca [24 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_2)
  store i64 0, ptr %_2, align 8
  %self = load ptr, ptr %_1, align 8, !nonnull !4, !align !14, !noundef !4
; invoke core::ptr::drop_in_place<core::option::Option<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>>
  invoke void @"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E"(ptr noalias noundef align 8 dereferenceable(24) %self)
          to label %bb1 unwind label %cleanup

bb2:                                              ; preds = %cleanup
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %self, ptr align 8 %_2, i64 24, i1 false)
  %1 = load ptr, ptr %0, align 8, !noundef !4
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load i32, ptr %2, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %4 = insertvalue { ptr, i32 } poison, ptr %1, 0
  %5 = insertvalue { ptr, i32 } %4, i32 %3, 1
  resume { ptr, i32 } %5

cleanup:                                          ; preds = %start
  %6 = landingpad { ptr, i32 }
          cleanup
  %7 = extractvalue { ptr, i32 } %6, 0
  %8 = extractvalue { ptr, i32 } %6, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %7, ptr %0, align 8
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %8, ptr %9, align 8
  br label %bb2

bb1:                                              ; preds = %start
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %self, ptr align 8 %_2, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_2)
  ret void
}

; <std::sync::poison::mutex::MutexGuard<T> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hdfc0a4b06ac93992E"(ptr noalias noundef align 8 dereferenceable(16) %self) unnamed_addr #0 {
start:
  %0 = alloca [4 x i8], align 4
  %_6 = load ptr, ptr %self, align 8, !nonnull !4, !align !14, !noundef !4
  %_3 = getelementptr inbounds i8, ptr %_6, i64 4
  %_4 = getelementptr inbounds i8, ptr %self, i64 8
; call <std::sync::poison::Flag>::done
  call void @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done(ptr noundef nonnull align 1 %_3, ptr noalias noundef readonly align 1 captures(address, read_provenance) dereferenceable(1) %_4) #30
  %_7 = load ptr, ptr %self, align 8, !nonnull !4, !align !14, !noundef !4
  call void @llvm.lifetime.start.p0(ptr %0)
  %1 = atomicrmw xchg ptr %_7, i32 0 release, align 4
  store i32 %1, ptr %0, align 4
  %_8 = load i32, ptr %0, align 4, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %2 = icmp eq i32 %_8, 2
  %3 = call i1 @llvm.expect.i1(i1 %2, i1 false)
  br i1 %3, label %bb3, label %bb4

bb3:                                              ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::wake
  call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4 %_7)
  br label %bb2

bb4:                                              ; preds = %start
  br label %bb2

bb2:                                              ; preds = %bb4, %bb3
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #8

; __rustc::__rust_no_alloc_shim_is_unstable_v2
; Function Attrs: nounwind nonlazybind uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() unnamed_addr #6

; __rustc::__rust_alloc
; Function Attrs: nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable
declare noalias noundef ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #9

; __rustc::__rust_alloc_zeroed
; Function Attrs: nounwind nonlazybind allockind("alloc,zeroed,aligned") allocsize(0) uwtable
declare noalias noundef ptr @_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #10

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #11

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #11

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.expect.i1(i1, i1) #12

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull, ptr noundef nonnull, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #13

; std::panicking::panic_count::is_zero_slow_path
; Function Attrs: cold noinline nonlazybind uwtable
declare noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() unnamed_addr #14

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i1(i1) #15

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #16

; core::num::from_ascii_radix_panic
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core3num22from_ascii_radix_panic(i32 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #13

; alloc::alloc::handle_alloc_error
; Function Attrs: cold minsize noreturn nonlazybind optsize uwtable
declare void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef range(i64 1, -9223372036854775807), i64 noundef) unnamed_addr #17

; core::panicking::panic_nounwind_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr noundef nonnull, ptr noundef nonnull, i1 noundef zeroext, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #18

; <usize as core::fmt::Display>::fmt
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvXsi_NtNtNtCsgEmfK2I1SDS_4core3fmt3num3impjNtB9_7Display3fmt(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #19

; <u32 as core::fmt::UpperHex>::fmt
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvXsw_NtNtCsgEmfK2I1SDS_4core3fmt3nummNtB7_8UpperHex3fmt(ptr noalias noundef readonly align 4 captures(address, read_provenance) dereferenceable(4), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #4

; __rustc::__rust_dealloc
; Function Attrs: nounwind nonlazybind allockind("free") uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr allocptr noundef captures(address), i64 noundef, i64 noundef range(i64 1, -9223372036854775807)) unnamed_addr #20

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #6

; core::fmt::write
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvNtCsgEmfK2I1SDS_4core3fmt5write(ptr noundef nonnull align 1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48), ptr noundef nonnull, ptr noundef nonnull) unnamed_addr #4

; core::panicking::panic_in_cleanup
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() unnamed_addr #21

; <std::sys::stdio::unix::Stderr as std::io::Write>::write
; Function Attrs: nonlazybind uwtable
declare { i64, ptr } @_RNvXs3_NtNtNtCsjrHSEGnQ3l9_3std3sys5stdio4unixNtB5_6StderrNtNtBb_2io5Write5write(ptr noalias noundef nonnull align 1, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef range(i64 0, -9223372036854775808)) unnamed_addr #4

; core::slice::index::slice_index_fail
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core5slice5index16slice_index_fail(i64 noundef, i64 noundef, i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #13

; core::panicking::panic
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking5panic(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #13

; std::rt::lang_start_internal
; Function Attrs: nonlazybind uwtable
declare noundef i64 @_RNvNtCsjrHSEGnQ3l9_3std2rt19lang_start_internal(ptr noundef nonnull align 1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48), i64 noundef, ptr noundef, i8 noundef) unnamed_addr #4

; std::env::_var_os
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtCsjrHSEGnQ3l9_3std3env7__var_os(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(address) dereferenceable(24), ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef) unnamed_addr #4

; <std::sys::sync::mutex::futex::Mutex>::lock_contended
; Function Attrs: cold nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr noundef nonnull align 4) unnamed_addr #22

; <std::thread::id::ThreadId>::new
; Function Attrs: nonlazybind uwtable
declare noundef range(i64 1, 0) i64 @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread2idNtB2_8ThreadId3new() unnamed_addr #4

; <std::thread::thread::Thread>::new
; Function Attrs: nonlazybind uwtable
declare noundef nonnull ptr @_RNvMs_NtNtCsjrHSEGnQ3l9_3std6thread6threadNtB4_6Thread3new(i64 noundef range(i64 1, 0), ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(24)) unnamed_addr #4

; std::thread::spawnhook::run_spawn_hooks
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook15run_spawn_hooks(ptr dead_on_unwind noalias noundef writable sret([32 x i8]) align 8 captures(none) dereferenceable(32), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8)) unnamed_addr #4

; <std::thread::scoped::ScopeData>::increment_num_running_threads
; Function Attrs: nonlazybind uwtable
declare void @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread6scopedNtB2_9ScopeData29increment_num_running_threads(ptr noundef nonnull align 8) unnamed_addr #4

; <std::sys::thread::unix::Thread>::new
; Function Attrs: nonlazybind uwtable
declare { i64, ptr } @_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6Thread3new(i64 noundef, ptr noalias noundef nonnull align 8) unnamed_addr #4

; Function Attrs: cold noreturn nounwind memory(inaccessiblemem: write)
declare void @llvm.trap() #23

; Function Attrs: nonlazybind
define internal noundef i32 @__rust_try(ptr noundef nonnull %0, ptr noundef %1, ptr noundef nonnull %2) unnamed_addr #24 personality ptr @rust_eh_personality {
entry-block:
  invoke void %0(ptr %1)
          to label %then unwind label %catch

then:                                             ; preds = %entry-block
  ret i32 0

catch:                                            ; preds = %entry-block
  %3 = landingpad { ptr, i32 }
          catch ptr null
  %4 = extractvalue { ptr, i32 } %3, 0
  call void %2(ptr %1, ptr %4)
  ret i32 1
}

; core::str::converts::from_utf8
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core3str8converts9from_utf8(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24), ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef range(i64 0, -9223372036854775808)) unnamed_addr #4

; <std::thread::spawnhook::ChildSpawnHooks>::run
; Function Attrs: nonlazybind uwtable
declare void @_RNvMs_NtNtCsjrHSEGnQ3l9_3std6thread9spawnhookNtB4_15ChildSpawnHooks3run(ptr dead_on_return noalias noundef align 8 captures(address) dereferenceable(32)) unnamed_addr #4

; <std::sys::thread::unix::Thread>::join
; Function Attrs: nonlazybind uwtable
declare void @_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6Thread4join(i64 noundef) unnamed_addr #4

; core::option::expect_failed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core6option13expect_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #13

; core::option::unwrap_failed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core6option13unwrap_failed(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #13

; std::panicking::catch_unwind::cleanup
; Function Attrs: cold minsize nonlazybind optsize uwtable
declare { ptr, ptr } @_RNvNvNtCsjrHSEGnQ3l9_3std9panicking12catch_unwind7cleanup(ptr noundef) unnamed_addr #25

; core::panicking::panic_cannot_unwind
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() unnamed_addr #21

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #26

; <std::sys::thread::unix::Thread as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
declare void @_RNvXs1_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6ThreadNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef align 8 dereferenceable(8)) unnamed_addr #4

; <std::thread::spawnhook::SpawnHooks as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
declare void @_RNvXNtNtCsjrHSEGnQ3l9_3std6thread9spawnhookNtB2_10SpawnHooksNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef align 8 dereferenceable(8)) unnamed_addr #4

; <std::io::error::Error as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvXNtNtCsjrHSEGnQ3l9_3std2io5errorNtB2_5ErrorNtNtCsgEmfK2I1SDS_4core3fmt5Debug3fmt(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #4

; core::result::unwrap_failed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, ptr noundef nonnull align 1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #13

; std::thread::functions::sleep
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions5sleep(i64 noundef, i32 noundef range(i32 0, 1000000000)) unnamed_addr #4

; <dyn core::any::Any + core::marker::Send as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvXs0_NtCsgEmfK2I1SDS_4core3anyDNtB5_3AnyNtNtB7_6marker4SendEL_NtNtB7_3fmt5Debug3fmt(ptr noundef nonnull align 1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #4

; <alloc::sync::Arc<std::thread::spawnhook::SpawnHook>>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
declare void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook9SpawnHookE9drop_slowBM_(ptr noalias noundef align 8 dereferenceable(8)) unnamed_addr #5

; <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
declare void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef align 8 dereferenceable(8)) unnamed_addr #5

; <core::fmt::Formatter>::debug_struct
; Function Attrs: nonlazybind uwtable
declare void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter12debug_struct(ptr dead_on_unwind noalias noundef writable sret([16 x i8]) align 8 captures(address) dereferenceable(16), ptr noalias noundef align 8 dereferenceable(24), ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef) unnamed_addr #4

; <core::fmt::builders::DebugStruct>::finish_non_exhaustive
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvMs1_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_11DebugStruct21finish_non_exhaustive(ptr noalias noundef align 8 dereferenceable(16)) unnamed_addr #4

; std::process::abort
; Function Attrs: cold noreturn nonlazybind uwtable
declare void @_RNvNtCsjrHSEGnQ3l9_3std7process5abort() unnamed_addr #27

; <std::thread::scoped::ScopeData>::decrement_num_running_threads
; Function Attrs: nonlazybind uwtable
declare void @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread6scopedNtB2_9ScopeData29decrement_num_running_threads(ptr noundef nonnull align 8, i1 noundef zeroext) unnamed_addr #4

; <std::sys::sync::mutex::futex::Mutex>::wake
; Function Attrs: cold nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4) unnamed_addr #22

; Function Attrs: nonlazybind
define i32 @main(i32 %0, ptr %1) unnamed_addr #24 {
top:
  %2 = sext i32 %0 to i64
; call std::rt::lang_start
  %3 = call i64 @_ZN3std2rt10lang_start17hc23eaa4e10f6e082E(ptr @_ZN5mutex4main17h849321f015cbd99cE, i64 %2, ptr %1, i8 0)
  %4 = trunc i64 %3 to i32
  ret i32 %4
}

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { cold nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { inlinehint noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { alwaysinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #9 = { nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "alloc-variant-zeroed"="_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { nounwind nonlazybind allockind("alloc,zeroed,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #11 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #12 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #13 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #14 = { cold noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #15 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #16 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #17 = { cold minsize noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #18 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #19 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #20 = { nounwind nonlazybind allockind("free") uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #21 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #22 = { cold nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #23 = { cold noreturn nounwind memory(inaccessiblemem: write) }
attributes #24 = { nonlazybind "target-cpu"="x86-64" }
attributes #25 = { cold minsize nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #26 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #27 = { cold noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #28 = { nounwind }
attributes #29 = { noinline noreturn }
attributes #30 = { inlinehint }
attributes #31 = { noinline }
attributes #32 = { noreturn }
attributes #33 = { inlinehint noreturn }
attributes #34 = { noinline noreturn nounwind }
attributes #35 = { cold }
attributes #36 = { cold noreturn nounwind }
attributes #37 = { inlinehint nounwind }
attributes #38 = { alwaysinline }

!llvm.module.flags = !{!0, !1, !2}
!llvm.ident = !{!3}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 7, !"PIE Level", i32 2}
!2 = !{i32 2, !"RtLibUseGOT", i32 1}
!3 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!4 = !{}
!5 = !{i32 0, i32 2}
!6 = !{i8 0, i8 2}
!7 = !{i64 1}
!8 = !{i32 0, i32 1114112}
!9 = !{i64 0, i64 2}
!10 = !{!"branch_weights", i32 1, i32 1, i32 2000, i32 2000, i32 2000, i32 2000}
!11 = !{i8 0, i8 43}
!12 = !{i8 0, i8 4}
!13 = !{i8 0, i8 42}
!14 = !{i64 8}
!15 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 2000, i32 2000}
!16 = !{i64 20809958367555177}
!17 = !{i64 0, i64 -9223372036854775807}
!18 = !{!"branch_weights", i32 1, i32 2000, i32 1, i32 2000, i32 1, i32 2000}
!19 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 1, i32 1, i32 2000}
!20 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 2000}
!21 = !{i64 1, i64 -9223372036854775807}
!22 = !{i64 0, i64 -9223372036854775808}
!23 = !{i64 1, i64 536870913}
