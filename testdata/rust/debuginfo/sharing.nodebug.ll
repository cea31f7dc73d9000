; built with: rustc --edition=2021 --crate-type=lib --crate-name=sharing --emit=llvm-ir -C codegen-units=1 -C metadata=irscope -C panic=unwind --target=x86_64-unknown-linux-gnu -C opt-level=3 -C no-prepopulate-passes testdata/rust/debuginfo/sharing.rs -o testdata/rust/debuginfo/sharing.nodebug.ll
;   (from the repository root, with --remap-path-prefix=$PWD=. ; see regen)
; ModuleID = 'sharing.bd94ec71f88cb894-cgu.0'
source_filename = "sharing.bd94ec71f88cb894-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@anon.faae8d1745c87cff5912a5adaa74654f.0 = private unnamed_addr constant <{ [8 x i8], [8 x i8] }> <{ [8 x i8] zeroinitializer, [8 x i8] undef }>, align 8
@alloc_9cd20c3e415f4d39f0ceb012cb758628 = private unnamed_addr constant [40 x i8] c"there is no such thing as a release load", align 1
@alloc_e17502e153481471943c37e20438384b = private unnamed_addr constant [80 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/sync/atomic.rs\00", align 1
@alloc_b7d26e4bc52b7f02cc25e37f0bf633e4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\005\0F\00\00\18\00\00\00" }>, align 8
@alloc_96ab912d0054b46da785b206a96c9a45 = private unnamed_addr constant [49 x i8] c"there is no such thing as an acquire-release load", align 1
@alloc_738c866d826467e54726b360a2118a62 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\006\0F\00\00\17\00\00\00" }>, align 8
@alloc_23f11ce7e8da016da50ab95509e7fa31 = private unnamed_addr constant [35 x i8] c"testdata/rust/debuginfo/sharing.rs\00", align 1
@alloc_51ebbdd38acc1057bcd3542e1e9a36f6 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_23f11ce7e8da016da50ab95509e7fa31, [16 x i8] c"\22\00\00\00\00\00\00\00S\00\00\00\07\00\00\00" }>, align 8
@_ZN7sharing4FLAG17h125a699f812a4294E = global [1 x i8] zeroinitializer, align 1
@_ZN7sharing4LOCK17h9b1a4f1729c8ba1aE = global <{ [5 x i8], [3 x i8], [8 x i8] }> <{ [5 x i8] zeroinitializer, [3 x i8] undef, [8 x i8] zeroinitializer }>, align 8
@_ZN7sharing4ONCE17ha1b40ad32e496536E = global <{ [4 x i8], [4 x i8] }> <{ [4 x i8] c"\03\00\00\00", [4 x i8] undef }>, align 4
@_ZN7sharing5LIMIT17h01b796ebf27fc673E = constant [8 x i8] c"\0A\00\00\00\00\00\00\00", align 8
@_ZN7sharing5READY17hdd69ef26855f6cbeE = global [1 x i8] zeroinitializer, align 1
@_ZN7sharing7COUNTER17hbcb64c705c41587fE = global [4 x i8] zeroinitializer, align 4
@alloc_a931397211c33a1c8fe0d17838460834 = private unnamed_addr constant [60 x i8] c"internal error: entered unreachable code: invalid Once state", align 1
@alloc_d297259cc070aa2602321cadcae1bea9 = private unnamed_addr constant [87 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/sys/sync/once/futex.rs\00", align 1
@alloc_41083d9f9c7083815e5e11964bf770af = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_d297259cc070aa2602321cadcae1bea9, [16 x i8] c"V\00\00\00\00\00\00\00[\00\00\00\12\00\00\00" }>, align 8

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
  %7 = load ptr, ptr %_0, align 8, !noundef !3
  %8 = getelementptr inbounds i8, ptr %_0, i64 8
  %9 = load i64, ptr %8, align 8
  %10 = insertvalue { ptr, i64 } poison, ptr %7, 0
  %11 = insertvalue { ptr, i64 } %10, i64 %9, 1
  ret { ptr, i64 } %11

bb4:                                              ; preds = %bb1
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #15
; call __rustc::__rust_alloc
  %12 = call noundef ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef %layout.1, i64 noundef %layout.0) #15
  store ptr %12, ptr %raw_ptr, align 8
  br label %bb5

bb3:                                              ; preds = %bb1
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #15
; call __rustc::__rust_alloc_zeroed
  %13 = call noundef ptr @_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed(i64 noundef %layout.1, i64 noundef %layout.0) #15
  store ptr %13, ptr %raw_ptr, align 8
  br label %bb5

bb5:                                              ; preds = %bb3, %bb4
  call void @llvm.lifetime.start.p0(ptr %_9)
  call void @llvm.lifetime.start.p0(ptr %self)
  call void @llvm.lifetime.start.p0(ptr %self1)
  %14 = load ptr, ptr %raw_ptr, align 8, !noundef !3
  %_29 = ptrtoint ptr %14 to i64
  %15 = icmp eq i64 %_29, 0
  br i1 %15, label %bb14, label %bb15

bb14:                                             ; preds = %bb5
  store ptr null, ptr %self1, align 8
  store ptr null, ptr %self, align 8
  call void @llvm.lifetime.end.p0(ptr %self1)
  call void @llvm.lifetime.end.p0(ptr %self)
  call void @llvm.assume(i1 true)
  %16 = load ptr, ptr @anon.faae8d1745c87cff5912a5adaa74654f.0, align 8, !noundef !3
  %17 = load i64, ptr getelementptr inbounds (i8, ptr @anon.faae8d1745c87cff5912a5adaa74654f.0, i64 8), align 8
  store ptr %16, ptr %_0, align 8
  %18 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %17, ptr %18, align 8
  call void @llvm.lifetime.end.p0(ptr %_9)
  br label %bb6

