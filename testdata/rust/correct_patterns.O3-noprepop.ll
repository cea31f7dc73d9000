; ModuleID = 'correct_patterns.c273fbea4211a853-cgu.0'
source_filename = "correct_patterns.c273fbea4211a853-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::sync::atomic::AtomicUsize" = type { i64 }

@_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT = external global %"core::sync::atomic::AtomicUsize"
@alloc_3f8dd0355d8c2a58fa22e00f5dab6816 = private unnamed_addr constant [38 x i8] c"testdata/rust/src/correct_patterns.rs\00", align 1
@alloc_a118d99237904fc82651c08d31960d54 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\000\00\00\00\09\00\00\00" }>, align 8
@alloc_ba4829a07a1f311f695f9a9ba3423ec5 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00\1D\00\00\00\15\00\00\00" }>, align 8
@alloc_5ae1d1a7918e3e2802895d5acb83a568 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00$\00\00\00#\00\00\00" }>, align 8
@alloc_4bc5bec9d702a9ff30830a413aed93b3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00&\00\00\00$\00\00\00" }>, align 8
@alloc_4f4561b12cbab504dab08f3dc73e8086 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00A\00\00\00\09\00\00\00" }>, align 8
@alloc_9cd20c3e415f4d39f0ceb012cb758628 = private unnamed_addr constant [40 x i8] c"there is no such thing as a release load", align 1
@alloc_e17502e153481471943c37e20438384b = private unnamed_addr constant [80 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/sync/atomic.rs\00", align 1
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
@vtable.0 = private constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17hfcc5d16b43b49c4eE", [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h9bb22b7dc9c446f5E" }>, align 8, !dbg !0
@alloc_00ae4b301f7fab8ac9617c03fcbd7274 = private unnamed_addr constant [43 x i8] c"called `Result::unwrap()` on an `Err` value", align 1
@vtable.1 = private constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr107drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$$GT$17h5cf78ebf5754000bE", [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h523a67052037d976E" }>, align 8, !dbg !73
@alloc_8e2410b80645266732854088d21653bc = private unnamed_addr constant [11 x i8] c"PoisonError", align 1

; <std::sync::poison::Flag>::done
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done(ptr noundef nonnull align 1 %self, ptr noalias noundef readonly align 1 captures(address, read_provenance) dereferenceable(1) %guard) unnamed_addr #0 !dbg !117 {
start:
  %self.dbg.spill2 = alloca [8 x i8], align 8
  %order.dbg.spill1 = alloca [1 x i8], align 1
  %val.dbg.spill = alloca [1 x i8], align 1
  %order.dbg.spill = alloca [1 x i8], align 1
  %guard.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !125, !DIExpression(), !127)
  store ptr %guard, ptr %guard.dbg.spill, align 8
    #dbg_declare(ptr %guard.dbg.spill, !126, !DIExpression(), !128)
  store i8 0, ptr %order.dbg.spill, align 1, !dbg !129
    #dbg_declare(ptr %order.dbg.spill, !141, !DIExpression(), !129)
  store i8 1, ptr %val.dbg.spill, align 1, !dbg !157
    #dbg_declare(ptr %val.dbg.spill, !165, !DIExpression(), !157)
  store i8 0, ptr %order.dbg.spill1, align 1, !dbg !168
    #dbg_declare(ptr %order.dbg.spill1, !166, !DIExpression(), !168)
  %0 = load i8, ptr %guard, align 1, !dbg !169, !range !170, !noundef !46
  %_3 = trunc nuw i8 %0 to i1, !dbg !169
  br i1 %_3, label %bb3, label %bb1, !dbg !169

bb1:                                              ; preds = %start
  store ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, ptr %self.dbg.spill2, align 8, !dbg !171
    #dbg_declare(ptr %self.dbg.spill2, !140, !DIExpression(), !172)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !173, !DIExpression(), !182)
; call core::sync::atomic::atomic_load
  %_8 = call noundef i64 @_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E(ptr noundef @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, i8 noundef 0) #13, !dbg !184
  %_7 = and i64 %_8, 9223372036854775807, !dbg !171
  %1 = icmp eq i64 %_7, 0, !dbg !171
  %2 = call i1 @llvm.expect.i1(i1 %1, i1 true), !dbg !171
  br i1 %2, label %bb5, label %bb6, !dbg !171

bb3:                                              ; preds = %bb2, %bb6, %bb5, %start
  ret void, !dbg !185

bb5:                                              ; preds = %bb1
  br label %bb3, !dbg !156

bb6:                                              ; preds = %bb1
; call std::panicking::panic_count::is_zero_slow_path
  %_6 = call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #14, !dbg !186
  %_4 = xor i1 %_6, true, !dbg !187
  br i1 %_4, label %bb2, label %bb3, !dbg !156

bb2:                                              ; preds = %bb6
    #dbg_value(ptr %self, !164, !DIExpression(), !188)
    #dbg_value(ptr %self, !189, !DIExpression(), !197)
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17h3f562e17ea20bfe1E(ptr noundef %self, i8 noundef 1, i8 noundef 0) #13, !dbg !199
  br label %bb3, !dbg !200
}

; <std::sync::poison::Flag>::guard
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i1, i8 } @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag5guard(ptr noundef nonnull align 1 %self) unnamed_addr #0 !dbg !201 {
start:
  %ret.dbg.spill = alloca [1 x i8], align 1
  %self.dbg.spill2 = alloca [8 x i8], align 8
  %order.dbg.spill1 = alloca [1 x i8], align 1
  %order.dbg.spill = alloca [1 x i8], align 1
  %self.dbg.spill = alloca [8 x i8], align 8
  %_5 = alloca [1 x i8], align 1
  %_0 = alloca [2 x i8], align 1
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !227, !DIExpression(), !230)
    #dbg_declare(ptr %self.dbg.spill, !231, !DIExpression(), !237)
  store i8 0, ptr %order.dbg.spill, align 1, !dbg !239
    #dbg_declare(ptr %order.dbg.spill, !243, !DIExpression(), !239)
  store i8 0, ptr %order.dbg.spill1, align 1, !dbg !251
    #dbg_declare(ptr %order.dbg.spill1, !258, !DIExpression(), !251)
  call void @llvm.lifetime.start.p0(ptr %_5), !dbg !246
  store ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, ptr %self.dbg.spill2, align 8, !dbg !260
    #dbg_declare(ptr %self.dbg.spill2, !242, !DIExpression(), !261)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !262, !DIExpression(), !265)
; call core::sync::atomic::atomic_load
  %_7 = call noundef i64 @_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E(ptr noundef @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, i8 noundef 0) #13, !dbg !267
  %_6 = and i64 %_7, 9223372036854775807, !dbg !260
  %0 = icmp eq i64 %_6, 0, !dbg !260
  %1 = call i1 @llvm.expect.i1(i1 %0, i1 true), !dbg !260
  br i1 %1, label %bb5, label %bb6, !dbg !260

bb5:                                              ; preds = %start
  store i8 1, ptr %_5, align 1, !dbg !268
  br label %bb4, !dbg !269

bb6:                                              ; preds = %start
; call std::panicking::panic_count::is_zero_slow_path
  %2 = call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #14, !dbg !270
  %3 = zext i1 %2 to i8, !dbg !270
  store i8 %3, ptr %_5, align 1, !dbg !270
  br label %bb4, !dbg !270

bb4:                                              ; preds = %bb6, %bb5
  %4 = load i8, ptr %_5, align 1, !dbg !271, !range !170, !noundef !46
  %5 = trunc nuw i8 %4 to i1, !dbg !271
  %_3 = xor i1 %5, true, !dbg !271
  call void @llvm.lifetime.end.p0(ptr %_5), !dbg !272
  %6 = zext i1 %_3 to i8, !dbg !273
  store i8 %6, ptr %ret.dbg.spill, align 1, !dbg !273
    #dbg_declare(ptr %ret.dbg.spill, !228, !DIExpression(), !274)
    #dbg_declare(ptr %ret.dbg.spill, !275, !DIExpression(), !281)
    #dbg_value(ptr %self, !257, !DIExpression(), !283)
    #dbg_value(ptr %self, !284, !DIExpression(), !287)
; call core::sync::atomic::atomic_load
  %_13 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h475057e54b558db5E(ptr noundef %self, i8 noundef 0) #13, !dbg !289
  %7 = icmp eq i8 %_13, 0, !dbg !290
  br i1 %7, label %bb2, label %bb1, !dbg !290

bb2:                                              ; preds = %bb4
  %8 = getelementptr inbounds i8, ptr %_0, i64 1, !dbg !291
  %9 = zext i1 %_3 to i8, !dbg !291
  store i8 %9, ptr %8, align 1, !dbg !291
  store i8 0, ptr %_0, align 1, !dbg !291
  br label %bb3, !dbg !292

bb1:                                              ; preds = %bb4
  %10 = getelementptr inbounds i8, ptr %_0, i64 1, !dbg !293
  %11 = zext i1 %_3 to i8, !dbg !293
  store i8 %11, ptr %10, align 1, !dbg !293
  store i8 1, ptr %_0, align 1, !dbg !293
  br label %bb3, !dbg !292

bb3:                                              ; preds = %bb1, %bb2
  %12 = load i8, ptr %_0, align 1, !dbg !294, !range !170, !noundef !46
  %13 = trunc nuw i8 %12 to i1, !dbg !294
  %14 = getelementptr inbounds i8, ptr %_0, i64 1, !dbg !294
  %15 = load i8, ptr %14, align 1, !dbg !294, !noundef !46
  %16 = insertvalue { i1, i8 } poison, i1 %13, 0, !dbg !294
  %17 = insertvalue { i1, i8 } %16, i8 %15, 1, !dbg !294
  ret { i1, i8 } %17, !dbg !294
}

; correct_patterns::drain_cell
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN16correct_patterns10drain_cell17h378b267bd2b00d04E(ptr noundef nonnull align 4 %c, ptr noalias noundef align 4 dereferenceable(32) %out) unnamed_addr #1 !dbg !295 {
start:
  %val.dbg.spill = alloca [4 x i8], align 4
  %n.dbg.spill = alloca [4 x i8], align 4
  %out.dbg.spill = alloca [8 x i8], align 8
  %c.dbg.spill = alloca [8 x i8], align 8
  store ptr %c, ptr %c.dbg.spill, align 8
    #dbg_declare(ptr %c.dbg.spill, !309, !DIExpression(), !313)
    #dbg_declare(ptr %c.dbg.spill, !314, !DIExpression(), !320)
    #dbg_declare(ptr %c.dbg.spill, !314, !DIExpression(), !322)
    #dbg_declare(ptr %c.dbg.spill, !324, !DIExpression(), !331)
    #dbg_declare(ptr %c.dbg.spill, !333, !DIExpression(), !340)
  store ptr %out, ptr %out.dbg.spill, align 8
    #dbg_declare(ptr %out.dbg.spill, !310, !DIExpression(), !342)
  br label %bb1, !dbg !343

bb1:                                              ; preds = %bb3, %start
  %_4 = load i32, ptr %c, align 4, !dbg !344, !noundef !46
  %_3 = icmp ugt i32 %_4, 0, !dbg !345
  br i1 %_3, label %bb2, label %bb4, !dbg !345

bb4:                                              ; preds = %bb1
  ret void, !dbg !346

bb2:                                              ; preds = %bb1
  %n = load i32, ptr %c, align 4, !dbg !347, !noundef !46
  store i32 %n, ptr %n.dbg.spill, align 4, !dbg !347
    #dbg_declare(ptr %n.dbg.spill, !311, !DIExpression(), !348)
  %_7 = urem i32 %n, 8, !dbg !349
  %_6 = zext i32 %_7 to i64, !dbg !349
  %_8 = icmp ult i64 %_6, 8, !dbg !350
  br i1 %_8, label %bb3, label %panic, !dbg !350

bb3:                                              ; preds = %bb2
  %0 = getelementptr inbounds nuw i32, ptr %out, i64 %_6, !dbg !350
  %1 = getelementptr inbounds nuw i32, ptr %out, i64 %_6, !dbg !350
  %2 = load i32, ptr %1, align 4, !dbg !350, !noundef !46
  %3 = add i32 %2, %n, !dbg !350
  store i32 %3, ptr %0, align 4, !dbg !350
  %val = sub i32 %n, 1, !dbg !351
  store i32 %val, ptr %val.dbg.spill, align 4, !dbg !351
    #dbg_declare(ptr %val.dbg.spill, !330, !DIExpression(), !352)
    #dbg_declare(ptr %val.dbg.spill, !339, !DIExpression(), !353)
  store i32 %val, ptr %c, align 4, !dbg !354
  br label %bb1, !dbg !343

panic:                                            ; preds = %bb2
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef %_6, i64 noundef 8, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a118d99237904fc82651c08d31960d54) #15, !dbg !350
  unreachable, !dbg !350
}

; correct_patterns::wait_mutex
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN16correct_patterns10wait_mutex17h72115450b6a18e8bE(ptr noundef nonnull align 8 %m) unnamed_addr #1 !dbg !362 {
start:
  %m.dbg.spill = alloca [8 x i8], align 8
  %_5 = alloca [24 x i8], align 8
  %_4 = alloca [16 x i8], align 8
  store ptr %m, ptr %m.dbg.spill, align 8
    #dbg_declare(ptr %m.dbg.spill, !366, !DIExpression(), !367)
  br label %bb1, !dbg !368

bb1:                                              ; preds = %bb4, %start
  call void @llvm.lifetime.start.p0(ptr %_4), !dbg !369
  call void @llvm.lifetime.start.p0(ptr %_5), !dbg !369
; call std::sync::poison::mutex::Mutex<T>::lock
  call void @"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE"(ptr noalias noundef sret([24 x i8]) align 8 captures(address) dereferenceable(24) %_5, ptr noundef nonnull align 8 %m), !dbg !370
; call core::result::Result<T,E>::unwrap
  %0 = call { ptr, i1 } @"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_5, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_ba4829a07a1f311f695f9a9ba3423ec5) #16, !dbg !371
  %1 = extractvalue { ptr, i1 } %0, 0, !dbg !371
  %2 = extractvalue { ptr, i1 } %0, 1, !dbg !371
  store ptr %1, ptr %_4, align 8, !dbg !371
  %3 = getelementptr inbounds i8, ptr %_4, i64 8, !dbg !371
  %4 = zext i1 %2 to i8, !dbg !371
  store i8 %4, ptr %3, align 8, !dbg !371
    #dbg_value(ptr %_4, !372, !DIExpression(), !381)
  call void @llvm.lifetime.end.p0(ptr %_5), !dbg !383
  %_7 = load ptr, ptr %_4, align 8, !dbg !384, !nonnull !46, !align !385, !noundef !46
  %_8 = getelementptr inbounds i8, ptr %_7, i64 8, !dbg !386
  %_2 = load i64, ptr %_8, align 8, !dbg !382, !noundef !46
  %5 = icmp eq i64 %_2, 0, !dbg !382
  br i1 %5, label %bb4, label %bb6, !dbg !382

bb4:                                              ; preds = %bb1
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
  call void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE"(ptr noalias noundef align 8 dereferenceable(16) %_4), !dbg !389
  call void @llvm.lifetime.end.p0(ptr %_4), !dbg !389
  br label %bb1, !dbg !368

bb6:                                              ; preds = %bb1
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
  call void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE"(ptr noalias noundef align 8 dereferenceable(16) %_4), !dbg !389
  call void @llvm.lifetime.end.p0(ptr %_4), !dbg !389
  ret void, !dbg !390
}

; correct_patterns::wait_seqcst
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN16correct_patterns11wait_seqcst17he1a7c667aa78c44aE(ptr noundef nonnull align 8 %a) unnamed_addr #1 !dbg !391 {
start:
  %v.dbg.spill = alloca [8 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %a.dbg.spill = alloca [8 x i8], align 8
  store ptr %a, ptr %a.dbg.spill, align 8
    #dbg_declare(ptr %a.dbg.spill, !395, !DIExpression(), !398)
    #dbg_declare(ptr %a.dbg.spill, !399, !DIExpression(), !403)
  store i8 4, ptr %order.dbg.spill, align 1, !dbg !405
    #dbg_declare(ptr %order.dbg.spill, !402, !DIExpression(), !405)
  br label %bb1, !dbg !406

bb1:                                              ; preds = %bb3, %start
    #dbg_value(ptr %a, !407, !DIExpression(), !410)
; call core::sync::atomic::atomic_load
  %v = call noundef i64 @_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E(ptr noundef %a, i8 noundef 4) #13, !dbg !412
  store i64 %v, ptr %v.dbg.spill, align 8, !dbg !412
    #dbg_declare(ptr %v.dbg.spill, !396, !DIExpression(), !413)
  %0 = icmp eq i64 %v, 0, !dbg !414
  br i1 %0, label %bb3, label %bb2, !dbg !414

bb3:                                              ; preds = %bb1
  br label %bb1, !dbg !406

bb2:                                              ; preds = %bb1
  ret i64 %v, !dbg !415
}

; correct_patterns::wait_acquire
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN16correct_patterns12wait_acquire17hda0eb442c0b24f93E(ptr noundef nonnull align 8 %a) unnamed_addr #1 !dbg !416 {
start:
  %order.dbg.spill = alloca [1 x i8], align 1
  %a.dbg.spill = alloca [8 x i8], align 8
  store ptr %a, ptr %a.dbg.spill, align 8
    #dbg_declare(ptr %a.dbg.spill, !420, !DIExpression(), !421)
    #dbg_declare(ptr %a.dbg.spill, !422, !DIExpression(), !426)
  store i8 2, ptr %order.dbg.spill, align 1, !dbg !428
    #dbg_declare(ptr %order.dbg.spill, !425, !DIExpression(), !428)
  br label %bb1, !dbg !429

bb1:                                              ; preds = %bb2, %start
    #dbg_value(ptr %a, !430, !DIExpression(), !433)
; call core::sync::atomic::atomic_load
  %_2 = call noundef i64 @_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E(ptr noundef %a, i8 noundef 2) #13, !dbg !435
  %0 = icmp eq i64 %_2, 0, !dbg !436
  br i1 %0, label %bb2, label %bb3, !dbg !436

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !429

bb3:                                              ; preds = %bb1
  ret void, !dbg !437
}

; correct_patterns::wait_condvar
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN16correct_patterns12wait_condvar17h4e2b7770cc7b84d1E(ptr noundef nonnull align 4 %pair) unnamed_addr #1 !dbg !438 {
start:
  %pair.dbg.spill = alloca [8 x i8], align 8
  %_8 = alloca [24 x i8], align 8
  %_3 = alloca [24 x i8], align 8
  %ready = alloca [16 x i8], align 8
  store ptr %pair, ptr %pair.dbg.spill, align 8
    #dbg_declare(ptr %pair.dbg.spill, !456, !DIExpression(), !459)
    #dbg_declare(ptr %ready, !457, !DIExpression(), !460)
  call void @llvm.lifetime.start.p0(ptr %ready), !dbg !461
  call void @llvm.lifetime.start.p0(ptr %_3), !dbg !462
; call std::sync::poison::mutex::Mutex<T>::lock
  call void @"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E"(ptr noalias noundef sret([24 x i8]) align 8 captures(address) dereferenceable(24) %_3, ptr noundef nonnull align 4 %pair), !dbg !463
; call core::result::Result<T,E>::unwrap
  %0 = call { ptr, i1 } @"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_3, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_5ae1d1a7918e3e2802895d5acb83a568) #16, !dbg !464
  %1 = extractvalue { ptr, i1 } %0, 0, !dbg !464
  %2 = extractvalue { ptr, i1 } %0, 1, !dbg !464
  store ptr %1, ptr %ready, align 8, !dbg !464
  %3 = getelementptr inbounds i8, ptr %ready, i64 8, !dbg !464
  %4 = zext i1 %2 to i8, !dbg !464
  store i8 %4, ptr %3, align 8, !dbg !464
  call void @llvm.lifetime.end.p0(ptr %_3), !dbg !465
  br label %bb3, !dbg !466

bb3:                                              ; preds = %bb5, %start
    #dbg_value(ptr %ready, !467, !DIExpression(), !474)
  %_12 = load ptr, ptr %ready, align 8, !dbg !476, !nonnull !46, !align !477, !noundef !46
  %_13 = getelementptr inbounds i8, ptr %_12, i64 5, !dbg !478
  %5 = load i8, ptr %_13, align 1, !dbg !475, !range !170, !noundef !46
  %_5 = trunc nuw i8 %5 to i1, !dbg !475
  br i1 %_5, label %bb4, label %bb5, !dbg !475

bb5:                                              ; preds = %bb3
  call void @llvm.lifetime.start.p0(ptr %_8), !dbg !486
  %_9 = getelementptr inbounds i8, ptr %pair, i64 8, !dbg !486
  %_10.0 = load ptr, ptr %ready, align 8, !dbg !487, !nonnull !46, !align !477, !noundef !46
  %6 = getelementptr inbounds i8, ptr %ready, i64 8, !dbg !487
  %7 = load i8, ptr %6, align 8, !dbg !487, !range !170, !noundef !46
  %_10.1 = trunc nuw i8 %7 to i1, !dbg !487
; call std::sync::poison::condvar::Condvar::wait
  call void @_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_8, ptr noundef nonnull align 4 %_9, ptr noundef nonnull align 4 %_10.0, i1 noundef zeroext %_10.1), !dbg !488
; call core::result::Result<T,E>::unwrap
  %8 = call { ptr, i1 } @"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_8, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_4bc5bec9d702a9ff30830a413aed93b3) #16, !dbg !489
  %_7.0 = extractvalue { ptr, i1 } %8, 0, !dbg !489
  %_7.1 = extractvalue { ptr, i1 } %8, 1, !dbg !489
  call void @llvm.lifetime.end.p0(ptr %_8), !dbg !490
  store ptr %_7.0, ptr %ready, align 8, !dbg !491
  %9 = getelementptr inbounds i8, ptr %ready, i64 8, !dbg !491
  %10 = zext i1 %_7.1 to i8, !dbg !491
  store i8 %10, ptr %9, align 8, !dbg !491
  br label %bb3, !dbg !466

bb4:                                              ; preds = %bb3
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>
  call void @"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E"(ptr noalias noundef align 8 dereferenceable(16) %ready), !dbg !492
  call void @llvm.lifetime.end.p0(ptr %ready), !dbg !492
  ret void, !dbg !493
}

; correct_patterns::fill_to_limit
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN16correct_patterns13fill_to_limit17haa25a45297f71732E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %cfg, ptr noalias noundef nonnull align 8 %out.0, i64 noundef range(i64 0, 1152921504606846976) %out.1) unnamed_addr #1 !dbg !494 {
start:
  %out.dbg.spill = alloca [16 x i8], align 8
  %cfg.dbg.spill = alloca [8 x i8], align 8
  %i = alloca [8 x i8], align 8
    #dbg_declare(ptr %i, !510, !DIExpression(), !512)
  store ptr %cfg, ptr %cfg.dbg.spill, align 8
    #dbg_declare(ptr %cfg.dbg.spill, !508, !DIExpression(), !513)
  store ptr %out.0, ptr %out.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %out.dbg.spill, i64 8
  store i64 %out.1, ptr %0, align 8
    #dbg_declare(ptr %out.dbg.spill, !509, !DIExpression(), !514)
  store i64 0, ptr %i, align 8, !dbg !515
  br label %bb1, !dbg !516

bb1:                                              ; preds = %bb4, %start
  %_4 = load i64, ptr %i, align 8, !dbg !517, !noundef !46
  %_5 = load i64, ptr %cfg, align 8, !dbg !518, !noundef !46
  %_3 = icmp ult i64 %_4, %_5, !dbg !517
  br i1 %_3, label %bb2, label %bb6, !dbg !517

bb6:                                              ; preds = %bb1
  br label %bb7, !dbg !519

bb2:                                              ; preds = %bb1
  %_7 = load i64, ptr %i, align 8, !dbg !520, !noundef !46
  %_6 = icmp ult i64 %_7, %out.1, !dbg !520
  br i1 %_6, label %bb3, label %bb5, !dbg !520

bb7:                                              ; preds = %bb5, %bb6
  %1 = load i64, ptr %i, align 8, !dbg !521, !noundef !46
  ret i64 %1, !dbg !521

bb5:                                              ; preds = %bb2
  br label %bb7, !dbg !519

bb3:                                              ; preds = %bb2
  %_9 = load i64, ptr %i, align 8, !dbg !522, !noundef !46
  %2 = getelementptr inbounds i8, ptr %cfg, i64 8, !dbg !523
  %_10 = load i64, ptr %2, align 8, !dbg !523, !noundef !46
  %_11 = load i64, ptr %i, align 8, !dbg !524, !noundef !46
  %_12 = icmp ult i64 %_11, %out.1, !dbg !525
  br i1 %_12, label %bb4, label %panic, !dbg !525

bb4:                                              ; preds = %bb3
  %3 = getelementptr inbounds nuw i64, ptr %out.0, i64 %_11, !dbg !525
  %4 = mul i64 %_9, %_10, !dbg !525
  store i64 %4, ptr %3, align 8, !dbg !525
  %5 = load i64, ptr %i, align 8, !dbg !526, !noundef !46
  %6 = add i64 %5, 1, !dbg !526
  store i64 %6, ptr %i, align 8, !dbg !526
  br label %bb1, !dbg !516

panic:                                            ; preds = %bb3
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef %_11, i64 noundef %out.1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_4f4561b12cbab504dab08f3dc73e8086) #15, !dbg !525
  unreachable, !dbg !525
}

; std::sync::poison::map_result
; Function Attrs: nonlazybind uwtable
define internal void @_ZN3std4sync6poison10map_result17h1eddc9e20070c7e7E(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, i1 noundef zeroext %0, i8 noundef %1, ptr noundef nonnull align 4 %f) unnamed_addr #2 !dbg !527 {
start:
  %data.dbg.spill1 = alloca [16 x i8], align 8
  %data.dbg.spill = alloca [1 x i8], align 1
  %t.dbg.spill = alloca [1 x i8], align 1
  %f.dbg.spill = alloca [8 x i8], align 8
  %result = alloca [2 x i8], align 1
  %2 = zext i1 %0 to i8
  store i8 %2, ptr %result, align 1
  %3 = getelementptr inbounds i8, ptr %result, i64 1
  store i8 %1, ptr %3, align 1
    #dbg_declare(ptr %result, !552, !DIExpression(), !561)
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !553, !DIExpression(), !562)
  %4 = load i8, ptr %result, align 1, !dbg !563, !range !170, !noundef !46
  %5 = trunc nuw i8 %4 to i1, !dbg !563
  %6 = getelementptr inbounds i8, ptr %result, i64 1, !dbg !563
  %7 = load i8, ptr %6, align 1, !dbg !563, !noundef !46
  %_3 = zext i1 %5 to i64, !dbg !563
  %8 = trunc nuw i64 %_3 to i1, !dbg !564
  br i1 %8, label %bb2, label %bb3, !dbg !564

bb2:                                              ; preds = %start
  %9 = getelementptr inbounds i8, ptr %result, i64 1, !dbg !565
  %10 = load i8, ptr %9, align 1, !dbg !565, !range !170, !noundef !46
  %data = trunc nuw i8 %10 to i1, !dbg !565
  %11 = zext i1 %data to i8, !dbg !565
  store i8 %11, ptr %data.dbg.spill, align 1, !dbg !565
    #dbg_declare(ptr %data.dbg.spill, !556, !DIExpression(), !566)
