; ModuleID = 'static_flags.e543df073df09b5d-cgu.0'
source_filename = "static_flags.e543df073df09b5d-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_949fbe62cc4a170f351a155c5db00750 = private unnamed_addr constant [34 x i8] c"testdata/rust/src/static_flags.rs\00", align 1
@alloc_e1c0d8f621e5d8f84517b7f91599722a = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_949fbe62cc4a170f351a155c5db00750, [16 x i8] c"!\00\00\00\00\00\00\00H\00\00\00\09\00\00\00" }>, align 8
@alloc_47682351028b354abafde40d3e87bb2b = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_949fbe62cc4a170f351a155c5db00750, [16 x i8] c"!\00\00\00\00\00\00\00I\00\00\00\09\00\00\00" }>, align 8
@alloc_02ce198e04fbca749ba7504219190266 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_949fbe62cc4a170f351a155c5db00750, [16 x i8] c"!\00\00\00\00\00\00\00$\00\00\00\15\00\00\00" }>, align 8
@alloc_e1cdc7461c239845e34b06a60671bd27 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_949fbe62cc4a170f351a155c5db00750, [16 x i8] c"!\00\00\00\00\00\00\003\00\00\00\14\00\00\00" }>, align 8
@_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE = global [8 x i8] zeroinitializer, align 8
@alloc_1c9f3cef63549882512ddf706544b3f0 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_949fbe62cc4a170f351a155c5db00750, [16 x i8] c"!\00\00\00\00\00\00\00,\00\00\000\00\00\00" }>, align 8
@_ZN12static_flags4DONE17hce52d96284a6a012E = global [1 x i8] zeroinitializer, align 1
@alloc_5e67d760770f72ecb178912ce107f9c5 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_949fbe62cc4a170f351a155c5db00750, [16 x i8] c"!\00\00\00\00\00\00\00\17\00\00\00\12\00\00\00" }>, align 8
@alloc_2d297677c93ec7e5955df81b2aee2a4a = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_949fbe62cc4a170f351a155c5db00750, [16 x i8] c"!\00\00\00\00\00\00\00\1A\00\00\00\12\00\00\00" }>, align 8
@_ZN12static_flags5READY17h161e297f0f569c43E = global [1 x i8] zeroinitializer, align 1
@_ZN12static_flags5TICKS17h6d0470ece0fe81d4E = global [4 x i8] zeroinitializer, align 4
@alloc_9cd20c3e415f4d39f0ceb012cb758628 = private unnamed_addr constant [40 x i8] c"there is no such thing as a release load", align 1
@alloc_e17502e153481471943c37e20438384b = private unnamed_addr constant [80 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/sync/atomic.rs\00", align 1
@alloc_b7d26e4bc52b7f02cc25e37f0bf633e4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\005\0F\00\00\18\00\00\00" }>, align 8
@alloc_96ab912d0054b46da785b206a96c9a45 = private unnamed_addr constant [49 x i8] c"there is no such thing as an acquire-release load", align 1
@alloc_738c866d826467e54726b360a2118a62 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\006\0F\00\00\17\00\00\00" }>, align 8
@alloc_bf39103a6db665396aab4632362d9353 = private unnamed_addr constant [42 x i8] c"there is no such thing as an acquire store", align 1
@alloc_a574beff59ab58cf5ed2d6bc163e2302 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00&\0F\00\00\18\00\00\00" }>, align 8
@alloc_00c0bce0fa6327f8ec8e69d6d765d508 = private unnamed_addr constant [50 x i8] c"there is no such thing as an acquire-release store", align 1
@alloc_aec0388915b72a4f610ad656c35be884 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00'\0F\00\00\17\00\00\00" }>, align 8

; static_flags::signal_all
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags10signal_all17h19df6628c84ebab3E() unnamed_addr #0 {
start:
  %_34 = icmp eq i64 ptrtoint (ptr @_ZN12static_flags5READY17h161e297f0f569c43E to i64), 0
  %_35 = and i1 %_34, true
  %_36 = xor i1 %_35, true
  br i1 %_36, label %bb8, label %panic

bb8:                                              ; preds = %start
  store i8 1, ptr @_ZN12static_flags5READY17h161e297f0f569c43E, align 1
  %_22 = icmp eq i64 ptrtoint (ptr @_ZN12static_flags5TICKS17h6d0470ece0fe81d4E to i64), 0
  %_23 = and i1 %_22, true
  %_24 = xor i1 %_23, true
  br i1 %_24, label %bb6, label %panic1

panic:                                            ; preds = %start
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_e1c0d8f621e5d8f84517b7f91599722a) #5
  unreachable