bb15:                                             ; preds = %bb5
  br label %bb18

bb18:                                             ; preds = %bb15
  %_28 = load ptr, ptr %raw_ptr, align 8, !noundef !3
  %19 = icmp ne ptr %_28, null
  call void @llvm.assume(i1 %19)
  store ptr %_28, ptr %self1, align 8
  %v = load ptr, ptr %self1, align 8, !nonnull !3, !noundef !3
  store ptr %v, ptr %self, align 8
  call void @llvm.lifetime.end.p0(ptr %self1)
  %v3 = load ptr, ptr %self, align 8, !nonnull !3, !noundef !3
  store ptr %v3, ptr %_9, align 8
  call void @llvm.lifetime.end.p0(ptr %self)
  %ptr = load ptr, ptr %_9, align 8, !nonnull !3, !noundef !3
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

; alloc::boxed::box_new_uninit
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef ptr @_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit(i64 noundef range(i64 1, -9223372036854775807) %layout.0, i64 noundef %layout.1) unnamed_addr #0 {
start:
  %_2 = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_2)
; call <alloc::alloc::Global>::alloc_impl_runtime
  %0 = call { ptr, i64 } @_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime(i64 noundef %layout.0, i64 noundef %layout.1, i1 noundef zeroext false) #16
  %1 = extractvalue { ptr, i64 } %0, 0
  %2 = extractvalue { ptr, i64 } %0, 1
  store ptr %1, ptr %_2, align 8
  %3 = getelementptr inbounds i8, ptr %_2, i64 8
  store i64 %2, ptr %3, align 8
  %4 = load ptr, ptr %_2, align 8, !noundef !3
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
  call void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef %layout.0, i64 noundef %layout.1) #17
  unreachable

bb3:                                              ; preds = %start
  %ptr.0 = load ptr, ptr %_2, align 8, !nonnull !3, !noundef !3
  %11 = getelementptr inbounds i8, ptr %_2, i64 8
  %ptr.1 = load i64, ptr %11, align 8, !noundef !3
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

; <core::cell::BorrowRef as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvXsG_NtCsgEmfK2I1SDS_4core4cellNtB5_9BorrowRefNtNtNtB7_3ops4drop4Drop4drop(ptr noalias noundef align 8 dereferenceable(8) %self) unnamed_addr #0 {
start:
  %_4 = load ptr, ptr %self, align 8, !nonnull !3, !align !4, !noundef !3
  %_2 = load i64, ptr %_4, align 8, !noundef !3
  %_5 = load ptr, ptr %self, align 8, !nonnull !3, !align !4, !noundef !3
  %_3 = sub i64 %_2, 1
  store i64 %_3, ptr %_5, align 8
  ret void
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
  call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef %ptr, i64 noundef %layout.1, i64 noundef %layout.0) #15
  br label %bb2
}

; core::ptr::drop_in_place<sharing::Shared>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr36drop_in_place$LT$sharing..Shared$GT$17hf73556dd3b65f71eE"(ptr noalias noundef align 8 dereferenceable(64) %_1) unnamed_addr #1 {
start:
; call core::ptr::drop_in_place<std::sync::poison::mutex::Mutex<alloc::vec::Vec<u8>>>
  call void @"_ZN4core3ptr85drop_in_place$LT$std..sync..poison..mutex..Mutex$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h5ed43dbe1486393bE"(ptr noalias noundef align 8 dereferenceable(32) %_1)
  ret void
}

; core::ptr::drop_in_place<core::cell::BorrowRef>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr42drop_in_place$LT$core..cell..BorrowRef$GT$17he0437f011ca58733E"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #1 {
start:
; call <core::cell::BorrowRef as core::ops::drop::Drop>::drop
  call void @_RNvXsG_NtCsgEmfK2I1SDS_4core4cellNtB5_9BorrowRefNtNtNtB7_3ops4drop4Drop4drop(ptr noalias noundef align 8 dereferenceable(8) %_1) #16
  ret void
}

; core::ptr::drop_in_place<alloc::vec::Vec<u8>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr46drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$17h474f9a9cbc8bc022E"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
; invoke <alloc::vec::Vec<T,A> as core::ops::drop::Drop>::drop
  invoke void @"_ZN70_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc4d3d3bca8af03eaE"(ptr noalias noundef align 8 dereferenceable(24) %_1)
          to label %bb4 unwind label %cleanup

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<alloc::raw_vec::RawVec<u8>>
  invoke void @"_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17he02803ea70653b3fE"(ptr noalias noundef align 8 dereferenceable(16) %_1) #18
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
  call void @"_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17he02803ea70653b3fE"(ptr noalias noundef align 8 dereferenceable(16) %_1)
  ret void

terminate:                                        ; preds = %bb3
  %5 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #19
  unreachable

bb1:                                              ; preds = %bb3
  %6 = load ptr, ptr %0, align 8, !noundef !3
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = load i32, ptr %7, align 8, !noundef !3
  call void @llvm.lifetime.end.p0(ptr %0)
  %9 = insertvalue { ptr, i32 } poison, ptr %6, 0
  %10 = insertvalue { ptr, i32 } %9, i32 %8, 1
  resume { ptr, i32 } %10
}