; call std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
  %12 = call { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17h2e5babffa25f96c7E"(ptr noundef nonnull align 4 %f, i1 noundef zeroext %data) #13, !dbg !567
  %data.0 = extractvalue { ptr, i1 } %12, 0, !dbg !567
  %data.1 = extractvalue { ptr, i1 } %12, 1, !dbg !567
  store ptr %data.0, ptr %data.dbg.spill1, align 8, !dbg !567
  %13 = getelementptr inbounds i8, ptr %data.dbg.spill1, i64 8, !dbg !567
  %14 = zext i1 %data.1 to i8, !dbg !567
  store i8 %14, ptr %13, align 8, !dbg !567
    #dbg_declare(ptr %data.dbg.spill1, !568, !DIExpression(), !574)
  %15 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !576
  store ptr %data.0, ptr %15, align 8, !dbg !576
  %16 = getelementptr inbounds i8, ptr %15, i64 8, !dbg !576
  %17 = zext i1 %data.1 to i8, !dbg !576
  store i8 %17, ptr %16, align 8, !dbg !576
  store i64 1, ptr %_0, align 8, !dbg !576
  br label %bb6, !dbg !577

bb3:                                              ; preds = %start
  %18 = getelementptr inbounds i8, ptr %result, i64 1, !dbg !578
  %19 = load i8, ptr %18, align 1, !dbg !578, !range !170, !noundef !46
  %t = trunc nuw i8 %19 to i1, !dbg !578
  %20 = zext i1 %t to i8, !dbg !578
  store i8 %20, ptr %t.dbg.spill, align 1, !dbg !578
    #dbg_declare(ptr %t.dbg.spill, !554, !DIExpression(), !579)
; call std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
  %21 = call { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17h2e5babffa25f96c7E"(ptr noundef nonnull align 4 %f, i1 noundef zeroext %t) #13, !dbg !580
  %_5.0 = extractvalue { ptr, i1 } %21, 0, !dbg !580
  %_5.1 = extractvalue { ptr, i1 } %21, 1, !dbg !580
  %22 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !581
  store ptr %_5.0, ptr %22, align 8, !dbg !581
  %23 = getelementptr inbounds i8, ptr %22, i64 8, !dbg !581
  %24 = zext i1 %_5.1 to i8, !dbg !581
  store i8 %24, ptr %23, align 8, !dbg !581
  store i64 0, ptr %_0, align 8, !dbg !581
  br label %bb6, !dbg !582

bb6:                                              ; preds = %bb2, %bb3
  ret void, !dbg !583

bb1:                                              ; No predecessors!
  unreachable, !dbg !563
}

; std::sync::poison::map_result
; Function Attrs: nonlazybind uwtable
define internal void @_ZN3std4sync6poison10map_result17h8d53b020aae59b42E(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, i1 noundef zeroext %0, i8 noundef %1, ptr noundef nonnull align 8 %f) unnamed_addr #2 !dbg !584 {
start:
  %data.dbg.spill1 = alloca [16 x i8], align 8
  %data.dbg.spill = alloca [1 x i8], align 1
  %t.dbg.spill = alloca [1 x i8], align 1
  %f.dbg.spill = alloca [8 x i8], align 8
  %result = alloca [2 x i8], align 1
  %2 = zext i1 %0 to i8
  store i8 %2, ptr %result, align 1
  %3 = getelementptr inbounds i8, ptr %result, i64 1
  store i8 %1, ptr %3, align 1
    #dbg_declare(ptr %result, !606, !DIExpression(), !615)
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !607, !DIExpression(), !616)
  %4 = load i8, ptr %result, align 1, !dbg !617, !range !170, !noundef !46
  %5 = trunc nuw i8 %4 to i1, !dbg !617
  %6 = getelementptr inbounds i8, ptr %result, i64 1, !dbg !617
  %7 = load i8, ptr %6, align 1, !dbg !617, !noundef !46
  %_3 = zext i1 %5 to i64, !dbg !617
  %8 = trunc nuw i64 %_3 to i1, !dbg !618
  br i1 %8, label %bb2, label %bb3, !dbg !618

bb2:                                              ; preds = %start
  %9 = getelementptr inbounds i8, ptr %result, i64 1, !dbg !619
  %10 = load i8, ptr %9, align 1, !dbg !619, !range !170, !noundef !46
  %data = trunc nuw i8 %10 to i1, !dbg !619
  %11 = zext i1 %data to i8, !dbg !619
  store i8 %11, ptr %data.dbg.spill, align 1, !dbg !619
    #dbg_declare(ptr %data.dbg.spill, !610, !DIExpression(), !620)
; call std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
  %12 = call { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17hacafe11781bf981bE"(ptr noundef nonnull align 8 %f, i1 noundef zeroext %data) #13, !dbg !621
  %data.0 = extractvalue { ptr, i1 } %12, 0, !dbg !621
  %data.1 = extractvalue { ptr, i1 } %12, 1, !dbg !621
  store ptr %data.0, ptr %data.dbg.spill1, align 8, !dbg !621
  %13 = getelementptr inbounds i8, ptr %data.dbg.spill1, i64 8, !dbg !621
  %14 = zext i1 %data.1 to i8, !dbg !621
  store i8 %14, ptr %13, align 8, !dbg !621
    #dbg_declare(ptr %data.dbg.spill1, !622, !DIExpression(), !628)
  %15 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !630
  store ptr %data.0, ptr %15, align 8, !dbg !630
  %16 = getelementptr inbounds i8, ptr %15, i64 8, !dbg !630
  %17 = zext i1 %data.1 to i8, !dbg !630
  store i8 %17, ptr %16, align 8, !dbg !630
  store i64 1, ptr %_0, align 8, !dbg !630
  br label %bb6, !dbg !631

bb3:                                              ; preds = %start
  %18 = getelementptr inbounds i8, ptr %result, i64 1, !dbg !632
  %19 = load i8, ptr %18, align 1, !dbg !632, !range !170, !noundef !46
  %t = trunc nuw i8 %19 to i1, !dbg !632
  %20 = zext i1 %t to i8, !dbg !632
  store i8 %20, ptr %t.dbg.spill, align 1, !dbg !632
    #dbg_declare(ptr %t.dbg.spill, !608, !DIExpression(), !633)
; call std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
  %21 = call { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17hacafe11781bf981bE"(ptr noundef nonnull align 8 %f, i1 noundef zeroext %t) #13, !dbg !634
  %_5.0 = extractvalue { ptr, i1 } %21, 0, !dbg !634
  %_5.1 = extractvalue { ptr, i1 } %21, 1, !dbg !634
  %22 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !635
  store ptr %_5.0, ptr %22, align 8, !dbg !635
  %23 = getelementptr inbounds i8, ptr %22, i64 8, !dbg !635
  %24 = zext i1 %_5.1 to i8, !dbg !635
  store i8 %24, ptr %23, align 8, !dbg !635
  store i64 0, ptr %_0, align 8, !dbg !635
  br label %bb6, !dbg !636

bb6:                                              ; preds = %bb2, %bb3
  ret void, !dbg !637

bb1:                                              ; No predecessors!
  unreachable, !dbg !617
}

; std::sync::poison::mutex::Mutex<T>::lock
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E"(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(address) dereferenceable(24) %_0, ptr noundef nonnull align 4 %self) unnamed_addr #2 !dbg !638 {
start:
  %self.dbg.spill1 = alloca [8 x i8], align 8
  %failure.dbg.spill = alloca [1 x i8], align 1
  %success.dbg.spill = alloca [1 x i8], align 1
  %new.dbg.spill = alloca [4 x i8], align 4
  %current.dbg.spill = alloca [4 x i8], align 4
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !643, !DIExpression(), !644)
    #dbg_declare(ptr %self.dbg.spill, !645, !DIExpression(), !649)
  store i32 0, ptr %current.dbg.spill, align 4, !dbg !651
    #dbg_declare(ptr %current.dbg.spill, !674, !DIExpression(), !651)
  store i32 1, ptr %new.dbg.spill, align 4, !dbg !688
    #dbg_declare(ptr %new.dbg.spill, !675, !DIExpression(), !688)
  store i8 2, ptr %success.dbg.spill, align 1, !dbg !689
    #dbg_declare(ptr %success.dbg.spill, !676, !DIExpression(), !689)
  store i8 0, ptr %failure.dbg.spill, align 1, !dbg !690
    #dbg_declare(ptr %failure.dbg.spill, !677, !DIExpression(), !690)
  store ptr %self, ptr %self.dbg.spill1, align 8, !dbg !691
    #dbg_declare(ptr %self.dbg.spill1, !686, !DIExpression(), !692)
    #dbg_value(ptr %self, !673, !DIExpression(), !693)
    #dbg_value(ptr %self, !694, !DIExpression(), !702)
; call core::sync::atomic::atomic_compare_exchange
  %0 = call { i32, i32 } @_ZN4core4sync6atomic23atomic_compare_exchange17h63cb14bc636a1995E(ptr noundef %self, i32 noundef 0, i32 noundef 1, i8 noundef 2, i8 noundef 0) #13, !dbg !704
  %_5.0 = extractvalue { i32, i32 } %0, 0, !dbg !704
  %_5.1 = extractvalue { i32, i32 } %0, 1, !dbg !704
    #dbg_value(ptr poison, !705, !DIExpression(), !713)
    #dbg_value(ptr poison, !715, !DIExpression(), !719)
  %_12 = zext i32 %_5.0 to i64, !dbg !721
  %_11 = icmp eq i64 %_12, 0, !dbg !722
  %_3 = xor i1 %_11, true, !dbg !725
  %1 = call i1 @llvm.expect.i1(i1 %_3, i1 false), !dbg !726
  br i1 %1, label %bb1, label %bb2, !dbg !726

bb2:                                              ; preds = %start
  br label %bb3, !dbg !727

bb1:                                              ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::lock_contended
  call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr noundef nonnull align 4 %self), !dbg !728
  br label %bb3, !dbg !728

bb3:                                              ; preds = %bb1, %bb2
  %_14 = getelementptr inbounds i8, ptr %self, i64 4, !dbg !729
; call <std::sync::poison::Flag>::guard
  %2 = call { i1, i8 } @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag5guard(ptr noundef nonnull align 1 %_14) #13, !dbg !730
  %_13.0 = extractvalue { i1, i8 } %2, 0, !dbg !730
  %_13.1 = extractvalue { i1, i8 } %2, 1, !dbg !730
; call std::sync::poison::map_result
  call void @_ZN3std4sync6poison10map_result17h1eddc9e20070c7e7E(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, i1 noundef zeroext %_13.0, i8 noundef %_13.1, ptr noundef nonnull align 4 %self), !dbg !731
  ret void, !dbg !732
}

; std::sync::poison::mutex::Mutex<T>::lock
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE"(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(address) dereferenceable(24) %_0, ptr noundef nonnull align 8 %self) unnamed_addr #2 !dbg !733 {
start:
  %self.dbg.spill1 = alloca [8 x i8], align 8
  %failure.dbg.spill = alloca [1 x i8], align 1
  %success.dbg.spill = alloca [1 x i8], align 1
  %new.dbg.spill = alloca [4 x i8], align 4
  %current.dbg.spill = alloca [4 x i8], align 4
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !738, !DIExpression(), !739)
    #dbg_declare(ptr %self.dbg.spill, !740, !DIExpression(), !744)
  store i32 0, ptr %current.dbg.spill, align 4, !dbg !746
    #dbg_declare(ptr %current.dbg.spill, !750, !DIExpression(), !746)
  store i32 1, ptr %new.dbg.spill, align 4, !dbg !759
    #dbg_declare(ptr %new.dbg.spill, !751, !DIExpression(), !759)
  store i8 2, ptr %success.dbg.spill, align 1, !dbg !760
    #dbg_declare(ptr %success.dbg.spill, !752, !DIExpression(), !760)
  store i8 0, ptr %failure.dbg.spill, align 1, !dbg !761
    #dbg_declare(ptr %failure.dbg.spill, !753, !DIExpression(), !761)
  store ptr %self, ptr %self.dbg.spill1, align 8, !dbg !762
    #dbg_declare(ptr %self.dbg.spill1, !757, !DIExpression(), !763)
    #dbg_value(ptr %self, !749, !DIExpression(), !764)
    #dbg_value(ptr %self, !765, !DIExpression(), !768)
; call core::sync::atomic::atomic_compare_exchange
  %0 = call { i32, i32 } @_ZN4core4sync6atomic23atomic_compare_exchange17h63cb14bc636a1995E(ptr noundef %self, i32 noundef 0, i32 noundef 1, i8 noundef 2, i8 noundef 0) #13, !dbg !770
  %_5.0 = extractvalue { i32, i32 } %0, 0, !dbg !770
  %_5.1 = extractvalue { i32, i32 } %0, 1, !dbg !770
    #dbg_value(ptr poison, !771, !DIExpression(), !774)
    #dbg_value(ptr poison, !776, !DIExpression(), !779)
  %_12 = zext i32 %_5.0 to i64, !dbg !781
  %_11 = icmp eq i64 %_12, 0, !dbg !782
  %_3 = xor i1 %_11, true, !dbg !784
  %1 = call i1 @llvm.expect.i1(i1 %_3, i1 false), !dbg !785
  br i1 %1, label %bb1, label %bb2, !dbg !785

bb2:                                              ; preds = %start
  br label %bb3, !dbg !786

bb1:                                              ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::lock_contended
  call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr noundef nonnull align 4 %self), !dbg !787
  br label %bb3, !dbg !787

bb3:                                              ; preds = %bb1, %bb2
  %_14 = getelementptr inbounds i8, ptr %self, i64 4, !dbg !788
; call <std::sync::poison::Flag>::guard
  %2 = call { i1, i8 } @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag5guard(ptr noundef nonnull align 1 %_14) #13, !dbg !789
  %_13.0 = extractvalue { i1, i8 } %2, 0, !dbg !789
  %_13.1 = extractvalue { i1, i8 } %2, 1, !dbg !789
; call std::sync::poison::map_result
  call void @_ZN3std4sync6poison10map_result17h8d53b020aae59b42E(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, i1 noundef zeroext %_13.0, i8 noundef %_13.1, ptr noundef nonnull align 8 %self), !dbg !790
  ret void, !dbg !791
}

; std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17h2e5babffa25f96c7E"(ptr noundef nonnull align 4 %_1, i1 noundef zeroext %guard) unnamed_addr #0 !dbg !792 {
start:
  %guard.dbg.spill = alloca [1 x i8], align 1
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !797, !DIExpression(DW_OP_deref), !798)
  %0 = zext i1 %guard to i8
  store i8 %0, ptr %guard.dbg.spill, align 1
    #dbg_declare(ptr %guard.dbg.spill, !796, !DIExpression(), !799)
  %1 = insertvalue { ptr, i1 } poison, ptr %_1, 0, !dbg !800
  %2 = insertvalue { ptr, i1 } %1, i1 %guard, 1, !dbg !800
  ret { ptr, i1 } %2, !dbg !800
}

; std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17hacafe11781bf981bE"(ptr noundef nonnull align 8 %_1, i1 noundef zeroext %guard) unnamed_addr #0 !dbg !801 {
start:
  %guard.dbg.spill = alloca [1 x i8], align 1
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !806, !DIExpression(DW_OP_deref), !807)
  %0 = zext i1 %guard to i8
  store i8 %0, ptr %guard.dbg.spill, align 1
    #dbg_declare(ptr %guard.dbg.spill, !805, !DIExpression(), !808)
  %1 = insertvalue { ptr, i1 } poison, ptr %_1, 0, !dbg !809
  %2 = insertvalue { ptr, i1 } %1, i1 %guard, 1, !dbg !809
  ret { ptr, i1 } %2, !dbg !809
}

; std::sync::poison::condvar::Condvar::wait
; Function Attrs: nonlazybind uwtable
define internal void @_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, ptr noundef nonnull align 4 %self, ptr noundef nonnull align 4 %0, i1 noundef zeroext %1) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !810 {
start:
  %data.dbg.spill = alloca [16 x i8], align 8
  %poisoned.dbg.spill = alloca [1 x i8], align 1
  %2 = alloca [16 x i8], align 8
  %lock.dbg.spill = alloca [8 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %self.dbg.spill = alloca [8 x i8], align 8
  %guard = alloca [16 x i8], align 8
  store ptr %0, ptr %guard, align 8
  %3 = getelementptr inbounds i8, ptr %guard, i64 8
  %4 = zext i1 %1 to i8
  store i8 %4, ptr %3, align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !817, !DIExpression(), !823)
    #dbg_declare(ptr %guard, !818, !DIExpression(), !824)
  store i8 0, ptr %order.dbg.spill, align 1, !dbg !825
    #dbg_declare(ptr %order.dbg.spill, !829, !DIExpression(), !825)
    #dbg_value(ptr %guard, !835, !DIExpression(), !840)
  %_13 = load ptr, ptr %guard, align 8, !dbg !842, !nonnull !46, !align !477, !noundef !46
  store ptr %_13, ptr %lock.dbg.spill, align 8, !dbg !842
    #dbg_declare(ptr %lock.dbg.spill, !821, !DIExpression(), !843)
; invoke <std::sys::sync::condvar::futex::Condvar>::wait
  invoke void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync7condvar5futexNtB2_7Condvar4wait(ptr noundef nonnull align 4 %self, ptr noundef nonnull align 4 %_13)
          to label %bb1 unwind label %cleanup, !dbg !844

bb6:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>
  invoke void @"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E"(ptr noalias noundef align 8 dereferenceable(16) %guard) #17
          to label %bb5 unwind label %terminate, !dbg !845

cleanup:                                          ; preds = %bb1, %start
  %5 = landingpad { ptr, i32 }
          cleanup
  %6 = extractvalue { ptr, i32 } %5, 0
  %7 = extractvalue { ptr, i32 } %5, 1
  call void @llvm.lifetime.start.p0(ptr %2)
  store ptr %6, ptr %2, align 8
  %8 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 %7, ptr %8, align 8
  br label %bb6

bb1:                                              ; preds = %start
    #dbg_value(ptr %guard, !846, !DIExpression(), !851)
  %_14 = load ptr, ptr %guard, align 8, !dbg !853, !nonnull !46, !align !477, !noundef !46
    #dbg_value(ptr %_14, !833, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !854)
    #dbg_value(ptr %_14, !828, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !855)
    #dbg_value(ptr %_14, !856, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !859)
  %_19 = getelementptr inbounds i8, ptr %_14, i64 4, !dbg !861
; invoke core::sync::atomic::atomic_load
  %_16 = invoke noundef i8 @_ZN4core4sync6atomic11atomic_load17h475057e54b558db5E(ptr noundef %_19, i8 noundef 0)
          to label %bb7 unwind label %cleanup, !dbg !862

bb7:                                              ; preds = %bb1
  %poisoned = icmp ne i8 %_16, 0, !dbg !862
  %9 = zext i1 %poisoned to i8, !dbg !862
  store i8 %9, ptr %poisoned.dbg.spill, align 1, !dbg !862
    #dbg_declare(ptr %poisoned.dbg.spill, !819, !DIExpression(), !863)
  %10 = icmp eq i8 %_16, 0, !dbg !864
  br i1 %10, label %bb3, label %bb2, !dbg !864

bb3:                                              ; preds = %bb7
  %_12.0 = load ptr, ptr %guard, align 8, !dbg !865, !nonnull !46, !align !477, !noundef !46
  %11 = getelementptr inbounds i8, ptr %guard, i64 8, !dbg !865
  %12 = load i8, ptr %11, align 8, !dbg !865, !range !170, !noundef !46
  %_12.1 = trunc nuw i8 %12 to i1, !dbg !865
  %13 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !866
  store ptr %_12.0, ptr %13, align 8, !dbg !866
  %14 = getelementptr inbounds i8, ptr %13, i64 8, !dbg !866
  %15 = zext i1 %_12.1 to i8, !dbg !866
  store i8 %15, ptr %14, align 8, !dbg !866
  store i64 0, ptr %_0, align 8, !dbg !866
  br label %bb4, !dbg !867

bb2:                                              ; preds = %bb7
  %data.0 = load ptr, ptr %guard, align 8, !dbg !868, !nonnull !46, !align !477, !noundef !46
  %16 = getelementptr inbounds i8, ptr %guard, i64 8, !dbg !868
  %17 = load i8, ptr %16, align 8, !dbg !868, !range !170, !noundef !46
  %data.1 = trunc nuw i8 %17 to i1, !dbg !868
  store ptr %data.0, ptr %data.dbg.spill, align 8, !dbg !868
  %18 = getelementptr inbounds i8, ptr %data.dbg.spill, i64 8, !dbg !868
  %19 = zext i1 %data.1 to i8, !dbg !868
  store i8 %19, ptr %18, align 8, !dbg !868
    #dbg_declare(ptr %data.dbg.spill, !869, !DIExpression(), !872)
  %20 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !874
  store ptr %data.0, ptr %20, align 8, !dbg !874
  %21 = getelementptr inbounds i8, ptr %20, i64 8, !dbg !874
  %22 = zext i1 %data.1 to i8, !dbg !874
  store i8 %22, ptr %21, align 8, !dbg !874
  store i64 1, ptr %_0, align 8, !dbg !874
  br label %bb4, !dbg !867

bb4:                                              ; preds = %bb2, %bb3
  ret void, !dbg !875

terminate:                                        ; preds = %bb6
  %23 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #18, !dbg !876
  unreachable, !dbg !876

bb5:                                              ; preds = %bb6
  %24 = load ptr, ptr %2, align 8, !dbg !876, !noundef !46
  %25 = getelementptr inbounds i8, ptr %2, i64 8, !dbg !876
  %26 = load i32, ptr %25, align 8, !dbg !876, !noundef !46
  call void @llvm.lifetime.end.p0(ptr %2), !dbg !876
  %27 = insertvalue { ptr, i32 } poison, ptr %24, 0, !dbg !876
  %28 = insertvalue { ptr, i32 } %27, i32 %26, 1, !dbg !876
  resume { ptr, i32 } %28, !dbg !876
}

; core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr107drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$$GT$17h5cf78ebf5754000bE"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #2 !dbg !877 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !884, !DIExpression(), !887)
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>
  call void @"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E"(ptr noalias noundef align 8 dereferenceable(16) %_1), !dbg !887
  ret void, !dbg !887
}

; core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17hfcc5d16b43b49c4eE"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #2 !dbg !888 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !893, !DIExpression(), !896)
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
  call void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE"(ptr noalias noundef align 8 dereferenceable(16) %_1), !dbg !896
  ret void, !dbg !896
}

; core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #2 !dbg !897 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !902, !DIExpression(), !903)
; call <std::sync::poison::mutex::MutexGuard<T> as core::ops::drop::Drop>::drop
  call void @"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h3a3a32b612a36a6fE"(ptr noalias noundef align 8 dereferenceable(16) %_1) #13, !dbg !903
  ret void, !dbg !903
}