bb6:                                              ; preds = %bb8
  %0 = load i32, ptr @_ZN12static_flags5TICKS17h6d0470ece0fe81d4E, align 4
  %_3.0 = add i32 %0, 1
  %_3.1 = icmp ult i32 %_3.0, %0
  br i1 %_3.1, label %panic2, label %bb1

panic1:                                           ; preds = %bb8
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_47682351028b354abafde40d3e87bb2b) #5
  unreachable

bb1:                                              ; preds = %bb6
  %_28 = icmp eq i64 ptrtoint (ptr @_ZN12static_flags5TICKS17h6d0470ece0fe81d4E to i64), 0
  %_29 = and i1 %_28, true
  %_30 = xor i1 %_29, true
  br i1 %_30, label %bb7, label %panic3

panic2:                                           ; preds = %bb6
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_47682351028b354abafde40d3e87bb2b) #6
  unreachable

bb7:                                              ; preds = %bb1
  store i32 %_3.0, ptr @_ZN12static_flags5TICKS17h6d0470ece0fe81d4E, align 4
; call static_flags::Flag::set
  call void @_ZN12static_flags4Flag3set17h997dd14a8af490dbE(ptr align 8 @_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE, i64 1)
; call core::sync::atomic::AtomicBool::store
  call void @_ZN4core4sync6atomic10AtomicBool5store17h2f7fb9b5bc0fd32cE(ptr align 1 @_ZN12static_flags4DONE17hce52d96284a6a012E, i1 zeroext true, i8 1) #7
  ret void

panic3:                                           ; preds = %bb1
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_47682351028b354abafde40d3e87bb2b) #5
  unreachable
}

; static_flags::wait_ready
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags10wait_ready17h21400d3def6d9b5cE() unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb3, %start
  %_6 = icmp eq i64 ptrtoint (ptr @_ZN12static_flags5READY17h161e297f0f569c43E to i64), 0
  %_7 = and i1 %_6, true
  %_8 = xor i1 %_7, true
  br i1 %_8, label %bb3, label %panic

bb3:                                              ; preds = %bb1
  %0 = load i8, ptr @_ZN12static_flags5READY17h161e297f0f569c43E, align 1
  %_1 = trunc nuw i8 %0 to i1
  br i1 %_1, label %bb2, label %bb1

panic:                                            ; preds = %bb1
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_02ce198e04fbca749ba7504219190266) #5
  unreachable

bb2:                                              ; preds = %bb3
  ret void
}

; static_flags::wait_ticks
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags10wait_ticks17h3dcd6f9457b59bb2E(i32 %target) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb4, %start
  %_13 = icmp eq i64 ptrtoint (ptr @_ZN12static_flags5TICKS17h6d0470ece0fe81d4E to i64), 0
  %_14 = and i1 %_13, true
  %_15 = xor i1 %_14, true
  br i1 %_15, label %bb4, label %panic

bb4:                                              ; preds = %bb1
  %_3 = load i32, ptr @_ZN12static_flags5TICKS17h6d0470ece0fe81d4E, align 4
  %_2 = icmp ult i32 %_3, %target
  br i1 %_2, label %bb1, label %bb2

panic:                                            ; preds = %bb1
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_e1cdc7461c239845e34b06a60671bd27) #5
  unreachable

bb2:                                              ; preds = %bb4
  ret void
}