; core::ptr::drop_in_place<alloc::raw_vec::RawVec<u8>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17he02803ea70653b3fE"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #1 {
start:
; call <alloc::raw_vec::RawVec<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h64da87b6aedb7f8fE"(ptr noalias noundef align 8 dereferenceable(16) %_1)
  ret void
}

; core::ptr::drop_in_place<std::sync::once_lock::OnceLock<u32>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr62drop_in_place$LT$std..sync..once_lock..OnceLock$LT$u32$GT$$GT$17ha9d8d4044aa0f402E"(ptr noalias noundef align 4 dereferenceable(8) %_1) unnamed_addr #1 {
start:
; call <std::sync::once_lock::OnceLock<T> as core::ops::drop::Drop>::drop
  call void @"_ZN81_$LT$std..sync..once_lock..OnceLock$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17haefd3c09bce5c108E"(ptr noalias noundef align 4 dereferenceable(8) %_1) #16
  ret void
}

; core::ptr::drop_in_place<core::cell::Ref<alloc::vec::Vec<u8>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr69drop_in_place$LT$core..cell..Ref$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h292ac4e8a724eb75E"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %_1, i64 8
; call core::ptr::drop_in_place<core::cell::BorrowRef>
  call void @"_ZN4core3ptr42drop_in_place$LT$core..cell..BorrowRef$GT$17he0437f011ca58733E"(ptr noalias noundef align 8 dereferenceable(8) %0)
  ret void
}

; core::ptr::drop_in_place<core::cell::RefCell<alloc::vec::Vec<u8>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr73drop_in_place$LT$core..cell..RefCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h27773335d01e6feeE"(ptr noalias noundef align 8 dereferenceable(32) %_1) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %_1, i64 8
; call core::ptr::drop_in_place<core::cell::UnsafeCell<alloc::vec::Vec<u8>>>
  call void @"_ZN4core3ptr76drop_in_place$LT$core..cell..UnsafeCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h4c027f700e8edba1E"(ptr noalias noundef align 8 dereferenceable(24) %0)
  ret void
}

; core::ptr::drop_in_place<core::cell::UnsafeCell<alloc::vec::Vec<u8>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr76drop_in_place$LT$core..cell..UnsafeCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h4c027f700e8edba1E"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #1 {
start:
; call core::ptr::drop_in_place<alloc::vec::Vec<u8>>
  call void @"_ZN4core3ptr46drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$17h474f9a9cbc8bc022E"(ptr noalias noundef align 8 dereferenceable(24) %_1)
  ret void
}

; core::ptr::drop_in_place<std::sync::poison::mutex::Mutex<alloc::vec::Vec<u8>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr85drop_in_place$LT$std..sync..poison..mutex..Mutex$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h5ed43dbe1486393bE"(ptr noalias noundef align 8 dereferenceable(32) %_1) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %_1, i64 8
; call core::ptr::drop_in_place<core::cell::UnsafeCell<alloc::vec::Vec<u8>>>
  call void @"_ZN4core3ptr76drop_in_place$LT$core..cell..UnsafeCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h4c027f700e8edba1E"(ptr noalias noundef align 8 dereferenceable(24) %0)
  ret void
}

; core::cell::RefCell<T>::borrow
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, ptr } @"_ZN4core4cell16RefCell$LT$T$GT$6borrow17h92e3942cf60e2bacE"(ptr noundef nonnull align 8 %self, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) unnamed_addr #0 {
start:
  %_2 = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_2)
  %self1 = load i64, ptr %self, align 8, !noundef !3
  %b = add i64 %self1, 1
  %_11 = icmp sgt i64 %b, 0
  %1 = call i1 @llvm.expect.i1(i1 %_11, i1 true)
  br i1 %1, label %bb1, label %bb2

bb2:                                              ; preds = %start
; call core::cell::panic_already_mutably_borrowed
  call void @_RNvNtCsgEmfK2I1SDS_4core4cell30panic_already_mutably_borrowed(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) #20
  unreachable

bb1:                                              ; preds = %start
  store i64 %b, ptr %self, align 8
  %_17 = getelementptr inbounds i8, ptr %self, i64 8
  br label %bb5

bb5:                                              ; preds = %bb1
  %2 = icmp ne ptr %_17, null
  call void @llvm.assume(i1 %2)
  store ptr %_17, ptr %_2, align 8
  %3 = getelementptr inbounds i8, ptr %_2, i64 8
  store ptr %self, ptr %3, align 8
  %b.0 = load ptr, ptr %_2, align 8, !nonnull !3, !noundef !3
  %4 = getelementptr inbounds i8, ptr %_2, i64 8
  %b.1 = load ptr, ptr %4, align 8, !nonnull !3, !align !4, !noundef !3
  call void @llvm.lifetime.end.p0(ptr %_2)
  %5 = insertvalue { ptr, ptr } poison, ptr %b.0, 0
  %6 = insertvalue { ptr, ptr } %5, ptr %b.1, 1
  ret { ptr, ptr } %6

bb3:                                              ; No predecessors!
  unreachable