; core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #2 !dbg !904 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !909, !DIExpression(), !910)
; call <std::sync::poison::mutex::MutexGuard<T> as core::ops::drop::Drop>::drop
  call void @"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hac92b319b95ea92eE"(ptr noalias noundef align 8 dereferenceable(16) %_1) #13, !dbg !910
  ret void, !dbg !910
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i8 @_ZN4core4sync6atomic11atomic_load17h475057e54b558db5E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 !dbg !911 {
start:
  %s.dbg.spill1 = alloca [16 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !916, !DIExpression(), !918)
  store i8 %order, ptr %order.dbg.spill, align 1
    #dbg_declare(ptr %order.dbg.spill, !917, !DIExpression(), !919)
  %_3 = zext i8 %order to i64, !dbg !920
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !dbg !921, !prof !922

bb1:                                              ; preds = %start
  unreachable, !dbg !920

bb6:                                              ; preds = %start
  %0 = load atomic i8, ptr %dst monotonic, align 1, !dbg !923
  store i8 %0, ptr %_0, align 1, !dbg !923
  br label %bb7, !dbg !923

bb3:                                              ; preds = %start
  store ptr @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr %s.dbg.spill, align 8, !dbg !924
  %1 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !924
  store i64 40, ptr %1, align 8, !dbg !924
    #dbg_declare(ptr %s.dbg.spill, !925, !DIExpression(), !1021)
    #dbg_declare(ptr %s.dbg.spill, !1022, !DIExpression(), !1030)
    #dbg_declare(ptr %s.dbg.spill, !1033, !DIExpression(), !1038)
    #dbg_declare(ptr %s.dbg.spill, !1040, !DIExpression(), !1049)
  call void @llvm.assume(i1 true), !dbg !1052
  %2 = icmp ne ptr inttoptr (i64 81 to ptr), null, !dbg !1053
  call void @llvm.assume(i1 %2), !dbg !1053
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #15, !dbg !924
  unreachable, !dbg !924

bb5:                                              ; preds = %start
  %3 = load atomic i8, ptr %dst acquire, align 1, !dbg !1054
  store i8 %3, ptr %_0, align 1, !dbg !1054
  br label %bb7, !dbg !1054

bb2:                                              ; preds = %start
  store ptr @alloc_96ab912d0054b46da785b206a96c9a45, ptr %s.dbg.spill1, align 8, !dbg !1055
  %4 = getelementptr inbounds i8, ptr %s.dbg.spill1, i64 8, !dbg !1055
  store i64 49, ptr %4, align 8, !dbg !1055
    #dbg_declare(ptr %s.dbg.spill1, !925, !DIExpression(), !1056)
    #dbg_declare(ptr %s.dbg.spill1, !1022, !DIExpression(), !1057)
    #dbg_declare(ptr %s.dbg.spill1, !1033, !DIExpression(), !1059)
    #dbg_declare(ptr %s.dbg.spill1, !1040, !DIExpression(), !1061)
  call void @llvm.assume(i1 true), !dbg !1063
  %5 = icmp ne ptr inttoptr (i64 99 to ptr), null, !dbg !1064
  call void @llvm.assume(i1 %5), !dbg !1064
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #15, !dbg !1055
  unreachable, !dbg !1055

bb4:                                              ; preds = %start
  %6 = load atomic i8, ptr %dst seq_cst, align 1, !dbg !1065
  store i8 %6, ptr %_0, align 1, !dbg !1065
  br label %bb7, !dbg !1065

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %7 = load i8, ptr %_0, align 1, !dbg !1066, !noundef !46
  ret i8 %7, !dbg !1066
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i64 @_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 !dbg !1067 {
start:
  %s.dbg.spill1 = alloca [16 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [8 x i8], align 8
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !1072, !DIExpression(), !1074)
  store i8 %order, ptr %order.dbg.spill, align 1
    #dbg_declare(ptr %order.dbg.spill, !1073, !DIExpression(), !1075)
  %_3 = zext i8 %order to i64, !dbg !1076
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !dbg !1077, !prof !922

bb1:                                              ; preds = %start
  unreachable, !dbg !1076

bb6:                                              ; preds = %start
  %0 = load atomic i64, ptr %dst monotonic, align 8, !dbg !1078
  store i64 %0, ptr %_0, align 8, !dbg !1078
  br label %bb7, !dbg !1078

bb3:                                              ; preds = %start
  store ptr @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr %s.dbg.spill, align 8, !dbg !1079
  %1 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !1079
  store i64 40, ptr %1, align 8, !dbg !1079
    #dbg_declare(ptr %s.dbg.spill, !1080, !DIExpression(), !1083)
    #dbg_declare(ptr %s.dbg.spill, !1084, !DIExpression(), !1087)
    #dbg_declare(ptr %s.dbg.spill, !1090, !DIExpression(), !1093)
    #dbg_declare(ptr %s.dbg.spill, !1095, !DIExpression(), !1098)
  call void @llvm.assume(i1 true), !dbg !1101
  %2 = icmp ne ptr inttoptr (i64 81 to ptr), null, !dbg !1102
  call void @llvm.assume(i1 %2), !dbg !1102
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #15, !dbg !1079
  unreachable, !dbg !1079

bb5:                                              ; preds = %start
  %3 = load atomic i64, ptr %dst acquire, align 8, !dbg !1103
  store i64 %3, ptr %_0, align 8, !dbg !1103
  br label %bb7, !dbg !1103

bb2:                                              ; preds = %start
  store ptr @alloc_96ab912d0054b46da785b206a96c9a45, ptr %s.dbg.spill1, align 8, !dbg !1104
  %4 = getelementptr inbounds i8, ptr %s.dbg.spill1, i64 8, !dbg !1104
  store i64 49, ptr %4, align 8, !dbg !1104
    #dbg_declare(ptr %s.dbg.spill1, !1080, !DIExpression(), !1105)
    #dbg_declare(ptr %s.dbg.spill1, !1084, !DIExpression(), !1106)
    #dbg_declare(ptr %s.dbg.spill1, !1090, !DIExpression(), !1108)
    #dbg_declare(ptr %s.dbg.spill1, !1095, !DIExpression(), !1110)
  call void @llvm.assume(i1 true), !dbg !1112
  %5 = icmp ne ptr inttoptr (i64 99 to ptr), null, !dbg !1113
  call void @llvm.assume(i1 %5), !dbg !1113
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #15, !dbg !1104
  unreachable, !dbg !1104

bb4:                                              ; preds = %start
  %6 = load atomic i64, ptr %dst seq_cst, align 8, !dbg !1114
  store i64 %6, ptr %_0, align 8, !dbg !1114
  br label %bb7, !dbg !1114

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %7 = load i64, ptr %_0, align 8, !dbg !1115, !noundef !46
  ret i64 %7, !dbg !1115
}

; core::sync::atomic::atomic_store
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core4sync6atomic12atomic_store17h3f562e17ea20bfe1E(ptr noundef %dst, i8 noundef %val, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 !dbg !1116 {
start:
  %s.dbg.spill1 = alloca [16 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %val.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !1120, !DIExpression(), !1123)
  store i8 %val, ptr %val.dbg.spill, align 1
    #dbg_declare(ptr %val.dbg.spill, !1121, !DIExpression(), !1124)
  store i8 %order, ptr %order.dbg.spill, align 1
    #dbg_declare(ptr %order.dbg.spill, !1122, !DIExpression(), !1125)
  %_4 = zext i8 %order to i64, !dbg !1126
  switch i64 %_4, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb5
    i64 2, label %bb3
    i64 3, label %bb2
    i64 4, label %bb4
  ], !dbg !1127, !prof !1128

bb1:                                              ; preds = %start
  unreachable, !dbg !1126

bb6:                                              ; preds = %start
  store atomic i8 %val, ptr %dst monotonic, align 1, !dbg !1129
  br label %bb7, !dbg !1129

bb5:                                              ; preds = %start
  store atomic i8 %val, ptr %dst release, align 1, !dbg !1130
  br label %bb7, !dbg !1130

bb3:                                              ; preds = %start
  store ptr @alloc_bf39103a6db665396aab4632362d9353, ptr %s.dbg.spill, align 8, !dbg !1131
  %0 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !1131
  store i64 42, ptr %0, align 8, !dbg !1131
    #dbg_declare(ptr %s.dbg.spill, !1132, !DIExpression(), !1135)
    #dbg_declare(ptr %s.dbg.spill, !1136, !DIExpression(), !1139)
    #dbg_declare(ptr %s.dbg.spill, !1142, !DIExpression(), !1145)
    #dbg_declare(ptr %s.dbg.spill, !1147, !DIExpression(), !1150)
  call void @llvm.assume(i1 true), !dbg !1153
  %1 = icmp ne ptr inttoptr (i64 85 to ptr), null, !dbg !1154
  call void @llvm.assume(i1 %1), !dbg !1154
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_bf39103a6db665396aab4632362d9353, ptr noundef nonnull inttoptr (i64 85 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a574beff59ab58cf5ed2d6bc163e2302) #15, !dbg !1131
  unreachable, !dbg !1131

bb2:                                              ; preds = %start
  store ptr @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr %s.dbg.spill1, align 8, !dbg !1155
  %2 = getelementptr inbounds i8, ptr %s.dbg.spill1, i64 8, !dbg !1155
  store i64 50, ptr %2, align 8, !dbg !1155
    #dbg_declare(ptr %s.dbg.spill1, !1132, !DIExpression(), !1156)
    #dbg_declare(ptr %s.dbg.spill1, !1136, !DIExpression(), !1157)
    #dbg_declare(ptr %s.dbg.spill1, !1142, !DIExpression(), !1159)
    #dbg_declare(ptr %s.dbg.spill1, !1147, !DIExpression(), !1161)
  call void @llvm.assume(i1 true), !dbg !1163
  %3 = icmp ne ptr inttoptr (i64 101 to ptr), null, !dbg !1164
  call void @llvm.assume(i1 %3), !dbg !1164
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr noundef nonnull inttoptr (i64 101 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_aec0388915b72a4f610ad656c35be884) #15, !dbg !1155
  unreachable, !dbg !1155

bb4:                                              ; preds = %start
  store atomic i8 %val, ptr %dst seq_cst, align 1, !dbg !1165
  br label %bb7, !dbg !1165

bb7:                                              ; preds = %bb4, %bb5, %bb6
  ret void, !dbg !1166
}

; core::sync::atomic::atomic_compare_exchange
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i32, i32 } @_ZN4core4sync6atomic23atomic_compare_exchange17h63cb14bc636a1995E(ptr noundef %dst, i32 noundef %old, i32 noundef %new, i8 noundef range(i8 0, 5) %success, i8 noundef range(i8 0, 5) %failure) unnamed_addr #0 !dbg !1167 {
start:
  %s.dbg.spill1 = alloca [16 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %ok.dbg.spill = alloca [1 x i8], align 1
  %val.dbg.spill = alloca [4 x i8], align 4
  %failure.dbg.spill = alloca [1 x i8], align 1
  %success.dbg.spill = alloca [1 x i8], align 1
  %new.dbg.spill = alloca [4 x i8], align 4
  %old.dbg.spill = alloca [4 x i8], align 4
  %dst.dbg.spill = alloca [8 x i8], align 8
  %_8 = alloca [8 x i8], align 4
  %_0 = alloca [8 x i8], align 4
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !1171, !DIExpression(), !1179)
  store i32 %old, ptr %old.dbg.spill, align 4
    #dbg_declare(ptr %old.dbg.spill, !1172, !DIExpression(), !1180)
  store i32 %new, ptr %new.dbg.spill, align 4
    #dbg_declare(ptr %new.dbg.spill, !1173, !DIExpression(), !1181)
  store i8 %success, ptr %success.dbg.spill, align 1
    #dbg_declare(ptr %success.dbg.spill, !1174, !DIExpression(), !1182)
  store i8 %failure, ptr %failure.dbg.spill, align 1
    #dbg_declare(ptr %failure.dbg.spill, !1175, !DIExpression(), !1183)
  call void @llvm.lifetime.start.p0(ptr %_8), !dbg !1184
  %_14 = zext i8 %success to i64, !dbg !1185
  switch i64 %_14, label %bb7 [
    i64 0, label %bb2
    i64 1, label %bb4
    i64 2, label %bb3
    i64 3, label %bb5
    i64 4, label %bb6
  ], !dbg !1186

bb7:                                              ; preds = %bb1, %start
  unreachable, !dbg !1185

bb2:                                              ; preds = %start
  %_9 = zext i8 %failure to i64, !dbg !1185
  switch i64 %_9, label %bb1 [
    i64 0, label %bb24
    i64 2, label %bb23
    i64 4, label %bb22
  ], !dbg !1186, !prof !1187

bb4:                                              ; preds = %start
  %_11 = zext i8 %failure to i64, !dbg !1185
  switch i64 %_11, label %bb1 [
    i64 0, label %bb18
    i64 2, label %bb17
    i64 4, label %bb16
  ], !dbg !1186, !prof !1187

bb3:                                              ; preds = %start
  %_10 = zext i8 %failure to i64, !dbg !1185
  switch i64 %_10, label %bb1 [
    i64 0, label %bb21
    i64 2, label %bb20
    i64 4, label %bb19
  ], !dbg !1186, !prof !1187

bb5:                                              ; preds = %start
  %_12 = zext i8 %failure to i64, !dbg !1185
  switch i64 %_12, label %bb1 [
    i64 0, label %bb15
    i64 2, label %bb14
    i64 4, label %bb13
  ], !dbg !1186, !prof !1187

bb6:                                              ; preds = %start
  %_13 = zext i8 %failure to i64, !dbg !1185
  switch i64 %_13, label %bb1 [
    i64 0, label %bb12
    i64 2, label %bb11
    i64 4, label %bb10
  ], !dbg !1186, !prof !1187

bb1:                                              ; preds = %bb6, %bb5, %bb3, %bb4, %bb2
  %_15 = zext i8 %failure to i64, !dbg !1185
  switch i64 %_15, label %bb7 [
    i64 1, label %bb8
    i64 3, label %bb9
  ], !dbg !1186

bb24:                                             ; preds = %bb2
  %0 = cmpxchg ptr %dst, i32 %old, i32 %new monotonic monotonic, align 4, !dbg !1188
  %1 = extractvalue { i32, i1 } %0, 0, !dbg !1188
  %2 = extractvalue { i32, i1 } %0, 1, !dbg !1188
  %3 = zext i1 %2 to i8, !dbg !1188
  store i32 %1, ptr %_8, align 4, !dbg !1188
  %4 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1188
  store i8 %3, ptr %4, align 4, !dbg !1188
  br label %bb25, !dbg !1188

bb23:                                             ; preds = %bb2
  %5 = cmpxchg ptr %dst, i32 %old, i32 %new monotonic acquire, align 4, !dbg !1189
  %6 = extractvalue { i32, i1 } %5, 0, !dbg !1189
  %7 = extractvalue { i32, i1 } %5, 1, !dbg !1189
  %8 = zext i1 %7 to i8, !dbg !1189
  store i32 %6, ptr %_8, align 4, !dbg !1189
  %9 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1189
  store i8 %8, ptr %9, align 4, !dbg !1189
  br label %bb25, !dbg !1189

bb22:                                             ; preds = %bb2
  %10 = cmpxchg ptr %dst, i32 %old, i32 %new monotonic seq_cst, align 4, !dbg !1190
  %11 = extractvalue { i32, i1 } %10, 0, !dbg !1190
  %12 = extractvalue { i32, i1 } %10, 1, !dbg !1190
  %13 = zext i1 %12 to i8, !dbg !1190
  store i32 %11, ptr %_8, align 4, !dbg !1190
  %14 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1190
  store i8 %13, ptr %14, align 4, !dbg !1190
  br label %bb25, !dbg !1190

bb25:                                             ; preds = %bb10, %bb11, %bb12, %bb13, %bb14, %bb15, %bb19, %bb20, %bb21, %bb16, %bb17, %bb18, %bb22, %bb23, %bb24
  %val = load i32, ptr %_8, align 4, !dbg !1191, !noundef !46
  store i32 %val, ptr %val.dbg.spill, align 4, !dbg !1191
    #dbg_declare(ptr %val.dbg.spill, !1176, !DIExpression(), !1192)
  %15 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1193
  %16 = load i8, ptr %15, align 4, !dbg !1193, !range !170, !noundef !46
  %ok = trunc nuw i8 %16 to i1, !dbg !1193
  %17 = zext i1 %ok to i8, !dbg !1193
  store i8 %17, ptr %ok.dbg.spill, align 1, !dbg !1193
    #dbg_declare(ptr %ok.dbg.spill, !1178, !DIExpression(), !1194)
  call void @llvm.lifetime.end.p0(ptr %_8), !dbg !1195
  br i1 %ok, label %bb26, label %bb27, !dbg !1196

bb18:                                             ; preds = %bb4
  %18 = cmpxchg ptr %dst, i32 %old, i32 %new release monotonic, align 4, !dbg !1197
  %19 = extractvalue { i32, i1 } %18, 0, !dbg !1197
  %20 = extractvalue { i32, i1 } %18, 1, !dbg !1197
  %21 = zext i1 %20 to i8, !dbg !1197
  store i32 %19, ptr %_8, align 4, !dbg !1197
  %22 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1197
  store i8 %21, ptr %22, align 4, !dbg !1197
  br label %bb25, !dbg !1197

bb17:                                             ; preds = %bb4
  %23 = cmpxchg ptr %dst, i32 %old, i32 %new release acquire, align 4, !dbg !1198
  %24 = extractvalue { i32, i1 } %23, 0, !dbg !1198
  %25 = extractvalue { i32, i1 } %23, 1, !dbg !1198
  %26 = zext i1 %25 to i8, !dbg !1198
  store i32 %24, ptr %_8, align 4, !dbg !1198
  %27 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1198
  store i8 %26, ptr %27, align 4, !dbg !1198
  br label %bb25, !dbg !1198

bb16:                                             ; preds = %bb4
  %28 = cmpxchg ptr %dst, i32 %old, i32 %new release seq_cst, align 4, !dbg !1199
  %29 = extractvalue { i32, i1 } %28, 0, !dbg !1199
  %30 = extractvalue { i32, i1 } %28, 1, !dbg !1199
  %31 = zext i1 %30 to i8, !dbg !1199
  store i32 %29, ptr %_8, align 4, !dbg !1199
  %32 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1199
  store i8 %31, ptr %32, align 4, !dbg !1199
  br label %bb25, !dbg !1199

bb21:                                             ; preds = %bb3
  %33 = cmpxchg ptr %dst, i32 %old, i32 %new acquire monotonic, align 4, !dbg !1200
  %34 = extractvalue { i32, i1 } %33, 0, !dbg !1200
  %35 = extractvalue { i32, i1 } %33, 1, !dbg !1200
  %36 = zext i1 %35 to i8, !dbg !1200
  store i32 %34, ptr %_8, align 4, !dbg !1200
  %37 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1200
  store i8 %36, ptr %37, align 4, !dbg !1200
  br label %bb25, !dbg !1200

bb20:                                             ; preds = %bb3
  %38 = cmpxchg ptr %dst, i32 %old, i32 %new acquire acquire, align 4, !dbg !1201
  %39 = extractvalue { i32, i1 } %38, 0, !dbg !1201
  %40 = extractvalue { i32, i1 } %38, 1, !dbg !1201
  %41 = zext i1 %40 to i8, !dbg !1201
  store i32 %39, ptr %_8, align 4, !dbg !1201
  %42 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1201
  store i8 %41, ptr %42, align 4, !dbg !1201
  br label %bb25, !dbg !1201

bb19:                                             ; preds = %bb3
  %43 = cmpxchg ptr %dst, i32 %old, i32 %new acquire seq_cst, align 4, !dbg !1202
  %44 = extractvalue { i32, i1 } %43, 0, !dbg !1202
  %45 = extractvalue { i32, i1 } %43, 1, !dbg !1202
  %46 = zext i1 %45 to i8, !dbg !1202
  store i32 %44, ptr %_8, align 4, !dbg !1202
  %47 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1202
  store i8 %46, ptr %47, align 4, !dbg !1202
  br label %bb25, !dbg !1202

bb15:                                             ; preds = %bb5
  %48 = cmpxchg ptr %dst, i32 %old, i32 %new acq_rel monotonic, align 4, !dbg !1203
  %49 = extractvalue { i32, i1 } %48, 0, !dbg !1203
  %50 = extractvalue { i32, i1 } %48, 1, !dbg !1203
  %51 = zext i1 %50 to i8, !dbg !1203
  store i32 %49, ptr %_8, align 4, !dbg !1203
  %52 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1203
  store i8 %51, ptr %52, align 4, !dbg !1203
  br label %bb25, !dbg !1203

bb14:                                             ; preds = %bb5
  %53 = cmpxchg ptr %dst, i32 %old, i32 %new acq_rel acquire, align 4, !dbg !1204
  %54 = extractvalue { i32, i1 } %53, 0, !dbg !1204
  %55 = extractvalue { i32, i1 } %53, 1, !dbg !1204
  %56 = zext i1 %55 to i8, !dbg !1204
  store i32 %54, ptr %_8, align 4, !dbg !1204
  %57 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1204
  store i8 %56, ptr %57, align 4, !dbg !1204
  br label %bb25, !dbg !1204

bb13:                                             ; preds = %bb5
  %58 = cmpxchg ptr %dst, i32 %old, i32 %new acq_rel seq_cst, align 4, !dbg !1205
  %59 = extractvalue { i32, i1 } %58, 0, !dbg !1205
  %60 = extractvalue { i32, i1 } %58, 1, !dbg !1205
  %61 = zext i1 %60 to i8, !dbg !1205
  store i32 %59, ptr %_8, align 4, !dbg !1205
  %62 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1205
  store i8 %61, ptr %62, align 4, !dbg !1205
  br label %bb25, !dbg !1205

bb12:                                             ; preds = %bb6
  %63 = cmpxchg ptr %dst, i32 %old, i32 %new seq_cst monotonic, align 4, !dbg !1206
  %64 = extractvalue { i32, i1 } %63, 0, !dbg !1206
  %65 = extractvalue { i32, i1 } %63, 1, !dbg !1206
  %66 = zext i1 %65 to i8, !dbg !1206
  store i32 %64, ptr %_8, align 4, !dbg !1206
  %67 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1206
  store i8 %66, ptr %67, align 4, !dbg !1206
  br label %bb25, !dbg !1206

bb11:                                             ; preds = %bb6
  %68 = cmpxchg ptr %dst, i32 %old, i32 %new seq_cst acquire, align 4, !dbg !1207
  %69 = extractvalue { i32, i1 } %68, 0, !dbg !1207
  %70 = extractvalue { i32, i1 } %68, 1, !dbg !1207
  %71 = zext i1 %70 to i8, !dbg !1207
  store i32 %69, ptr %_8, align 4, !dbg !1207
  %72 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1207
  store i8 %71, ptr %72, align 4, !dbg !1207
  br label %bb25, !dbg !1207

bb10:                                             ; preds = %bb6
  %73 = cmpxchg ptr %dst, i32 %old, i32 %new seq_cst seq_cst, align 4, !dbg !1208
  %74 = extractvalue { i32, i1 } %73, 0, !dbg !1208
  %75 = extractvalue { i32, i1 } %73, 1, !dbg !1208
  %76 = zext i1 %75 to i8, !dbg !1208
  store i32 %74, ptr %_8, align 4, !dbg !1208
  %77 = getelementptr inbounds i8, ptr %_8, i64 4, !dbg !1208
  store i8 %76, ptr %77, align 4, !dbg !1208
  br label %bb25, !dbg !1208

bb27:                                             ; preds = %bb25
  %78 = getelementptr inbounds i8, ptr %_0, i64 4, !dbg !1209
  store i32 %val, ptr %78, align 4, !dbg !1209
  store i32 1, ptr %_0, align 4, !dbg !1209
  br label %bb28, !dbg !1210

bb26:                                             ; preds = %bb25
  %79 = getelementptr inbounds i8, ptr %_0, i64 4, !dbg !1211
  store i32 %val, ptr %79, align 4, !dbg !1211
  store i32 0, ptr %_0, align 4, !dbg !1211
  br label %bb28, !dbg !1210

bb28:                                             ; preds = %bb26, %bb27
  %80 = load i32, ptr %_0, align 4, !dbg !1212, !range !1213, !noundef !46
  %81 = getelementptr inbounds i8, ptr %_0, i64 4, !dbg !1212
  %82 = load i32, ptr %81, align 4, !dbg !1212, !noundef !46
  %83 = insertvalue { i32, i32 } poison, i32 %80, 0, !dbg !1212
  %84 = insertvalue { i32, i32 } %83, i32 %82, 1, !dbg !1212
  ret { i32, i32 } %84, !dbg !1212

bb8:                                              ; preds = %bb1
  store ptr @alloc_5a43f8d94dd4505c1dba43832ce73af8, ptr %s.dbg.spill, align 8, !dbg !1214
  %85 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !1214
  store i64 52, ptr %85, align 8, !dbg !1214
    #dbg_declare(ptr %s.dbg.spill, !1215, !DIExpression(), !1218)
    #dbg_declare(ptr %s.dbg.spill, !1219, !DIExpression(), !1222)
    #dbg_declare(ptr %s.dbg.spill, !1224, !DIExpression(), !1227)
    #dbg_declare(ptr %s.dbg.spill, !1229, !DIExpression(), !1232)
  call void @llvm.assume(i1 true), !dbg !1234
  %86 = icmp ne ptr inttoptr (i64 105 to ptr), null, !dbg !1235
  call void @llvm.assume(i1 %86), !dbg !1235
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_5a43f8d94dd4505c1dba43832ce73af8, ptr noundef nonnull inttoptr (i64 105 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_9358981a0abd66965a2745829d6abd34) #15, !dbg !1214
  unreachable, !dbg !1214

bb9:                                              ; preds = %bb1
  store ptr @alloc_7adef5546d83b439c7829602020737c6, ptr %s.dbg.spill1, align 8, !dbg !1236
  %87 = getelementptr inbounds i8, ptr %s.dbg.spill1, i64 8, !dbg !1236
  store i64 61, ptr %87, align 8, !dbg !1236
    #dbg_declare(ptr %s.dbg.spill1, !1215, !DIExpression(), !1237)
    #dbg_declare(ptr %s.dbg.spill1, !1219, !DIExpression(), !1238)
    #dbg_declare(ptr %s.dbg.spill1, !1224, !DIExpression(), !1241)
    #dbg_declare(ptr %s.dbg.spill1, !1229, !DIExpression(), !1243)
  call void @llvm.assume(i1 true), !dbg !1246
  %88 = icmp ne ptr inttoptr (i64 123 to ptr), null, !dbg !1247
  call void @llvm.assume(i1 %88), !dbg !1247
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_7adef5546d83b439c7829602020737c6, ptr noundef nonnull inttoptr (i64 123 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_5d2b33ea973198a6afb110fdf3882ee7) #15, !dbg !1236
  unreachable, !dbg !1236
}

; core::result::Result<T,E>::unwrap
; Function Attrs: alwaysinline nonlazybind uwtable
define internal { ptr, i1 } @"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E"(ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(24) %self, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) unnamed_addr #3 personality ptr @rust_eh_personality !dbg !1248 {
start:
  %1 = alloca [16 x i8], align 8
  %t.dbg.spill = alloca [16 x i8], align 8
  %e = alloca [16 x i8], align 8
    #dbg_declare(ptr %self, !1272, !DIExpression(), !1277)
    #dbg_declare(ptr %e, !1275, !DIExpression(), !1278)
  %_2 = load i64, ptr %self, align 8, !dbg !1279, !range !1280, !noundef !46
  %2 = trunc nuw i64 %_2 to i1, !dbg !1281
  %3 = call i1 @llvm.expect.i1(i1 %2, i1 false), !dbg !1281
  br i1 %3, label %bb2, label %bb3, !dbg !1281

bb2:                                              ; preds = %start
  call void @llvm.lifetime.start.p0(ptr %e), !dbg !1282
  %4 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !1282
  %5 = load ptr, ptr %4, align 8, !dbg !1282, !nonnull !46, !align !385, !noundef !46
  %6 = getelementptr inbounds i8, ptr %4, i64 8, !dbg !1282
  %7 = load i8, ptr %6, align 8, !dbg !1282, !range !170, !noundef !46
  %8 = trunc nuw i8 %7 to i1, !dbg !1282
  store ptr %5, ptr %e, align 8, !dbg !1282
  %9 = getelementptr inbounds i8, ptr %e, i64 8, !dbg !1282
  %10 = zext i1 %8 to i8, !dbg !1282
  store i8 %10, ptr %9, align 8, !dbg !1282
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 noundef 43, ptr noundef nonnull align 1 %e, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) #19
          to label %unreachable unwind label %cleanup, !dbg !1283

bb3:                                              ; preds = %start
  %11 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !1284
  %t.0 = load ptr, ptr %11, align 8, !dbg !1284, !nonnull !46, !align !385, !noundef !46
  %12 = getelementptr inbounds i8, ptr %11, i64 8, !dbg !1284
  %13 = load i8, ptr %12, align 8, !dbg !1284, !range !170, !noundef !46
  %t.1 = trunc nuw i8 %13 to i1, !dbg !1284
  store ptr %t.0, ptr %t.dbg.spill, align 8, !dbg !1284
  %14 = getelementptr inbounds i8, ptr %t.dbg.spill, i64 8, !dbg !1284
  %15 = zext i1 %t.1 to i8, !dbg !1284
  store i8 %15, ptr %14, align 8, !dbg !1284
    #dbg_declare(ptr %t.dbg.spill, !1273, !DIExpression(), !1285)
  %16 = insertvalue { ptr, i1 } poison, ptr %t.0, 0, !dbg !1286
  %17 = insertvalue { ptr, i1 } %16, i1 %t.1, 1, !dbg !1286
  ret { ptr, i1 } %17, !dbg !1286

bb4:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>
  invoke void @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17hfcc5d16b43b49c4eE"(ptr noalias noundef align 8 dereferenceable(16) %e) #17
          to label %bb5 unwind label %terminate, !dbg !1287

cleanup:                                          ; preds = %bb2
  %18 = landingpad { ptr, i32 }
          cleanup
  %19 = extractvalue { ptr, i32 } %18, 0
  %20 = extractvalue { ptr, i32 } %18, 1
  call void @llvm.lifetime.start.p0(ptr %1)
  store ptr %19, ptr %1, align 8
  %21 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %20, ptr %21, align 8
  br label %bb4

unreachable:                                      ; preds = %bb2
  unreachable

terminate:                                        ; preds = %bb4
  %22 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #18, !dbg !1288
  unreachable, !dbg !1288

bb5:                                              ; preds = %bb4
  %23 = load ptr, ptr %1, align 8, !dbg !1288, !noundef !46
  %24 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !1288
  %25 = load i32, ptr %24, align 8, !dbg !1288, !noundef !46
  call void @llvm.lifetime.end.p0(ptr %1), !dbg !1288
  %26 = insertvalue { ptr, i32 } poison, ptr %23, 0, !dbg !1288
  %27 = insertvalue { ptr, i32 } %26, i32 %25, 1, !dbg !1288
  resume { ptr, i32 } %27, !dbg !1288

bb1:                                              ; No predecessors!
  unreachable, !dbg !1279
}

; core::result::Result<T,E>::unwrap
; Function Attrs: alwaysinline nonlazybind uwtable
define internal { ptr, i1 } @"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E"(ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(24) %self, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) unnamed_addr #3 personality ptr @rust_eh_personality !dbg !1289 {
start:
  %1 = alloca [16 x i8], align 8
  %t.dbg.spill = alloca [16 x i8], align 8
  %e = alloca [16 x i8], align 8
    #dbg_declare(ptr %self, !1294, !DIExpression(), !1299)
    #dbg_declare(ptr %e, !1297, !DIExpression(), !1300)
  %_2 = load i64, ptr %self, align 8, !dbg !1301, !range !1280, !noundef !46
  %2 = trunc nuw i64 %_2 to i1, !dbg !1302
  %3 = call i1 @llvm.expect.i1(i1 %2, i1 false), !dbg !1302
  br i1 %3, label %bb2, label %bb3, !dbg !1302