; static_flags::wait_global_flag
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags16wait_global_flag17h4cd5232255b683f6E() unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
; call static_flags::Flag::get
  %_2 = call i64 @_ZN12static_flags4Flag3get17h597cd111249b62faE(ptr align 8 @_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE)
  %_1 = icmp eq i64 %_2, 0
  br i1 %_1, label %bb1, label %bb3

bb3:                                              ; preds = %bb1
  ret void
}

; static_flags::wait_ready_addr_of
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags18wait_ready_addr_of17h321107ee224861f2E() unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
; call core::ptr::const_ptr::<impl *const T>::read
  %_1 = call zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$4read17h1541333d36748679E"(ptr @_ZN12static_flags5READY17h161e297f0f569c43E, ptr align 8 @alloc_1c9f3cef63549882512ddf706544b3f0) #7
  br i1 %_1, label %bb3, label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; static_flags::Flag::get
; Function Attrs: nonlazybind uwtable
define i64 @_ZN12static_flags4Flag3get17h597cd111249b62faE(ptr align 8 %self) unnamed_addr #1 {
start:
  %_5 = ptrtoint ptr %self to i64
  %_7 = and i64 %_5, 7
  %_8 = icmp eq i64 %_7, 0
  br i1 %_8, label %bb2, label %panic

bb2:                                              ; preds = %start
  %_10 = ptrtoint ptr %self to i64
  %_12 = icmp eq i64 %_10, 0
  %_13 = and i1 %_12, true
  %_14 = xor i1 %_13, true
  br i1 %_14, label %bb3, label %panic1

panic:                                            ; preds = %start
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 8, i64 %_5, ptr align 8 @alloc_5e67d760770f72ecb178912ce107f9c5) #5
  unreachable

bb3:                                              ; preds = %bb2
  %_0 = load i64, ptr %self, align 8
  ret i64 %_0

panic1:                                           ; preds = %bb2
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_5e67d760770f72ecb178912ce107f9c5) #5
  unreachable
}

; static_flags::Flag::new
; Function Attrs: nonlazybind uwtable
define i64 @_ZN12static_flags4Flag3new17h3b651b7182390be3E(i64 %v) unnamed_addr #1 {
start:
  ret i64 %v
}

; static_flags::Flag::set
; Function Attrs: nonlazybind uwtable
define void @_ZN12static_flags4Flag3set17h997dd14a8af490dbE(ptr align 8 %self, i64 %v) unnamed_addr #1 {
start:
  %_6 = ptrtoint ptr %self to i64
  %_8 = and i64 %_6, 7
  %_9 = icmp eq i64 %_8, 0
  br i1 %_9, label %bb2, label %panic

bb2:                                              ; preds = %start
  %_11 = ptrtoint ptr %self to i64
  %_13 = icmp eq i64 %_11, 0
  %_14 = and i1 %_13, true
  %_15 = xor i1 %_14, true
  br i1 %_15, label %bb3, label %panic1

panic:                                            ; preds = %start
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 8, i64 %_6, ptr align 8 @alloc_2d297677c93ec7e5955df81b2aee2a4a) #5
  unreachable

bb3:                                              ; preds = %bb2
  store i64 %v, ptr %self, align 8
  ret void

panic1:                                           ; preds = %bb2
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_2d297677c93ec7e5955df81b2aee2a4a) #5
  unreachable
}

; static_flags::wait_done
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags9wait_done17h255f7dcfb4d72e14E() unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
; call core::sync::atomic::AtomicBool::load
  %_1 = call zeroext i1 @_ZN4core4sync6atomic10AtomicBool4load17h96ae1b8bd2312544E(ptr align 1 @_ZN12static_flags4DONE17hce52d96284a6a012E, i8 2) #7
  br i1 %_1, label %bb3, label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; core::ptr::const_ptr::<impl *const T>::read