bb4:                                              ; No predecessors!
  unreachable
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i8 @_ZN4core4sync6atomic11atomic_load17hb41be879e822128aE(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 {
start:
  %_0 = alloca [1 x i8], align 1
  %_3 = zext i8 %order to i64
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !prof !5

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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #20
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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #20
  unreachable

bb4:                                              ; preds = %start
  %4 = load atomic i8, ptr %dst seq_cst, align 1
  store i8 %4, ptr %_0, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %5 = load i8, ptr %_0, align 1, !noundef !3
  ret i8 %5
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i64 @_ZN4core4sync6atomic11atomic_load17hf11592dee2300186E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 {
start:
  %_0 = alloca [8 x i8], align 8
  %_3 = zext i8 %order to i64
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !prof !5

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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #20
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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #20
  unreachable

bb4:                                              ; preds = %start
  %4 = load atomic i64, ptr %dst seq_cst, align 8
  store i64 %4, ptr %_0, align 8
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %5 = load i64, ptr %_0, align 8, !noundef !3
  ret i64 %5
}

; alloc::raw_vec::RawVecInner<A>::deallocate
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17h8d83d330ecb41dc6E"(ptr noalias noundef align 8 dereferenceable(16) %self, i64 noundef range(i64 1, -9223372036854775807) %elem_layout.0, i64 noundef %elem_layout.1) unnamed_addr #1 {
start:
  %_3 = alloca [24 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_3)
; call alloc::raw_vec::RawVecInner<A>::current_memory
  call void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17hd03e2e46594c532aE"(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_3, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %self, i64 noundef %elem_layout.0, i64 noundef %elem_layout.1) #16
  %0 = getelementptr inbounds i8, ptr %_3, i64 8
  %1 = load i64, ptr %0, align 8, !range !6, !noundef !3
  %2 = icmp eq i64 %1, 0
  %_5 = select i1 %2, i64 0, i64 1
  %3 = trunc nuw i64 %_5 to i1
  br i1 %3, label %bb2, label %bb4

bb2:                                              ; preds = %start
  %ptr = load ptr, ptr %_3, align 8, !nonnull !3, !noundef !3
  %4 = getelementptr inbounds i8, ptr %_3, i64 8
  %layout.0 = load i64, ptr %4, align 8, !range !7, !noundef !3
  %5 = getelementptr inbounds i8, ptr %4, i64 8
  %layout.1 = load i64, ptr %5, align 8, !noundef !3
  %_9 = getelementptr inbounds i8, ptr %self, i64 16
; call <alloc::alloc::Global as core::alloc::Allocator>::deallocate
  call void @_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %_9, ptr noundef nonnull %ptr, i64 noundef %layout.0, i64 noundef %layout.1) #16
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
define internal void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17hd03e2e46594c532aE"(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %self, i64 noundef range(i64 1, -9223372036854775807) %elem_layout.0, i64 noundef %elem_layout.1) unnamed_addr #0 {
start:
  %_14 = alloca [24 x i8], align 8
  %0 = icmp eq i64 %elem_layout.1, 0
  br i1 %0, label %bb3, label %bb1

bb3:                                              ; preds = %bb2, %start
  %1 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 0, ptr %1, align 8
  br label %bb5

bb1:                                              ; preds = %start
  %self1 = load i64, ptr %self, align 8, !range !8, !noundef !3
  %2 = icmp ule i64 %self1, 9223372036854775807
  call void @llvm.assume(i1 %2)
  %3 = icmp eq i64 %self1, 0
  br i1 %3, label %bb2, label %bb4

bb2:                                              ; preds = %bb1
  br label %bb3

bb4:                                              ; preds = %bb1
  %self2 = load i64, ptr %self, align 8, !range !8, !noundef !3
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
  %self3 = load ptr, ptr %7, align 8, !nonnull !3, !noundef !3
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

; <alloc::vec::Vec<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN70_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc4d3d3bca8af03eaE"(ptr noalias noundef align 8 dereferenceable(24) %self) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds i8, ptr %self, i64 8
  %_5 = load ptr, ptr %0, align 8, !nonnull !3, !noundef !3
  %1 = icmp ne ptr %_5, null
  call void @llvm.assume(i1 %1)
  %2 = getelementptr inbounds i8, ptr %self, i64 16
  %len = load i64, ptr %2, align 8, !noundef !3
  ret void
}

; <alloc::raw_vec::RawVec<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h64da87b6aedb7f8fE"(ptr noalias noundef align 8 dereferenceable(16) %self) unnamed_addr #1 {
start:
; call alloc::raw_vec::RawVecInner<A>::deallocate
  call void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17h8d83d330ecb41dc6E"(ptr noalias noundef align 8 dereferenceable(16) %self, i64 noundef 1, i64 noundef 1)
  ret void
}

; sharing::read_limit
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7sharing10read_limit17hddf03bff8c886229E() unnamed_addr #2 {
start:
; call core::sync::atomic::atomic_load
  %_4 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17hb41be879e822128aE(ptr noundef @_ZN7sharing5READY17hdd69ef26855f6cbeE, i8 noundef 2) #16
  %_2 = icmp ne i8 %_4, 0
  %0 = icmp ule i1 %_2, true
  call void @llvm.assume(i1 %0)
  %_1 = zext i1 %_2 to i64
  %_0 = add i64 10, %_1
  ret i64 %_0
}

; sharing::poll_status
; Function Attrs: noinline nonlazybind uwtable
define noundef i32 @_ZN7sharing11poll_status17h7cd82e4aecca71bfE(ptr noundef %regs) unnamed_addr #2 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %_2 = load i32, ptr %regs, align 4, !noundef !3
  %0 = icmp eq i32 %_2, 0
  br i1 %0, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  br label %bb1

bb3:                                              ; preds = %bb1
  %1 = getelementptr inbounds i8, ptr %regs, i64 4
  %_0 = load i32, ptr %1, align 4, !noundef !3
  ret i32 %_0
}

; sharing::refcell_len
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7sharing11refcell_len17h18b45be876b278a7E(ptr noundef nonnull align 8 %r) unnamed_addr #2 {
start:
  %_2 = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_2)