bb2:                                              ; preds = %start
  call void @llvm.lifetime.start.p0(ptr %e), !dbg !1303
  %4 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !1303
  %5 = load ptr, ptr %4, align 8, !dbg !1303, !nonnull !46, !align !477, !noundef !46
  %6 = getelementptr inbounds i8, ptr %4, i64 8, !dbg !1303
  %7 = load i8, ptr %6, align 8, !dbg !1303, !range !170, !noundef !46
  %8 = trunc nuw i8 %7 to i1, !dbg !1303
  store ptr %5, ptr %e, align 8, !dbg !1303
  %9 = getelementptr inbounds i8, ptr %e, i64 8, !dbg !1303
  %10 = zext i1 %8 to i8, !dbg !1303
  store i8 %10, ptr %9, align 8, !dbg !1303
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 noundef 43, ptr noundef nonnull align 1 %e, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) #19
          to label %unreachable unwind label %cleanup, !dbg !1304

bb3:                                              ; preds = %start
  %11 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !1305
  %t.0 = load ptr, ptr %11, align 8, !dbg !1305, !nonnull !46, !align !477, !noundef !46
  %12 = getelementptr inbounds i8, ptr %11, i64 8, !dbg !1305
  %13 = load i8, ptr %12, align 8, !dbg !1305, !range !170, !noundef !46
  %t.1 = trunc nuw i8 %13 to i1, !dbg !1305
  store ptr %t.0, ptr %t.dbg.spill, align 8, !dbg !1305
  %14 = getelementptr inbounds i8, ptr %t.dbg.spill, i64 8, !dbg !1305
  %15 = zext i1 %t.1 to i8, !dbg !1305
  store i8 %15, ptr %14, align 8, !dbg !1305
    #dbg_declare(ptr %t.dbg.spill, !1295, !DIExpression(), !1306)
  %16 = insertvalue { ptr, i1 } poison, ptr %t.0, 0, !dbg !1307
  %17 = insertvalue { ptr, i1 } %16, i1 %t.1, 1, !dbg !1307
  ret { ptr, i1 } %17, !dbg !1307

bb4:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>
  invoke void @"_ZN4core3ptr107drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$$GT$17h5cf78ebf5754000bE"(ptr noalias noundef align 8 dereferenceable(16) %e) #17
          to label %bb5 unwind label %terminate, !dbg !1308

cleanup:                                          ; preds = %bb2
  %18 = landingpad { ptr, i32 }
          cleanup
  %19 = extractvalue { ptr, i32 } %18, 0
  %20 = extractvalue { ptr, i32 } %18, 1
  call void @llvm.lifetime.start.p0(ptr %1)
  store ptr %19, ptr %1, align 8
  %21 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %20, ptr %21, align 8
  br label %bb4

unreachable:                                      ; preds = %bb2
  unreachable

terminate:                                        ; preds = %bb4
  %22 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #18, !dbg !1309
  unreachable, !dbg !1309

bb5:                                              ; preds = %bb4
  %23 = load ptr, ptr %1, align 8, !dbg !1309, !noundef !46
  %24 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !1309
  %25 = load i32, ptr %24, align 8, !dbg !1309, !noundef !46
  call void @llvm.lifetime.end.p0(ptr %1), !dbg !1309
  %26 = insertvalue { ptr, i32 } poison, ptr %23, 0, !dbg !1309
  %27 = insertvalue { ptr, i32 } %26, i32 %25, 1, !dbg !1309
  resume { ptr, i32 } %27, !dbg !1309

bb1:                                              ; No predecessors!
  unreachable, !dbg !1301
}

; <std::sync::poison::PoisonError<T> as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h523a67052037d976E"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %self, ptr noalias noundef align 8 dereferenceable(24) %f) unnamed_addr #2 !dbg !1310 {
start:
  %f.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  %_4 = alloca [16 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !1316, !DIExpression(), !1318)
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !1317, !DIExpression(), !1319)
  call void @llvm.lifetime.start.p0(ptr %_4), !dbg !1320
; call <core::fmt::Formatter>::debug_struct
  call void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter12debug_struct(ptr noalias noundef sret([16 x i8]) align 8 captures(address) dereferenceable(16) %_4, ptr noalias noundef align 8 dereferenceable(24) %f, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_8e2410b80645266732854088d21653bc, i64 noundef 11), !dbg !1321
; call <core::fmt::builders::DebugStruct>::finish_non_exhaustive
  %_0 = call noundef zeroext i1 @_RNvMs1_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_11DebugStruct21finish_non_exhaustive(ptr noalias noundef align 8 dereferenceable(16) %_4), !dbg !1322
  call void @llvm.lifetime.end.p0(ptr %_4), !dbg !1323
  ret i1 %_0, !dbg !1324
}

; <std::sync::poison::PoisonError<T> as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h9bb22b7dc9c446f5E"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %self, ptr noalias noundef align 8 dereferenceable(24) %f) unnamed_addr #2 !dbg !1325 {
start:
  %f.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  %_4 = alloca [16 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !1330, !DIExpression(), !1332)
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !1331, !DIExpression(), !1333)
  call void @llvm.lifetime.start.p0(ptr %_4), !dbg !1334
; call <core::fmt::Formatter>::debug_struct
  call void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter12debug_struct(ptr noalias noundef sret([16 x i8]) align 8 captures(address) dereferenceable(16) %_4, ptr noalias noundef align 8 dereferenceable(24) %f, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_8e2410b80645266732854088d21653bc, i64 noundef 11), !dbg !1335
; call <core::fmt::builders::DebugStruct>::finish_non_exhaustive
  %_0 = call noundef zeroext i1 @_RNvMs1_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_11DebugStruct21finish_non_exhaustive(ptr noalias noundef align 8 dereferenceable(16) %_4), !dbg !1336
  call void @llvm.lifetime.end.p0(ptr %_4), !dbg !1337
  ret i1 %_0, !dbg !1338
}

; <std::sync::poison::mutex::MutexGuard<T> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h3a3a32b612a36a6fE"(ptr noalias noundef align 8 dereferenceable(16) %self) unnamed_addr #0 !dbg !1339 {
start:
  %0 = alloca [4 x i8], align 4
  %dst.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill3 = alloca [8 x i8], align 8
  %order.dbg.spill2 = alloca [1 x i8], align 1
  %val.dbg.spill1 = alloca [4 x i8], align 4
  %order.dbg.spill = alloca [1 x i8], align 1
  %val.dbg.spill = alloca [4 x i8], align 4
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !1345, !DIExpression(), !1346)
  store i32 0, ptr %val.dbg.spill, align 4, !dbg !1347
    #dbg_declare(ptr %val.dbg.spill, !1354, !DIExpression(), !1347)
  store i8 1, ptr %order.dbg.spill, align 1, !dbg !1362
    #dbg_declare(ptr %order.dbg.spill, !1355, !DIExpression(), !1362)
  store i32 0, ptr %val.dbg.spill1, align 4, !dbg !1363
    #dbg_declare(ptr %val.dbg.spill1, !1369, !DIExpression(), !1363)
  store i8 1, ptr %order.dbg.spill2, align 1, !dbg !1372
    #dbg_declare(ptr %order.dbg.spill2, !1370, !DIExpression(), !1372)
  %_6 = load ptr, ptr %self, align 8, !dbg !1373, !nonnull !46, !align !477, !noundef !46
  %_3 = getelementptr inbounds i8, ptr %_6, i64 4, !dbg !1373
  %_4 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !1374
; call <std::sync::poison::Flag>::done
  call void @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done(ptr noundef nonnull align 1 %_3, ptr noalias noundef readonly align 1 captures(address, read_provenance) dereferenceable(1) %_4) #13, !dbg !1375
  %_7 = load ptr, ptr %self, align 8, !dbg !1376, !nonnull !46, !align !477, !noundef !46
  store ptr %_7, ptr %self.dbg.spill3, align 8, !dbg !1376
    #dbg_declare(ptr %self.dbg.spill3, !1360, !DIExpression(), !1377)
    #dbg_value(ptr %_7, !1353, !DIExpression(), !1378)
    #dbg_value(ptr %_7, !1379, !DIExpression(), !1382)
  store ptr %_7, ptr %dst.dbg.spill, align 8, !dbg !1384
    #dbg_declare(ptr %dst.dbg.spill, !1368, !DIExpression(), !1385)
  call void @llvm.lifetime.start.p0(ptr %0), !dbg !1386
  %1 = atomicrmw xchg ptr %_7, i32 0 release, align 4, !dbg !1386
  store i32 %1, ptr %0, align 4, !dbg !1386
  %_8 = load i32, ptr %0, align 4, !dbg !1386, !noundef !46
  call void @llvm.lifetime.end.p0(ptr %0), !dbg !1386
  %2 = icmp eq i32 %_8, 2, !dbg !1387
  %3 = call i1 @llvm.expect.i1(i1 %2, i1 false), !dbg !1387
  br i1 %3, label %bb3, label %bb4, !dbg !1387

bb3:                                              ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::wake
  call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4 %_7), !dbg !1388
  br label %bb2, !dbg !1388

bb4:                                              ; preds = %start
  br label %bb2, !dbg !1389

bb2:                                              ; preds = %bb4, %bb3
  ret void, !dbg !1390
}

; <std::sync::poison::mutex::MutexGuard<T> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hac92b319b95ea92eE"(ptr noalias noundef align 8 dereferenceable(16) %self) unnamed_addr #0 !dbg !1391 {
start:
  %0 = alloca [4 x i8], align 4
  %dst.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill3 = alloca [8 x i8], align 8
  %order.dbg.spill2 = alloca [1 x i8], align 1
  %val.dbg.spill1 = alloca [4 x i8], align 4
  %order.dbg.spill = alloca [1 x i8], align 1
  %val.dbg.spill = alloca [4 x i8], align 4
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !1396, !DIExpression(), !1397)
  store i32 0, ptr %val.dbg.spill, align 4, !dbg !1398
    #dbg_declare(ptr %val.dbg.spill, !1402, !DIExpression(), !1398)
  store i8 1, ptr %order.dbg.spill, align 1, !dbg !1409
    #dbg_declare(ptr %order.dbg.spill, !1403, !DIExpression(), !1409)
  store i32 0, ptr %val.dbg.spill1, align 4, !dbg !1410
    #dbg_declare(ptr %val.dbg.spill1, !1414, !DIExpression(), !1410)
  store i8 1, ptr %order.dbg.spill2, align 1, !dbg !1417
    #dbg_declare(ptr %order.dbg.spill2, !1415, !DIExpression(), !1417)
  %_6 = load ptr, ptr %self, align 8, !dbg !1418, !nonnull !46, !align !385, !noundef !46
  %_3 = getelementptr inbounds i8, ptr %_6, i64 4, !dbg !1418
  %_4 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !1419
; call <std::sync::poison::Flag>::done
  call void @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done(ptr noundef nonnull align 1 %_3, ptr noalias noundef readonly align 1 captures(address, read_provenance) dereferenceable(1) %_4) #13, !dbg !1420
  %_7 = load ptr, ptr %self, align 8, !dbg !1421, !nonnull !46, !align !385, !noundef !46
  store ptr %_7, ptr %self.dbg.spill3, align 8, !dbg !1421
    #dbg_declare(ptr %self.dbg.spill3, !1407, !DIExpression(), !1422)
    #dbg_value(ptr %_7, !1401, !DIExpression(), !1423)
    #dbg_value(ptr %_7, !1424, !DIExpression(), !1427)
  store ptr %_7, ptr %dst.dbg.spill, align 8, !dbg !1429
    #dbg_declare(ptr %dst.dbg.spill, !1413, !DIExpression(), !1430)
  call void @llvm.lifetime.start.p0(ptr %0), !dbg !1431
  %1 = atomicrmw xchg ptr %_7, i32 0 release, align 4, !dbg !1431
  store i32 %1, ptr %0, align 4, !dbg !1431
  %_8 = load i32, ptr %0, align 4, !dbg !1431, !noundef !46
  call void @llvm.lifetime.end.p0(ptr %0), !dbg !1431
  %2 = icmp eq i32 %_8, 2, !dbg !1432
  %3 = call i1 @llvm.expect.i1(i1 %2, i1 false), !dbg !1432
  br i1 %3, label %bb3, label %bb4, !dbg !1432

bb3:                                              ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::wake
  call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4 %_7), !dbg !1433
  br label %bb2, !dbg !1433

bb4:                                              ; preds = %start
  br label %bb2, !dbg !1434

bb2:                                              ; preds = %bb4, %bb3
  ret void, !dbg !1435
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.expect.i1(i1, i1) #4

; std::panicking::panic_count::is_zero_slow_path
; Function Attrs: cold noinline nonlazybind uwtable
declare noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #6

; core::panicking::panic_bounds_check
; Function Attrs: cold minsize noinline noreturn nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef, i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #7

; <std::sys::sync::mutex::futex::Mutex>::lock_contended
; Function Attrs: cold nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr noundef nonnull align 4) unnamed_addr #8

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #9

; <std::sys::sync::condvar::futex::Condvar>::wait
; Function Attrs: nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync7condvar5futexNtB2_7Condvar4wait(ptr noundef nonnull align 4, ptr noundef nonnull align 4) unnamed_addr #2

; core::panicking::panic_in_cleanup
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() unnamed_addr #10

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #11

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull, ptr noundef nonnull, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #12

; core::result::unwrap_failed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, ptr noundef nonnull align 1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #12

; <core::fmt::Formatter>::debug_struct
; Function Attrs: nonlazybind uwtable
declare void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter12debug_struct(ptr dead_on_unwind noalias noundef writable sret([16 x i8]) align 8 captures(address) dereferenceable(16), ptr noalias noundef align 8 dereferenceable(24), ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef) unnamed_addr #2

; <core::fmt::builders::DebugStruct>::finish_non_exhaustive
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvMs1_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_11DebugStruct21finish_non_exhaustive(ptr noalias noundef align 8 dereferenceable(16)) unnamed_addr #2