; Function Attrs: inlinehint nonlazybind uwtable
define zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$4read17h1541333d36748679E"(ptr %self, ptr align 8 %0) unnamed_addr #2 {
start:
  %1 = load i8, ptr %self, align 1
  %_0 = trunc nuw i8 %1 to i1
  ret i1 %_0
}

; core::sync::atomic::AtomicBool::load
; Function Attrs: inlinehint nonlazybind uwtable
define internal zeroext i1 @_ZN4core4sync6atomic10AtomicBool4load17h96ae1b8bd2312544E(ptr align 1 %self, i8 %order) unnamed_addr #2 {
start:
; call core::sync::atomic::atomic_load
  %_3 = call i8 @_ZN4core4sync6atomic11atomic_load17h7f8265b1914cf609E(ptr %self, i8 %order) #7
  %_0 = icmp ne i8 %_3, 0
  ret i1 %_0
}

; core::sync::atomic::AtomicBool::store
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core4sync6atomic10AtomicBool5store17h2f7fb9b5bc0fd32cE(ptr align 1 %self, i1 zeroext %val, i8 %order) unnamed_addr #2 {
start:
  %_7 = zext i1 %val to i8
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17h3855c0c63de6268fE(ptr %self, i8 %_7, i8 %order) #7
  ret void
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define i8 @_ZN4core4sync6atomic11atomic_load17h7f8265b1914cf609E(ptr %dst, i8 %order) unnamed_addr #2 {
start:
  %_0 = alloca [1 x i8], align 1
  %_3 = zext i8 %order to i64
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ]

bb1:                                              ; preds = %start
  unreachable

bb6:                                              ; preds = %start
  %0 = load atomic i8, ptr %dst monotonic, align 1
  store i8 %0, ptr %_0, align 1
  br label %bb7

bb3:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr inttoptr (i64 81 to ptr), ptr align 8 @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #6
  unreachable

bb5:                                              ; preds = %start
  %1 = load atomic i8, ptr %dst acquire, align 1
  store i8 %1, ptr %_0, align 1
  br label %bb7

bb2:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_96ab912d0054b46da785b206a96c9a45, ptr inttoptr (i64 99 to ptr), ptr align 8 @alloc_738c866d826467e54726b360a2118a62) #6
  unreachable

bb4:                                              ; preds = %start
  %2 = load atomic i8, ptr %dst seq_cst, align 1
  store i8 %2, ptr %_0, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %3 = load i8, ptr %_0, align 1
  ret i8 %3
}

; core::sync::atomic::atomic_store
; Function Attrs: inlinehint nonlazybind uwtable
define void @_ZN4core4sync6atomic12atomic_store17h3855c0c63de6268fE(ptr %dst, i8 %val, i8 %order) unnamed_addr #2 {
start:
  %_4 = zext i8 %order to i64
  switch i64 %_4, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb5
    i64 2, label %bb3
    i64 3, label %bb2
    i64 4, label %bb4
  ]

bb1:                                              ; preds = %start
  unreachable

bb6:                                              ; preds = %start
  store atomic i8 %val, ptr %dst monotonic, align 1
  br label %bb7

bb5:                                              ; preds = %start
  store atomic i8 %val, ptr %dst release, align 1
  br label %bb7

bb3:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_bf39103a6db665396aab4632362d9353, ptr inttoptr (i64 85 to ptr), ptr align 8 @alloc_a574beff59ab58cf5ed2d6bc163e2302) #6
  unreachable

bb2:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr inttoptr (i64 101 to ptr), ptr align 8 @alloc_aec0388915b72a4f610ad656c35be884) #6
  unreachable

bb4:                                              ; preds = %start
  store atomic i8 %val, ptr %dst seq_cst, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  ret void
}

; core::panicking::panic_null_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8) unnamed_addr #3

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #4

; core::panicking::panic_misaligned_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64, i64, ptr align 8) unnamed_addr #3

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr, ptr, ptr align 8) unnamed_addr #4

attributes #0 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { noinline noreturn nounwind }
attributes #6 = { noinline noreturn }
attributes #7 = { inlinehint }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