; call core::cell::RefCell<T>::borrow
  %0 = call { ptr, ptr } @"_ZN4core4cell16RefCell$LT$T$GT$6borrow17h92e3942cf60e2bacE"(ptr noundef nonnull align 8 %r, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_51ebbdd38acc1057bcd3542e1e9a36f6) #16
  %1 = extractvalue { ptr, ptr } %0, 0
  %2 = extractvalue { ptr, ptr } %0, 1
  store ptr %1, ptr %_2, align 8
  %3 = getelementptr inbounds i8, ptr %_2, i64 8
  store ptr %2, ptr %3, align 8
  %_4 = load ptr, ptr %_2, align 8, !nonnull !3, !noundef !3
  %4 = icmp ne ptr %_4, null
  call void @llvm.assume(i1 %4)
  %5 = getelementptr inbounds i8, ptr %_4, i64 16
  %_0 = load i64, ptr %5, align 8, !noundef !3
  %_5 = icmp ule i64 %_0, 9223372036854775807
  call void @llvm.assume(i1 %_5)
; call core::ptr::drop_in_place<core::cell::Ref<alloc::vec::Vec<u8>>>
  call void @"_ZN4core3ptr69drop_in_place$LT$core..cell..Ref$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h292ac4e8a724eb75E"(ptr noalias noundef align 8 dereferenceable(16) %_2)
  call void @llvm.lifetime.end.p0(ptr %_2)
  ret i64 %_0
}

; sharing::shared_hits
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7sharing11shared_hits17he8f9a557f6385c62E(ptr noundef nonnull align 8 %s) unnamed_addr #2 {
start:
  %_3 = getelementptr inbounds i8, ptr %s, i64 48
; call core::sync::atomic::atomic_load
  %_0 = call noundef i64 @_ZN4core4sync6atomic11atomic_load17hf11592dee2300186E(ptr noundef %_3, i8 noundef 0) #16
  ret i64 %_0
}

; sharing::run
; Function Attrs: nonlazybind uwtable
define noundef i64 @_ZN7sharing3run17h690fdd3efc0cbda0E() unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %_72 = alloca [4 x i8], align 4
  %_71 = alloca [8 x i8], align 4
  %_70 = alloca [1 x i8], align 1
  %_69 = alloca [4 x i8], align 4
  %_68 = alloca [24 x i8], align 8
  %_67 = alloca [1 x i8], align 1
  %_66 = alloca [4 x i8], align 4
  %_65 = alloca [24 x i8], align 8
  %_15 = alloca [4 x i8], align 4
  %_14 = alloca [16 x i8], align 4
  %_13 = alloca [24 x i8], align 8
  %_12 = alloca [32 x i8], align 8
  %_11 = alloca [8 x i8], align 8
  %s = alloca [64 x i8], align 8
  %word = alloca [4 x i8], align 4
  %regs = alloca [8 x i8], align 4
  %_6 = alloca [24 x i8], align 8
  %r = alloca [32 x i8], align 8
  %c = alloca [4 x i8], align 4
  %_3 = alloca [8 x i8], align 2
  %o = alloca [32 x i8], align 8
  %shared = alloca [8 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %shared)
  store i64 0, ptr %shared, align 8
  call void @llvm.lifetime.start.p0(ptr %o)
  call void @llvm.lifetime.start.p0(ptr %_3)
  call void @llvm.memset.p0.i64(ptr align 2 %_3, i8 0, i64 8, i1 false)
  %1 = getelementptr inbounds i8, ptr %o, i64 24
  store i8 1, ptr %1, align 8
  store i64 3, ptr %o, align 8
  %2 = getelementptr inbounds i8, ptr %o, i64 8
  store i32 2, ptr %2, align 8
  %3 = getelementptr inbounds i8, ptr %o, i64 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 2 %_3, i64 8, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_3)
  call void @llvm.lifetime.start.p0(ptr %c)
  store i32 5, ptr %c, align 4
  call void @llvm.lifetime.start.p0(ptr %r)
  call void @llvm.lifetime.start.p0(ptr %_6)