; <std::sys::sync::mutex::futex::Mutex>::wake
; Function Attrs: cold nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4) unnamed_addr #8

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { alwaysinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #5 = { cold noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { cold minsize noinline noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { cold nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #11 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #12 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #13 = { inlinehint }
attributes #14 = { noinline }
attributes #15 = { noinline noreturn }
attributes #16 = { alwaysinline }
attributes #17 = { cold }
attributes #18 = { cold noreturn nounwind }
attributes #19 = { noreturn }

!llvm.module.flags = !{!101, !102, !103, !104}
!llvm.ident = !{!105}
!llvm.dbg.cu = !{!106}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>> as core::fmt::Debug>::{vtable}", scope: null, file: !2, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "<unknown>", directory: "")
!3 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>> as core::fmt::Debug>::{vtable_type}", file: !2, size: 256, align: 64, flags: DIFlagArtificial, elements: !4, vtableHolder: !12, templateParams: !46, identifier: "d384461c3459526720b2581a66046363")
!4 = !{!5, !8, !10, !11}
!5 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !3, file: !2, baseType: !6, size: 64, align: 64)
!6 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!7 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!8 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !3, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!9 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !3, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!11 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !3, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!12 = !DICompositeType(tag: DW_TAG_structure_type, name: "PoisonError<std::sync::poison::mutex::MutexGuard<usize>>", scope: !13, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !16, templateParams: !71, identifier: "b66a253ab6a318028b3c180dd66c1eb7")
!13 = !DINamespace(name: "poison", scope: !14)
!14 = !DINamespace(name: "sync", scope: !15)
!15 = !DINamespace(name: "std", scope: null)
!16 = !{!17}
!17 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !12, file: !2, baseType: !18, size: 128, align: 64, flags: DIFlagPrivate)
!18 = !DICompositeType(tag: DW_TAG_structure_type, name: "MutexGuard<usize>", scope: !19, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !20, templateParams: !64, identifier: "4a3822dbf1950bc077e6f24e23922005")
!19 = !DINamespace(name: "mutex", scope: !13)
!20 = !{!21, !66}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "lock", scope: !18, file: !2, baseType: !22, size: 64, align: 64, flags: DIFlagPrivate)
!22 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::mutex::Mutex<usize>", baseType: !23, size: 64, align: 64, dwarfAddressSpace: 0)
!23 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mutex<usize>", scope: !19, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !24, templateParams: !64, identifier: "ef13e71cfcf4144477b508609bed82")
!24 = !{!25, !47, !60}
!25 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !23, file: !2, baseType: !26, size: 32, align: 32, flags: DIFlagPrivate)
!26 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mutex", scope: !27, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !31, templateParams: !46, identifier: "afdb334321a21a732e97844e1c645ae5")
!27 = !DINamespace(name: "futex", scope: !28)
!28 = !DINamespace(name: "mutex", scope: !29)
!29 = !DINamespace(name: "sync", scope: !30)
!30 = !DINamespace(name: "sys", scope: !15)
!31 = !{!32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "futex", scope: !26, file: !2, baseType: !33, size: 32, align: 32, flags: DIFlagPrivate)
!33 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicU32", scope: !34, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !37, templateParams: !46, identifier: "c7c2c74a85904bd0c8528b4e15d5ce44")
!34 = !DINamespace(name: "atomic", scope: !35)
!35 = !DINamespace(name: "sync", scope: !36)
!36 = !DINamespace(name: "core", scope: null)
!37 = !{!38}
!38 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !33, file: !2, baseType: !39, size: 32, align: 32, flags: DIFlagPrivate)
!39 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u32>", scope: !40, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !41, templateParams: !44, identifier: "276fcd5afdff990e3d83fbd36936145c")
!40 = !DINamespace(name: "cell", scope: !36)
!41 = !{!42}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !39, file: !2, baseType: !43, size: 32, align: 32, flags: DIFlagPrivate)
!43 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!44 = !{!45}
!45 = !DITemplateTypeParameter(name: "T", type: !43)
!46 = !{}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !23, file: !2, baseType: !48, size: 8, align: 8, offset: 32, flags: DIFlagPrivate)
!48 = !DICompositeType(tag: DW_TAG_structure_type, name: "Flag", scope: !13, file: !2, size: 8, align: 8, flags: DIFlagProtected, elements: !49, templateParams: !46, identifier: "c629961d27193e407b292c3b513ca7dc")
!49 = !{!50}
!50 = !DIDerivedType(tag: DW_TAG_member, name: "failed", scope: !48, file: !2, baseType: !51, size: 8, align: 8, flags: DIFlagPrivate)
!51 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicBool", scope: !34, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !52, templateParams: !46, identifier: "60f0e70b153cf109f3b1ce7e34993661")
!52 = !{!53}
!53 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !51, file: !2, baseType: !54, size: 8, align: 8, flags: DIFlagPrivate)
!54 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u8>", scope: !40, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !55, templateParams: !58, identifier: "df3fe7d204cf9645c1e0417088da45bf")
!55 = !{!56}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !54, file: !2, baseType: !57, size: 8, align: 8, flags: DIFlagPrivate)
!57 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!58 = !{!59}
!59 = !DITemplateTypeParameter(name: "T", type: !57)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !23, file: !2, baseType: !61, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!61 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !40, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !62, templateParams: !64, identifier: "39a99da3e6158f476ae51abf051b55a8")
!62 = !{!63}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !61, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!64 = !{!65}
!65 = !DITemplateTypeParameter(name: "T", type: !9)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !18, file: !2, baseType: !67, size: 8, align: 8, offset: 64, flags: DIFlagPrivate)
!67 = !DICompositeType(tag: DW_TAG_structure_type, name: "Guard", scope: !13, file: !2, size: 8, align: 8, flags: DIFlagProtected, elements: !68, templateParams: !46, identifier: "b05676214b4256ffb76ed45b5f0cd6c2")
!68 = !{!69}
!69 = !DIDerivedType(tag: DW_TAG_member, name: "panicking", scope: !67, file: !2, baseType: !70, size: 8, align: 8, flags: DIFlagPrivate)
!70 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!71 = !{!72}
!72 = !DITemplateTypeParameter(name: "T", type: !18)
!73 = !DIGlobalVariableExpression(var: !74, expr: !DIExpression())
!74 = distinct !DIGlobalVariable(name: "<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>> as core::fmt::Debug>::{vtable}", scope: null, file: !2, type: !75, isLocal: true, isDefinition: true)
!75 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>> as core::fmt::Debug>::{vtable_type}", file: !2, size: 256, align: 64, flags: DIFlagArtificial, elements: !76, vtableHolder: !81, templateParams: !46, identifier: "700725ddbff19516de43759e60a5c82e")
!76 = !{!77, !78, !79, !80}
!77 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !75, file: !2, baseType: !6, size: 64, align: 64)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !75, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !75, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !75, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!81 = !DICompositeType(tag: DW_TAG_structure_type, name: "PoisonError<std::sync::poison::mutex::MutexGuard<bool>>", scope: !13, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !82, templateParams: !99, identifier: "5ec5e9fa1485a8c14ed372b2f926361e")
!82 = !{!83}
!83 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !81, file: !2, baseType: !84, size: 128, align: 64, flags: DIFlagPrivate)
!84 = !DICompositeType(tag: DW_TAG_structure_type, name: "MutexGuard<bool>", scope: !19, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !85, templateParams: !96, identifier: "288ace19995235e94041ad2135a89bcd")
!85 = !{!86, !98}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "lock", scope: !84, file: !2, baseType: !87, size: 64, align: 64, flags: DIFlagPrivate)
!87 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::mutex::Mutex<bool>", baseType: !88, size: 64, align: 64, dwarfAddressSpace: 0)
!88 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mutex<bool>", scope: !19, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !89, templateParams: !96, identifier: "ba4fd9e2039be971f5e5f256e872c932")
!89 = !{!90, !91, !92}
!90 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !88, file: !2, baseType: !26, size: 32, align: 32, flags: DIFlagPrivate)
!91 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !88, file: !2, baseType: !48, size: 8, align: 8, offset: 32, flags: DIFlagPrivate)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !88, file: !2, baseType: !93, size: 8, align: 8, offset: 40, flags: DIFlagPrivate)
!93 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<bool>", scope: !40, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !94, templateParams: !96, identifier: "38de065f1e2d4f56ed1838d129d13323")
!94 = !{!95}
!95 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !93, file: !2, baseType: !70, size: 8, align: 8, flags: DIFlagPrivate)
!96 = !{!97}
!97 = !DITemplateTypeParameter(name: "T", type: !70)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !84, file: !2, baseType: !67, size: 8, align: 8, offset: 64, flags: DIFlagPrivate)
!99 = !{!100}
!100 = !DITemplateTypeParameter(name: "T", type: !84)
!101 = !{i32 8, !"PIC Level", i32 2}
!102 = !{i32 2, !"RtLibUseGOT", i32 1}
!103 = !{i32 7, !"Dwarf Version", i32 4}
!104 = !{i32 2, !"Debug Info Version", i32 3}
!105 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!106 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !107, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !108, globals: !116, splitDebugInlining: false, nameTableKind: None)
!107 = !DIFile(filename: "testdata/rust/src/correct_patterns.rs/@/correct_patterns.c273fbea4211a853-cgu.0", directory: ".")
!108 = !{!109}
!109 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !34, file: !2, baseType: !57, size: 8, align: 8, flags: DIFlagEnumClass, elements: !110)
!110 = !{!111, !112, !113, !114, !115}
!111 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!112 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!113 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!114 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!115 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!116 = !{!0, !73}
!117 = distinct !DISubprogram(name: "done", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done", scope: !48, file: !118, line: 128, type: !119, scopeLine: 128, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !123, retainedNodes: !124)
!118 = !DIFile(filename: "library/std/src/sync/poison.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2e3c11b46f6d3701d7040e42c871708c")
!119 = !DISubroutineType(types: !120)
!120 = !{null, !121, !122}
!121 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::Flag", baseType: !48, size: 64, align: 64, dwarfAddressSpace: 0)
!122 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::Guard", baseType: !67, size: 64, align: 64, dwarfAddressSpace: 0)
!123 = !DISubprogram(name: "done", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done", scope: !48, file: !118, line: 128, type: !119, scopeLine: 128, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!124 = !{!125, !126}
!125 = !DILocalVariable(name: "self", arg: 1, scope: !117, file: !118, line: 128, type: !121)
!126 = !DILocalVariable(name: "guard", arg: 2, scope: !117, file: !118, line: 128, type: !122)
!127 = !DILocation(line: 128, column: 17, scope: !117)
!128 = !DILocation(line: 128, column: 24, scope: !117)
!129 = !DILocation(line: 2842, column: 32, scope: !130, inlinedAt: !142)
!130 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !132, file: !131, line: 2842, type: !135, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !138, retainedNodes: !139)
!131 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!132 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicUsize", scope: !34, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !133, templateParams: !46, identifier: "4d473d2171783819ad804082894a3856")
!133 = !{!134}
!134 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !132, file: !2, baseType: !61, size: 64, align: 64, flags: DIFlagPrivate)
!135 = !DISubroutineType(types: !136)
!136 = !{!9, !137, !109}
!137 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicUsize", baseType: !132, size: 64, align: 64, dwarfAddressSpace: 0)
!138 = !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !132, file: !131, line: 2842, type: !135, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!139 = !{!140, !141}
!140 = !DILocalVariable(name: "self", arg: 1, scope: !130, file: !131, line: 2842, type: !137)
!141 = !DILocalVariable(name: "order", scope: !130, file: !131, line: 2842, type: !109, align: 8)
!142 = !DILocation(line: 464, column: 31, scope: !143, inlinedAt: !149)
!143 = distinct !DISubprogram(name: "count_is_zero", linkageName: "_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count13count_is_zero", scope: !145, file: !144, line: 463, type: !147, scopeLine: 463, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46)
!144 = !DIFile(filename: "library/std/src/panicking.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "0ac2307e599d52afa9e15b3337980dce")
!145 = !DINamespace(name: "panic_count", scope: !146)
!146 = !DINamespace(name: "panicking", scope: !15)
!147 = !DISubroutineType(types: !148)
!148 = !{!70}
!149 = !DILocation(line: 616, column: 6, scope: !150, inlinedAt: !151)
!150 = distinct !DISubprogram(name: "panicking", linkageName: "_RNvNtCsjrHSEGnQ3l9_3std9panicking9panicking", scope: !146, file: !144, line: 615, type: !147, scopeLine: 615, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46)
!151 = !DILocation(line: 217, column: 5, scope: !152, inlinedAt: !156)
!152 = distinct !DISubprogram(name: "panicking", linkageName: "_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions9panicking", scope: !154, file: !153, line: 216, type: !147, scopeLine: 216, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46)
!153 = !DIFile(filename: "library/std/src/thread/functions.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7697548f80973ff2b1a9a328f6458f4b")
!154 = !DINamespace(name: "functions", scope: !155)
!155 = !DINamespace(name: "thread", scope: !15)
!156 = !DILocation(line: 129, column: 32, scope: !117)
!157 = !DILocation(line: 755, column: 25, scope: !158, inlinedAt: !167)
!158 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !51, file: !131, line: 755, type: !159, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !162, retainedNodes: !163)
!159 = !DISubroutineType(types: !160)
!160 = !{null, !161, !70, !109}
!161 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicBool", baseType: !51, size: 64, align: 64, dwarfAddressSpace: 0)
!162 = !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !51, file: !131, line: 755, type: !159, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!163 = !{!164, !165, !166}
!164 = !DILocalVariable(name: "self", arg: 1, scope: !158, file: !131, line: 755, type: !161)
!165 = !DILocalVariable(name: "val", scope: !158, file: !131, line: 755, type: !70, align: 8)
!166 = !DILocalVariable(name: "order", scope: !158, file: !131, line: 755, type: !109, align: 8)
!167 = !DILocation(line: 130, column: 25, scope: !117)
!168 = !DILocation(line: 755, column: 36, scope: !158, inlinedAt: !167)
!169 = !DILocation(line: 129, column: 13, scope: !117)
!170 = !{i8 0, i8 2}
!171 = !DILocation(line: 464, column: 12, scope: !143, inlinedAt: !149)
!172 = !DILocation(line: 2842, column: 25, scope: !130, inlinedAt: !142)
!173 = !DILocalVariable(name: "self", arg: 1, scope: !174, file: !175, line: 2443, type: !179)
!174 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hec3f892aa6570135E", scope: !61, file: !175, line: 2443, type: !176, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !64, declaration: !180, retainedNodes: !181)
!175 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!176 = !DISubroutineType(types: !177)
!177 = !{!178, !179}
!178 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!179 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<usize>", baseType: !61, size: 64, align: 64, dwarfAddressSpace: 0)
!180 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hec3f892aa6570135E", scope: !61, file: !175, line: 2443, type: !176, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !64)
!181 = !{!173}
!182 = !DILocation(line: 2443, column: 22, scope: !174, inlinedAt: !183)
!183 = !DILocation(line: 2844, column: 45, scope: !130, inlinedAt: !142)
!184 = !DILocation(line: 2844, column: 26, scope: !130, inlinedAt: !142)
!185 = !DILocation(line: 132, column: 6, scope: !117)
!186 = !DILocation(line: 476, column: 13, scope: !143, inlinedAt: !149)
!187 = !DILocation(line: 616, column: 5, scope: !150, inlinedAt: !151)
!188 = !DILocation(line: 755, column: 18, scope: !158, inlinedAt: !167)
!189 = !DILocalVariable(name: "self", arg: 1, scope: !190, file: !175, line: 2443, type: !194)
!190 = distinct !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h85eb6d6bb4aad8e1E", scope: !54, file: !175, line: 2443, type: !191, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !58, declaration: !195, retainedNodes: !196)
!191 = !DISubroutineType(types: !192)
!192 = !{!193, !194}
!193 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !57, size: 64, align: 64, dwarfAddressSpace: 0)
!194 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<u8>", baseType: !54, size: 64, align: 64, dwarfAddressSpace: 0)
!195 = !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h85eb6d6bb4aad8e1E", scope: !54, file: !175, line: 2443, type: !191, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !58)
!196 = !{!189}
!197 = !DILocation(line: 2443, column: 22, scope: !190, inlinedAt: !198)
!198 = !DILocation(line: 759, column: 33, scope: !158, inlinedAt: !167)
!199 = !DILocation(line: 759, column: 13, scope: !158, inlinedAt: !167)
!200 = !DILocation(line: 129, column: 9, scope: !117)
!201 = distinct !DISubprogram(name: "guard", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag5guard", scope: !48, file: !118, line: 118, type: !202, scopeLine: 118, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !225, retainedNodes: !226)
!202 = !DISubroutineType(types: !203)
!203 = !{!204, !121}
!204 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::sync::poison::Guard, std::sync::poison::PoisonError<std::sync::poison::Guard>>", scope: !205, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !206, templateParams: !46, identifier: "b20027123c0229813c1c9765d49f77c5")
!205 = !DINamespace(name: "result", scope: !36)
!206 = !{!207}
!207 = !DICompositeType(tag: DW_TAG_variant_part, scope: !204, file: !2, size: 16, align: 8, elements: !208, templateParams: !46, identifier: "69ef32fe4dbad27958b17b1ef17250a1", discriminator: !224)
!208 = !{!209, !220}
!209 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !207, file: !2, baseType: !210, size: 16, align: 8, extraData: i8 0)
!210 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !204, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !211, templateParams: !213, identifier: "70bd65e5f03e19dc5976a58293e85ab3")
!211 = !{!212}
!212 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !210, file: !2, baseType: !67, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!213 = !{!214, !215}
!214 = !DITemplateTypeParameter(name: "T", type: !67)
!215 = !DITemplateTypeParameter(name: "E", type: !216)
!216 = !DICompositeType(tag: DW_TAG_structure_type, name: "PoisonError<std::sync::poison::Guard>", scope: !13, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !217, templateParams: !219, identifier: "d041a0fc1f32f5444a93f2d022d9c351")
!217 = !{!218}
!218 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !216, file: !2, baseType: !67, size: 8, align: 8, flags: DIFlagPrivate)
!219 = !{!214}
!220 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !207, file: !2, baseType: !221, size: 16, align: 8, extraData: i8 1)
!221 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !204, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !222, templateParams: !213, identifier: "bcb2c23b9cdb0fec47ab16d24889e6aa")
!222 = !{!223}
!223 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !221, file: !2, baseType: !216, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!224 = !DIDerivedType(tag: DW_TAG_member, scope: !204, file: !2, baseType: !57, size: 8, align: 8, flags: DIFlagArtificial)
!225 = !DISubprogram(name: "guard", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag5guard", scope: !48, file: !118, line: 118, type: !202, scopeLine: 118, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!226 = !{!227, !228}
!227 = !DILocalVariable(name: "self", arg: 1, scope: !201, file: !118, line: 118, type: !121)
!228 = !DILocalVariable(name: "ret", scope: !229, file: !118, line: 119, type: !67, align: 8)
!229 = distinct !DILexicalBlock(scope: !201, file: !118, line: 119, column: 9)
!230 = !DILocation(line: 118, column: 18, scope: !201)
!231 = !DILocalVariable(name: "self", arg: 1, scope: !232, file: !118, line: 140, type: !121)
!232 = distinct !DISubprogram(name: "get", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag3get", scope: !48, file: !118, line: 140, type: !233, scopeLine: 140, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !235, retainedNodes: !236)
!233 = !DISubroutineType(types: !234)
!234 = !{!70, !121}
!235 = !DISubprogram(name: "get", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag3get", scope: !48, file: !118, line: 140, type: !233, scopeLine: 140, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!236 = !{!231}
!237 = !DILocation(line: 140, column: 16, scope: !232, inlinedAt: !238)
!238 = !DILocation(line: 123, column: 17, scope: !229)
!239 = !DILocation(line: 2842, column: 32, scope: !240, inlinedAt: !244)
!240 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !132, file: !131, line: 2842, type: !135, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !138, retainedNodes: !241)
!241 = !{!242, !243}
!242 = !DILocalVariable(name: "self", arg: 1, scope: !240, file: !131, line: 2842, type: !137)
!243 = !DILocalVariable(name: "order", scope: !240, file: !131, line: 2842, type: !109, align: 8)
!244 = !DILocation(line: 464, column: 31, scope: !245, inlinedAt: !246)
!245 = distinct !DISubprogram(name: "count_is_zero", linkageName: "_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count13count_is_zero", scope: !145, file: !144, line: 463, type: !147, scopeLine: 463, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46)
!246 = !DILocation(line: 616, column: 6, scope: !247, inlinedAt: !248)
!247 = distinct !DISubprogram(name: "panicking", linkageName: "_RNvNtCsjrHSEGnQ3l9_3std9panicking9panicking", scope: !146, file: !144, line: 615, type: !147, scopeLine: 615, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46)
!248 = !DILocation(line: 217, column: 5, scope: !249, inlinedAt: !250)
!249 = distinct !DISubprogram(name: "panicking", linkageName: "_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions9panicking", scope: !154, file: !153, line: 216, type: !147, scopeLine: 216, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46)
!250 = !DILocation(line: 121, column: 24, scope: !201)
!251 = !DILocation(line: 726, column: 24, scope: !252, inlinedAt: !259)
!252 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !51, file: !131, line: 726, type: !253, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !255, retainedNodes: !256)
!253 = !DISubroutineType(types: !254)
!254 = !{!70, !161, !109}
!255 = !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !51, file: !131, line: 726, type: !253, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!256 = !{!257, !258}
!257 = !DILocalVariable(name: "self", arg: 1, scope: !252, file: !131, line: 726, type: !161)
!258 = !DILocalVariable(name: "order", scope: !252, file: !131, line: 726, type: !109, align: 8)
!259 = !DILocation(line: 141, column: 21, scope: !232, inlinedAt: !238)
!260 = !DILocation(line: 464, column: 12, scope: !245, inlinedAt: !246)
!261 = !DILocation(line: 2842, column: 25, scope: !240, inlinedAt: !244)
!262 = !DILocalVariable(name: "self", arg: 1, scope: !263, file: !175, line: 2443, type: !179)
!263 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hec3f892aa6570135E", scope: !61, file: !175, line: 2443, type: !176, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !64, declaration: !180, retainedNodes: !264)
!264 = !{!262}
!265 = !DILocation(line: 2443, column: 22, scope: !263, inlinedAt: !266)
!266 = !DILocation(line: 2844, column: 45, scope: !240, inlinedAt: !244)
!267 = !DILocation(line: 2844, column: 26, scope: !240, inlinedAt: !244)
!268 = !DILocation(line: 474, column: 13, scope: !245, inlinedAt: !246)
!269 = !DILocation(line: 464, column: 9, scope: !245, inlinedAt: !246)
!270 = !DILocation(line: 476, column: 13, scope: !245, inlinedAt: !246)
!271 = !DILocation(line: 616, column: 5, scope: !247, inlinedAt: !248)
!272 = !DILocation(line: 616, column: 33, scope: !247, inlinedAt: !248)
!273 = !DILocation(line: 119, column: 19, scope: !201)
!274 = !DILocation(line: 119, column: 13, scope: !229)
!275 = !DILocalVariable(name: "data", arg: 1, scope: !276, file: !118, line: 271, type: !67)
!276 = distinct !DISubprogram(name: "new<std::sync::poison::Guard>", linkageName: "_ZN3std4sync6poison20PoisonError$LT$T$GT$3new17h74ad4542cfaa7616E", scope: !216, file: !118, line: 271, type: !277, scopeLine: 271, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !219, declaration: !279, retainedNodes: !280)
!277 = !DISubroutineType(types: !278)
!278 = !{!216, !67}
!279 = !DISubprogram(name: "new<std::sync::poison::Guard>", linkageName: "_ZN3std4sync6poison20PoisonError$LT$T$GT$3new17h74ad4542cfaa7616E", scope: !216, file: !118, line: 271, type: !277, scopeLine: 271, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !219)
!280 = !{!275}
!281 = !DILocation(line: 271, column: 16, scope: !276, inlinedAt: !282)
!282 = !DILocation(line: 123, column: 29, scope: !229)
!283 = !DILocation(line: 726, column: 17, scope: !252, inlinedAt: !259)
!284 = !DILocalVariable(name: "self", arg: 1, scope: !285, file: !175, line: 2443, type: !194)
!285 = distinct !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h85eb6d6bb4aad8e1E", scope: !54, file: !175, line: 2443, type: !191, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !58, declaration: !195, retainedNodes: !286)
!286 = !{!284}
!287 = !DILocation(line: 2443, column: 22, scope: !285, inlinedAt: !288)
!288 = !DILocation(line: 729, column: 37, scope: !252, inlinedAt: !259)
!289 = !DILocation(line: 729, column: 18, scope: !252, inlinedAt: !259)
!290 = !DILocation(line: 123, column: 12, scope: !229)
!291 = !DILocation(line: 123, column: 61, scope: !229)
!292 = !DILocation(line: 123, column: 9, scope: !229)
!293 = !DILocation(line: 123, column: 25, scope: !229)
!294 = !DILocation(line: 124, column: 6, scope: !201)
!295 = distinct !DISubprogram(name: "drain_cell", linkageName: "_ZN16correct_patterns10drain_cell17h378b267bd2b00d04E", scope: !297, file: !296, line: 45, type: !298, scopeLine: 45, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !308)
!296 = !DIFile(filename: "testdata/rust/src/correct_patterns.rs", directory: ".", checksumkind: CSK_MD5, checksum: "ca77a4ab2435c7cfb76f51997827e48a")
!297 = !DINamespace(name: "correct_patterns", scope: null)
!298 = !DISubroutineType(types: !299)
!299 = !{null, !300, !304}
!300 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::Cell<u32>", baseType: !301, size: 64, align: 64, dwarfAddressSpace: 0)
!301 = !DICompositeType(tag: DW_TAG_structure_type, name: "Cell<u32>", scope: !40, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !302, templateParams: !44, identifier: "f999d15df0d8f93d8c40b7ff1ea8692b")
!302 = !{!303}
!303 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !301, file: !2, baseType: !39, size: 32, align: 32, flags: DIFlagPrivate)
!304 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut [u32; 8]", baseType: !305, size: 64, align: 64, dwarfAddressSpace: 0)
!305 = !DICompositeType(tag: DW_TAG_array_type, baseType: !43, size: 256, align: 32, elements: !306)
!306 = !{!307}
!307 = !DISubrange(count: 8, lowerBound: 0)
!308 = !{!309, !310, !311}
!309 = !DILocalVariable(name: "c", arg: 1, scope: !295, file: !296, line: 45, type: !300)
!310 = !DILocalVariable(name: "out", arg: 2, scope: !295, file: !296, line: 45, type: !304)
!311 = !DILocalVariable(name: "n", scope: !312, file: !296, line: 47, type: !43, align: 32)
!312 = distinct !DILexicalBlock(scope: !295, file: !296, line: 47, column: 9)
!313 = !DILocation(line: 45, column: 19, scope: !295)
!314 = !DILocalVariable(name: "self", arg: 1, scope: !315, file: !175, line: 552, type: !300)
!315 = distinct !DISubprogram(name: "get<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17ha085fb2c1ef4c243E", scope: !301, file: !175, line: 552, type: !316, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, declaration: !318, retainedNodes: !319)
!316 = !DISubroutineType(types: !317)
!317 = !{!43, !300}
!318 = !DISubprogram(name: "get<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17ha085fb2c1ef4c243E", scope: !301, file: !175, line: 552, type: !316, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !44)
!319 = !{!314}
!320 = !DILocation(line: 552, column: 22, scope: !315, inlinedAt: !321)
!321 = !DILocation(line: 46, column: 13, scope: !295)
!322 = !DILocation(line: 552, column: 22, scope: !315, inlinedAt: !323)
!323 = !DILocation(line: 47, column: 19, scope: !295)
!324 = !DILocalVariable(name: "self", arg: 1, scope: !325, file: !175, line: 433, type: !300)
!325 = distinct !DISubprogram(name: "set<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h20a5863ac7e6cc4aE", scope: !301, file: !175, line: 433, type: !326, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, declaration: !328, retainedNodes: !329)
!326 = !DISubroutineType(types: !327)
!327 = !{null, !300, !43}
!328 = !DISubprogram(name: "set<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h20a5863ac7e6cc4aE", scope: !301, file: !175, line: 433, type: !326, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !44)
!329 = !{!324, !330}
!330 = !DILocalVariable(name: "val", arg: 2, scope: !325, file: !175, line: 433, type: !43)
!331 = !DILocation(line: 433, column: 22, scope: !325, inlinedAt: !332)
!332 = !DILocation(line: 49, column: 11, scope: !312)
!333 = !DILocalVariable(name: "self", arg: 1, scope: !334, file: !175, line: 510, type: !300)
!334 = distinct !DISubprogram(name: "replace<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17h1666c7b32cf25377E", scope: !301, file: !175, line: 510, type: !335, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, declaration: !337, retainedNodes: !338)
!335 = !DISubroutineType(types: !336)
!336 = !{!43, !300, !43}
!337 = !DISubprogram(name: "replace<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17h1666c7b32cf25377E", scope: !301, file: !175, line: 510, type: !335, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !44)
!338 = !{!333, !339}
!339 = !DILocalVariable(name: "val", arg: 2, scope: !334, file: !175, line: 510, type: !43)
!340 = !DILocation(line: 510, column: 26, scope: !334, inlinedAt: !341)
!341 = !DILocation(line: 437, column: 14, scope: !325, inlinedAt: !332)
!342 = !DILocation(line: 45, column: 34, scope: !295)
!343 = !DILocation(line: 46, column: 5, scope: !295)
!344 = !DILocation(line: 555, column: 18, scope: !315, inlinedAt: !321)
!345 = !DILocation(line: 46, column: 11, scope: !295)
!346 = !DILocation(line: 51, column: 2, scope: !295)
!347 = !DILocation(line: 555, column: 18, scope: !315, inlinedAt: !323)
!348 = !DILocation(line: 47, column: 13, scope: !312)
!349 = !DILocation(line: 48, column: 13, scope: !312)
!350 = !DILocation(line: 48, column: 9, scope: !312)
!351 = !DILocation(line: 49, column: 15, scope: !312)
!352 = !DILocation(line: 433, column: 29, scope: !325, inlinedAt: !332)
!353 = !DILocation(line: 510, column: 33, scope: !334, inlinedAt: !341)
!354 = !DILocation(line: 902, column: 49, scope: !355, inlinedAt: !361)
!355 = distinct !DISubprogram(name: "replace<u32>", linkageName: "_ZN4core3mem7replace17hb1915f777e74e3acE", scope: !357, file: !356, line: 887, type: !358, scopeLine: 887, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44)
!356 = !DIFile(filename: "library/core/src/mem/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6bca88b164013e73def192dcdbc80502")
!357 = !DINamespace(name: "mem", scope: !36)
!358 = !DISubroutineType(types: !359)
!359 = !{!43, !360, !43}
!360 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut u32", baseType: !43, size: 64, align: 64, dwarfAddressSpace: 0)
!361 = !DILocation(line: 513, column: 9, scope: !334, inlinedAt: !341)
!362 = distinct !DISubprogram(name: "wait_mutex", linkageName: "_ZN16correct_patterns10wait_mutex17h72115450b6a18e8bE", scope: !297, file: !296, line: 28, type: !363, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !365)
!363 = !DISubroutineType(types: !364)
!364 = !{null, !22}
!365 = !{!366}
!366 = !DILocalVariable(name: "m", arg: 1, scope: !362, file: !296, line: 28, type: !22)
!367 = !DILocation(line: 28, column: 19, scope: !362)
!368 = !DILocation(line: 29, column: 5, scope: !362)
!369 = !DILocation(line: 29, column: 12, scope: !362)
!370 = !DILocation(line: 29, column: 14, scope: !362)
!371 = !DILocation(line: 29, column: 21, scope: !362)
!372 = !DILocalVariable(name: "self", arg: 1, scope: !373, file: !374, line: 728, type: !379)
!373 = distinct !DISubprogram(name: "deref<usize>", linkageName: "_ZN89_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h0c105a65487d1214E", scope: !375, file: !374, line: 728, type: !376, scopeLine: 728, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !64, retainedNodes: !380)
!374 = !DIFile(filename: "library/std/src/sync/poison/mutex.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "78bfced6bc07033bbd081e9ae0e8ed7e")
!375 = !DINamespace(name: "{impl#12}", scope: !19)
!376 = !DISubroutineType(types: !377)
!377 = !{!378, !379}
!378 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!379 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::mutex::MutexGuard<usize>", baseType: !18, size: 64, align: 64, dwarfAddressSpace: 0)
!380 = !{!372}
!381 = !DILocation(line: 728, column: 14, scope: !373, inlinedAt: !382)
!382 = !DILocation(line: 29, column: 11, scope: !362)
!383 = !DILocation(line: 29, column: 28, scope: !362)
!384 = !DILocation(line: 729, column: 20, scope: !373, inlinedAt: !382)
!385 = !{i64 8}
!386 = !DILocation(line: 2447, column: 9, scope: !387, inlinedAt: !388)
!387 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hec3f892aa6570135E", scope: !61, file: !175, line: 2443, type: !176, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !64, declaration: !180)
!388 = !DILocation(line: 729, column: 35, scope: !373, inlinedAt: !382)
!389 = !DILocation(line: 29, column: 33, scope: !362)
!390 = !DILocation(line: 30, column: 2, scope: !362)
!391 = distinct !DISubprogram(name: "wait_seqcst", linkageName: "_ZN16correct_patterns11wait_seqcst17he1a7c667aa78c44aE", scope: !297, file: !296, line: 16, type: !392, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !394)
!392 = !DISubroutineType(types: !393)
!393 = !{!9, !137}
!394 = !{!395, !396}
!395 = !DILocalVariable(name: "a", arg: 1, scope: !391, file: !296, line: 16, type: !137)
!396 = !DILocalVariable(name: "v", scope: !397, file: !296, line: 18, type: !9, align: 64)
!397 = distinct !DILexicalBlock(scope: !391, file: !296, line: 18, column: 9)
!398 = !DILocation(line: 16, column: 20, scope: !391)
!399 = !DILocalVariable(name: "self", arg: 1, scope: !400, file: !131, line: 2842, type: !137)
!400 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !132, file: !131, line: 2842, type: !135, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !138, retainedNodes: !401)
!401 = !{!399, !402}
!402 = !DILocalVariable(name: "order", scope: !400, file: !131, line: 2842, type: !109, align: 8)
!403 = !DILocation(line: 2842, column: 25, scope: !400, inlinedAt: !404)
!404 = !DILocation(line: 18, column: 19, scope: !391)
!405 = !DILocation(line: 2842, column: 32, scope: !400, inlinedAt: !404)
!406 = !DILocation(line: 17, column: 5, scope: !391)
!407 = !DILocalVariable(name: "self", arg: 1, scope: !408, file: !175, line: 2443, type: !179)
!408 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hec3f892aa6570135E", scope: !61, file: !175, line: 2443, type: !176, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !64, declaration: !180, retainedNodes: !409)
!409 = !{!407}
!410 = !DILocation(line: 2443, column: 22, scope: !408, inlinedAt: !411)
!411 = !DILocation(line: 2844, column: 45, scope: !400, inlinedAt: !404)
!412 = !DILocation(line: 2844, column: 26, scope: !400, inlinedAt: !404)
!413 = !DILocation(line: 18, column: 13, scope: !397)
!414 = !DILocation(line: 19, column: 12, scope: !397)
!415 = !DILocation(line: 23, column: 2, scope: !391)
!416 = distinct !DISubprogram(name: "wait_acquire", linkageName: "_ZN16correct_patterns12wait_acquire17hda0eb442c0b24f93E", scope: !297, file: !296, line: 10, type: !417, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !419)
!417 = !DISubroutineType(types: !418)
!418 = !{null, !137}
!419 = !{!420}
!420 = !DILocalVariable(name: "a", arg: 1, scope: !416, file: !296, line: 10, type: !137)
!421 = !DILocation(line: 10, column: 21, scope: !416)
!422 = !DILocalVariable(name: "self", arg: 1, scope: !423, file: !131, line: 2842, type: !137)
!423 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !132, file: !131, line: 2842, type: !135, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !138, retainedNodes: !424)
!424 = !{!422, !425}
!425 = !DILocalVariable(name: "order", scope: !423, file: !131, line: 2842, type: !109, align: 8)
!426 = !DILocation(line: 2842, column: 25, scope: !423, inlinedAt: !427)
!427 = !DILocation(line: 11, column: 13, scope: !416)
!428 = !DILocation(line: 2842, column: 32, scope: !423, inlinedAt: !427)
!429 = !DILocation(line: 11, column: 5, scope: !416)
!430 = !DILocalVariable(name: "self", arg: 1, scope: !431, file: !175, line: 2443, type: !179)
!431 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hec3f892aa6570135E", scope: !61, file: !175, line: 2443, type: !176, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !64, declaration: !180, retainedNodes: !432)
!432 = !{!430}
!433 = !DILocation(line: 2443, column: 22, scope: !431, inlinedAt: !434)
!434 = !DILocation(line: 2844, column: 45, scope: !423, inlinedAt: !427)
!435 = !DILocation(line: 2844, column: 26, scope: !423, inlinedAt: !427)
!436 = !DILocation(line: 11, column: 11, scope: !416)
!437 = !DILocation(line: 12, column: 2, scope: !416)
!438 = distinct !DISubprogram(name: "wait_condvar", linkageName: "_ZN16correct_patterns12wait_condvar17h4e2b7770cc7b84d1E", scope: !297, file: !296, line: 35, type: !439, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !455)
!439 = !DISubroutineType(types: !440)
!440 = !{null, !441}
!441 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&(std::sync::poison::mutex::Mutex<bool>, std::sync::poison::condvar::Condvar)", baseType: !442, size: 64, align: 64, dwarfAddressSpace: 0)
!442 = !DICompositeType(tag: DW_TAG_structure_type, name: "(std::sync::poison::mutex::Mutex<bool>, std::sync::poison::condvar::Condvar)", file: !2, size: 96, align: 32, elements: !443, templateParams: !46, identifier: "7a862fc190a766f69cbae8f45dd75ea2")
!443 = !{!444, !445}
!444 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !442, file: !2, baseType: !88, size: 64, align: 32)
!445 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !442, file: !2, baseType: !446, size: 32, align: 32, offset: 64)
!446 = !DICompositeType(tag: DW_TAG_structure_type, name: "Condvar", scope: !447, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !448, templateParams: !46, identifier: "8ea232f427728da899edf0a41f050ccc")
!447 = !DINamespace(name: "condvar", scope: !13)
!448 = !{!449}
!449 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !446, file: !2, baseType: !450, size: 32, align: 32, flags: DIFlagPrivate)
!450 = !DICompositeType(tag: DW_TAG_structure_type, name: "Condvar", scope: !451, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !453, templateParams: !46, identifier: "7126af1b3f743adc8bb7816e9697da14")
!451 = !DINamespace(name: "futex", scope: !452)
!452 = !DINamespace(name: "condvar", scope: !29)
!453 = !{!454}
!454 = !DIDerivedType(tag: DW_TAG_member, name: "futex", scope: !450, file: !2, baseType: !33, size: 32, align: 32, flags: DIFlagPrivate)
!455 = !{!456, !457}
!456 = !DILocalVariable(name: "pair", arg: 1, scope: !438, file: !296, line: 35, type: !441)
!457 = !DILocalVariable(name: "ready", scope: !458, file: !296, line: 36, type: !84, align: 64)
!458 = distinct !DILexicalBlock(scope: !438, file: !296, line: 36, column: 5)
!459 = !DILocation(line: 35, column: 21, scope: !438)
!460 = !DILocation(line: 36, column: 9, scope: !458)
!461 = !DILocation(line: 36, column: 9, scope: !438)
!462 = !DILocation(line: 36, column: 21, scope: !438)
!463 = !DILocation(line: 36, column: 28, scope: !438)
!464 = !DILocation(line: 36, column: 35, scope: !438)
!465 = !DILocation(line: 36, column: 42, scope: !438)
!466 = !DILocation(line: 37, column: 5, scope: !458)
!467 = !DILocalVariable(name: "self", arg: 1, scope: !468, file: !374, line: 728, type: !472)
!468 = distinct !DISubprogram(name: "deref<bool>", linkageName: "_ZN89_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17ha778aec2a8ab68ddE", scope: !375, file: !374, line: 728, type: !469, scopeLine: 728, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !96, retainedNodes: !473)
!469 = !DISubroutineType(types: !470)
!470 = !{!471, !472}
!471 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&bool", baseType: !70, size: 64, align: 64, dwarfAddressSpace: 0)
!472 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::mutex::MutexGuard<bool>", baseType: !84, size: 64, align: 64, dwarfAddressSpace: 0)
!473 = !{!467}
!474 = !DILocation(line: 728, column: 14, scope: !468, inlinedAt: !475)
!475 = !DILocation(line: 37, column: 12, scope: !458)
!476 = !DILocation(line: 729, column: 20, scope: !468, inlinedAt: !475)
!477 = !{i64 4}
!478 = !DILocation(line: 2447, column: 9, scope: !479, inlinedAt: !485)
!479 = distinct !DISubprogram(name: "get<bool>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h57d3ca458b29eb7eE", scope: !93, file: !175, line: 2443, type: !480, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !96, declaration: !484)
!480 = !DISubroutineType(types: !481)
!481 = !{!482, !483}
!482 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut bool", baseType: !70, size: 64, align: 64, dwarfAddressSpace: 0)
!483 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<bool>", baseType: !93, size: 64, align: 64, dwarfAddressSpace: 0)
!484 = !DISubprogram(name: "get<bool>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h57d3ca458b29eb7eE", scope: !93, file: !175, line: 2443, type: !480, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !96)
!485 = !DILocation(line: 729, column: 35, scope: !468, inlinedAt: !475)
!486 = !DILocation(line: 38, column: 17, scope: !458)
!487 = !DILocation(line: 38, column: 29, scope: !458)
!488 = !DILocation(line: 38, column: 24, scope: !458)
!489 = !DILocation(line: 38, column: 36, scope: !458)
!490 = !DILocation(line: 38, column: 43, scope: !458)
!491 = !DILocation(line: 38, column: 9, scope: !458)
!492 = !DILocation(line: 40, column: 1, scope: !438)
!493 = !DILocation(line: 40, column: 2, scope: !438)
!494 = distinct !DISubprogram(name: "fill_to_limit", linkageName: "_ZN16correct_patterns13fill_to_limit17haa25a45297f71732E", scope: !297, file: !296, line: 62, type: !495, scopeLine: 62, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !507)
!495 = !DISubroutineType(types: !496)
!496 = !{!9, !497, !502}
!497 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&correct_patterns::Config", baseType: !498, size: 64, align: 64, dwarfAddressSpace: 0)
!498 = !DICompositeType(tag: DW_TAG_structure_type, name: "Config", scope: !297, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !499, templateParams: !46, identifier: "9a544b19536d5465bbb254680e350678")
!499 = !{!500, !501}
!500 = !DIDerivedType(tag: DW_TAG_member, name: "limit", scope: !498, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagPublic)
!501 = !DIDerivedType(tag: DW_TAG_member, name: "step", scope: !498, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!502 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [usize]", file: !2, size: 128, align: 64, elements: !503, templateParams: !46, identifier: "cb8b9c114b7b834db07f3b49994c99e0")
!503 = !{!504, !506}
!504 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !502, file: !2, baseType: !505, size: 64, align: 64)
!505 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!506 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !502, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!507 = !{!508, !509, !510}
!508 = !DILocalVariable(name: "cfg", arg: 1, scope: !494, file: !296, line: 62, type: !497)
!509 = !DILocalVariable(name: "out", arg: 2, scope: !494, file: !296, line: 62, type: !502)
!510 = !DILocalVariable(name: "i", scope: !511, file: !296, line: 63, type: !9, align: 64)
!511 = distinct !DILexicalBlock(scope: !494, file: !296, line: 63, column: 5)
!512 = !DILocation(line: 63, column: 9, scope: !511)
!513 = !DILocation(line: 62, column: 22, scope: !494)
!514 = !DILocation(line: 62, column: 36, scope: !494)
!515 = !DILocation(line: 63, column: 17, scope: !494)
!516 = !DILocation(line: 64, column: 5, scope: !511)
!517 = !DILocation(line: 64, column: 11, scope: !511)
!518 = !DILocation(line: 64, column: 15, scope: !511)
!519 = !DILocation(line: 0, scope: !511)
!520 = !DILocation(line: 64, column: 28, scope: !511)
!521 = !DILocation(line: 69, column: 2, scope: !494)
!522 = !DILocation(line: 65, column: 18, scope: !511)
!523 = !DILocation(line: 65, column: 22, scope: !511)
!524 = !DILocation(line: 65, column: 13, scope: !511)
!525 = !DILocation(line: 65, column: 9, scope: !511)
!526 = !DILocation(line: 66, column: 9, scope: !511)
!527 = distinct !DISubprogram(name: "map_result<std::sync::poison::Guard, std::sync::poison::mutex::MutexGuard<bool>, std::sync::poison::mutex::{impl#11}::new::{closure_env#0}<bool>>", linkageName: "_ZN3std4sync6poison10map_result17h1eddc9e20070c7e7E", scope: !13, file: !118, line: 380, type: !528, scopeLine: 380, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !558, retainedNodes: !551)
!528 = !DISubroutineType(types: !529)
!529 = !{!530, !204, !546}
!530 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::sync::poison::mutex::MutexGuard<bool>, std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>", scope: !205, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !531, templateParams: !46, identifier: "f769c24468a7883ffe14c9d9535234b5")
!531 = !{!532}
!532 = !DICompositeType(tag: DW_TAG_variant_part, scope: !530, file: !2, size: 192, align: 64, elements: !533, templateParams: !46, identifier: "2c5bb1b76bd07aa1fbcd8564036e02", discriminator: !544)
!533 = !{!534, !540}
!534 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !532, file: !2, baseType: !535, size: 192, align: 64, extraData: i64 0)
!535 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !530, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !536, templateParams: !538, identifier: "d8214b162e536148891bf609c44744e9")
!536 = !{!537}
!537 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !535, file: !2, baseType: !84, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!538 = !{!100, !539}
!539 = !DITemplateTypeParameter(name: "E", type: !81)
!540 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !532, file: !2, baseType: !541, size: 192, align: 64, extraData: i64 1)
!541 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !530, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !542, templateParams: !538, identifier: "17b3d63d6ecb289ac9034ff97acaea0e")
!542 = !{!543}
!543 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !541, file: !2, baseType: !81, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!544 = !DIDerivedType(tag: DW_TAG_member, scope: !530, file: !2, baseType: !545, size: 64, align: 64, flags: DIFlagArtificial)
!545 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!546 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<bool>", scope: !547, file: !2, size: 64, align: 64, elements: !549, templateParams: !46, identifier: "2259211cc2b8e3b41097aad9d371f9aa")
!547 = !DINamespace(name: "new", scope: !548)
!548 = !DINamespace(name: "{impl#11}", scope: !19)
!549 = !{!550}
!550 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__lock", scope: !546, file: !2, baseType: !87, size: 64, align: 64)
!551 = !{!552, !553, !554, !556}
!552 = !DILocalVariable(name: "result", arg: 1, scope: !527, file: !118, line: 380, type: !204)
!553 = !DILocalVariable(name: "f", arg: 2, scope: !527, file: !118, line: 380, type: !546)
!554 = !DILocalVariable(name: "t", scope: !555, file: !118, line: 385, type: !67, align: 8)
!555 = distinct !DILexicalBlock(scope: !527, file: !118, line: 385, column: 9)
!556 = !DILocalVariable(name: "data", scope: !557, file: !118, line: 387, type: !67, align: 8)
!557 = distinct !DILexicalBlock(scope: !527, file: !118, line: 387, column: 9)
!558 = !{!214, !559, !560}
!559 = !DITemplateTypeParameter(name: "U", type: !84)
!560 = !DITemplateTypeParameter(name: "F", type: !546)
!561 = !DILocation(line: 380, column: 35, scope: !527)
!562 = !DILocation(line: 380, column: 58, scope: !527)
!563 = !DILocation(line: 384, column: 11, scope: !527)
!564 = !DILocation(line: 384, column: 5, scope: !527)
!565 = !DILocation(line: 387, column: 27, scope: !527)
!566 = !DILocation(line: 387, column: 27, scope: !557)
!567 = !DILocation(line: 387, column: 59, scope: !557)
!568 = !DILocalVariable(name: "data", arg: 1, scope: !569, file: !118, line: 271, type: !84)
!569 = distinct !DISubprogram(name: "new<std::sync::poison::mutex::MutexGuard<bool>>", linkageName: "_ZN3std4sync6poison20PoisonError$LT$T$GT$3new17h1a527124559713efE", scope: !81, file: !118, line: 271, type: !570, scopeLine: 271, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !99, declaration: !572, retainedNodes: !573)
!570 = !DISubroutineType(types: !571)
!571 = !{!81, !84}
!572 = !DISubprogram(name: "new<std::sync::poison::mutex::MutexGuard<bool>>", linkageName: "_ZN3std4sync6poison20PoisonError$LT$T$GT$3new17h1a527124559713efE", scope: !81, file: !118, line: 271, type: !570, scopeLine: 271, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !99)
!573 = !{!568}
!574 = !DILocation(line: 271, column: 16, scope: !569, inlinedAt: !575)
!575 = !DILocation(line: 387, column: 42, scope: !557)
!576 = !DILocation(line: 387, column: 38, scope: !557)
!577 = !DILocation(line: 387, column: 67, scope: !527)
!578 = !DILocation(line: 385, column: 12, scope: !527)
!579 = !DILocation(line: 385, column: 12, scope: !555)
!580 = !DILocation(line: 385, column: 21, scope: !555)
!581 = !DILocation(line: 385, column: 18, scope: !555)
!582 = !DILocation(line: 385, column: 25, scope: !527)
!583 = !DILocation(line: 389, column: 2, scope: !527)
!584 = distinct !DISubprogram(name: "map_result<std::sync::poison::Guard, std::sync::poison::mutex::MutexGuard<usize>, std::sync::poison::mutex::{impl#11}::new::{closure_env#0}<usize>>", linkageName: "_ZN3std4sync6poison10map_result17h8d53b020aae59b42E", scope: !13, file: !118, line: 380, type: !585, scopeLine: 380, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !612, retainedNodes: !605)
!585 = !DISubroutineType(types: !586)
!586 = !{!587, !204, !602}
!587 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::sync::poison::mutex::MutexGuard<usize>, std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>", scope: !205, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !588, templateParams: !46, identifier: "47fc31d61c2874a26468488748321d0")
!588 = !{!589}
!589 = !DICompositeType(tag: DW_TAG_variant_part, scope: !587, file: !2, size: 192, align: 64, elements: !590, templateParams: !46, identifier: "5f7b7ddd5cabdb4578f8ace6050e7255", discriminator: !601)
!590 = !{!591, !597}
!591 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !589, file: !2, baseType: !592, size: 192, align: 64, extraData: i64 0)
!592 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !587, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !593, templateParams: !595, identifier: "4eb9ed0c604c136dacbcb14f07e01b56")
!593 = !{!594}
!594 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !592, file: !2, baseType: !18, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!595 = !{!72, !596}
!596 = !DITemplateTypeParameter(name: "E", type: !12)
!597 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !589, file: !2, baseType: !598, size: 192, align: 64, extraData: i64 1)
!598 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !587, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !599, templateParams: !595, identifier: "1dc3e151f60e4010cb8ee598c79865e8")
!599 = !{!600}
!600 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !598, file: !2, baseType: !12, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!601 = !DIDerivedType(tag: DW_TAG_member, scope: !587, file: !2, baseType: !545, size: 64, align: 64, flags: DIFlagArtificial)
!602 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<usize>", scope: !547, file: !2, size: 64, align: 64, elements: !603, templateParams: !46, identifier: "1989b6a3767cd771e9c83b5948ab030e")
!603 = !{!604}
!604 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__lock", scope: !602, file: !2, baseType: !22, size: 64, align: 64)
!605 = !{!606, !607, !608, !610}
!606 = !DILocalVariable(name: "result", arg: 1, scope: !584, file: !118, line: 380, type: !204)
!607 = !DILocalVariable(name: "f", arg: 2, scope: !584, file: !118, line: 380, type: !602)
!608 = !DILocalVariable(name: "t", scope: !609, file: !118, line: 385, type: !67, align: 8)
!609 = distinct !DILexicalBlock(scope: !584, file: !118, line: 385, column: 9)
!610 = !DILocalVariable(name: "data", scope: !611, file: !118, line: 387, type: !67, align: 8)
!611 = distinct !DILexicalBlock(scope: !584, file: !118, line: 387, column: 9)
!612 = !{!214, !613, !614}
!613 = !DITemplateTypeParameter(name: "U", type: !18)
!614 = !DITemplateTypeParameter(name: "F", type: !602)
!615 = !DILocation(line: 380, column: 35, scope: !584)
!616 = !DILocation(line: 380, column: 58, scope: !584)
!617 = !DILocation(line: 384, column: 11, scope: !584)
!618 = !DILocation(line: 384, column: 5, scope: !584)
!619 = !DILocation(line: 387, column: 27, scope: !584)
!620 = !DILocation(line: 387, column: 27, scope: !611)
!621 = !DILocation(line: 387, column: 59, scope: !611)
!622 = !DILocalVariable(name: "data", arg: 1, scope: !623, file: !118, line: 271, type: !18)
!623 = distinct !DISubprogram(name: "new<std::sync::poison::mutex::MutexGuard<usize>>", linkageName: "_ZN3std4sync6poison20PoisonError$LT$T$GT$3new17hc0004c8d991e9d54E", scope: !12, file: !118, line: 271, type: !624, scopeLine: 271, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !71, declaration: !626, retainedNodes: !627)
!624 = !DISubroutineType(types: !625)
!625 = !{!12, !18}
!626 = !DISubprogram(name: "new<std::sync::poison::mutex::MutexGuard<usize>>", linkageName: "_ZN3std4sync6poison20PoisonError$LT$T$GT$3new17hc0004c8d991e9d54E", scope: !12, file: !118, line: 271, type: !624, scopeLine: 271, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !71)
!627 = !{!622}
!628 = !DILocation(line: 271, column: 16, scope: !623, inlinedAt: !629)
!629 = !DILocation(line: 387, column: 42, scope: !611)
!630 = !DILocation(line: 387, column: 38, scope: !611)
!631 = !DILocation(line: 387, column: 67, scope: !584)
!632 = !DILocation(line: 385, column: 12, scope: !584)
!633 = !DILocation(line: 385, column: 12, scope: !609)
!634 = !DILocation(line: 385, column: 21, scope: !609)
!635 = !DILocation(line: 385, column: 18, scope: !609)
!636 = !DILocation(line: 385, column: 25, scope: !584)
!637 = !DILocation(line: 389, column: 2, scope: !584)
!638 = distinct !DISubprogram(name: "lock<bool>", linkageName: "_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E", scope: !88, file: !374, line: 490, type: !639, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !96, declaration: !641, retainedNodes: !642)
!639 = !DISubroutineType(types: !640)
!640 = !{!530, !87}
!641 = !DISubprogram(name: "lock<bool>", linkageName: "_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E", scope: !88, file: !374, line: 490, type: !639, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !96)
!642 = !{!643}
!643 = !DILocalVariable(name: "self", arg: 1, scope: !638, file: !374, line: 490, type: !87)
!644 = !DILocation(line: 490, column: 17, scope: !638)
!645 = !DILocalVariable(name: "lock", arg: 1, scope: !646, file: !374, line: 719, type: !87)
!646 = distinct !DISubprogram(name: "new<bool>", linkageName: "_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new17h09f1415fc39ada7cE", scope: !84, file: !374, line: 719, type: !639, scopeLine: 719, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !96, declaration: !647, retainedNodes: !648)
!647 = !DISubprogram(name: "new<bool>", linkageName: "_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new17h09f1415fc39ada7cE", scope: !84, file: !374, line: 719, type: !639, scopeLine: 719, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !96)
!648 = !{!645}
!649 = !DILocation(line: 719, column: 19, scope: !646, inlinedAt: !650)
!650 = !DILocation(line: 493, column: 13, scope: !638)
!651 = !DILocation(line: 3034, column: 37, scope: !652, inlinedAt: !678)
!652 = distinct !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU3216compare_exchange", scope: !33, file: !131, line: 3033, type: !653, scopeLine: 3033, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !671, retainedNodes: !672)
!653 = !DISubroutineType(types: !654)
!654 = !{!655, !670, !43, !43, !109, !109}
!655 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<u32, u32>", scope: !205, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !656, templateParams: !46, identifier: "8d089503111f4dbe9f42ce667232974b")
!656 = !{!657}
!657 = !DICompositeType(tag: DW_TAG_variant_part, scope: !655, file: !2, size: 64, align: 32, elements: !658, templateParams: !46, identifier: "315241547373923611abd5cec3497dfb", discriminator: !669)
!658 = !{!659, !665}
!659 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !657, file: !2, baseType: !660, size: 64, align: 32, extraData: i32 0)
!660 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !655, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !661, templateParams: !663, identifier: "f8c55f85d42c0f3788b2a95940d8c2e0")
!661 = !{!662}
!662 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !660, file: !2, baseType: !43, size: 32, align: 32, offset: 32, flags: DIFlagPublic)
!663 = !{!45, !664}
!664 = !DITemplateTypeParameter(name: "E", type: !43)
!665 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !657, file: !2, baseType: !666, size: 64, align: 32, extraData: i32 1)
!666 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !655, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !667, templateParams: !663, identifier: "727085c661668e3d7a2869578a770c53")
!667 = !{!668}
!668 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !666, file: !2, baseType: !43, size: 32, align: 32, offset: 32, flags: DIFlagPublic)
!669 = !DIDerivedType(tag: DW_TAG_member, scope: !655, file: !2, baseType: !43, size: 32, align: 32, flags: DIFlagArtificial)
!670 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicU32", baseType: !33, size: 64, align: 64, dwarfAddressSpace: 0)
!671 = !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU3216compare_exchange", scope: !33, file: !131, line: 3033, type: !653, scopeLine: 3033, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!672 = !{!673, !674, !675, !676, !677}
!673 = !DILocalVariable(name: "self", arg: 1, scope: !652, file: !131, line: 3033, type: !670)
!674 = !DILocalVariable(name: "current", scope: !652, file: !131, line: 3034, type: !43, align: 32)
!675 = !DILocalVariable(name: "new", scope: !652, file: !131, line: 3035, type: !43, align: 32)
!676 = !DILocalVariable(name: "success", scope: !652, file: !131, line: 3036, type: !109, align: 8)
!677 = !DILocalVariable(name: "failure", scope: !652, file: !131, line: 3037, type: !109, align: 8)
!678 = !DILocation(line: 32, column: 23, scope: !679, inlinedAt: !687)
!679 = distinct !DISubprogram(name: "lock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4lock", scope: !26, file: !680, line: 31, type: !681, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !684, retainedNodes: !685)
!680 = !DIFile(filename: "library/std/src/sys/sync/mutex/futex.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "28fe35bad6ff340af707b997fcc6da8c")
!681 = !DISubroutineType(types: !682)
!682 = !{null, !683}
!683 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sys::sync::mutex::futex::Mutex", baseType: !26, size: 64, align: 64, dwarfAddressSpace: 0)
!684 = !DISubprogram(name: "lock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4lock", scope: !26, file: !680, line: 31, type: !681, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!685 = !{!686}
!686 = !DILocalVariable(name: "self", arg: 1, scope: !679, file: !680, line: 31, type: !683)
!687 = !DILocation(line: 492, column: 24, scope: !638)
!688 = !DILocation(line: 3035, column: 37, scope: !652, inlinedAt: !678)
!689 = !DILocation(line: 3036, column: 37, scope: !652, inlinedAt: !678)
!690 = !DILocation(line: 3037, column: 37, scope: !652, inlinedAt: !678)
!691 = !DILocation(line: 492, column: 13, scope: !638)
!692 = !DILocation(line: 31, column: 17, scope: !679, inlinedAt: !687)
!693 = !DILocation(line: 3033, column: 37, scope: !652, inlinedAt: !678)
!694 = !DILocalVariable(name: "self", arg: 1, scope: !695, file: !175, line: 2443, type: !699)
!695 = distinct !DISubprogram(name: "get<u32>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h66369059135def12E", scope: !39, file: !175, line: 2443, type: !696, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, declaration: !700, retainedNodes: !701)
!696 = !DISubroutineType(types: !697)
!697 = !{!698, !699}
!698 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u32", baseType: !43, size: 64, align: 64, dwarfAddressSpace: 0)
!699 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<u32>", baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!700 = !DISubprogram(name: "get<u32>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h66369059135def12E", scope: !39, file: !175, line: 2443, type: !696, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !44)
!701 = !{!694}
!702 = !DILocation(line: 2443, column: 22, scope: !695, inlinedAt: !703)
!703 = !DILocation(line: 3039, column: 57, scope: !652, inlinedAt: !678)
!704 = !DILocation(line: 3039, column: 26, scope: !652, inlinedAt: !678)
!705 = !DILocalVariable(name: "self", arg: 1, scope: !706, file: !707, line: 646, type: !710)
!706 = distinct !DISubprogram(name: "is_err<u32, u32>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6is_err17h41f662990975e0edE", scope: !655, file: !707, line: 646, type: !708, scopeLine: 646, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !663, declaration: !711, retainedNodes: !712)
!707 = !DIFile(filename: "library/core/src/result.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7ebc974a4b69a504d7e902d792c422dd")
!708 = !DISubroutineType(types: !709)
!709 = !{!70, !710}
!710 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::result::Result<u32, u32>", baseType: !655, size: 64, align: 64, dwarfAddressSpace: 0)
!711 = !DISubprogram(name: "is_err<u32, u32>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6is_err17h41f662990975e0edE", scope: !655, file: !707, line: 646, type: !708, scopeLine: 646, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !663)
!712 = !{!705}
!713 = !DILocation(line: 646, column: 25, scope: !706, inlinedAt: !714)
!714 = !DILocation(line: 32, column: 76, scope: !679, inlinedAt: !687)
!715 = !DILocalVariable(name: "self", arg: 1, scope: !716, file: !707, line: 593, type: !710)
!716 = distinct !DISubprogram(name: "is_ok<u32, u32>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$5is_ok17h405f55d36c884271E", scope: !655, file: !707, line: 593, type: !708, scopeLine: 593, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !663, declaration: !717, retainedNodes: !718)
!717 = !DISubprogram(name: "is_ok<u32, u32>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$5is_ok17h405f55d36c884271E", scope: !655, file: !707, line: 593, type: !708, scopeLine: 593, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !663)
!718 = !{!715}
!719 = !DILocation(line: 593, column: 24, scope: !716, inlinedAt: !720)
!720 = !DILocation(line: 647, column: 15, scope: !706, inlinedAt: !714)
!721 = !DILocation(line: 594, column: 18, scope: !716, inlinedAt: !720)
!722 = !DILocation(line: 433, column: 9, scope: !723, inlinedAt: !720)
!723 = !DILexicalBlockFile(scope: !716, file: !724, discriminator: 0)
!724 = !DIFile(filename: "library/core/src/macros/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "51376b65c07e3acab5731a6bddd7c4b3")
!725 = !DILocation(line: 647, column: 9, scope: !706, inlinedAt: !714)
!726 = !DILocation(line: 32, column: 12, scope: !679, inlinedAt: !687)
!727 = !DILocation(line: 32, column: 9, scope: !679, inlinedAt: !687)
!728 = !DILocation(line: 33, column: 18, scope: !679, inlinedAt: !687)
!729 = !DILocation(line: 720, column: 28, scope: !646, inlinedAt: !650)
!730 = !DILocation(line: 720, column: 40, scope: !646, inlinedAt: !650)
!731 = !DILocation(line: 720, column: 9, scope: !646, inlinedAt: !650)
!732 = !DILocation(line: 495, column: 6, scope: !638)
!733 = distinct !DISubprogram(name: "lock<usize>", linkageName: "_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE", scope: !23, file: !374, line: 490, type: !734, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !64, declaration: !736, retainedNodes: !737)
!734 = !DISubroutineType(types: !735)
!735 = !{!587, !22}
!736 = !DISubprogram(name: "lock<usize>", linkageName: "_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE", scope: !23, file: !374, line: 490, type: !734, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !64)
!737 = !{!738}
!738 = !DILocalVariable(name: "self", arg: 1, scope: !733, file: !374, line: 490, type: !22)
!739 = !DILocation(line: 490, column: 17, scope: !733)
!740 = !DILocalVariable(name: "lock", arg: 1, scope: !741, file: !374, line: 719, type: !22)
!741 = distinct !DISubprogram(name: "new<usize>", linkageName: "_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new17h2880f91dbc8adbafE", scope: !18, file: !374, line: 719, type: !734, scopeLine: 719, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !64, declaration: !742, retainedNodes: !743)
!742 = !DISubprogram(name: "new<usize>", linkageName: "_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new17h2880f91dbc8adbafE", scope: !18, file: !374, line: 719, type: !734, scopeLine: 719, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !64)
!743 = !{!740}
!744 = !DILocation(line: 719, column: 19, scope: !741, inlinedAt: !745)
!745 = !DILocation(line: 493, column: 13, scope: !733)
!746 = !DILocation(line: 3034, column: 37, scope: !747, inlinedAt: !754)
!747 = distinct !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU3216compare_exchange", scope: !33, file: !131, line: 3033, type: !653, scopeLine: 3033, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !671, retainedNodes: !748)
!748 = !{!749, !750, !751, !752, !753}
!749 = !DILocalVariable(name: "self", arg: 1, scope: !747, file: !131, line: 3033, type: !670)
!750 = !DILocalVariable(name: "current", scope: !747, file: !131, line: 3034, type: !43, align: 32)
!751 = !DILocalVariable(name: "new", scope: !747, file: !131, line: 3035, type: !43, align: 32)
!752 = !DILocalVariable(name: "success", scope: !747, file: !131, line: 3036, type: !109, align: 8)
!753 = !DILocalVariable(name: "failure", scope: !747, file: !131, line: 3037, type: !109, align: 8)
!754 = !DILocation(line: 32, column: 23, scope: !755, inlinedAt: !758)
!755 = distinct !DISubprogram(name: "lock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4lock", scope: !26, file: !680, line: 31, type: !681, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !684, retainedNodes: !756)
!756 = !{!757}
!757 = !DILocalVariable(name: "self", arg: 1, scope: !755, file: !680, line: 31, type: !683)
!758 = !DILocation(line: 492, column: 24, scope: !733)
!759 = !DILocation(line: 3035, column: 37, scope: !747, inlinedAt: !754)
!760 = !DILocation(line: 3036, column: 37, scope: !747, inlinedAt: !754)
!761 = !DILocation(line: 3037, column: 37, scope: !747, inlinedAt: !754)
!762 = !DILocation(line: 492, column: 13, scope: !733)
!763 = !DILocation(line: 31, column: 17, scope: !755, inlinedAt: !758)
!764 = !DILocation(line: 3033, column: 37, scope: !747, inlinedAt: !754)
!765 = !DILocalVariable(name: "self", arg: 1, scope: !766, file: !175, line: 2443, type: !699)
!766 = distinct !DISubprogram(name: "get<u32>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h66369059135def12E", scope: !39, file: !175, line: 2443, type: !696, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, declaration: !700, retainedNodes: !767)
!767 = !{!765}
!768 = !DILocation(line: 2443, column: 22, scope: !766, inlinedAt: !769)
!769 = !DILocation(line: 3039, column: 57, scope: !747, inlinedAt: !754)
!770 = !DILocation(line: 3039, column: 26, scope: !747, inlinedAt: !754)
!771 = !DILocalVariable(name: "self", arg: 1, scope: !772, file: !707, line: 646, type: !710)
!772 = distinct !DISubprogram(name: "is_err<u32, u32>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6is_err17h41f662990975e0edE", scope: !655, file: !707, line: 646, type: !708, scopeLine: 646, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !663, declaration: !711, retainedNodes: !773)
!773 = !{!771}
!774 = !DILocation(line: 646, column: 25, scope: !772, inlinedAt: !775)
!775 = !DILocation(line: 32, column: 76, scope: !755, inlinedAt: !758)
!776 = !DILocalVariable(name: "self", arg: 1, scope: !777, file: !707, line: 593, type: !710)
!777 = distinct !DISubprogram(name: "is_ok<u32, u32>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$5is_ok17h405f55d36c884271E", scope: !655, file: !707, line: 593, type: !708, scopeLine: 593, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !663, declaration: !717, retainedNodes: !778)
!778 = !{!776}
!779 = !DILocation(line: 593, column: 24, scope: !777, inlinedAt: !780)
!780 = !DILocation(line: 647, column: 15, scope: !772, inlinedAt: !775)
!781 = !DILocation(line: 594, column: 18, scope: !777, inlinedAt: !780)
!782 = !DILocation(line: 433, column: 9, scope: !783, inlinedAt: !780)
!783 = !DILexicalBlockFile(scope: !777, file: !724, discriminator: 0)
!784 = !DILocation(line: 647, column: 9, scope: !772, inlinedAt: !775)
!785 = !DILocation(line: 32, column: 12, scope: !755, inlinedAt: !758)
!786 = !DILocation(line: 32, column: 9, scope: !755, inlinedAt: !758)
!787 = !DILocation(line: 33, column: 18, scope: !755, inlinedAt: !758)
!788 = !DILocation(line: 720, column: 28, scope: !741, inlinedAt: !745)
!789 = !DILocation(line: 720, column: 40, scope: !741, inlinedAt: !745)
!790 = !DILocation(line: 720, column: 9, scope: !741, inlinedAt: !745)
!791 = !DILocation(line: 495, column: 6, scope: !733)
!792 = distinct !DISubprogram(name: "{closure#0}<bool>", linkageName: "_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17h2e5babffa25f96c7E", scope: !547, file: !374, line: 720, type: !793, scopeLine: 720, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !96, retainedNodes: !795)
!793 = !DISubroutineType(types: !794)
!794 = !{!84, !546, !67}
!795 = !{!796, !797}
!796 = !DILocalVariable(name: "guard", arg: 2, scope: !792, file: !374, line: 720, type: !67)
!797 = !DILocalVariable(name: "lock", scope: !792, file: !374, line: 719, type: !88, align: 32)
!798 = !DILocation(line: 719, column: 19, scope: !792)
!799 = !DILocation(line: 720, column: 50, scope: !792)
!800 = !DILocation(line: 720, column: 91, scope: !792)
!801 = distinct !DISubprogram(name: "{closure#0}<usize>", linkageName: "_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17hacafe11781bf981bE", scope: !547, file: !374, line: 720, type: !802, scopeLine: 720, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !64, retainedNodes: !804)
!802 = !DISubroutineType(types: !803)
!803 = !{!18, !602, !67}
!804 = !{!805, !806}
!805 = !DILocalVariable(name: "guard", arg: 2, scope: !801, file: !374, line: 720, type: !67)
!806 = !DILocalVariable(name: "lock", scope: !801, file: !374, line: 719, type: !23, align: 64)
!807 = !DILocation(line: 719, column: 19, scope: !801)
!808 = !DILocation(line: 720, column: 50, scope: !801)
!809 = !DILocation(line: 720, column: 91, scope: !801)
!810 = distinct !DISubprogram(name: "wait<bool>", linkageName: "_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E", scope: !446, file: !811, line: 125, type: !812, scopeLine: 125, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !96, declaration: !815, retainedNodes: !816)
!811 = !DIFile(filename: "library/std/src/sync/poison/condvar.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8e0c3c5053fcb9b055be1a36ccbef343")
!812 = !DISubroutineType(types: !813)
!813 = !{!530, !814, !84}
!814 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::condvar::Condvar", baseType: !446, size: 64, align: 64, dwarfAddressSpace: 0)
!815 = !DISubprogram(name: "wait<bool>", linkageName: "_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E", scope: !446, file: !811, line: 125, type: !812, scopeLine: 125, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !96)
!816 = !{!817, !818, !819, !821}
!817 = !DILocalVariable(name: "self", arg: 1, scope: !810, file: !811, line: 125, type: !814)
!818 = !DILocalVariable(name: "guard", arg: 2, scope: !810, file: !811, line: 125, type: !84)
!819 = !DILocalVariable(name: "poisoned", scope: !820, file: !811, line: 126, type: !70, align: 8)
!820 = distinct !DILexicalBlock(scope: !810, file: !811, line: 126, column: 9)
!821 = !DILocalVariable(name: "lock", scope: !822, file: !811, line: 127, type: !683, align: 64)
!822 = distinct !DILexicalBlock(scope: !810, file: !811, line: 127, column: 13)
!823 = !DILocation(line: 125, column: 24, scope: !810)
!824 = !DILocation(line: 125, column: 31, scope: !810)
!825 = !DILocation(line: 726, column: 24, scope: !826, inlinedAt: !830)
!826 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !51, file: !131, line: 726, type: !253, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !255, retainedNodes: !827)
!827 = !{!828, !829}
!828 = !DILocalVariable(name: "self", arg: 1, scope: !826, file: !131, line: 726, type: !161)
!829 = !DILocalVariable(name: "order", scope: !826, file: !131, line: 726, type: !109, align: 8)
!830 = !DILocation(line: 141, column: 21, scope: !831, inlinedAt: !834)
!831 = distinct !DISubprogram(name: "get", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag3get", scope: !48, file: !118, line: 140, type: !233, scopeLine: 140, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !235, retainedNodes: !832)
!832 = !{!833}
!833 = !DILocalVariable(name: "self", arg: 1, scope: !831, file: !118, line: 140, type: !121)
!834 = !DILocation(line: 129, column: 41, scope: !822)
!835 = !DILocalVariable(name: "guard", arg: 1, scope: !836, file: !374, line: 766, type: !472)
!836 = distinct !DISubprogram(name: "guard_lock<bool>", linkageName: "_ZN3std4sync6poison5mutex10guard_lock17he83d703f3ffc9d99E", scope: !19, file: !374, line: 766, type: !837, scopeLine: 766, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !96, retainedNodes: !839)
!837 = !DISubroutineType(types: !838)
!838 = !{!683, !472}
!839 = !{!835}
!840 = !DILocation(line: 766, column: 41, scope: !836, inlinedAt: !841)
!841 = !DILocation(line: 127, column: 24, scope: !810)
!842 = !DILocation(line: 767, column: 5, scope: !836, inlinedAt: !841)
!843 = !DILocation(line: 127, column: 17, scope: !822)
!844 = !DILocation(line: 128, column: 24, scope: !822)
!845 = !DILocation(line: 132, column: 5, scope: !810)
!846 = !DILocalVariable(name: "guard", arg: 1, scope: !847, file: !374, line: 771, type: !472)
!847 = distinct !DISubprogram(name: "guard_poison<bool>", linkageName: "_ZN3std4sync6poison5mutex12guard_poison17hf497ca0ce2714c39E", scope: !19, file: !374, line: 771, type: !848, scopeLine: 771, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !96, retainedNodes: !850)
!848 = !DISubroutineType(types: !849)
!849 = !{!121, !472}
!850 = !{!846}
!851 = !DILocation(line: 771, column: 43, scope: !847, inlinedAt: !852)
!852 = !DILocation(line: 129, column: 13, scope: !822)
!853 = !DILocation(line: 772, column: 5, scope: !847, inlinedAt: !852)
!854 = !DILocation(line: 140, column: 16, scope: !831, inlinedAt: !834)
!855 = !DILocation(line: 726, column: 17, scope: !826, inlinedAt: !830)
!856 = !DILocalVariable(name: "self", arg: 1, scope: !857, file: !175, line: 2443, type: !194)
!857 = distinct !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h85eb6d6bb4aad8e1E", scope: !54, file: !175, line: 2443, type: !191, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !58, declaration: !195, retainedNodes: !858)
!858 = !{!856}
!859 = !DILocation(line: 2443, column: 22, scope: !857, inlinedAt: !860)
!860 = !DILocation(line: 729, column: 37, scope: !826, inlinedAt: !830)
!861 = !DILocation(line: 2447, column: 9, scope: !857, inlinedAt: !860)
!862 = !DILocation(line: 729, column: 18, scope: !826, inlinedAt: !830)
!863 = !DILocation(line: 126, column: 13, scope: !820)
!864 = !DILocation(line: 131, column: 12, scope: !820)
!865 = !DILocation(line: 131, column: 64, scope: !820)
!866 = !DILocation(line: 131, column: 61, scope: !820)
!867 = !DILocation(line: 131, column: 9, scope: !820)
!868 = !DILocation(line: 131, column: 44, scope: !820)
!869 = !DILocalVariable(name: "data", arg: 1, scope: !870, file: !118, line: 271, type: !84)
!870 = distinct !DISubprogram(name: "new<std::sync::poison::mutex::MutexGuard<bool>>", linkageName: "_ZN3std4sync6poison20PoisonError$LT$T$GT$3new17h1a527124559713efE", scope: !81, file: !118, line: 271, type: !570, scopeLine: 271, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !99, declaration: !572, retainedNodes: !871)
!871 = !{!869}
!872 = !DILocation(line: 271, column: 16, scope: !870, inlinedAt: !873)
!873 = !DILocation(line: 131, column: 27, scope: !820)
!874 = !DILocation(line: 131, column: 23, scope: !820)
!875 = !DILocation(line: 132, column: 6, scope: !810)
!876 = !DILocation(line: 125, column: 5, scope: !810)
!877 = distinct !DISubprogram(name: "drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>", linkageName: "_ZN4core3ptr107drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$$GT$17h5cf78ebf5754000bE", scope: !879, file: !878, line: 805, type: !880, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !885, retainedNodes: !883)
!878 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!879 = !DINamespace(name: "ptr", scope: !36)
!880 = !DISubroutineType(types: !881)
!881 = !{null, !882}
!882 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>", baseType: !81, size: 64, align: 64, dwarfAddressSpace: 0)
!883 = !{!884}
!884 = !DILocalVariable(arg: 1, scope: !877, file: !878, line: 805, type: !882)
!885 = !{!886}
!886 = !DITemplateTypeParameter(name: "T", type: !81)
!887 = !DILocation(line: 805, column: 1, scope: !877)
!888 = distinct !DISubprogram(name: "drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>", linkageName: "_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17hfcc5d16b43b49c4eE", scope: !879, file: !878, line: 805, type: !889, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !894, retainedNodes: !892)
!889 = !DISubroutineType(types: !890)
!890 = !{null, !891}
!891 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>", baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!892 = !{!893}
!893 = !DILocalVariable(arg: 1, scope: !888, file: !878, line: 805, type: !891)
!894 = !{!895}
!895 = !DITemplateTypeParameter(name: "T", type: !12)
!896 = !DILocation(line: 805, column: 1, scope: !888)
!897 = distinct !DISubprogram(name: "drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>", linkageName: "_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E", scope: !879, file: !878, line: 805, type: !898, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !99, retainedNodes: !901)
!898 = !DISubroutineType(types: !899)
!899 = !{null, !900}
!900 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sync::poison::mutex::MutexGuard<bool>", baseType: !84, size: 64, align: 64, dwarfAddressSpace: 0)
!901 = !{!902}
!902 = !DILocalVariable(arg: 1, scope: !897, file: !878, line: 805, type: !900)
!903 = !DILocation(line: 805, column: 1, scope: !897)
!904 = distinct !DISubprogram(name: "drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>", linkageName: "_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE", scope: !879, file: !878, line: 805, type: !905, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !71, retainedNodes: !908)
!905 = !DISubroutineType(types: !906)
!906 = !{null, !907}
!907 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sync::poison::mutex::MutexGuard<usize>", baseType: !18, size: 64, align: 64, dwarfAddressSpace: 0)
!908 = !{!909}
!909 = !DILocalVariable(arg: 1, scope: !904, file: !878, line: 805, type: !907)
!910 = !DILocation(line: 805, column: 1, scope: !904)
!911 = distinct !DISubprogram(name: "atomic_load<u8>", linkageName: "_ZN4core4sync6atomic11atomic_load17h475057e54b558db5E", scope: !34, file: !131, line: 3886, type: !912, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !58, retainedNodes: !915)
!912 = !DISubroutineType(types: !913)
!913 = !{!57, !914, !109}
!914 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !57, size: 64, align: 64, dwarfAddressSpace: 0)
!915 = !{!916, !917}
!916 = !DILocalVariable(name: "dst", arg: 1, scope: !911, file: !131, line: 3886, type: !914)
!917 = !DILocalVariable(name: "order", arg: 2, scope: !911, file: !131, line: 3886, type: !109)
!918 = !DILocation(line: 3886, column: 32, scope: !911)
!919 = !DILocation(line: 3886, column: 47, scope: !911)
!920 = !DILocation(line: 3889, column: 15, scope: !911)
!921 = !DILocation(line: 3889, column: 9, scope: !911)
!922 = !{!"branch_weights", i32 1, i32 2000, i32 1, i32 2000, i32 1, i32 2000}
!923 = !DILocation(line: 3890, column: 24, scope: !911)
!924 = !DILocation(line: 3893, column: 24, scope: !911)
!925 = !DILocalVariable(name: "s", arg: 1, scope: !926, file: !927, line: 815, type: !1014)
!926 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !928, file: !927, line: 815, type: !1012, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !1019, retainedNodes: !1020)
!927 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!928 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !929, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !930, templateParams: !46, identifier: "e5c67bbe046da39973c72077c7f66185")
!929 = !DINamespace(name: "fmt", scope: !36)
!930 = !{!931, !936}
!931 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !928, file: !2, baseType: !932, size: 64, align: 64, flags: DIFlagPrivate)
!932 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !933, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !934, templateParams: !58, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!933 = !DINamespace(name: "non_null", scope: !879)
!934 = !{!935}
!935 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !932, file: !2, baseType: !914, size: 64, align: 64, flags: DIFlagPrivate)
!936 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !928, file: !2, baseType: !937, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!937 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !933, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !938, templateParams: !1010, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!938 = !{!939}
!939 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !937, file: !2, baseType: !940, size: 64, align: 64, flags: DIFlagPrivate)
!940 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !941, size: 64, align: 64, dwarfAddressSpace: 0)
!941 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !942, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !943, templateParams: !46, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!942 = !DINamespace(name: "rt", scope: !929)
!943 = !{!944}
!944 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !941, file: !2, baseType: !945, size: 128, align: 64, flags: DIFlagPrivate)
!945 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !942, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !946, templateParams: !46, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!946 = !{!947}
!947 = !DICompositeType(tag: DW_TAG_variant_part, scope: !945, file: !2, size: 128, align: 64, elements: !948, templateParams: !46, identifier: "fbd384083752b747f8b252853b979154", discriminator: !1009)
!948 = !{!949, !1005}
!949 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !947, file: !2, baseType: !950, size: 128, align: 64)
!950 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !945, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !951, templateParams: !46, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!951 = !{!952, !958, !999}
!952 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !950, file: !2, baseType: !953, size: 64, align: 64, flags: DIFlagPrivate)
!953 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !933, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !954, templateParams: !956, identifier: "f4e496144210c619b96aa08326287b92")
!954 = !{!955}
!955 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !953, file: !2, baseType: !6, size: 64, align: 64, flags: DIFlagPrivate)
!956 = !{!957}
!957 = !DITemplateTypeParameter(name: "T", type: !7)
!958 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !950, file: !2, baseType: !959, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!959 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !960, size: 64, align: 64, dwarfAddressSpace: 0)
!960 = !DISubroutineType(types: !961)
!961 = !{!962, !953, !978}
!962 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !205, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !963, templateParams: !46, identifier: "1c6752419820cdc3961061cc58b31873")
!963 = !{!964}
!964 = !DICompositeType(tag: DW_TAG_variant_part, scope: !962, file: !2, size: 8, align: 8, elements: !965, templateParams: !46, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !977)
!965 = !{!966, !973}
!966 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !964, file: !2, baseType: !967, size: 8, align: 8, extraData: i8 0)
!967 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !962, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !968, templateParams: !970, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!968 = !{!969}
!969 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !967, file: !2, baseType: !7, align: 8, offset: 8, flags: DIFlagPublic)
!970 = !{!957, !971}
!971 = !DITemplateTypeParameter(name: "E", type: !972)
!972 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !929, file: !2, align: 8, flags: DIFlagPublic, elements: !46, identifier: "5a24300cdda31093f5fe20c939b4885")
!973 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !964, file: !2, baseType: !974, size: 8, align: 8, extraData: i8 1)
!974 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !962, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !975, templateParams: !970, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!975 = !{!976}
!976 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !974, file: !2, baseType: !972, align: 8, offset: 8, flags: DIFlagPublic)
!977 = !DIDerivedType(tag: DW_TAG_member, scope: !962, file: !2, baseType: !57, size: 8, align: 8, flags: DIFlagArtificial)
!978 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !979, size: 64, align: 64, dwarfAddressSpace: 0)
!979 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !929, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !980, templateParams: !46, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!980 = !{!981, !988}
!981 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !979, file: !2, baseType: !982, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!982 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !929, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !983, templateParams: !46, identifier: "ca2f5547247cd95c514a47d5800e09e")
!983 = !{!984, !985, !987}
!984 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !982, file: !2, baseType: !43, size: 32, align: 32, flags: DIFlagPrivate)
!985 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !982, file: !2, baseType: !986, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!986 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!987 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !982, file: !2, baseType: !986, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!988 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !979, file: !2, baseType: !989, size: 128, align: 64, flags: DIFlagPrivate)
!989 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !2, size: 128, align: 64, elements: !990, templateParams: !46, identifier: "effe97114690fc58a8e246cb04e37234")
!990 = !{!991, !994}
!991 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !989, file: !2, baseType: !992, size: 64, align: 64)
!992 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !993, size: 64, align: 64, dwarfAddressSpace: 0)
!993 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !2, align: 8, elements: !46, identifier: "64328679825f9c73b507edbfd5b86b47")
!994 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !989, file: !2, baseType: !995, size: 64, align: 64, offset: 64)
!995 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !996, size: 64, align: 64, dwarfAddressSpace: 0)
!996 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 384, align: 64, elements: !997)
!997 = !{!998}
!998 = !DISubrange(count: 6, lowerBound: 0)
!999 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !950, file: !2, baseType: !1000, align: 8, offset: 128, flags: DIFlagPrivate)
!1000 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !1001, file: !2, align: 8, flags: DIFlagPublic, elements: !46, templateParams: !1002, identifier: "efa596960370766459fc018866dc4048")
!1001 = !DINamespace(name: "marker", scope: !36)
!1002 = !{!1003}
!1003 = !DITemplateTypeParameter(name: "T", type: !1004)
!1004 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!1005 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !947, file: !2, baseType: !1006, size: 128, align: 64, extraData: i64 0)
!1006 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !945, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !1007, templateParams: !46, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!1007 = !{!1008}
!1008 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1006, file: !2, baseType: !986, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!1009 = !DIDerivedType(tag: DW_TAG_member, scope: !945, file: !2, baseType: !545, size: 64, align: 64, flags: DIFlagArtificial)
!1010 = !{!1011}
!1011 = !DITemplateTypeParameter(name: "T", type: !941)
!1012 = !DISubroutineType(types: !1013)
!1013 = !{!928, !1014}
!1014 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !2, size: 128, align: 64, elements: !1015, templateParams: !46, identifier: "9277eecd40495f85161460476aacc992")
!1015 = !{!1016, !1018}
!1016 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !1014, file: !2, baseType: !1017, size: 64, align: 64)
!1017 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !57, size: 64, align: 64, dwarfAddressSpace: 0)
!1018 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !1014, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!1019 = !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !928, file: !927, line: 815, type: !1012, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!1020 = !{!925}
!1021 = !DILocation(line: 815, column: 27, scope: !926, inlinedAt: !924)
!1022 = !DILocalVariable(name: "self", arg: 1, scope: !1023, file: !1024, line: 578, type: !1014)
!1023 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !1025, file: !1024, line: 578, type: !1027, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !1029)
!1024 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!1025 = !DINamespace(name: "{impl#0}", scope: !1026)
!1026 = !DINamespace(name: "str", scope: !36)
!1027 = !DISubroutineType(types: !1028)
!1028 = !{!914, !1014}
!1029 = !{!1022}
!1030 = !DILocation(line: 578, column: 25, scope: !1023, inlinedAt: !1031)
!1031 = !DILocation(line: 819, column: 44, scope: !1032, inlinedAt: !924)
!1032 = !DILexicalBlockFile(scope: !926, file: !927, discriminator: 2)
!1033 = !DILocalVariable(name: "self", arg: 1, scope: !1034, file: !1024, line: 157, type: !1014)
!1034 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !1025, file: !1024, line: 157, type: !1035, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !1037)
!1035 = !DISubroutineType(types: !1036)
!1036 = !{!9, !1014}
!1037 = !{!1033}
!1038 = !DILocation(line: 157, column: 22, scope: !1034, inlinedAt: !1039)
!1039 = !DILocation(line: 820, column: 40, scope: !1032, inlinedAt: !924)
!1040 = !DILocalVariable(name: "self", arg: 1, scope: !1041, file: !1024, line: 502, type: !1014)
!1041 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !1025, file: !1024, line: 502, type: !1042, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !1048)
!1042 = !DISubroutineType(types: !1043)
!1043 = !{!1044, !1014}
!1044 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !2, size: 128, align: 64, elements: !1045, templateParams: !46, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!1045 = !{!1046, !1047}
!1046 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !1044, file: !2, baseType: !1017, size: 64, align: 64)
!1047 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !1044, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!1048 = !{!1040}
!1049 = !DILocation(line: 502, column: 27, scope: !1041, inlinedAt: !1050)
!1050 = !DILocation(line: 158, column: 14, scope: !1051, inlinedAt: !1039)
!1051 = !DILexicalBlockFile(scope: !1034, file: !1024, discriminator: 2)
!1052 = !DILocation(line: 819, column: 27, scope: !926, inlinedAt: !924)
!1053 = !DILocation(line: 820, column: 23, scope: !926, inlinedAt: !924)
!1054 = !DILocation(line: 3891, column: 24, scope: !911)
!1055 = !DILocation(line: 3894, column: 23, scope: !911)
!1056 = !DILocation(line: 815, column: 27, scope: !926, inlinedAt: !1055)
!1057 = !DILocation(line: 578, column: 25, scope: !1023, inlinedAt: !1058)
!1058 = !DILocation(line: 819, column: 44, scope: !926, inlinedAt: !1055)
!1059 = !DILocation(line: 157, column: 22, scope: !1034, inlinedAt: !1060)
!1060 = !DILocation(line: 820, column: 40, scope: !926, inlinedAt: !1055)
!1061 = !DILocation(line: 502, column: 27, scope: !1041, inlinedAt: !1062)
!1062 = !DILocation(line: 158, column: 14, scope: !1034, inlinedAt: !1060)
!1063 = !DILocation(line: 819, column: 27, scope: !926, inlinedAt: !1055)
!1064 = !DILocation(line: 820, column: 23, scope: !926, inlinedAt: !1055)
!1065 = !DILocation(line: 3892, column: 23, scope: !911)
!1066 = !DILocation(line: 3897, column: 2, scope: !911)
!1067 = distinct !DISubprogram(name: "atomic_load<usize>", linkageName: "_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E", scope: !34, file: !131, line: 3886, type: !1068, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !64, retainedNodes: !1071)
!1068 = !DISubroutineType(types: !1069)
!1069 = !{!9, !1070, !109}
!1070 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!1071 = !{!1072, !1073}
!1072 = !DILocalVariable(name: "dst", arg: 1, scope: !1067, file: !131, line: 3886, type: !1070)
!1073 = !DILocalVariable(name: "order", arg: 2, scope: !1067, file: !131, line: 3886, type: !109)
!1074 = !DILocation(line: 3886, column: 32, scope: !1067)
!1075 = !DILocation(line: 3886, column: 47, scope: !1067)
!1076 = !DILocation(line: 3889, column: 15, scope: !1067)
!1077 = !DILocation(line: 3889, column: 9, scope: !1067)
!1078 = !DILocation(line: 3890, column: 24, scope: !1067)
!1079 = !DILocation(line: 3893, column: 24, scope: !1067)
!1080 = !DILocalVariable(name: "s", arg: 1, scope: !1081, file: !927, line: 815, type: !1014)
!1081 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !928, file: !927, line: 815, type: !1012, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !1019, retainedNodes: !1082)
!1082 = !{!1080}
!1083 = !DILocation(line: 815, column: 27, scope: !1081, inlinedAt: !1079)
!1084 = !DILocalVariable(name: "self", arg: 1, scope: !1085, file: !1024, line: 578, type: !1014)
!1085 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !1025, file: !1024, line: 578, type: !1027, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !1086)
!1086 = !{!1084}
!1087 = !DILocation(line: 578, column: 25, scope: !1085, inlinedAt: !1088)
!1088 = !DILocation(line: 819, column: 44, scope: !1089, inlinedAt: !1079)
!1089 = !DILexicalBlockFile(scope: !1081, file: !927, discriminator: 2)
!1090 = !DILocalVariable(name: "self", arg: 1, scope: !1091, file: !1024, line: 157, type: !1014)
!1091 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !1025, file: !1024, line: 157, type: !1035, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !1092)
!1092 = !{!1090}
!1093 = !DILocation(line: 157, column: 22, scope: !1091, inlinedAt: !1094)
!1094 = !DILocation(line: 820, column: 40, scope: !1089, inlinedAt: !1079)
!1095 = !DILocalVariable(name: "self", arg: 1, scope: !1096, file: !1024, line: 502, type: !1014)
!1096 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !1025, file: !1024, line: 502, type: !1042, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !1097)
!1097 = !{!1095}
!1098 = !DILocation(line: 502, column: 27, scope: !1096, inlinedAt: !1099)
!1099 = !DILocation(line: 158, column: 14, scope: !1100, inlinedAt: !1094)
!1100 = !DILexicalBlockFile(scope: !1091, file: !1024, discriminator: 2)
!1101 = !DILocation(line: 819, column: 27, scope: !1081, inlinedAt: !1079)
!1102 = !DILocation(line: 820, column: 23, scope: !1081, inlinedAt: !1079)
!1103 = !DILocation(line: 3891, column: 24, scope: !1067)
!1104 = !DILocation(line: 3894, column: 23, scope: !1067)
!1105 = !DILocation(line: 815, column: 27, scope: !1081, inlinedAt: !1104)
!1106 = !DILocation(line: 578, column: 25, scope: !1085, inlinedAt: !1107)
!1107 = !DILocation(line: 819, column: 44, scope: !1081, inlinedAt: !1104)
!1108 = !DILocation(line: 157, column: 22, scope: !1091, inlinedAt: !1109)
!1109 = !DILocation(line: 820, column: 40, scope: !1081, inlinedAt: !1104)
!1110 = !DILocation(line: 502, column: 27, scope: !1096, inlinedAt: !1111)
!1111 = !DILocation(line: 158, column: 14, scope: !1091, inlinedAt: !1109)
!1112 = !DILocation(line: 819, column: 27, scope: !1081, inlinedAt: !1104)
!1113 = !DILocation(line: 820, column: 23, scope: !1081, inlinedAt: !1104)
!1114 = !DILocation(line: 3892, column: 23, scope: !1067)
!1115 = !DILocation(line: 3897, column: 2, scope: !1067)
!1116 = distinct !DISubprogram(name: "atomic_store<u8>", linkageName: "_ZN4core4sync6atomic12atomic_store17h3f562e17ea20bfe1E", scope: !34, file: !131, line: 3871, type: !1117, scopeLine: 3871, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !58, retainedNodes: !1119)
!1117 = !DISubroutineType(types: !1118)
!1118 = !{null, !193, !57, !109}
!1119 = !{!1120, !1121, !1122}
!1120 = !DILocalVariable(name: "dst", arg: 1, scope: !1116, file: !131, line: 3871, type: !193)
!1121 = !DILocalVariable(name: "val", arg: 2, scope: !1116, file: !131, line: 3871, type: !57)
!1122 = !DILocalVariable(name: "order", arg: 3, scope: !1116, file: !131, line: 3871, type: !109)
!1123 = !DILocation(line: 3871, column: 33, scope: !1116)
!1124 = !DILocation(line: 3871, column: 46, scope: !1116)
!1125 = !DILocation(line: 3871, column: 54, scope: !1116)
!1126 = !DILocation(line: 3874, column: 15, scope: !1116)
!1127 = !DILocation(line: 3874, column: 9, scope: !1116)
!1128 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 1, i32 1, i32 2000}
!1129 = !DILocation(line: 3875, column: 24, scope: !1116)
!1130 = !DILocation(line: 3876, column: 24, scope: !1116)
!1131 = !DILocation(line: 3878, column: 24, scope: !1116)
!1132 = !DILocalVariable(name: "s", arg: 1, scope: !1133, file: !927, line: 815, type: !1014)
!1133 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !928, file: !927, line: 815, type: !1012, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !1019, retainedNodes: !1134)
!1134 = !{!1132}
!1135 = !DILocation(line: 815, column: 27, scope: !1133, inlinedAt: !1131)
!1136 = !DILocalVariable(name: "self", arg: 1, scope: !1137, file: !1024, line: 578, type: !1014)
!1137 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !1025, file: !1024, line: 578, type: !1027, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !1138)
!1138 = !{!1136}
!1139 = !DILocation(line: 578, column: 25, scope: !1137, inlinedAt: !1140)
!1140 = !DILocation(line: 819, column: 44, scope: !1141, inlinedAt: !1131)
!1141 = !DILexicalBlockFile(scope: !1133, file: !927, discriminator: 2)
!1142 = !DILocalVariable(name: "self", arg: 1, scope: !1143, file: !1024, line: 157, type: !1014)
!1143 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !1025, file: !1024, line: 157, type: !1035, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !1144)
!1144 = !{!1142}
!1145 = !DILocation(line: 157, column: 22, scope: !1143, inlinedAt: !1146)
!1146 = !DILocation(line: 820, column: 40, scope: !1141, inlinedAt: !1131)
!1147 = !DILocalVariable(name: "self", arg: 1, scope: !1148, file: !1024, line: 502, type: !1014)
!1148 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !1025, file: !1024, line: 502, type: !1042, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !1149)
!1149 = !{!1147}
!1150 = !DILocation(line: 502, column: 27, scope: !1148, inlinedAt: !1151)
!1151 = !DILocation(line: 158, column: 14, scope: !1152, inlinedAt: !1146)
!1152 = !DILexicalBlockFile(scope: !1143, file: !1024, discriminator: 2)
!1153 = !DILocation(line: 819, column: 27, scope: !1133, inlinedAt: !1131)
!1154 = !DILocation(line: 820, column: 23, scope: !1133, inlinedAt: !1131)
!1155 = !DILocation(line: 3879, column: 23, scope: !1116)
!1156 = !DILocation(line: 815, column: 27, scope: !1133, inlinedAt: !1155)
!1157 = !DILocation(line: 578, column: 25, scope: !1137, inlinedAt: !1158)
!1158 = !DILocation(line: 819, column: 44, scope: !1133, inlinedAt: !1155)
!1159 = !DILocation(line: 157, column: 22, scope: !1143, inlinedAt: !1160)
!1160 = !DILocation(line: 820, column: 40, scope: !1133, inlinedAt: !1155)
!1161 = !DILocation(line: 502, column: 27, scope: !1148, inlinedAt: !1162)
!1162 = !DILocation(line: 158, column: 14, scope: !1143, inlinedAt: !1160)
!1163 = !DILocation(line: 819, column: 27, scope: !1133, inlinedAt: !1155)
!1164 = !DILocation(line: 820, column: 23, scope: !1133, inlinedAt: !1155)
!1165 = !DILocation(line: 3877, column: 23, scope: !1116)
!1166 = !DILocation(line: 3882, column: 2, scope: !1116)
!1167 = distinct !DISubprogram(name: "atomic_compare_exchange<u32>", linkageName: "_ZN4core4sync6atomic23atomic_compare_exchange17h63cb14bc636a1995E", scope: !34, file: !131, line: 3955, type: !1168, scopeLine: 3955, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, retainedNodes: !1170)
!1168 = !DISubroutineType(types: !1169)
!1169 = !{!655, !698, !43, !43, !109, !109}
!1170 = !{!1171, !1172, !1173, !1174, !1175, !1176, !1178}
!1171 = !DILocalVariable(name: "dst", arg: 1, scope: !1167, file: !131, line: 3956, type: !698)
!1172 = !DILocalVariable(name: "old", arg: 2, scope: !1167, file: !131, line: 3957, type: !43)
!1173 = !DILocalVariable(name: "new", arg: 3, scope: !1167, file: !131, line: 3958, type: !43)
!1174 = !DILocalVariable(name: "success", arg: 4, scope: !1167, file: !131, line: 3959, type: !109)
!1175 = !DILocalVariable(name: "failure", arg: 5, scope: !1167, file: !131, line: 3960, type: !109)
!1176 = !DILocalVariable(name: "val", scope: !1177, file: !131, line: 3963, type: !43, align: 32)
!1177 = distinct !DILexicalBlock(scope: !1167, file: !131, line: 3963, column: 5)
!1178 = !DILocalVariable(name: "ok", scope: !1177, file: !131, line: 3963, type: !70, align: 8)
!1179 = !DILocation(line: 3956, column: 5, scope: !1167)
!1180 = !DILocation(line: 3957, column: 5, scope: !1167)
!1181 = !DILocation(line: 3958, column: 5, scope: !1167)
!1182 = !DILocation(line: 3959, column: 5, scope: !1167)
!1183 = !DILocation(line: 3960, column: 5, scope: !1167)
!1184 = !DILocation(line: 3963, column: 21, scope: !1167)
!1185 = !DILocation(line: 3964, column: 15, scope: !1167)
!1186 = !DILocation(line: 3964, column: 9, scope: !1167)
!1187 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 2000}
!1188 = !DILocation(line: 3966, column: 17, scope: !1167)
!1189 = !DILocation(line: 3969, column: 17, scope: !1167)
!1190 = !DILocation(line: 3972, column: 17, scope: !1167)
!1191 = !DILocation(line: 3963, column: 10, scope: !1167)
!1192 = !DILocation(line: 3963, column: 10, scope: !1177)
!1193 = !DILocation(line: 3963, column: 15, scope: !1167)
!1194 = !DILocation(line: 3963, column: 15, scope: !1177)
!1195 = !DILocation(line: 4013, column: 6, scope: !1167)
!1196 = !DILocation(line: 4014, column: 8, scope: !1177)
!1197 = !DILocation(line: 3984, column: 17, scope: !1167)
!1198 = !DILocation(line: 3987, column: 17, scope: !1167)
!1199 = !DILocation(line: 3990, column: 17, scope: !1167)
!1200 = !DILocation(line: 3975, column: 17, scope: !1167)
!1201 = !DILocation(line: 3978, column: 17, scope: !1167)
!1202 = !DILocation(line: 3981, column: 17, scope: !1167)
!1203 = !DILocation(line: 3993, column: 17, scope: !1167)
!1204 = !DILocation(line: 3996, column: 17, scope: !1167)
!1205 = !DILocation(line: 3999, column: 17, scope: !1167)
!1206 = !DILocation(line: 4002, column: 17, scope: !1167)
!1207 = !DILocation(line: 4005, column: 17, scope: !1167)
!1208 = !DILocation(line: 4008, column: 17, scope: !1167)
!1209 = !DILocation(line: 4014, column: 30, scope: !1177)
!1210 = !DILocation(line: 4014, column: 5, scope: !1177)
!1211 = !DILocation(line: 4014, column: 13, scope: !1177)
!1212 = !DILocation(line: 4015, column: 2, scope: !1167)
!1213 = !{i32 0, i32 2}
!1214 = !DILocation(line: 4011, column: 29, scope: !1167)
!1215 = !DILocalVariable(name: "s", arg: 1, scope: !1216, file: !927, line: 815, type: !1014)
!1216 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !928, file: !927, line: 815, type: !1012, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !1019, retainedNodes: !1217)
!1217 = !{!1215}
!1218 = !DILocation(line: 815, column: 27, scope: !1216, inlinedAt: !1214)
!1219 = !DILocalVariable(name: "self", arg: 1, scope: !1220, file: !1024, line: 578, type: !1014)
!1220 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !1025, file: !1024, line: 578, type: !1027, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !1221)
!1221 = !{!1219}
!1222 = !DILocation(line: 578, column: 25, scope: !1220, inlinedAt: !1223)
!1223 = !DILocation(line: 819, column: 44, scope: !1216, inlinedAt: !1214)
!1224 = !DILocalVariable(name: "self", arg: 1, scope: !1225, file: !1024, line: 157, type: !1014)
!1225 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !1025, file: !1024, line: 157, type: !1035, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !1226)
!1226 = !{!1224}
!1227 = !DILocation(line: 157, column: 22, scope: !1225, inlinedAt: !1228)
!1228 = !DILocation(line: 820, column: 40, scope: !1216, inlinedAt: !1214)
!1229 = !DILocalVariable(name: "self", arg: 1, scope: !1230, file: !1024, line: 502, type: !1014)
!1230 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !1025, file: !1024, line: 502, type: !1042, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !1231)
!1231 = !{!1229}
!1232 = !DILocation(line: 502, column: 27, scope: !1230, inlinedAt: !1233)
!1233 = !DILocation(line: 158, column: 14, scope: !1225, inlinedAt: !1228)
!1234 = !DILocation(line: 819, column: 27, scope: !1216, inlinedAt: !1214)
!1235 = !DILocation(line: 820, column: 23, scope: !1216, inlinedAt: !1214)
!1236 = !DILocation(line: 4010, column: 28, scope: !1167)
!1237 = !DILocation(line: 815, column: 27, scope: !1216, inlinedAt: !1236)
!1238 = !DILocation(line: 578, column: 25, scope: !1220, inlinedAt: !1239)
!1239 = !DILocation(line: 819, column: 44, scope: !1240, inlinedAt: !1236)
!1240 = !DILexicalBlockFile(scope: !1216, file: !927, discriminator: 2)
!1241 = !DILocation(line: 157, column: 22, scope: !1225, inlinedAt: !1242)
!1242 = !DILocation(line: 820, column: 40, scope: !1240, inlinedAt: !1236)
!1243 = !DILocation(line: 502, column: 27, scope: !1230, inlinedAt: !1244)
!1244 = !DILocation(line: 158, column: 14, scope: !1245, inlinedAt: !1242)
!1245 = !DILexicalBlockFile(scope: !1225, file: !1024, discriminator: 2)
!1246 = !DILocation(line: 819, column: 27, scope: !1216, inlinedAt: !1236)
!1247 = !DILocation(line: 820, column: 23, scope: !1216, inlinedAt: !1236)
!1248 = distinct !DISubprogram(name: "unwrap<std::sync::poison::mutex::MutexGuard<usize>, std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E", scope: !587, file: !707, line: 1227, type: !1249, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !595, declaration: !1270, retainedNodes: !1271)
!1249 = !DISubroutineType(types: !1250)
!1250 = !{!18, !587, !1251}
!1251 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !1252, size: 64, align: 64, dwarfAddressSpace: 0)
!1252 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !1253, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1255, templateParams: !46, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!1253 = !DINamespace(name: "location", scope: !1254)
!1254 = !DINamespace(name: "panic", scope: !36)
!1255 = !{!1256, !1264, !1265, !1266}
!1256 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !1252, file: !2, baseType: !1257, size: 128, align: 64, flags: DIFlagPrivate)
!1257 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !933, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1258, templateParams: !58, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!1258 = !{!1259}
!1259 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1257, file: !2, baseType: !1260, size: 128, align: 64, flags: DIFlagPrivate)
!1260 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !2, size: 128, align: 64, elements: !1261, templateParams: !46, identifier: "238a44609877474087c05adf26cd41fa")
!1261 = !{!1262, !1263}
!1262 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !1260, file: !2, baseType: !1017, size: 64, align: 64)
!1263 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !1260, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!1264 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !1252, file: !2, baseType: !43, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!1265 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !1252, file: !2, baseType: !43, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!1266 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !1252, file: !2, baseType: !1267, align: 8, offset: 192, flags: DIFlagPrivate)
!1267 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !1001, file: !2, align: 8, flags: DIFlagPublic, elements: !46, templateParams: !1268, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!1268 = !{!1269}
!1269 = !DITemplateTypeParameter(name: "T", type: !1014)
!1270 = !DISubprogram(name: "unwrap<std::sync::poison::mutex::MutexGuard<usize>, std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E", scope: !587, file: !707, line: 1227, type: !1249, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !595)
!1271 = !{!1272, !1273, !1275}
!1272 = !DILocalVariable(name: "self", arg: 1, scope: !1248, file: !707, line: 1227, type: !587)
!1273 = !DILocalVariable(name: "t", scope: !1274, file: !707, line: 1232, type: !18, align: 64)
!1274 = distinct !DILexicalBlock(scope: !1248, file: !707, line: 1232, column: 13)
!1275 = !DILocalVariable(name: "e", scope: !1276, file: !707, line: 1233, type: !12, align: 64)
!1276 = distinct !DILexicalBlock(scope: !1248, file: !707, line: 1233, column: 13)
!1277 = !DILocation(line: 1227, column: 19, scope: !1248)
!1278 = !DILocation(line: 1233, column: 17, scope: !1276)
!1279 = !DILocation(line: 1231, column: 15, scope: !1248)
!1280 = !{i64 0, i64 2}
!1281 = !DILocation(line: 1231, column: 9, scope: !1248)
!1282 = !DILocation(line: 1233, column: 17, scope: !1248)
!1283 = !DILocation(line: 1233, column: 23, scope: !1276)
!1284 = !DILocation(line: 1232, column: 16, scope: !1248)
!1285 = !DILocation(line: 1232, column: 16, scope: !1274)
!1286 = !DILocation(line: 1235, column: 6, scope: !1248)
!1287 = !DILocation(line: 1233, column: 86, scope: !1248)
!1288 = !DILocation(line: 1227, column: 5, scope: !1248)
!1289 = distinct !DISubprogram(name: "unwrap<std::sync::poison::mutex::MutexGuard<bool>, std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E", scope: !530, file: !707, line: 1227, type: !1290, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !538, declaration: !1292, retainedNodes: !1293)
!1290 = !DISubroutineType(types: !1291)
!1291 = !{!84, !530, !1251}
!1292 = !DISubprogram(name: "unwrap<std::sync::poison::mutex::MutexGuard<bool>, std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E", scope: !530, file: !707, line: 1227, type: !1290, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !538)
!1293 = !{!1294, !1295, !1297}
!1294 = !DILocalVariable(name: "self", arg: 1, scope: !1289, file: !707, line: 1227, type: !530)
!1295 = !DILocalVariable(name: "t", scope: !1296, file: !707, line: 1232, type: !84, align: 64)
!1296 = distinct !DILexicalBlock(scope: !1289, file: !707, line: 1232, column: 13)
!1297 = !DILocalVariable(name: "e", scope: !1298, file: !707, line: 1233, type: !81, align: 64)
!1298 = distinct !DILexicalBlock(scope: !1289, file: !707, line: 1233, column: 13)
!1299 = !DILocation(line: 1227, column: 19, scope: !1289)
!1300 = !DILocation(line: 1233, column: 17, scope: !1298)
!1301 = !DILocation(line: 1231, column: 15, scope: !1289)
!1302 = !DILocation(line: 1231, column: 9, scope: !1289)
!1303 = !DILocation(line: 1233, column: 17, scope: !1289)
!1304 = !DILocation(line: 1233, column: 23, scope: !1298)
!1305 = !DILocation(line: 1232, column: 16, scope: !1289)
!1306 = !DILocation(line: 1232, column: 16, scope: !1296)
!1307 = !DILocation(line: 1235, column: 6, scope: !1289)
!1308 = !DILocation(line: 1233, column: 86, scope: !1289)
!1309 = !DILocation(line: 1227, column: 5, scope: !1289)
!1310 = distinct !DISubprogram(name: "fmt<std::sync::poison::mutex::MutexGuard<bool>>", linkageName: "_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h523a67052037d976E", scope: !1311, file: !118, line: 247, type: !1312, scopeLine: 247, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !99, retainedNodes: !1315)
!1311 = !DINamespace(name: "{impl#1}", scope: !13)
!1312 = !DISubroutineType(types: !1313)
!1313 = !{!962, !1314, !978}
!1314 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>", baseType: !81, size: 64, align: 64, dwarfAddressSpace: 0)
!1315 = !{!1316, !1317}
!1316 = !DILocalVariable(name: "self", arg: 1, scope: !1310, file: !118, line: 247, type: !1314)
!1317 = !DILocalVariable(name: "f", arg: 2, scope: !1310, file: !118, line: 247, type: !978)
!1318 = !DILocation(line: 247, column: 12, scope: !1310)
!1319 = !DILocation(line: 247, column: 19, scope: !1310)
!1320 = !DILocation(line: 248, column: 9, scope: !1310)
!1321 = !DILocation(line: 248, column: 11, scope: !1310)
!1322 = !DILocation(line: 248, column: 39, scope: !1310)
!1323 = !DILocation(line: 248, column: 61, scope: !1310)
!1324 = !DILocation(line: 249, column: 6, scope: !1310)
!1325 = distinct !DISubprogram(name: "fmt<std::sync::poison::mutex::MutexGuard<usize>>", linkageName: "_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h9bb22b7dc9c446f5E", scope: !1311, file: !118, line: 247, type: !1326, scopeLine: 247, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !71, retainedNodes: !1329)
!1326 = !DISubroutineType(types: !1327)
!1327 = !{!962, !1328, !978}
!1328 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>", baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!1329 = !{!1330, !1331}
!1330 = !DILocalVariable(name: "self", arg: 1, scope: !1325, file: !118, line: 247, type: !1328)
!1331 = !DILocalVariable(name: "f", arg: 2, scope: !1325, file: !118, line: 247, type: !978)
!1332 = !DILocation(line: 247, column: 12, scope: !1325)
!1333 = !DILocation(line: 247, column: 19, scope: !1325)
!1334 = !DILocation(line: 248, column: 9, scope: !1325)
!1335 = !DILocation(line: 248, column: 11, scope: !1325)
!1336 = !DILocation(line: 248, column: 39, scope: !1325)
!1337 = !DILocation(line: 248, column: 61, scope: !1325)
!1338 = !DILocation(line: 249, column: 6, scope: !1325)
!1339 = distinct !DISubprogram(name: "drop<bool>", linkageName: "_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h3a3a32b612a36a6fE", scope: !1340, file: !374, line: 743, type: !1341, scopeLine: 743, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !96, retainedNodes: !1344)
!1340 = !DINamespace(name: "{impl#14}", scope: !19)
!1341 = !DISubroutineType(types: !1342)
!1342 = !{null, !1343}
!1343 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::sync::poison::mutex::MutexGuard<bool>", baseType: !84, size: 64, align: 64, dwarfAddressSpace: 0)
!1344 = !{!1345}
!1345 = !DILocalVariable(name: "self", arg: 1, scope: !1339, file: !374, line: 743, type: !1343)
!1346 = !DILocation(line: 743, column: 13, scope: !1339)
!1347 = !DILocation(line: 2899, column: 32, scope: !1348, inlinedAt: !1356)
!1348 = distinct !DISubprogram(name: "swap", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU324swap", scope: !33, file: !131, line: 2899, type: !1349, scopeLine: 2899, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !1351, retainedNodes: !1352)
!1349 = !DISubroutineType(types: !1350)
!1350 = !{!43, !670, !43, !109}
!1351 = !DISubprogram(name: "swap", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU324swap", scope: !33, file: !131, line: 2899, type: !1349, scopeLine: 2899, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!1352 = !{!1353, !1354, !1355}
!1353 = !DILocalVariable(name: "self", arg: 1, scope: !1348, file: !131, line: 2899, type: !670)
!1354 = !DILocalVariable(name: "val", scope: !1348, file: !131, line: 2899, type: !43, align: 32)
!1355 = !DILocalVariable(name: "order", scope: !1348, file: !131, line: 2899, type: !109, align: 8)
!1356 = !DILocation(line: 90, column: 23, scope: !1357, inlinedAt: !1361)
!1357 = distinct !DISubprogram(name: "unlock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex6unlock", scope: !26, file: !680, line: 89, type: !681, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !1358, retainedNodes: !1359)
!1358 = !DISubprogram(name: "unlock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex6unlock", scope: !26, file: !680, line: 89, type: !681, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!1359 = !{!1360}
!1360 = !DILocalVariable(name: "self", arg: 1, scope: !1357, file: !680, line: 89, type: !683)
!1361 = !DILocation(line: 746, column: 29, scope: !1339)
!1362 = !DILocation(line: 2899, column: 48, scope: !1348, inlinedAt: !1356)
!1363 = !DILocation(line: 3902, column: 45, scope: !1364, inlinedAt: !1371)
!1364 = distinct !DISubprogram(name: "atomic_swap<u32>", linkageName: "_ZN4core4sync6atomic11atomic_swap17hcfa1246eb7ba1180E", scope: !34, file: !131, line: 3902, type: !1365, scopeLine: 3902, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, retainedNodes: !1367)
!1365 = !DISubroutineType(types: !1366)
!1366 = !{!43, !698, !43, !109}
!1367 = !{!1368, !1369, !1370}
!1368 = !DILocalVariable(name: "dst", arg: 1, scope: !1364, file: !131, line: 3902, type: !698)
!1369 = !DILocalVariable(name: "val", scope: !1364, file: !131, line: 3902, type: !43, align: 32)
!1370 = !DILocalVariable(name: "order", scope: !1364, file: !131, line: 3902, type: !109, align: 8)
!1371 = !DILocation(line: 2901, column: 26, scope: !1348, inlinedAt: !1356)
!1372 = !DILocation(line: 3902, column: 53, scope: !1364, inlinedAt: !1371)
!1373 = !DILocation(line: 745, column: 13, scope: !1339)
!1374 = !DILocation(line: 745, column: 35, scope: !1339)
!1375 = !DILocation(line: 745, column: 30, scope: !1339)
!1376 = !DILocation(line: 746, column: 13, scope: !1339)
!1377 = !DILocation(line: 89, column: 26, scope: !1357, inlinedAt: !1361)
!1378 = !DILocation(line: 2899, column: 25, scope: !1348, inlinedAt: !1356)
!1379 = !DILocalVariable(name: "self", arg: 1, scope: !1380, file: !175, line: 2443, type: !699)
!1380 = distinct !DISubprogram(name: "get<u32>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h66369059135def12E", scope: !39, file: !175, line: 2443, type: !696, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, declaration: !700, retainedNodes: !1381)
!1381 = !{!1379}
!1382 = !DILocation(line: 2443, column: 22, scope: !1380, inlinedAt: !1383)
!1383 = !DILocation(line: 2901, column: 45, scope: !1348, inlinedAt: !1356)
!1384 = !DILocation(line: 2447, column: 9, scope: !1380, inlinedAt: !1383)
!1385 = !DILocation(line: 3902, column: 32, scope: !1364, inlinedAt: !1371)
!1386 = !DILocation(line: 3908, column: 24, scope: !1364, inlinedAt: !1371)
!1387 = !DILocation(line: 90, column: 12, scope: !1357, inlinedAt: !1361)
!1388 = !DILocation(line: 95, column: 18, scope: !1357, inlinedAt: !1361)
!1389 = !DILocation(line: 90, column: 9, scope: !1357, inlinedAt: !1361)
!1390 = !DILocation(line: 748, column: 6, scope: !1339)
!1391 = distinct !DISubprogram(name: "drop<usize>", linkageName: "_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hac92b319b95ea92eE", scope: !1340, file: !374, line: 743, type: !1392, scopeLine: 743, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !64, retainedNodes: !1395)
!1392 = !DISubroutineType(types: !1393)
!1393 = !{null, !1394}
!1394 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::sync::poison::mutex::MutexGuard<usize>", baseType: !18, size: 64, align: 64, dwarfAddressSpace: 0)
!1395 = !{!1396}
!1396 = !DILocalVariable(name: "self", arg: 1, scope: !1391, file: !374, line: 743, type: !1394)
!1397 = !DILocation(line: 743, column: 13, scope: !1391)
!1398 = !DILocation(line: 2899, column: 32, scope: !1399, inlinedAt: !1404)
!1399 = distinct !DISubprogram(name: "swap", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU324swap", scope: !33, file: !131, line: 2899, type: !1349, scopeLine: 2899, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !1351, retainedNodes: !1400)
!1400 = !{!1401, !1402, !1403}
!1401 = !DILocalVariable(name: "self", arg: 1, scope: !1399, file: !131, line: 2899, type: !670)
!1402 = !DILocalVariable(name: "val", scope: !1399, file: !131, line: 2899, type: !43, align: 32)
!1403 = !DILocalVariable(name: "order", scope: !1399, file: !131, line: 2899, type: !109, align: 8)
!1404 = !DILocation(line: 90, column: 23, scope: !1405, inlinedAt: !1408)
!1405 = distinct !DISubprogram(name: "unlock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex6unlock", scope: !26, file: !680, line: 89, type: !681, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !1358, retainedNodes: !1406)
!1406 = !{!1407}
!1407 = !DILocalVariable(name: "self", arg: 1, scope: !1405, file: !680, line: 89, type: !683)
!1408 = !DILocation(line: 746, column: 29, scope: !1391)
!1409 = !DILocation(line: 2899, column: 48, scope: !1399, inlinedAt: !1404)
!1410 = !DILocation(line: 3902, column: 45, scope: !1411, inlinedAt: !1416)
!1411 = distinct !DISubprogram(name: "atomic_swap<u32>", linkageName: "_ZN4core4sync6atomic11atomic_swap17hcfa1246eb7ba1180E", scope: !34, file: !131, line: 3902, type: !1365, scopeLine: 3902, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, retainedNodes: !1412)
!1412 = !{!1413, !1414, !1415}
!1413 = !DILocalVariable(name: "dst", arg: 1, scope: !1411, file: !131, line: 3902, type: !698)
!1414 = !DILocalVariable(name: "val", scope: !1411, file: !131, line: 3902, type: !43, align: 32)
!1415 = !DILocalVariable(name: "order", scope: !1411, file: !131, line: 3902, type: !109, align: 8)
!1416 = !DILocation(line: 2901, column: 26, scope: !1399, inlinedAt: !1404)
!1417 = !DILocation(line: 3902, column: 53, scope: !1411, inlinedAt: !1416)
!1418 = !DILocation(line: 745, column: 13, scope: !1391)
!1419 = !DILocation(line: 745, column: 35, scope: !1391)
!1420 = !DILocation(line: 745, column: 30, scope: !1391)
!1421 = !DILocation(line: 746, column: 13, scope: !1391)
!1422 = !DILocation(line: 89, column: 26, scope: !1405, inlinedAt: !1408)
!1423 = !DILocation(line: 2899, column: 25, scope: !1399, inlinedAt: !1404)
!1424 = !DILocalVariable(name: "self", arg: 1, scope: !1425, file: !175, line: 2443, type: !699)
!1425 = distinct !DISubprogram(name: "get<u32>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h66369059135def12E", scope: !39, file: !175, line: 2443, type: !696, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, declaration: !700, retainedNodes: !1426)
!1426 = !{!1424}
!1427 = !DILocation(line: 2443, column: 22, scope: !1425, inlinedAt: !1428)
!1428 = !DILocation(line: 2901, column: 45, scope: !1399, inlinedAt: !1404)
!1429 = !DILocation(line: 2447, column: 9, scope: !1425, inlinedAt: !1428)
!1430 = !DILocation(line: 3902, column: 32, scope: !1411, inlinedAt: !1416)
!1431 = !DILocation(line: 3908, column: 24, scope: !1411, inlinedAt: !1416)
!1432 = !DILocation(line: 90, column: 12, scope: !1405, inlinedAt: !1408)
!1433 = !DILocation(line: 95, column: 18, scope: !1405, inlinedAt: !1408)
!1434 = !DILocation(line: 90, column: 9, scope: !1405, inlinedAt: !1408)
!1435 = !DILocation(line: 748, column: 6, scope: !1391)