; call alloc::boxed::box_new_uninit
  %_52 = call noundef ptr @_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit(i64 noundef 1, i64 noundef 1) #16
  %4 = icmp ne ptr %_52, null
  call void @llvm.assume(i1 %4)
  %5 = icmp ne ptr %_52, null
  call void @llvm.assume(i1 %5)
  %6 = getelementptr inbounds nuw i8, ptr %_52, i64 0
  store i8 1, ptr %6, align 1
  %7 = icmp ne ptr %_52, null
  call void @llvm.assume(i1 %7)
  %8 = icmp ne ptr %_52, null
  call void @llvm.assume(i1 %8)
  call void @llvm.assume(i1 true)
  %9 = icmp ne ptr %_52, null
  call void @llvm.assume(i1 %9)
  store i64 1, ptr %_6, align 8
  %10 = getelementptr inbounds i8, ptr %_6, i64 8
  store ptr %_52, ptr %10, align 8
  %11 = getelementptr inbounds i8, ptr %_6, i64 16
  store i64 1, ptr %11, align 8
  call void @llvm.lifetime.start.p0(ptr %_65)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_65, ptr align 8 %_6, i64 24, i1 false)
  store i64 0, ptr %r, align 8
  %12 = getelementptr inbounds i8, ptr %r, i64 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 %_65, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_65)
  call void @llvm.lifetime.end.p0(ptr %_6)
  call void @llvm.lifetime.start.p0(ptr %regs)
  store i32 1, ptr %regs, align 4
  %13 = getelementptr inbounds i8, ptr %regs, i64 4
  store i32 2, ptr %13, align 4
  call void @llvm.lifetime.start.p0(ptr %word)
  store i32 1, ptr %word, align 4
  call void @llvm.lifetime.start.p0(ptr %s)
  call void @llvm.lifetime.start.p0(ptr %_11)
  store i64 0, ptr %_11, align 8
  call void @llvm.lifetime.start.p0(ptr %_12)
  call void @llvm.lifetime.start.p0(ptr %_13)
  store i64 0, ptr %_13, align 8
  %14 = getelementptr inbounds i8, ptr %_13, i64 8
  store ptr inttoptr (i64 1 to ptr), ptr %14, align 8
  %15 = getelementptr inbounds i8, ptr %_13, i64 16
  store i64 0, ptr %15, align 8
  call void @llvm.lifetime.start.p0(ptr %_66)
  store i32 0, ptr %_69, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %_66, ptr align 4 %_69, i64 4, i1 false)
  store i8 0, ptr %_70, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %_67, ptr align 1 %_70, i64 1, i1 false)
  call void @llvm.lifetime.start.p0(ptr %_68)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_68, ptr align 8 %_13, i64 24, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_12, ptr align 4 %_66, i64 4, i1 false)
  %16 = getelementptr inbounds i8, ptr %_12, i64 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %16, ptr align 1 %_67, i64 1, i1 false)
  %17 = getelementptr inbounds i8, ptr %_12, i64 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %17, ptr align 8 %_68, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_68)
  call void @llvm.lifetime.end.p0(ptr %_66)
  call void @llvm.lifetime.end.p0(ptr %_13)
  call void @llvm.lifetime.start.p0(ptr %_14)
  call void @llvm.lifetime.start.p0(ptr %_71)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %_71, ptr align 4 %_69, i64 4, i1 false)
  %18 = getelementptr inbounds i8, ptr %_71, i64 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %18, ptr align 4 %_69, i64 4, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %_14, ptr align 4 %_71, i64 8, i1 false)
  %19 = getelementptr inbounds i8, ptr %_14, i64 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %19, ptr align 1 %_67, i64 1, i1 false)
  %20 = getelementptr inbounds i8, ptr %_14, i64 12
  store i32 0, ptr %20, align 4
  call void @llvm.lifetime.end.p0(ptr %_71)
  call void @llvm.lifetime.start.p0(ptr %_15)
  call void @llvm.lifetime.start.p0(ptr %_72)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %_72, ptr align 4 %_69, i64 4, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %_15, ptr align 4 %_72, i64 4, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_72)
  %21 = getelementptr inbounds i8, ptr %s, i64 48
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %21, ptr align 8 %_11, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %s, ptr align 8 %_12, i64 32, i1 false)
  %22 = getelementptr inbounds i8, ptr %s, i64 32
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %22, ptr align 4 %_14, i64 16, i1 false)
  %23 = getelementptr inbounds i8, ptr %s, i64 56
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %23, ptr align 4 %_15, i64 4, i1 false)
  call void @llvm.lifetime.end.p0(ptr %_15)
  call void @llvm.lifetime.end.p0(ptr %_14)
  call void @llvm.lifetime.end.p0(ptr %_12)
  call void @llvm.lifetime.end.p0(ptr %_11)
  store i8 1, ptr @_ZN7sharing4FLAG17h125a699f812a4294E, align 1
; invoke sharing::wait_flag
  invoke void @_ZN7sharing9wait_flag17hf94bd1f785e54155E()
          to label %bb1 unwind label %cleanup

bb15:                                             ; preds = %cleanup
; invoke core::ptr::drop_in_place<sharing::Shared>
  invoke void @"_ZN4core3ptr36drop_in_place$LT$sharing..Shared$GT$17hf73556dd3b65f71eE"(ptr noalias noundef align 8 dereferenceable(64) %s) #18
          to label %bb16 unwind label %terminate

cleanup:                                          ; preds = %bb11, %bb10, %bb9, %bb8, %bb7, %bb6, %bb5, %bb4, %bb3, %bb2, %bb1, %start
  %24 = landingpad { ptr, i32 }
          cleanup
  %25 = extractvalue { ptr, i32 } %24, 0
  %26 = extractvalue { ptr, i32 } %24, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %25, ptr %0, align 8
  %27 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %26, ptr %27, align 8
  br label %bb15

bb1:                                              ; preds = %start
; invoke sharing::bump
  invoke void @_ZN7sharing4bump17hfa3d0c27c09d0ab0E()
          to label %bb2 unwind label %cleanup

bb2:                                              ; preds = %bb1
; invoke sharing::read_limit
  %_27 = invoke noundef i64 @_ZN7sharing10read_limit17hddf03bff8c886229E()
          to label %bb3 unwind label %cleanup

bb3:                                              ; preds = %bb2
; invoke sharing::nested_b
  %_28 = invoke noundef i64 @_ZN7sharing8nested_b17h77e41f91ddd90e91E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) %o)
          to label %bb4 unwind label %cleanup

bb4:                                              ; preds = %bb3
  %_25 = add i64 %_27, %_28
; invoke sharing::cell_get
  %_31 = invoke noundef i32 @_ZN7sharing8cell_get17h8be7071736d6c258E(ptr noundef nonnull align 4 %c)
          to label %bb5 unwind label %cleanup

bb5:                                              ; preds = %bb4
  %_30 = zext i32 %_31 to i64
  %_24 = add i64 %_25, %_30
; invoke sharing::refcell_len
  %_34 = invoke noundef i64 @_ZN7sharing11refcell_len17h18b45be876b278a7E(ptr noundef nonnull align 8 %r)
          to label %bb6 unwind label %cleanup

bb6:                                              ; preds = %bb5
  %_23 = add i64 %_24, %_34
; invoke sharing::poll_status
  %_37 = invoke noundef i32 @_ZN7sharing11poll_status17h7cd82e4aecca71bfE(ptr noundef %regs)
          to label %bb7 unwind label %cleanup

bb7:                                              ; preds = %bb6
  %_36 = zext i32 %_37 to i64
  %_22 = add i64 %_23, %_36
; invoke sharing::shared_hits
  %_40 = invoke noundef i64 @_ZN7sharing11shared_hits17he8f9a557f6385c62E(ptr noundef nonnull align 8 %s)
          to label %bb8 unwind label %cleanup

bb8:                                              ; preds = %bb7
  %_21 = add i64 %_22, %_40
; invoke sharing::plain_sum
  %_42 = invoke noundef i64 @_ZN7sharing9plain_sum17hc3d779fe67b4c073E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %o)
          to label %bb9 unwind label %cleanup

bb9:                                              ; preds = %bb8
  %_20 = add i64 %_21, %_42
; invoke sharing::statics
  %_45 = invoke noundef i64 @_ZN7sharing7statics17hc9c8e9360af66e42E()
          to label %bb10 unwind label %cleanup

bb10:                                             ; preds = %bb9
  %_19 = add i64 %_20, %_45
; invoke sharing::my_load
  %_47 = invoke noundef i64 @_ZN7sharing7my_load17hcb6ee0933feb2a4dE(ptr noundef nonnull align 8 %shared)
          to label %bb11 unwind label %cleanup

bb11:                                             ; preds = %bb10
  %total = add i64 %_19, %_47
; invoke sharing::poll_mut
  invoke void @_ZN7sharing8poll_mut17h339096898aafa4d5E(ptr noundef %word)
          to label %bb12 unwind label %cleanup

bb12:                                             ; preds = %bb11
; invoke core::ptr::drop_in_place<sharing::Shared>
  invoke void @"_ZN4core3ptr36drop_in_place$LT$sharing..Shared$GT$17hf73556dd3b65f71eE"(ptr noalias noundef align 8 dereferenceable(64) %s)
          to label %bb13 unwind label %cleanup1

bb16:                                             ; preds = %bb15, %cleanup1
; invoke core::ptr::drop_in_place<core::cell::RefCell<alloc::vec::Vec<u8>>>
  invoke void @"_ZN4core3ptr73drop_in_place$LT$core..cell..RefCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h27773335d01e6feeE"(ptr noalias noundef align 8 dereferenceable(32) %r) #18
          to label %bb17 unwind label %terminate

cleanup1:                                         ; preds = %bb12
  %28 = landingpad { ptr, i32 }
          cleanup
  %29 = extractvalue { ptr, i32 } %28, 0
  %30 = extractvalue { ptr, i32 } %28, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %29, ptr %0, align 8
  %31 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %30, ptr %31, align 8
  br label %bb16

bb13:                                             ; preds = %bb12
  call void @llvm.lifetime.end.p0(ptr %s)
  call void @llvm.lifetime.end.p0(ptr %word)
  call void @llvm.lifetime.end.p0(ptr %regs)
; call core::ptr::drop_in_place<core::cell::RefCell<alloc::vec::Vec<u8>>>
  call void @"_ZN4core3ptr73drop_in_place$LT$core..cell..RefCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h27773335d01e6feeE"(ptr noalias noundef align 8 dereferenceable(32) %r)
  call void @llvm.lifetime.end.p0(ptr %r)
  call void @llvm.lifetime.end.p0(ptr %c)
  call void @llvm.lifetime.end.p0(ptr %o)
  call void @llvm.lifetime.end.p0(ptr %shared)
  ret i64 %total

terminate:                                        ; preds = %bb16, %bb15
  %32 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #19
  unreachable

bb17:                                             ; preds = %bb16
  %33 = load ptr, ptr %0, align 8, !noundef !3
  %34 = getelementptr inbounds i8, ptr %0, i64 8
  %35 = load i32, ptr %34, align 8, !noundef !3
  call void @llvm.lifetime.end.p0(ptr %0)
  %36 = insertvalue { ptr, i32 } poison, ptr %33, 0
  %37 = insertvalue { ptr, i32 } %36, i32 %35, 1
  resume { ptr, i32 } %37
}

; sharing::bump
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN7sharing4bump17hfa3d0c27c09d0ab0E() unnamed_addr #2 {
start:
  %0 = load i32, ptr @_ZN7sharing7COUNTER17hbcb64c705c41587fE, align 4, !noundef !3
  %1 = add i32 %0, 1
  store i32 %1, ptr @_ZN7sharing7COUNTER17hbcb64c705c41587fE, align 4
  ret void
}

; sharing::my_load
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7sharing7my_load17hcb6ee0933feb2a4dE(ptr noundef nonnull align 8 %a) unnamed_addr #2 {
start:
  %_0 = load i64, ptr %a, align 8, !noundef !3
  ret i64 %_0
}

; sharing::statics
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7sharing7statics17hc9c8e9360af66e42E() unnamed_addr #2 {
start:
  ret i64 add (i64 ptrtoint (ptr @_ZN7sharing4LOCK17h9b1a4f1729c8ba1aE to i64), i64 ptrtoint (ptr @_ZN7sharing4ONCE17ha1b40ad32e496536E to i64))
}

; sharing::cell_get
; Function Attrs: noinline nonlazybind uwtable
define noundef i32 @_ZN7sharing8cell_get17h8be7071736d6c258E(ptr noundef nonnull align 4 %c) unnamed_addr #2 {
start:
  %_0 = load i32, ptr %c, align 4, !noundef !3
  ret i32 %_0
}

; sharing::nested_b
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7sharing8nested_b17h77e41f91ddd90e91E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) %o) unnamed_addr #2 {
start:
  %_2 = load i64, ptr %o, align 8, !noundef !3
  %0 = getelementptr inbounds i8, ptr %o, i64 16
  %1 = getelementptr inbounds nuw i16, ptr %0, i64 2
  %_4 = load i16, ptr %1, align 4, !noundef !3
  %_3 = zext i16 %_4 to i64
  %_0 = add i64 %_2, %_3
  ret i64 %_0
}

; sharing::poll_mut
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN7sharing8poll_mut17h339096898aafa4d5E(ptr noundef %p) unnamed_addr #2 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %_2 = load i32, ptr %p, align 4, !noundef !3
  %0 = icmp eq i32 %_2, 0
  br i1 %0, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  br label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; sharing::plain_sum
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7sharing9plain_sum17hc3d779fe67b4c073E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %v) unnamed_addr #2 {
start:
  %0 = getelementptr inbounds i8, ptr %v, i64 8
  %_3 = load i32, ptr %0, align 8, !noundef !3
  %_2 = zext i32 %_3 to i64
  %_4 = load i64, ptr %v, align 8, !noundef !3
  %_0 = add i64 %_2, %_4
  ret i64 %_0
}

; sharing::wait_flag
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN7sharing9wait_flag17hf94bd1f785e54155E() unnamed_addr #2 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %0 = load i8, ptr @_ZN7sharing4FLAG17h125a699f812a4294E, align 1, !range !9, !noundef !3
  %_1 = trunc nuw i8 %0 to i1
  br i1 %_1, label %bb3, label %bb2

bb2:                                              ; preds = %bb1
  br label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; <std::sync::once_lock::OnceLock<T> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN81_$LT$std..sync..once_lock..OnceLock$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17haefd3c09bce5c108E"(ptr noalias noundef align 4 dereferenceable(8) %self) unnamed_addr #0 {
start:
  %state = alloca [1 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr %state)
  %0 = load i32, ptr %self, align 4, !noundef !3
  switch i32 %0, label %bb2 [
    i32 3, label %bb5
    i32 2, label %bb4
    i32 0, label %bb3
  ], !prof !10

bb2:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %1 = icmp ne ptr inttoptr (i64 121 to ptr), null
  call void @llvm.assume(i1 %1)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_a931397211c33a1c8fe0d17838460834, ptr noundef nonnull inttoptr (i64 121 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_41083d9f9c7083815e5e11964bf770af) #20
  unreachable

bb5:                                              ; preds = %start
  store i8 0, ptr %state, align 1
  br label %bb7

bb4:                                              ; preds = %start
  store i8 1, ptr %state, align 1
  br label %bb7

bb3:                                              ; preds = %start
  store i8 2, ptr %state, align 1
  call void @llvm.lifetime.end.p0(ptr %state)
  %_21 = getelementptr inbounds i8, ptr %self, i64 4
  br label %bb1

bb7:                                              ; preds = %bb4, %bb5
  call void @llvm.lifetime.end.p0(ptr %state)
  br label %bb1

bb1:                                              ; preds = %bb3, %bb7
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #3

; __rustc::__rust_no_alloc_shim_is_unstable_v2
; Function Attrs: nounwind nonlazybind uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() unnamed_addr #4

; __rustc::__rust_alloc
; Function Attrs: nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable
declare noalias noundef ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #5

; __rustc::__rust_alloc_zeroed
; Function Attrs: nounwind nonlazybind allockind("alloc,zeroed,aligned") allocsize(0) uwtable
declare noalias noundef ptr @_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.expect.i1(i1, i1) #8

; alloc::alloc::handle_alloc_error
; Function Attrs: cold minsize noreturn nonlazybind optsize uwtable
declare void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef range(i64 1, -9223372036854775807), i64 noundef) unnamed_addr #9

; __rustc::__rust_dealloc
; Function Attrs: nounwind nonlazybind allockind("free") uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr allocptr noundef captures(address), i64 noundef, i64 noundef range(i64 1, -9223372036854775807)) unnamed_addr #10

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #4

; core::panicking::panic_in_cleanup
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() unnamed_addr #11

; core::cell::panic_already_mutably_borrowed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core4cell30panic_already_mutably_borrowed(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #12

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull, ptr noundef nonnull, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #12

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #13

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #14

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #4 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "alloc-variant-zeroed"="_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nounwind nonlazybind allockind("alloc,zeroed,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #9 = { cold minsize noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { nounwind nonlazybind allockind("free") uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #11 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #12 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #13 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #14 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #15 = { nounwind }
attributes #16 = { inlinehint }
attributes #17 = { noreturn }
attributes #18 = { cold }
attributes #19 = { cold noreturn nounwind }
attributes #20 = { noinline noreturn }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
!4 = !{i64 8}
!5 = !{!"branch_weights", i32 1, i32 2000, i32 1, i32 2000, i32 1, i32 2000}
!6 = !{i64 0, i64 -9223372036854775807}
!7 = !{i64 1, i64 -9223372036854775807}
!8 = !{i64 0, i64 -9223372036854775808}
!9 = !{i8 0, i8 2}
!10 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 2000}
