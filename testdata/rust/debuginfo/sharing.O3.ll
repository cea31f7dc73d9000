; built with: rustc --edition=2021 --crate-type=lib --crate-name=sharing --emit=llvm-ir -C codegen-units=1 -C metadata=irscope -C panic=unwind --target=x86_64-unknown-linux-gnu -C opt-level=3 -C debuginfo=2 testdata/rust/debuginfo/sharing.rs -o testdata/rust/debuginfo/sharing.O3.ll
;   (from the repository root, with --remap-path-prefix=$PWD=. ; see regen)
; ModuleID = 'sharing.bd94ec71f88cb894-cgu.0'
source_filename = "sharing.bd94ec71f88cb894-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_23f11ce7e8da016da50ab95509e7fa31 = private unnamed_addr constant [35 x i8] c"testdata/rust/debuginfo/sharing.rs\00", align 1
@alloc_51ebbdd38acc1057bcd3542e1e9a36f6 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_23f11ce7e8da016da50ab95509e7fa31, [16 x i8] c"\22\00\00\00\00\00\00\00S\00\00\00\07\00\00\00" }>, align 8
@_ZN7sharing4FLAG17h125a699f812a4294E = local_unnamed_addr global [1 x i8] zeroinitializer, align 1, !dbg !0
@_ZN7sharing4LOCK17h9b1a4f1729c8ba1aE = global <{ [5 x i8], [3 x i8], [8 x i8] }> <{ [5 x i8] zeroinitializer, [3 x i8] undef, [8 x i8] zeroinitializer }>, align 8, !dbg !5
@_ZN7sharing4ONCE17ha1b40ad32e496536E = global <{ [4 x i8], [4 x i8] }> <{ [4 x i8] c"\03\00\00\00", [4 x i8] undef }>, align 4, !dbg !56
@_ZN7sharing5LIMIT17h01b796ebf27fc673E = local_unnamed_addr constant [8 x i8] c"\0A\00\00\00\00\00\00\00", align 8, !dbg !97
@_ZN7sharing5READY17hdd69ef26855f6cbeE = local_unnamed_addr global [1 x i8] zeroinitializer, align 1, !dbg !100
@_ZN7sharing7COUNTER17hbcb64c705c41587fE = local_unnamed_addr global [4 x i8] zeroinitializer, align 4, !dbg !102

; sharing::read_limit
; Function Attrs: mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define noundef range(i64 10, 12) i64 @_ZN7sharing10read_limit17hddf03bff8c886229E() unnamed_addr #0 !dbg !193 {
start:
    #dbg_value(i8 2, !196, !DIExpression(), !205)
    #dbg_value(ptr @_ZN7sharing5READY17hdd69ef26855f6cbeE, !204, !DIExpression(), !205)
    #dbg_value(ptr @_ZN7sharing5READY17hdd69ef26855f6cbeE, !207, !DIExpression(), !214)
    #dbg_value(i8 2, !213, !DIExpression(), !214)
  %0 = load atomic i8, ptr @_ZN7sharing5READY17hdd69ef26855f6cbeE acquire, align 1, !dbg !216
  %_2.not = icmp eq i8 %0, 0, !dbg !217
  %_0 = select i1 %_2.not, i64 10, i64 11, !dbg !218
  ret i64 %_0, !dbg !219
}

; sharing::poll_status
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable
define noundef i32 @_ZN7sharing11poll_status17h7cd82e4aecca71bfE(ptr noundef readonly captures(none) %regs) unnamed_addr #1 !dbg !220 {
start:
    #dbg_value(ptr %regs, !229, !DIExpression(), !230)
  %_2.pr = load i32, ptr %regs, align 4, !dbg !231
  %0 = icmp eq i32 %_2.pr, 0, !dbg !231
  br i1 %0, label %bb1, label %bb3, !dbg !231

bb1:                                              ; preds = %start, %bb1
  br label %bb1, !dbg !231

bb3:                                              ; preds = %start
  %1 = getelementptr inbounds nuw i8, ptr %regs, i64 4, !dbg !232
  %_0 = load i32, ptr %1, align 4, !dbg !232, !noundef !35
  ret i32 %_0, !dbg !233
}

; sharing::refcell_len
; Function Attrs: noinline nonlazybind uwtable
define noundef range(i64 0, -9223372036854775808) i64 @_ZN7sharing11refcell_len17h18b45be876b278a7E(ptr noundef nonnull readonly align 8 captures(none) %r) unnamed_addr #2 !dbg !234 {
start:
    #dbg_value(ptr %r, !293, !DIExpression(), !294)
    #dbg_value(ptr %r, !295, !DIExpression(), !343)
    #dbg_value(ptr %r, !345, !DIExpression(), !372)
    #dbg_declare(ptr poison, !340, !DIExpression(), !374)
    #dbg_value(i64 1, !375, !DIExpression(), !383)
    #dbg_value(ptr %r, !404, !DIExpression(), !408)
    #dbg_value(ptr %r, !409, !DIExpression(), !415)
    #dbg_value(ptr %r, !417, !DIExpression(), !424)
  %self1.i = load i64, ptr %r, align 8, !dbg !426, !noundef !35
    #dbg_value(i64 %self1.i, !382, !DIExpression(), !383)
    #dbg_value(i64 %self1.i, !405, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !427)
    #dbg_value(i64 %self1.i, !428, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !433)
    #dbg_value(i64 %self1.i, !423, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !424)
  %_11.i = icmp ult i64 %self1.i, 9223372036854775807, !dbg !435
  br i1 %_11.i, label %"_ZN4core4cell16RefCell$LT$T$GT$6borrow17h92e3942cf60e2bacE.exit", label %bb2.i, !dbg !436, !prof !437

bb2.i:                                            ; preds = %start
; call core::cell::panic_already_mutably_borrowed
  tail call void @_RNvNtCsgEmfK2I1SDS_4core4cell30panic_already_mutably_borrowed(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_51ebbdd38acc1057bcd3542e1e9a36f6) #17, !dbg !438
  unreachable, !dbg !438

"_ZN4core4cell16RefCell$LT$T$GT$6borrow17h92e3942cf60e2bacE.exit": ; preds = %start
    #dbg_value(i64 %self1.i, !405, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !427)
    #dbg_value(i64 %self1.i, !428, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !433)
    #dbg_value(i64 %self1.i, !423, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !424)
    #dbg_value(ptr %r, !439, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !447)
  %0 = getelementptr inbounds nuw i8, ptr %r, i64 24, !dbg !449
  %_0 = load i64, ptr %0, align 8, !dbg !449, !noundef !35
  %_6 = icmp sgt i64 %_0, -1, !dbg !450
  tail call void @llvm.assume(i1 %_6), !dbg !451
    #dbg_value(ptr poison, !452, !DIExpression(), !460)
    #dbg_value(ptr poison, !462, !DIExpression(), !468)
    #dbg_value(ptr poison, !470, !DIExpression(), !477)
  ret i64 %_0, !dbg !479
}

; sharing::shared_hits
; Function Attrs: mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(argmem: readwrite) uwtable
define noundef i64 @_ZN7sharing11shared_hits17he8f9a557f6385c62E(ptr noundef nonnull readonly align 8 captures(none) %s) unnamed_addr #3 !dbg !480 {
start:
    #dbg_value(ptr %s, !525, !DIExpression(), !526)
    #dbg_value(i8 0, !527, !DIExpression(), !535)
    #dbg_value(ptr %s, !534, !DIExpression(DW_OP_plus_uconst, 48, DW_OP_stack_value), !537)
    #dbg_value(ptr %s, !538, !DIExpression(DW_OP_plus_uconst, 48, DW_OP_stack_value), !546)
  %_5 = getelementptr inbounds nuw i8, ptr %s, i64 48, !dbg !548
    #dbg_value(ptr %_5, !549, !DIExpression(), !556)
    #dbg_value(i8 0, !555, !DIExpression(), !556)
  %0 = load atomic i64, ptr %_5 monotonic, align 8, !dbg !558
  ret i64 %0, !dbg !559
}

; sharing::run
; Function Attrs: nonlazybind uwtable
define noundef i64 @_ZN7sharing3run17h690fdd3efc0cbda0E() unnamed_addr #4 personality ptr @rust_eh_personality !dbg !560 {
start:
  %s = alloca [64 x i8], align 8
  %word = alloca [4 x i8], align 4
  %regs = alloca [8 x i8], align 4
  %r = alloca [32 x i8], align 8
  %c = alloca [4 x i8], align 4
  %o = alloca [32 x i8], align 8
  %shared = alloca [8 x i8], align 8
    #dbg_declare(ptr %shared, !564, !DIExpression(), !599)
    #dbg_declare(ptr %o, !569, !DIExpression(), !600)
    #dbg_declare(ptr %c, !584, !DIExpression(), !601)
    #dbg_declare(ptr %r, !589, !DIExpression(), !602)
    #dbg_declare(ptr %regs, !591, !DIExpression(), !603)
    #dbg_declare(ptr %word, !593, !DIExpression(), !604)
    #dbg_declare(ptr %s, !595, !DIExpression(), !605)
    #dbg_value(i32 5, !606, !DIExpression(), !612)
  call void @llvm.lifetime.start.p0(ptr nonnull %shared), !dbg !614
  store i64 0, ptr %shared, align 8, !dbg !615
  call void @llvm.lifetime.start.p0(ptr nonnull %o), !dbg !616
  %0 = getelementptr inbounds nuw i8, ptr %o, i64 24, !dbg !617
  store i8 1, ptr %0, align 8, !dbg !617
  store i64 3, ptr %o, align 8, !dbg !617
  %1 = getelementptr inbounds nuw i8, ptr %o, i64 8, !dbg !617
  store i32 2, ptr %1, align 8, !dbg !617
  %2 = getelementptr inbounds nuw i8, ptr %o, i64 16, !dbg !617
  store i64 0, ptr %2, align 8, !dbg !617
  call void @llvm.lifetime.start.p0(ptr nonnull %c), !dbg !618
  store i32 5, ptr %c, align 4, !dbg !619
  call void @llvm.lifetime.start.p0(ptr nonnull %r), !dbg !620
    #dbg_value(i64 1, !621, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !647)
    #dbg_value(i64 1, !672, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !698)
    #dbg_value(i64 1, !700, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !708)
    #dbg_value(i64 1, !621, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !647)
    #dbg_value(i64 1, !672, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !698)
    #dbg_value(i64 1, !700, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !708)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !697, !DIExpression(), !698)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !706, !DIExpression(), !708)
    #dbg_value(i8 0, !707, !DIExpression(), !708)
    #dbg_value(i64 1, !710, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !745)
    #dbg_value(i64 1, !747, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !750)
    #dbg_value(i64 1, !710, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !745)
    #dbg_value(i64 1, !747, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !750)
    #dbg_value(i1 false, !716, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !745)
    #dbg_value(i64 1, !717, !DIExpression(), !752)
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  tail call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #18, !dbg !753
; call __rustc::__rust_alloc
  %3 = tail call noundef dereferenceable_or_null(1) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef 1, i64 noundef 1) #18, !dbg !754
  %4 = icmp eq ptr %3, null, !dbg !755
  br i1 %4, label %bb2.i, label %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit, !dbg !756, !prof !757

bb2.i:                                            ; preds = %start
; call alloc::alloc::handle_alloc_error
  tail call void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef 1, i64 noundef 1) #19, !dbg !758
  unreachable, !dbg !758

_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit: ; preds = %start
  store i8 1, ptr %3, align 1, !dbg !671
    #dbg_value(i64 1, !759, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !765)
    #dbg_value(ptr %3, !759, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !765)
    #dbg_value(i64 1, !759, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !765)
  store i64 0, ptr %r, align 8, !dbg !767
  %5 = getelementptr inbounds nuw i8, ptr %r, i64 8, !dbg !767
  store i64 1, ptr %5, align 8, !dbg !767
  %_66.sroa.4.0..sroa_idx = getelementptr inbounds nuw i8, ptr %r, i64 16, !dbg !767
  store ptr %3, ptr %_66.sroa.4.0..sroa_idx, align 8, !dbg !767
  %_66.sroa.5.0..sroa_idx = getelementptr inbounds nuw i8, ptr %r, i64 24, !dbg !767
  store i64 1, ptr %_66.sroa.5.0..sroa_idx, align 8, !dbg !767
  call void @llvm.lifetime.start.p0(ptr nonnull %regs), !dbg !768
  store i32 1, ptr %regs, align 4, !dbg !769
  %6 = getelementptr inbounds nuw i8, ptr %regs, i64 4, !dbg !769
  store i32 2, ptr %6, align 4, !dbg !769
  call void @llvm.lifetime.start.p0(ptr nonnull %word), !dbg !770
  store i32 1, ptr %word, align 4, !dbg !771
  call void @llvm.lifetime.start.p0(ptr nonnull %s), !dbg !772
  %7 = getelementptr inbounds nuw i8, ptr %s, i64 48, !dbg !773
  store i64 0, ptr %7, align 8, !dbg !773
  store i32 0, ptr %s, align 8, !dbg !773
  %_12.sroa.4.0.s.sroa_idx = getelementptr inbounds nuw i8, ptr %s, i64 4, !dbg !773
  store i8 0, ptr %_12.sroa.4.0.s.sroa_idx, align 4, !dbg !773
  %_12.sroa.5.sroa.3.0._12.sroa.5.0.s.sroa_idx.sroa_idx = getelementptr inbounds nuw i8, ptr %s, i64 8, !dbg !773
  store i64 0, ptr %_12.sroa.5.sroa.3.0._12.sroa.5.0.s.sroa_idx.sroa_idx, align 8, !dbg !773
  %_12.sroa.5.sroa.4.0._12.sroa.5.0.s.sroa_idx.sroa_idx = getelementptr inbounds nuw i8, ptr %s, i64 16, !dbg !773
  store ptr inttoptr (i64 1 to ptr), ptr %_12.sroa.5.sroa.4.0._12.sroa.5.0.s.sroa_idx.sroa_idx, align 8, !dbg !773
  %_12.sroa.5.sroa.5.0._12.sroa.5.0.s.sroa_idx.sroa_idx = getelementptr inbounds nuw i8, ptr %s, i64 24, !dbg !773
  %_14.sroa.5.0..sroa_idx = getelementptr inbounds nuw i8, ptr %s, i64 44, !dbg !773
  store i32 0, ptr %_14.sroa.5.0..sroa_idx, align 4, !dbg !773
  %8 = getelementptr inbounds nuw i8, ptr %s, i64 56, !dbg !773
  store i32 0, ptr %8, align 8, !dbg !773
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(17) %_12.sroa.5.sroa.5.0._12.sroa.5.0.s.sroa_idx.sroa_idx, i8 0, i64 17, i1 false), !dbg !773
  store i8 1, ptr @_ZN7sharing4FLAG17h125a699f812a4294E, align 1, !dbg !774
; call sharing::wait_flag
  tail call void @_ZN7sharing9wait_flag17hf94bd1f785e54155E(), !dbg !775
; call sharing::bump
  tail call void @_ZN7sharing4bump17hfa3d0c27c09d0ab0E(), !dbg !776
; call sharing::read_limit
  %_27 = tail call noundef i64 @_ZN7sharing10read_limit17hddf03bff8c886229E(), !dbg !777
; call sharing::nested_b
  %_28 = call noundef i64 @_ZN7sharing8nested_b17h77e41f91ddd90e91E(ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(32) %o), !dbg !778
; call sharing::cell_get
  %_31 = call noundef i32 @_ZN7sharing8cell_get17h8be7071736d6c258E(ptr noundef nonnull align 4 %c), !dbg !779
; invoke sharing::refcell_len
  %_34 = invoke noundef i64 @_ZN7sharing11refcell_len17h18b45be876b278a7E(ptr noundef nonnull align 8 %r)
          to label %bb6 unwind label %"_ZN4core3ptr36drop_in_place$LT$sharing..Shared$GT$17hf73556dd3b65f71eE.exit", !dbg !780

"_ZN4core3ptr36drop_in_place$LT$sharing..Shared$GT$17hf73556dd3b65f71eE.exit": ; preds = %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit
  %9 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !781, !DIExpression(), !789)
    #dbg_value(ptr poison, !809, !DIExpression(), !815)
    #dbg_value(ptr poison, !817, !DIExpression(), !825)
    #dbg_value(ptr poison, !827, !DIExpression(), !835)
    #dbg_value(ptr poison, !837, !DIExpression(), !848)
    #dbg_value(i64 1, !844, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !848)
    #dbg_value(i64 1, !844, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !848)
    #dbg_value(ptr poison, !850, !DIExpression(), !858)
    #dbg_value(ptr poison, !781, !DIExpression(), !860)
    #dbg_value(ptr poison, !809, !DIExpression(), !862)
    #dbg_value(ptr poison, !817, !DIExpression(), !864)
    #dbg_value(ptr poison, !827, !DIExpression(), !866)
    #dbg_value(ptr poison, !837, !DIExpression(), !868)
    #dbg_value(i64 1, !844, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !868)
    #dbg_value(i64 1, !844, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !868)
    #dbg_value(ptr %3, !845, !DIExpression(), !870)
    #dbg_value(i64 1, !847, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !870)
    #dbg_value(i64 1, !847, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !870)
    #dbg_value(ptr poison, !871, !DIExpression(), !878)
    #dbg_value(ptr poison, !880, !DIExpression(), !886)
    #dbg_value(ptr %3, !876, !DIExpression(), !878)
    #dbg_value(ptr %3, !884, !DIExpression(), !886)
    #dbg_value(ptr %3, !888, !DIExpression(), !895)
    #dbg_value(i64 1, !877, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !878)
    #dbg_value(i64 1, !885, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !886)
    #dbg_value(i64 1, !894, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !895)
    #dbg_value(i64 1, !897, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !903)
    #dbg_value(i64 1, !877, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !878)
    #dbg_value(i64 1, !885, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !886)
    #dbg_value(i64 1, !894, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !895)
    #dbg_value(i64 1, !897, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !903)
    #dbg_value(ptr %3, !902, !DIExpression(), !903)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %3, i64 noundef 1, i64 noundef range(i64 1, -9223372036854775807) 1) #18, !dbg !905
  resume { ptr, i32 } %9, !dbg !906

bb6:                                              ; preds = %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit
; call sharing::poll_status
  %_37 = call noundef i32 @_ZN7sharing11poll_status17h7cd82e4aecca71bfE(ptr noundef nonnull %regs), !dbg !907
; call sharing::shared_hits
  %_40 = call noundef i64 @_ZN7sharing11shared_hits17he8f9a557f6385c62E(ptr noundef nonnull align 8 %s), !dbg !908
; call sharing::plain_sum
  %_42 = call noundef i64 @_ZN7sharing9plain_sum17hc3d779fe67b4c073E(ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(16) %o), !dbg !909
; call sharing::my_load
  %_47 = call noundef i64 @_ZN7sharing7my_load17hcb6ee0933feb2a4dE(ptr noundef nonnull align 8 %shared), !dbg !910
    #dbg_value(!DIArgList(i64 %_27, i64 %_47, i64 add (i64 ptrtoint (ptr @_ZN7sharing4LOCK17h9b1a4f1729c8ba1aE to i64), i64 ptrtoint (ptr @_ZN7sharing4ONCE17ha1b40ad32e496536E to i64)), i64 %_42, i64 %_40, i32 %_37, i64 %_34, i32 %_31, i64 %_28), !597, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 8, DW_OP_plus, DW_OP_LLVM_arg, 7, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_plus, DW_OP_LLVM_arg, 6, DW_OP_plus, DW_OP_LLVM_arg, 5, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_plus, DW_OP_LLVM_arg, 4, DW_OP_plus, DW_OP_LLVM_arg, 3, DW_OP_plus, DW_OP_LLVM_arg, 2, DW_OP_plus, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !911)
; call sharing::poll_mut
  call void @_ZN7sharing8poll_mut17h339096898aafa4d5E(ptr noundef nonnull %word), !dbg !912
    #dbg_value(!DIArgList(i64 poison, i64 poison, i64 poison, i64 poison, i64 poison, i32 poison, i64 poison, i32 poison), !597, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 7, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_plus, DW_OP_LLVM_arg, 6, DW_OP_plus, DW_OP_LLVM_arg, 5, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_plus, DW_OP_LLVM_arg, 4, DW_OP_plus, DW_OP_LLVM_arg, 3, DW_OP_plus, DW_OP_LLVM_arg, 2, DW_OP_plus, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !911)
  %_30 = zext i32 %_31 to i64, !dbg !779
    #dbg_value(!DIArgList(i64 poison, i64 poison, i64 poison, i64 poison, i64 poison, i32 poison, i64 poison, i64 poison), !597, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 7, DW_OP_plus, DW_OP_LLVM_arg, 6, DW_OP_plus, DW_OP_LLVM_arg, 5, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_plus, DW_OP_LLVM_arg, 4, DW_OP_plus, DW_OP_LLVM_arg, 3, DW_OP_plus, DW_OP_LLVM_arg, 2, DW_OP_plus, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !911)
    #dbg_value(!DIArgList(i64 poison, i64 poison, i64 poison, i64 poison, i64 poison, i32 poison, i64 poison), !597, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 6, DW_OP_plus, DW_OP_LLVM_arg, 5, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_plus, DW_OP_LLVM_arg, 4, DW_OP_plus, DW_OP_LLVM_arg, 3, DW_OP_plus, DW_OP_LLVM_arg, 2, DW_OP_plus, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !911)
    #dbg_value(!DIArgList(i64 poison, i64 poison, i64 poison, i64 poison, i64 poison, i32 poison), !597, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 5, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_plus, DW_OP_LLVM_arg, 4, DW_OP_plus, DW_OP_LLVM_arg, 3, DW_OP_plus, DW_OP_LLVM_arg, 2, DW_OP_plus, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !911)
  %_36 = zext i32 %_37 to i64, !dbg !907
    #dbg_value(!DIArgList(i64 poison, i64 poison, i64 poison, i64 poison, i64 poison, i64 poison), !597, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 5, DW_OP_plus, DW_OP_LLVM_arg, 4, DW_OP_plus, DW_OP_LLVM_arg, 3, DW_OP_plus, DW_OP_LLVM_arg, 2, DW_OP_plus, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !911)
    #dbg_value(!DIArgList(i64 poison, i64 poison, i64 poison, i64 poison, i64 poison), !597, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 4, DW_OP_plus, DW_OP_LLVM_arg, 3, DW_OP_plus, DW_OP_LLVM_arg, 2, DW_OP_plus, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !911)
    #dbg_value(!DIArgList(i64 poison, i64 poison, i64 poison, i64 poison), !597, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 3, DW_OP_plus, DW_OP_LLVM_arg, 2, DW_OP_plus, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !911)
    #dbg_value(!DIArgList(i64 poison, i64 poison, i64 poison), !597, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 2, DW_OP_plus, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !911)
    #dbg_value(!DIArgList(i64 %_19, i64 %_47), !597, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !911)
  %_25 = add i64 %_27, add (i64 ptrtoint (ptr @_ZN7sharing4LOCK17h9b1a4f1729c8ba1aE to i64), i64 ptrtoint (ptr @_ZN7sharing4ONCE17ha1b40ad32e496536E to i64)), !dbg !777
  %_24 = add i64 %_25, %_28, !dbg !777
  %_23 = add i64 %_24, %_30, !dbg !777
  %_22 = add i64 %_23, %_34, !dbg !777
  %_21 = add i64 %_22, %_36, !dbg !777
  %_20 = add i64 %_21, %_40, !dbg !777
  %_19 = add i64 %_20, %_42, !dbg !777
  %total = add i64 %_19, %_47, !dbg !777
    #dbg_value(i64 %total, !597, !DIExpression(), !911)
  call void @llvm.lifetime.end.p0(ptr nonnull %s), !dbg !913
  call void @llvm.lifetime.end.p0(ptr nonnull %word), !dbg !914
  call void @llvm.lifetime.end.p0(ptr nonnull %regs), !dbg !915
    #dbg_value(ptr poison, !850, !DIExpression(), !916)
    #dbg_value(ptr poison, !781, !DIExpression(), !918)
    #dbg_value(ptr poison, !809, !DIExpression(), !920)
    #dbg_value(ptr poison, !817, !DIExpression(), !922)
    #dbg_value(ptr poison, !827, !DIExpression(), !924)
    #dbg_value(ptr poison, !837, !DIExpression(), !926)
    #dbg_value(i64 1, !844, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !926)
    #dbg_value(i64 1, !844, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !926)
    #dbg_value(ptr %3, !845, !DIExpression(), !928)
    #dbg_value(i64 1, !847, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !928)
    #dbg_value(i64 1, !847, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !928)
    #dbg_value(ptr poison, !871, !DIExpression(), !929)
    #dbg_value(ptr poison, !880, !DIExpression(), !931)
    #dbg_value(ptr %3, !876, !DIExpression(), !929)
    #dbg_value(ptr %3, !884, !DIExpression(), !931)
    #dbg_value(ptr %3, !888, !DIExpression(), !933)
    #dbg_value(i64 1, !877, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !929)
    #dbg_value(i64 1, !885, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !931)
    #dbg_value(i64 1, !894, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !933)
    #dbg_value(i64 1, !897, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !935)
    #dbg_value(i64 1, !877, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !929)
    #dbg_value(i64 1, !885, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !931)
    #dbg_value(i64 1, !894, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !933)
    #dbg_value(i64 1, !897, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !935)
    #dbg_value(ptr %3, !902, !DIExpression(), !935)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %3, i64 noundef 1, i64 noundef range(i64 1, -9223372036854775807) 1) #18, !dbg !937
  call void @llvm.lifetime.end.p0(ptr nonnull %r), !dbg !938
  call void @llvm.lifetime.end.p0(ptr nonnull %c), !dbg !939
  call void @llvm.lifetime.end.p0(ptr nonnull %o), !dbg !940
  call void @llvm.lifetime.end.p0(ptr nonnull %shared), !dbg !941
  ret i64 %total, !dbg !942
}

; sharing::bump
; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define void @_ZN7sharing4bump17hfa3d0c27c09d0ab0E() unnamed_addr #5 !dbg !943 {
start:
  %0 = load i32, ptr @_ZN7sharing7COUNTER17hbcb64c705c41587fE, align 4, !dbg !946, !noundef !35
  %1 = add i32 %0, 1, !dbg !946
  store i32 %1, ptr @_ZN7sharing7COUNTER17hbcb64c705c41587fE, align 4, !dbg !946
  ret void, !dbg !947
}

; sharing::my_load
; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define noundef i64 @_ZN7sharing7my_load17hcb6ee0933feb2a4dE(ptr noundef nonnull readonly align 8 captures(none) %a) unnamed_addr #6 !dbg !948 {
start:
    #dbg_value(ptr %a, !953, !DIExpression(), !954)
  %_0 = load i64, ptr %a, align 8, !dbg !955, !noundef !35
  ret i64 %_0, !dbg !956
}

; sharing::statics
; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define noundef i64 @_ZN7sharing7statics17hc9c8e9360af66e42E() unnamed_addr #7 !dbg !957 {
start:
  ret i64 add (i64 ptrtoint (ptr @_ZN7sharing4LOCK17h9b1a4f1729c8ba1aE to i64), i64 ptrtoint (ptr @_ZN7sharing4ONCE17ha1b40ad32e496536E to i64)), !dbg !958
}

; sharing::cell_get
; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define noundef i32 @_ZN7sharing8cell_get17h8be7071736d6c258E(ptr noundef nonnull readonly align 4 captures(none) %c) unnamed_addr #6 !dbg !959 {
start:
    #dbg_value(ptr %c, !964, !DIExpression(), !965)
    #dbg_value(ptr %c, !966, !DIExpression(), !970)
  %_0 = load i32, ptr %c, align 4, !dbg !972, !noundef !35
  ret i32 %_0, !dbg !973
}

; sharing::nested_b
; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define noundef i64 @_ZN7sharing8nested_b17h77e41f91ddd90e91E(ptr noalias noundef readonly align 8 captures(none) dereferenceable(32) %o) unnamed_addr #6 !dbg !974 {
start:
    #dbg_value(ptr %o, !979, !DIExpression(), !980)
  %_2 = load i64, ptr %o, align 8, !dbg !981, !noundef !35
  %0 = getelementptr inbounds nuw i8, ptr %o, i64 20, !dbg !982
  %_4 = load i16, ptr %0, align 4, !dbg !982, !noundef !35
  %_3 = zext i16 %_4 to i64, !dbg !982
  %_0 = add i64 %_2, %_3, !dbg !981
  ret i64 %_0, !dbg !983
}

; sharing::poll_mut
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable
define void @_ZN7sharing8poll_mut17h339096898aafa4d5E(ptr noundef readonly captures(none) %p) unnamed_addr #1 !dbg !984 {
start:
    #dbg_value(ptr %p, !989, !DIExpression(), !990)
  %_2.pr = load i32, ptr %p, align 4, !dbg !991
  %0 = icmp eq i32 %_2.pr, 0, !dbg !991
  br i1 %0, label %bb1, label %bb3, !dbg !991

bb1:                                              ; preds = %start, %bb1
  br label %bb1, !dbg !991

bb3:                                              ; preds = %start
  ret void, !dbg !992
}

; sharing::plain_sum
; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define noundef i64 @_ZN7sharing9plain_sum17hc3d779fe67b4c073E(ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %v) unnamed_addr #6 !dbg !993 {
start:
    #dbg_value(ptr %v, !998, !DIExpression(), !999)
  %0 = getelementptr inbounds nuw i8, ptr %v, i64 8, !dbg !1000
  %_3 = load i32, ptr %0, align 8, !dbg !1000, !noundef !35
  %_2 = zext i32 %_3 to i64, !dbg !1000
  %_4 = load i64, ptr %v, align 8, !dbg !1001, !noundef !35
  %_0 = add i64 %_4, %_2, !dbg !1000
  ret i64 %_0, !dbg !1002
}

; sharing::wait_flag
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(read, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define void @_ZN7sharing9wait_flag17hf94bd1f785e54155E() unnamed_addr #8 !dbg !1003 {
start:
  %0 = load i8, ptr @_ZN7sharing4FLAG17h125a699f812a4294E, align 1, !range !1004, !noundef !35
  %_1 = trunc nuw i8 %0 to i1
  br i1 %_1, label %bb3, label %bb1, !dbg !1005

bb1:                                              ; preds = %start, %bb1
  br label %bb1, !dbg !1005

bb3:                                              ; preds = %start
  ret void, !dbg !1006
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #9

; __rustc::__rust_no_alloc_shim_is_unstable_v2
; Function Attrs: nounwind nonlazybind uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() unnamed_addr #10

; __rustc::__rust_alloc
; Function Attrs: nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable
declare noalias noundef ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #11

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #12

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #12

; alloc::alloc::handle_alloc_error
; Function Attrs: cold minsize noreturn nonlazybind optsize uwtable
declare void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef range(i64 1, -9223372036854775807), i64 noundef) unnamed_addr #13

; __rustc::__rust_dealloc
; Function Attrs: nounwind nonlazybind allockind("free") uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr allocptr noundef captures(address), i64 noundef, i64 noundef range(i64 1, -9223372036854775807)) unnamed_addr #14

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #10

; core::cell::panic_already_mutably_borrowed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core4cell30panic_already_mutably_borrowed(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #15

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #16

attributes #0 = { mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { nofree noinline norecurse nosync nounwind nonlazybind memory(read, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #10 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #11 = { nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "alloc-variant-zeroed"="_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #12 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #13 = { cold minsize noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #14 = { nounwind nonlazybind allockind("free") uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #15 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #16 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #17 = { noinline noreturn }
attributes #18 = { nounwind }
attributes #19 = { noreturn }

!llvm.module.flags = !{!104, !105, !106, !107}
!llvm.ident = !{!108}
!llvm.dbg.cu = !{!109}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "FLAG", linkageName: "_ZN7sharing4FLAG17h125a699f812a4294E", scope: !2, file: !3, line: 11, type: !4, isLocal: false, isDefinition: true, align: 8)
!2 = !DINamespace(name: "sharing", scope: null)
!3 = !DIFile(filename: "testdata/rust/debuginfo/sharing.rs", directory: ".", checksumkind: CSK_MD5, checksum: "ad69eb2b0a0caed6d6acdb727b74be09")
!4 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "LOCK", linkageName: "_ZN7sharing4LOCK17h9b1a4f1729c8ba1aE", scope: !2, file: !3, line: 15, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mutex<u64>", scope: !9, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !13, templateParams: !54, identifier: "2e5a399a1afa983133419fb8da039849")
!8 = !DIFile(filename: "<unknown>", directory: "")
!9 = !DINamespace(name: "mutex", scope: !10)
!10 = !DINamespace(name: "poison", scope: !11)
!11 = !DINamespace(name: "sync", scope: !12)
!12 = !DINamespace(name: "std", scope: null)
!13 = !{!14, !36, !49}
!14 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !7, file: !8, baseType: !15, size: 32, align: 32, flags: DIFlagPrivate)
!15 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mutex", scope: !16, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !20, templateParams: !35, identifier: "afdb334321a21a732e97844e1c645ae5")
!16 = !DINamespace(name: "futex", scope: !17)
!17 = !DINamespace(name: "mutex", scope: !18)
!18 = !DINamespace(name: "sync", scope: !19)
!19 = !DINamespace(name: "sys", scope: !12)
!20 = !{!21}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "futex", scope: !15, file: !8, baseType: !22, size: 32, align: 32, flags: DIFlagPrivate)
!22 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicU32", scope: !23, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !26, templateParams: !35, identifier: "c7c2c74a85904bd0c8528b4e15d5ce44")
!23 = !DINamespace(name: "atomic", scope: !24)
!24 = !DINamespace(name: "sync", scope: !25)
!25 = !DINamespace(name: "core", scope: null)
!26 = !{!27}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !22, file: !8, baseType: !28, size: 32, align: 32, flags: DIFlagPrivate)
!28 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u32>", scope: !29, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !30, templateParams: !33, identifier: "276fcd5afdff990e3d83fbd36936145c")
!29 = !DINamespace(name: "cell", scope: !25)
!30 = !{!31}
!31 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !28, file: !8, baseType: !32, size: 32, align: 32, flags: DIFlagPrivate)
!32 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!33 = !{!34}
!34 = !DITemplateTypeParameter(name: "T", type: !32)
!35 = !{}
!36 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !7, file: !8, baseType: !37, size: 8, align: 8, offset: 32, flags: DIFlagPrivate)
!37 = !DICompositeType(tag: DW_TAG_structure_type, name: "Flag", scope: !10, file: !8, size: 8, align: 8, flags: DIFlagProtected, elements: !38, templateParams: !35, identifier: "c629961d27193e407b292c3b513ca7dc")
!38 = !{!39}
!39 = !DIDerivedType(tag: DW_TAG_member, name: "failed", scope: !37, file: !8, baseType: !40, size: 8, align: 8, flags: DIFlagPrivate)
!40 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicBool", scope: !23, file: !8, size: 8, align: 8, flags: DIFlagPublic, elements: !41, templateParams: !35, identifier: "60f0e70b153cf109f3b1ce7e34993661")
!41 = !{!42}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !40, file: !8, baseType: !43, size: 8, align: 8, flags: DIFlagPrivate)
!43 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u8>", scope: !29, file: !8, size: 8, align: 8, flags: DIFlagPublic, elements: !44, templateParams: !47, identifier: "df3fe7d204cf9645c1e0417088da45bf")
!44 = !{!45}
!45 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !43, file: !8, baseType: !46, size: 8, align: 8, flags: DIFlagPrivate)
!46 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!47 = !{!48}
!48 = !DITemplateTypeParameter(name: "T", type: !46)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !7, file: !8, baseType: !50, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!50 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u64>", scope: !29, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !51, templateParams: !54, identifier: "64f44ac7e328f13f7383038d475fd20c")
!51 = !{!52}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !50, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagPrivate)
!53 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!54 = !{!55}
!55 = !DITemplateTypeParameter(name: "T", type: !53)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(name: "ONCE", linkageName: "_ZN7sharing4ONCE17ha1b40ad32e496536E", scope: !2, file: !3, line: 16, type: !58, isLocal: false, isDefinition: true, align: 32)
!58 = !DICompositeType(tag: DW_TAG_structure_type, name: "OnceLock<u32>", scope: !59, file: !8, size: 64, align: 32, flags: DIFlagPublic, elements: !60, templateParams: !33, identifier: "e5d7af7fce3e89aded9e640a4cfabcf4")
!59 = !DINamespace(name: "once_lock", scope: !11)
!60 = !{!61, !71, !94}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "once", scope: !58, file: !8, baseType: !62, size: 32, align: 32, flags: DIFlagPrivate)
!62 = !DICompositeType(tag: DW_TAG_structure_type, name: "Once", scope: !63, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !64, templateParams: !35, identifier: "925d9ac80a5262a67b0708f407f80871")
!63 = !DINamespace(name: "once", scope: !11)
!64 = !{!65}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !62, file: !8, baseType: !66, size: 32, align: 32, flags: DIFlagPrivate)
!66 = !DICompositeType(tag: DW_TAG_structure_type, name: "Once", scope: !67, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !69, templateParams: !35, identifier: "5de27e0b42137f6d5399751fe797597a")
!67 = !DINamespace(name: "futex", scope: !68)
!68 = !DINamespace(name: "once", scope: !18)
!69 = !{!70}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "state_and_queued", scope: !66, file: !8, baseType: !22, size: 32, align: 32, flags: DIFlagPrivate)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !58, file: !8, baseType: !72, size: 32, align: 32, offset: 32, flags: DIFlagPrivate)
!72 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<core::mem::maybe_uninit::MaybeUninit<u32>>", scope: !29, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !73, templateParams: !92, identifier: "295b8cd4d9b4e2c57c02ce9c0553e68")
!73 = !{!74}
!74 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !72, file: !8, baseType: !75, size: 32, align: 32, flags: DIFlagPrivate)
!75 = !DICompositeType(tag: DW_TAG_union_type, name: "MaybeUninit<u32>", scope: !76, file: !8, size: 32, align: 32, elements: !78, templateParams: !33, identifier: "3d9de54cf5eeaec4b7ab0003dcc5068e")
!76 = !DINamespace(name: "maybe_uninit", scope: !77)
!77 = !DINamespace(name: "mem", scope: !25)
!78 = !{!79, !81}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "uninit", scope: !75, file: !8, baseType: !80, align: 8)
!80 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!81 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !75, file: !8, baseType: !82, size: 32, align: 32)
!82 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<u32>", scope: !83, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !84, templateParams: !33, identifier: "b4d6f6f13a221cfe673b9b629b19b0d2")
!83 = !DINamespace(name: "manually_drop", scope: !77)
!84 = !{!85}
!85 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !82, file: !8, baseType: !86, size: 32, align: 32, flags: DIFlagPrivate)
!86 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<u32>", scope: !87, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !88, templateParams: !90, identifier: "7f8d010d178e6c639bb9e3d8fc9d98c0")
!87 = !DINamespace(name: "maybe_dangling", scope: !77)
!88 = !{!89}
!89 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !86, file: !8, baseType: !32, size: 32, align: 32, flags: DIFlagPrivate)
!90 = !{!91}
!91 = !DITemplateTypeParameter(name: "P", type: !32)
!92 = !{!93}
!93 = !DITemplateTypeParameter(name: "T", type: !75)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !58, file: !8, baseType: !95, align: 8, offset: 64, flags: DIFlagPrivate)
!95 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<u32>", scope: !96, file: !8, align: 8, flags: DIFlagPublic, elements: !35, templateParams: !33, identifier: "22b38a2374285c7c4395d66812ec9371")
!96 = !DINamespace(name: "marker", scope: !25)
!97 = !DIGlobalVariableExpression(var: !98, expr: !DIExpression())
!98 = distinct !DIGlobalVariable(name: "LIMIT", linkageName: "_ZN7sharing5LIMIT17h01b796ebf27fc673E", scope: !2, file: !3, line: 14, type: !99, isLocal: false, isDefinition: true, align: 64)
!99 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!100 = !DIGlobalVariableExpression(var: !101, expr: !DIExpression())
!101 = distinct !DIGlobalVariable(name: "READY", linkageName: "_ZN7sharing5READY17hdd69ef26855f6cbeE", scope: !2, file: !3, line: 13, type: !40, isLocal: false, isDefinition: true, align: 8)
!102 = !DIGlobalVariableExpression(var: !103, expr: !DIExpression())
!103 = distinct !DIGlobalVariable(name: "COUNTER", linkageName: "_ZN7sharing7COUNTER17hbcb64c705c41587fE", scope: !2, file: !3, line: 12, type: !32, isLocal: false, isDefinition: true, align: 32)
!104 = !{i32 8, !"PIC Level", i32 2}
!105 = !{i32 2, !"RtLibUseGOT", i32 1}
!106 = !{i32 7, !"Dwarf Version", i32 4}
!107 = !{i32 2, !"Debug Info Version", i32 3}
!108 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!109 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !110, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !111, globals: !192, splitDebugInlining: false, nameTableKind: None)
!110 = !DIFile(filename: "testdata/rust/debuginfo/sharing.rs/@/sharing.bd94ec71f88cb894-cgu.0", directory: ".")
!111 = !{!112, !180, !187}
!112 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "AlignmentEnum", scope: !113, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagEnumClass, elements: !115)
!113 = !DINamespace(name: "alignment", scope: !114)
!114 = !DINamespace(name: "ptr", scope: !25)
!115 = !{!116, !117, !118, !119, !120, !121, !122, !123, !124, !125, !126, !127, !128, !129, !130, !131, !132, !133, !134, !135, !136, !137, !138, !139, !140, !141, !142, !143, !144, !145, !146, !147, !148, !149, !150, !151, !152, !153, !154, !155, !156, !157, !158, !159, !160, !161, !162, !163, !164, !165, !166, !167, !168, !169, !170, !171, !172, !173, !174, !175, !176, !177, !178, !179}
!116 = !DIEnumerator(name: "_Align1Shl0", value: 1, isUnsigned: true)
!117 = !DIEnumerator(name: "_Align1Shl1", value: 2, isUnsigned: true)
!118 = !DIEnumerator(name: "_Align1Shl2", value: 4, isUnsigned: true)
!119 = !DIEnumerator(name: "_Align1Shl3", value: 8, isUnsigned: true)
!120 = !DIEnumerator(name: "_Align1Shl4", value: 16, isUnsigned: true)
!121 = !DIEnumerator(name: "_Align1Shl5", value: 32, isUnsigned: true)
!122 = !DIEnumerator(name: "_Align1Shl6", value: 64, isUnsigned: true)
!123 = !DIEnumerator(name: "_Align1Shl7", value: 128, isUnsigned: true)
!124 = !DIEnumerator(name: "_Align1Shl8", value: 256, isUnsigned: true)
!125 = !DIEnumerator(name: "_Align1Shl9", value: 512, isUnsigned: true)
!126 = !DIEnumerator(name: "_Align1Shl10", value: 1024, isUnsigned: true)
!127 = !DIEnumerator(name: "_Align1Shl11", value: 2048, isUnsigned: true)
!128 = !DIEnumerator(name: "_Align1Shl12", value: 4096, isUnsigned: true)
!129 = !DIEnumerator(name: "_Align1Shl13", value: 8192, isUnsigned: true)
!130 = !DIEnumerator(name: "_Align1Shl14", value: 16384, isUnsigned: true)
!131 = !DIEnumerator(name: "_Align1Shl15", value: 32768, isUnsigned: true)
!132 = !DIEnumerator(name: "_Align1Shl16", value: 65536, isUnsigned: true)
!133 = !DIEnumerator(name: "_Align1Shl17", value: 131072, isUnsigned: true)
!134 = !DIEnumerator(name: "_Align1Shl18", value: 262144, isUnsigned: true)
!135 = !DIEnumerator(name: "_Align1Shl19", value: 524288, isUnsigned: true)
!136 = !DIEnumerator(name: "_Align1Shl20", value: 1048576, isUnsigned: true)
!137 = !DIEnumerator(name: "_Align1Shl21", value: 2097152, isUnsigned: true)
!138 = !DIEnumerator(name: "_Align1Shl22", value: 4194304, isUnsigned: true)
!139 = !DIEnumerator(name: "_Align1Shl23", value: 8388608, isUnsigned: true)
!140 = !DIEnumerator(name: "_Align1Shl24", value: 16777216, isUnsigned: true)
!141 = !DIEnumerator(name: "_Align1Shl25", value: 33554432, isUnsigned: true)
!142 = !DIEnumerator(name: "_Align1Shl26", value: 67108864, isUnsigned: true)
!143 = !DIEnumerator(name: "_Align1Shl27", value: 134217728, isUnsigned: true)
!144 = !DIEnumerator(name: "_Align1Shl28", value: 268435456, isUnsigned: true)
!145 = !DIEnumerator(name: "_Align1Shl29", value: 536870912, isUnsigned: true)
!146 = !DIEnumerator(name: "_Align1Shl30", value: 1073741824, isUnsigned: true)
!147 = !DIEnumerator(name: "_Align1Shl31", value: 2147483648, isUnsigned: true)
!148 = !DIEnumerator(name: "_Align1Shl32", value: 4294967296, isUnsigned: true)
!149 = !DIEnumerator(name: "_Align1Shl33", value: 8589934592, isUnsigned: true)
!150 = !DIEnumerator(name: "_Align1Shl34", value: 17179869184, isUnsigned: true)
!151 = !DIEnumerator(name: "_Align1Shl35", value: 34359738368, isUnsigned: true)
!152 = !DIEnumerator(name: "_Align1Shl36", value: 68719476736, isUnsigned: true)
!153 = !DIEnumerator(name: "_Align1Shl37", value: 137438953472, isUnsigned: true)
!154 = !DIEnumerator(name: "_Align1Shl38", value: 274877906944, isUnsigned: true)
!155 = !DIEnumerator(name: "_Align1Shl39", value: 549755813888, isUnsigned: true)
!156 = !DIEnumerator(name: "_Align1Shl40", value: 1099511627776, isUnsigned: true)
!157 = !DIEnumerator(name: "_Align1Shl41", value: 2199023255552, isUnsigned: true)
!158 = !DIEnumerator(name: "_Align1Shl42", value: 4398046511104, isUnsigned: true)
!159 = !DIEnumerator(name: "_Align1Shl43", value: 8796093022208, isUnsigned: true)
!160 = !DIEnumerator(name: "_Align1Shl44", value: 17592186044416, isUnsigned: true)
!161 = !DIEnumerator(name: "_Align1Shl45", value: 35184372088832, isUnsigned: true)
!162 = !DIEnumerator(name: "_Align1Shl46", value: 70368744177664, isUnsigned: true)
!163 = !DIEnumerator(name: "_Align1Shl47", value: 140737488355328, isUnsigned: true)
!164 = !DIEnumerator(name: "_Align1Shl48", value: 281474976710656, isUnsigned: true)
!165 = !DIEnumerator(name: "_Align1Shl49", value: 562949953421312, isUnsigned: true)
!166 = !DIEnumerator(name: "_Align1Shl50", value: 1125899906842624, isUnsigned: true)
!167 = !DIEnumerator(name: "_Align1Shl51", value: 2251799813685248, isUnsigned: true)
!168 = !DIEnumerator(name: "_Align1Shl52", value: 4503599627370496, isUnsigned: true)
!169 = !DIEnumerator(name: "_Align1Shl53", value: 9007199254740992, isUnsigned: true)
!170 = !DIEnumerator(name: "_Align1Shl54", value: 18014398509481984, isUnsigned: true)
!171 = !DIEnumerator(name: "_Align1Shl55", value: 36028797018963968, isUnsigned: true)
!172 = !DIEnumerator(name: "_Align1Shl56", value: 72057594037927936, isUnsigned: true)
!173 = !DIEnumerator(name: "_Align1Shl57", value: 144115188075855872, isUnsigned: true)
!174 = !DIEnumerator(name: "_Align1Shl58", value: 288230376151711744, isUnsigned: true)
!175 = !DIEnumerator(name: "_Align1Shl59", value: 576460752303423488, isUnsigned: true)
!176 = !DIEnumerator(name: "_Align1Shl60", value: 1152921504606846976, isUnsigned: true)
!177 = !DIEnumerator(name: "_Align1Shl61", value: 2305843009213693952, isUnsigned: true)
!178 = !DIEnumerator(name: "_Align1Shl62", value: 4611686018427387904, isUnsigned: true)
!179 = !DIEnumerator(name: "_Align1Shl63", value: 9223372036854775808, isUnsigned: true)
!180 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !23, file: !8, baseType: !46, size: 8, align: 8, flags: DIFlagEnumClass, elements: !181)
!181 = !{!182, !183, !184, !185, !186}
!182 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!183 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!184 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!185 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!186 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!187 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "OnceExclusiveState", scope: !63, file: !8, baseType: !46, size: 8, align: 8, flags: DIFlagEnumClass, elements: !188)
!188 = !{!189, !190, !191}
!189 = !DIEnumerator(name: "Incomplete", value: 0, isUnsigned: true)
!190 = !DIEnumerator(name: "Poisoned", value: 1, isUnsigned: true)
!191 = !DIEnumerator(name: "Complete", value: 2, isUnsigned: true)
!192 = !{!0, !5, !56, !97, !100, !102}
!193 = distinct !DISubprogram(name: "read_limit", linkageName: "_ZN7sharing10read_limit17hddf03bff8c886229E", scope: !2, file: !3, line: 62, type: !194, scopeLine: 62, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35)
!194 = !DISubroutineType(types: !195)
!195 = !{!99}
!196 = !DILocalVariable(name: "order", scope: !197, file: !198, line: 726, type: !180, align: 8)
!197 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !40, file: !198, line: 726, type: !199, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !202, retainedNodes: !203)
!198 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!199 = !DISubroutineType(types: !200)
!200 = !{!4, !201, !180}
!201 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicBool", baseType: !40, size: 64, align: 64, dwarfAddressSpace: 0)
!202 = !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !40, file: !198, line: 726, type: !199, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!203 = !{!204, !196}
!204 = !DILocalVariable(name: "self", arg: 1, scope: !197, file: !198, line: 726, type: !201)
!205 = !DILocation(line: 0, scope: !197, inlinedAt: !206)
!206 = !DILocation(line: 63, column: 19, scope: !193)
!207 = !DILocalVariable(name: "dst", arg: 1, scope: !208, file: !198, line: 3886, type: !211)
!208 = distinct !DISubprogram(name: "atomic_load<u8>", linkageName: "_ZN4core4sync6atomic11atomic_load17hb41be879e822128aE", scope: !23, file: !198, line: 3886, type: !209, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, retainedNodes: !212)
!209 = !DISubroutineType(types: !210)
!210 = !{!46, !211, !180}
!211 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!212 = !{!207, !213}
!213 = !DILocalVariable(name: "order", arg: 2, scope: !208, file: !198, line: 3886, type: !180)
!214 = !DILocation(line: 0, scope: !208, inlinedAt: !215)
!215 = distinct !DILocation(line: 729, column: 18, scope: !197, inlinedAt: !206)
!216 = !DILocation(line: 3891, column: 24, scope: !208, inlinedAt: !215)
!217 = !DILocation(line: 729, column: 18, scope: !197, inlinedAt: !206)
!218 = !DILocation(line: 63, column: 5, scope: !193)
!219 = !DILocation(line: 64, column: 2, scope: !193)
!220 = distinct !DISubprogram(name: "poll_status", linkageName: "_ZN7sharing11poll_status17h7cd82e4aecca71bfE", scope: !2, file: !3, line: 87, type: !221, scopeLine: 87, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !228)
!221 = !DISubroutineType(types: !222)
!222 = !{!32, !223}
!223 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const sharing::Registers", baseType: !224, size: 64, align: 64, dwarfAddressSpace: 0)
!224 = !DICompositeType(tag: DW_TAG_structure_type, name: "Registers", scope: !2, file: !8, size: 64, align: 32, flags: DIFlagPublic, elements: !225, templateParams: !35, identifier: "f20342fcea0a41a87e326a57277c68c")
!225 = !{!226, !227}
!226 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !224, file: !8, baseType: !32, size: 32, align: 32, flags: DIFlagPublic)
!227 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !224, file: !8, baseType: !32, size: 32, align: 32, offset: 32, flags: DIFlagPublic)
!228 = !{!229}
!229 = !DILocalVariable(name: "regs", arg: 1, scope: !220, file: !3, line: 87, type: !223)
!230 = !DILocation(line: 0, scope: !220)
!231 = !DILocation(line: 89, column: 15, scope: !220)
!232 = !DILocation(line: 90, column: 9, scope: !220)
!233 = !DILocation(line: 92, column: 2, scope: !220)
!234 = distinct !DISubprogram(name: "refcell_len", linkageName: "_ZN7sharing11refcell_len17h18b45be876b278a7E", scope: !2, file: !3, line: 82, type: !235, scopeLine: 82, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !292)
!235 = !DISubroutineType(types: !236)
!236 = !{!99, !237}
!237 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::RefCell<alloc::vec::Vec<u8, alloc::alloc::Global>>", baseType: !238, size: 64, align: 64, dwarfAddressSpace: 0)
!238 = !DICompositeType(tag: DW_TAG_structure_type, name: "RefCell<alloc::vec::Vec<u8, alloc::alloc::Global>>", scope: !29, file: !8, size: 256, align: 64, flags: DIFlagPublic, elements: !239, templateParams: !290, identifier: "c795a3c8b676c0cb6e5aeda0b4b58d4f")
!239 = !{!240, !250}
!240 = !DIDerivedType(tag: DW_TAG_member, name: "borrow", scope: !238, file: !8, baseType: !241, size: 64, align: 64, flags: DIFlagPrivate)
!241 = !DICompositeType(tag: DW_TAG_structure_type, name: "Cell<isize>", scope: !29, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !242, templateParams: !248, identifier: "46c73408fa31de3fa9c394ab9bbb6b22")
!242 = !{!243}
!243 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !241, file: !8, baseType: !244, size: 64, align: 64, flags: DIFlagPrivate)
!244 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<isize>", scope: !29, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !245, templateParams: !248, identifier: "be40bb947038fdf3aed7449e86446835")
!245 = !{!246}
!246 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !244, file: !8, baseType: !247, size: 64, align: 64, flags: DIFlagPrivate)
!247 = !DIBasicType(name: "isize", size: 64, encoding: DW_ATE_signed)
!248 = !{!249}
!249 = !DITemplateTypeParameter(name: "T", type: !247)
!250 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !238, file: !8, baseType: !251, size: 192, align: 64, offset: 64, flags: DIFlagPrivate)
!251 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<alloc::vec::Vec<u8, alloc::alloc::Global>>", scope: !29, file: !8, size: 192, align: 64, flags: DIFlagPublic, elements: !252, templateParams: !290, identifier: "565979e978082fbe4565fdc0327ddf24")
!252 = !{!253}
!253 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !251, file: !8, baseType: !254, size: 192, align: 64, flags: DIFlagPrivate)
!254 = !DICompositeType(tag: DW_TAG_structure_type, name: "Vec<u8, alloc::alloc::Global>", scope: !255, file: !8, size: 192, align: 64, flags: DIFlagPublic, elements: !257, templateParams: !288, identifier: "4743da188a3d7e8b8ad6d3218734496a")
!255 = !DINamespace(name: "vec", scope: !256)
!256 = !DINamespace(name: "alloc", scope: null)
!257 = !{!258, !289}
!258 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !254, file: !8, baseType: !259, size: 128, align: 64, flags: DIFlagPrivate)
!259 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVec<u8, alloc::alloc::Global>", scope: !260, file: !8, size: 128, align: 64, flags: DIFlagProtected, elements: !261, templateParams: !288, identifier: "1786a941d613205182510ae0fe838410")
!260 = !DINamespace(name: "raw_vec", scope: !256)
!261 = !{!262, !287}
!262 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !259, file: !8, baseType: !263, size: 128, align: 64, flags: DIFlagPrivate)
!263 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVecInner<alloc::alloc::Global>", scope: !260, file: !8, size: 128, align: 64, flags: DIFlagPrivate, elements: !264, templateParams: !285, identifier: "45ea25bc7f42e606fa74c731a5e7f80c")
!264 = !{!265, !276, !282}
!265 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !263, file: !8, baseType: !266, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!266 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<u8>", scope: !267, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !268, templateParams: !47, identifier: "3c59e741c9569c78cbe381fa3cbee4e5")
!267 = !DINamespace(name: "unique", scope: !114)
!268 = !{!269, !274}
!269 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !266, file: !8, baseType: !270, size: 64, align: 64, flags: DIFlagPrivate)
!270 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !271, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !272, templateParams: !47, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!271 = !DINamespace(name: "non_null", scope: !114)
!272 = !{!273}
!273 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !270, file: !8, baseType: !211, size: 64, align: 64, flags: DIFlagPrivate)
!274 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !266, file: !8, baseType: !275, align: 8, offset: 64, flags: DIFlagPrivate)
!275 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<u8>", scope: !96, file: !8, align: 8, flags: DIFlagPublic, elements: !35, templateParams: !47, identifier: "15bae875c56c7c0f828edf19d836075e")
!276 = !DIDerivedType(tag: DW_TAG_member, name: "cap", scope: !263, file: !8, baseType: !277, size: 64, align: 64, flags: DIFlagPrivate)
!277 = !DICompositeType(tag: DW_TAG_structure_type, name: "UsizeNoHighBit", scope: !278, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !280, templateParams: !35, identifier: "cad7375c0c871c072d809328de25b44")
!278 = !DINamespace(name: "niche_types", scope: !279)
!279 = !DINamespace(name: "num", scope: !25)
!280 = !{!281}
!281 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !277, file: !8, baseType: !99, size: 64, align: 64, flags: DIFlagPrivate)
!282 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !263, file: !8, baseType: !283, align: 8, offset: 128, flags: DIFlagPrivate)
!283 = !DICompositeType(tag: DW_TAG_structure_type, name: "Global", scope: !284, file: !8, align: 8, flags: DIFlagPublic, elements: !35, identifier: "8471efeafbd677a88d306f08d1a0eeb")
!284 = !DINamespace(name: "alloc", scope: !256)
!285 = !{!286}
!286 = !DITemplateTypeParameter(name: "A", type: !283)
!287 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !259, file: !8, baseType: !275, align: 8, offset: 128, flags: DIFlagPrivate)
!288 = !{!48, !286}
!289 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !254, file: !8, baseType: !99, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!290 = !{!291}
!291 = !DITemplateTypeParameter(name: "T", type: !254)
!292 = !{!293}
!293 = !DILocalVariable(name: "r", arg: 1, scope: !234, file: !3, line: 82, type: !237)
!294 = !DILocation(line: 0, scope: !234)
!295 = !DILocalVariable(name: "self", arg: 1, scope: !296, file: !297, line: 1121, type: !237)
!296 = distinct !DISubprogram(name: "borrow<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell16RefCell$LT$T$GT$6borrow17h92e3942cf60e2bacE", scope: !238, file: !297, line: 1121, type: !298, scopeLine: 1121, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !290, declaration: !336, retainedNodes: !337)
!297 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!298 = !DISubroutineType(types: !299)
!299 = !{!300, !237, !312}
!300 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ref<alloc::vec::Vec<u8, alloc::alloc::Global>>", scope: !29, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !301, templateParams: !290, identifier: "ee62f5f17cac6d0261a140ee9cb2bf65")
!301 = !{!302, !307}
!302 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !300, file: !8, baseType: !303, size: 64, align: 64, flags: DIFlagPrivate)
!303 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::vec::Vec<u8, alloc::alloc::Global>>", scope: !271, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !304, templateParams: !290, identifier: "2a67c9c6d6bc2e3d588bd77d83ba5d5c")
!304 = !{!305}
!305 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !303, file: !8, baseType: !306, size: 64, align: 64, flags: DIFlagPrivate)
!306 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::vec::Vec<u8, alloc::alloc::Global>", baseType: !254, size: 64, align: 64, dwarfAddressSpace: 0)
!307 = !DIDerivedType(tag: DW_TAG_member, name: "borrow", scope: !300, file: !8, baseType: !308, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!308 = !DICompositeType(tag: DW_TAG_structure_type, name: "BorrowRef", scope: !29, file: !8, size: 64, align: 64, flags: DIFlagPrivate, elements: !309, templateParams: !35, identifier: "5c67cb0c46371f1ce98ae124c62ccf22")
!309 = !{!310}
!310 = !DIDerivedType(tag: DW_TAG_member, name: "borrow", scope: !308, file: !8, baseType: !311, size: 64, align: 64, flags: DIFlagPrivate)
!311 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::Cell<isize>", baseType: !241, size: 64, align: 64, dwarfAddressSpace: 0)
!312 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !313, size: 64, align: 64, dwarfAddressSpace: 0)
!313 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !314, file: !8, size: 192, align: 64, flags: DIFlagPublic, elements: !316, templateParams: !35, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!314 = !DINamespace(name: "location", scope: !315)
!315 = !DINamespace(name: "panic", scope: !25)
!316 = !{!317, !326, !327, !328}
!317 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !313, file: !8, baseType: !318, size: 128, align: 64, flags: DIFlagPrivate)
!318 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !271, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !319, templateParams: !47, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!319 = !{!320}
!320 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !318, file: !8, baseType: !321, size: 128, align: 64, flags: DIFlagPrivate)
!321 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !8, size: 128, align: 64, elements: !322, templateParams: !35, identifier: "238a44609877474087c05adf26cd41fa")
!322 = !{!323, !325}
!323 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !321, file: !8, baseType: !324, size: 64, align: 64)
!324 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!325 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !321, file: !8, baseType: !99, size: 64, align: 64, offset: 64)
!326 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !313, file: !8, baseType: !32, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!327 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !313, file: !8, baseType: !32, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!328 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !313, file: !8, baseType: !329, align: 8, offset: 192, flags: DIFlagPrivate)
!329 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !96, file: !8, align: 8, flags: DIFlagPublic, elements: !35, templateParams: !330, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!330 = !{!331}
!331 = !DITemplateTypeParameter(name: "T", type: !332)
!332 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !8, size: 128, align: 64, elements: !333, templateParams: !35, identifier: "9277eecd40495f85161460476aacc992")
!333 = !{!334, !335}
!334 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !332, file: !8, baseType: !324, size: 64, align: 64)
!335 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !332, file: !8, baseType: !99, size: 64, align: 64, offset: 64)
!336 = !DISubprogram(name: "borrow<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell16RefCell$LT$T$GT$6borrow17h92e3942cf60e2bacE", scope: !238, file: !297, line: 1121, type: !298, scopeLine: 1121, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !290)
!337 = !{!295, !338, !340}
!338 = !DILocalVariable(name: "b", scope: !339, file: !297, line: 1123, type: !300, align: 64)
!339 = distinct !DILexicalBlock(scope: !296, file: !297, line: 1123, column: 13)
!340 = !DILocalVariable(name: "err", scope: !341, file: !297, line: 1124, type: !342, align: 8)
!341 = distinct !DILexicalBlock(scope: !296, file: !297, line: 1124, column: 13)
!342 = !DICompositeType(tag: DW_TAG_structure_type, name: "BorrowError", scope: !29, file: !8, align: 8, flags: DIFlagPublic, elements: !35, identifier: "ee5a987578672a959569655eeef1c225")
!343 = !DILocation(line: 0, scope: !296, inlinedAt: !344)
!344 = distinct !DILocation(line: 83, column: 7, scope: !234)
!345 = !DILocalVariable(name: "self", arg: 1, scope: !346, file: !297, line: 1158, type: !237)
!346 = distinct !DISubprogram(name: "try_borrow<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell16RefCell$LT$T$GT$10try_borrow17h35ef26dd62d4e07aE", scope: !238, file: !297, line: 1158, type: !347, scopeLine: 1158, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !290, declaration: !366, retainedNodes: !367)
!347 = !DISubroutineType(types: !348)
!348 = !{!349, !237}
!349 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::cell::Ref<alloc::vec::Vec<u8, alloc::alloc::Global>>, core::cell::BorrowError>", scope: !350, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !351, templateParams: !35, identifier: "3fcdf6b26a4635dc671158753fdf7255")
!350 = !DINamespace(name: "result", scope: !25)
!351 = !{!352}
!352 = !DICompositeType(tag: DW_TAG_variant_part, scope: !349, file: !8, size: 128, align: 64, elements: !353, templateParams: !35, identifier: "6f62d166eed7ceb166a2f9359236ce1", discriminator: !365)
!353 = !{!354, !361}
!354 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !352, file: !8, baseType: !355, size: 128, align: 64)
!355 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !349, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !356, templateParams: !358, identifier: "480c08c93c8bbb5be3c82303f5563243")
!356 = !{!357}
!357 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !355, file: !8, baseType: !300, size: 128, align: 64, flags: DIFlagPublic)
!358 = !{!359, !360}
!359 = !DITemplateTypeParameter(name: "T", type: !300)
!360 = !DITemplateTypeParameter(name: "E", type: !342)
!361 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !352, file: !8, baseType: !362, size: 128, align: 64, extraData: i64 0)
!362 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !349, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !363, templateParams: !358, identifier: "d391a9e23b2e4e9fe7088d3ac9475afd")
!363 = !{!364}
!364 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !362, file: !8, baseType: !342, align: 8, flags: DIFlagPublic)
!365 = !DIDerivedType(tag: DW_TAG_member, scope: !349, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagArtificial)
!366 = !DISubprogram(name: "try_borrow<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell16RefCell$LT$T$GT$10try_borrow17h35ef26dd62d4e07aE", scope: !238, file: !297, line: 1158, type: !347, scopeLine: 1158, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !290)
!367 = !{!345, !368, !370}
!368 = !DILocalVariable(name: "b", scope: !369, file: !297, line: 1160, type: !308, align: 64)
!369 = distinct !DILexicalBlock(scope: !346, file: !297, line: 1160, column: 13)
!370 = !DILocalVariable(name: "value", scope: !371, file: !297, line: 1171, type: !303, align: 64)
!371 = distinct !DILexicalBlock(scope: !369, file: !297, line: 1171, column: 17)
!372 = !DILocation(line: 0, scope: !346, inlinedAt: !373)
!373 = distinct !DILocation(line: 1122, column: 20, scope: !296, inlinedAt: !344)
!374 = !DILocation(line: 1124, column: 17, scope: !341, inlinedAt: !344)
!375 = !DILocalVariable(name: "rhs", scope: !376, file: !377, line: 2100, type: !247, align: 64)
!376 = distinct !DISubprogram(name: "wrapping_add", linkageName: "_RNvMs3_NtCsgEmfK2I1SDS_4core3numi12wrapping_add", scope: !378, file: !377, line: 2100, type: !379, scopeLine: 2100, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !381)
!377 = !DIFile(filename: "library/core/src/num/int_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "25372f0d2fb76edc2f95599cb5b8df1b")
!378 = !DINamespace(name: "{impl#5}", scope: !279)
!379 = !DISubroutineType(types: !380)
!380 = !{!247, !247, !247}
!381 = !{!382, !375}
!382 = !DILocalVariable(name: "self", arg: 1, scope: !376, file: !377, line: 2100, type: !247)
!383 = !DILocation(line: 0, scope: !376, inlinedAt: !384)
!384 = distinct !DILocation(line: 1559, column: 30, scope: !385, inlinedAt: !407)
!385 = distinct !DISubprogram(name: "new", linkageName: "_RNvMsF_NtCsgEmfK2I1SDS_4core4cellNtB5_9BorrowRef3new", scope: !308, file: !297, line: 1558, type: !386, scopeLine: 1558, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !402, retainedNodes: !403)
!386 = !DISubroutineType(types: !387)
!387 = !{!388, !311}
!388 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<core::cell::BorrowRef>", scope: !389, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !390, templateParams: !35, identifier: "7abbf9dd065c6f9c936f5e6d1f98e654")
!389 = !DINamespace(name: "option", scope: !25)
!390 = !{!391}
!391 = !DICompositeType(tag: DW_TAG_variant_part, scope: !388, file: !8, size: 64, align: 64, elements: !392, templateParams: !35, identifier: "fb4ad2295bde807bdfbd12cdd012c38c", discriminator: !401)
!392 = !{!393, !397}
!393 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !391, file: !8, baseType: !394, size: 64, align: 64, extraData: i64 0)
!394 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !388, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !35, templateParams: !395, identifier: "52c86527a228f3741c0c06dfa97c8125")
!395 = !{!396}
!396 = !DITemplateTypeParameter(name: "T", type: !308)
!397 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !391, file: !8, baseType: !398, size: 64, align: 64)
!398 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !388, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !399, templateParams: !395, identifier: "618d935772300260d3bb092317265b35")
!399 = !{!400}
!400 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !398, file: !8, baseType: !308, size: 64, align: 64, flags: DIFlagPublic)
!401 = !DIDerivedType(tag: DW_TAG_member, scope: !388, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagArtificial)
!402 = !DISubprogram(name: "new", linkageName: "_RNvMsF_NtCsgEmfK2I1SDS_4core4cellNtB5_9BorrowRef3new", scope: !308, file: !297, line: 1558, type: !386, scopeLine: 1558, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!403 = !{!404, !405}
!404 = !DILocalVariable(name: "borrow", arg: 1, scope: !385, file: !297, line: 1558, type: !311)
!405 = !DILocalVariable(name: "b", scope: !406, file: !297, line: 1559, type: !247, align: 64)
!406 = distinct !DILexicalBlock(scope: !385, file: !297, line: 1559, column: 9)
!407 = distinct !DILocation(line: 1159, column: 15, scope: !346, inlinedAt: !373)
!408 = !DILocation(line: 0, scope: !385, inlinedAt: !407)
!409 = !DILocalVariable(name: "self", arg: 1, scope: !410, file: !297, line: 552, type: !311)
!410 = distinct !DISubprogram(name: "get<isize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17hb785421dcf9889b6E", scope: !241, file: !297, line: 552, type: !411, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !248, declaration: !413, retainedNodes: !414)
!411 = !DISubroutineType(types: !412)
!412 = !{!247, !311}
!413 = !DISubprogram(name: "get<isize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17hb785421dcf9889b6E", scope: !241, file: !297, line: 552, type: !411, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !248)
!414 = !{!409}
!415 = !DILocation(line: 0, scope: !410, inlinedAt: !416)
!416 = distinct !DILocation(line: 1559, column: 24, scope: !385, inlinedAt: !407)
!417 = !DILocalVariable(name: "self", arg: 1, scope: !418, file: !297, line: 510, type: !311)
!418 = distinct !DISubprogram(name: "replace<isize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17h88a1cd12980fc456E", scope: !241, file: !297, line: 510, type: !419, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !248, declaration: !421, retainedNodes: !422)
!419 = !DISubroutineType(types: !420)
!420 = !{!247, !311, !247}
!421 = !DISubprogram(name: "replace<isize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17h88a1cd12980fc456E", scope: !241, file: !297, line: 510, type: !419, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !248)
!422 = !{!417, !423}
!423 = !DILocalVariable(name: "val", arg: 2, scope: !418, file: !297, line: 510, type: !247)
!424 = !DILocation(line: 0, scope: !418, inlinedAt: !425)
!425 = distinct !DILocation(line: 1575, column: 20, scope: !406, inlinedAt: !407)
!426 = !DILocation(line: 555, column: 18, scope: !410, inlinedAt: !416)
!427 = !DILocation(line: 0, scope: !406, inlinedAt: !407)
!428 = !DILocalVariable(name: "x", arg: 1, scope: !429, file: !297, line: 954, type: !247)
!429 = distinct !DISubprogram(name: "is_reading", linkageName: "_RNvNtCsgEmfK2I1SDS_4core4cell10is_reading", scope: !29, file: !297, line: 954, type: !430, scopeLine: 954, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !432)
!430 = !DISubroutineType(types: !431)
!431 = !{!4, !247}
!432 = !{!428}
!433 = !DILocation(line: 0, scope: !429, inlinedAt: !434)
!434 = distinct !DILocation(line: 1560, column: 13, scope: !406, inlinedAt: !407)
!435 = !DILocation(line: 955, column: 5, scope: !429, inlinedAt: !434)
!436 = !DILocation(line: 1560, column: 13, scope: !406, inlinedAt: !407)
!437 = !{!"branch_weights", !"expected", i32 2000, i32 1}
!438 = !DILocation(line: 1124, column: 25, scope: !341, inlinedAt: !344)
!439 = !DILocalVariable(name: "self", arg: 1, scope: !440, file: !441, line: 2996, type: !306)
!440 = distinct !DISubprogram(name: "len<u8, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$3len17hac1e5a8129f668c0E", scope: !254, file: !441, line: 2996, type: !442, scopeLine: 2996, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !288, declaration: !445, retainedNodes: !446)
!441 = !DIFile(filename: "library/alloc/src/vec/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "561105229399139e451a3aa6309b761e")
!442 = !DISubroutineType(types: !443)
!443 = !{!99, !444}
!444 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::vec::Vec<u8, alloc::alloc::Global>", baseType: !254, size: 64, align: 64, dwarfAddressSpace: 0)
!445 = !DISubprogram(name: "len<u8, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$3len17hac1e5a8129f668c0E", scope: !254, file: !441, line: 2996, type: !442, scopeLine: 2996, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !288)
!446 = !{!439}
!447 = !DILocation(line: 0, scope: !440, inlinedAt: !448)
!448 = !DILocation(line: 83, column: 16, scope: !234)
!449 = !DILocation(line: 2997, column: 19, scope: !440, inlinedAt: !448)
!450 = !DILocation(line: 3002, column: 37, scope: !440, inlinedAt: !448)
!451 = !DILocation(line: 3002, column: 18, scope: !440, inlinedAt: !448)
!452 = !DILocalVariable(arg: 1, scope: !453, file: !454, line: 805, type: !457)
!453 = distinct !DISubprogram(name: "drop_in_place<core::cell::Ref<alloc::vec::Vec<u8, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr69drop_in_place$LT$core..cell..Ref$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h292ac4e8a724eb75E", scope: !114, file: !454, line: 805, type: !455, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !459, retainedNodes: !458)
!454 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!455 = !DISubroutineType(types: !456)
!456 = !{null, !457}
!457 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::cell::Ref<alloc::vec::Vec<u8, alloc::alloc::Global>>", baseType: !300, size: 64, align: 64, dwarfAddressSpace: 0)
!458 = !{!452}
!459 = !{!359}
!460 = !DILocation(line: 0, scope: !453, inlinedAt: !461)
!461 = distinct !DILocation(line: 84, column: 1, scope: !234)
!462 = !DILocalVariable(arg: 1, scope: !463, file: !454, line: 805, type: !466)
!463 = distinct !DISubprogram(name: "drop_in_place<core::cell::BorrowRef>", linkageName: "_ZN4core3ptr42drop_in_place$LT$core..cell..BorrowRef$GT$17he0437f011ca58733E", scope: !114, file: !454, line: 805, type: !464, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !395, retainedNodes: !467)
!464 = !DISubroutineType(types: !465)
!465 = !{null, !466}
!466 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::cell::BorrowRef", baseType: !308, size: 64, align: 64, dwarfAddressSpace: 0)
!467 = !{!462}
!468 = !DILocation(line: 0, scope: !463, inlinedAt: !469)
!469 = distinct !DILocation(line: 805, column: 1, scope: !453, inlinedAt: !461)
!470 = !DILocalVariable(name: "self", arg: 1, scope: !471, file: !297, line: 1584, type: !475)
!471 = distinct !DISubprogram(name: "drop", linkageName: "_RNvXsG_NtCsgEmfK2I1SDS_4core4cellNtB5_9BorrowRefNtNtNtB7_3ops4drop4Drop4drop", scope: !472, file: !297, line: 1584, type: !473, scopeLine: 1584, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !476)
!472 = !DINamespace(name: "{impl#44}", scope: !29)
!473 = !DISubroutineType(types: !474)
!474 = !{null, !475}
!475 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::cell::BorrowRef", baseType: !308, size: 64, align: 64, dwarfAddressSpace: 0)
!476 = !{!470}
!477 = !DILocation(line: 0, scope: !471, inlinedAt: !478)
!478 = distinct !DILocation(line: 805, column: 1, scope: !463, inlinedAt: !469)
!479 = !DILocation(line: 84, column: 2, scope: !234)
!480 = distinct !DISubprogram(name: "shared_hits", linkageName: "_ZN7sharing11shared_hits17he8f9a557f6385c62E", scope: !2, file: !3, line: 102, type: !481, scopeLine: 102, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !524)
!481 = !DISubroutineType(types: !482)
!482 = !{!99, !483}
!483 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&sharing::Shared", baseType: !484, size: 64, align: 64, dwarfAddressSpace: 0)
!484 = !DICompositeType(tag: DW_TAG_structure_type, name: "Shared", scope: !2, file: !8, size: 512, align: 64, flags: DIFlagPublic, elements: !485, templateParams: !35, identifier: "553a60204111a4a74159ce4b6eef7ab3")
!485 = !{!486, !495, !501, !514}
!486 = !DIDerivedType(tag: DW_TAG_member, name: "hits", scope: !484, file: !8, baseType: !487, size: 64, align: 64, offset: 384, flags: DIFlagPublic)
!487 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicUsize", scope: !23, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !488, templateParams: !35, identifier: "4d473d2171783819ad804082894a3856")
!488 = !{!489}
!489 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !487, file: !8, baseType: !490, size: 64, align: 64, flags: DIFlagPrivate)
!490 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !29, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !491, templateParams: !493, identifier: "39a99da3e6158f476ae51abf051b55a8")
!491 = !{!492}
!492 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !490, file: !8, baseType: !99, size: 64, align: 64, flags: DIFlagPrivate)
!493 = !{!494}
!494 = !DITemplateTypeParameter(name: "T", type: !99)
!495 = !DIDerivedType(tag: DW_TAG_member, name: "state", scope: !484, file: !8, baseType: !496, size: 256, align: 64, flags: DIFlagPublic)
!496 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mutex<alloc::vec::Vec<u8, alloc::alloc::Global>>", scope: !9, file: !8, size: 256, align: 64, flags: DIFlagPublic, elements: !497, templateParams: !290, identifier: "e089c189938796361eb96f26846f8dfc")
!497 = !{!498, !499, !500}
!498 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !496, file: !8, baseType: !15, size: 32, align: 32, flags: DIFlagPrivate)
!499 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !496, file: !8, baseType: !37, size: 8, align: 8, offset: 32, flags: DIFlagPrivate)
!500 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !496, file: !8, baseType: !251, size: 192, align: 64, offset: 64, flags: DIFlagPrivate)
!501 = !DIDerivedType(tag: DW_TAG_member, name: "rw", scope: !484, file: !8, baseType: !502, size: 128, align: 32, offset: 256, flags: DIFlagPublic)
!502 = !DICompositeType(tag: DW_TAG_structure_type, name: "RwLock<u32>", scope: !503, file: !8, size: 128, align: 32, flags: DIFlagPublic, elements: !504, templateParams: !33, identifier: "b94b6d63fadd8a03b959d9b1220bee3a")
!503 = !DINamespace(name: "rwlock", scope: !10)
!504 = !{!505, !512, !513}
!505 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !502, file: !8, baseType: !506, size: 64, align: 32, flags: DIFlagPrivate)
!506 = !DICompositeType(tag: DW_TAG_structure_type, name: "RwLock", scope: !507, file: !8, size: 64, align: 32, flags: DIFlagPublic, elements: !509, templateParams: !35, identifier: "1d41e1fb41fd8cd2b0ea40ebe0a2b098")
!507 = !DINamespace(name: "futex", scope: !508)
!508 = !DINamespace(name: "rwlock", scope: !18)
!509 = !{!510, !511}
!510 = !DIDerivedType(tag: DW_TAG_member, name: "state", scope: !506, file: !8, baseType: !22, size: 32, align: 32, flags: DIFlagPrivate)
!511 = !DIDerivedType(tag: DW_TAG_member, name: "writer_notify", scope: !506, file: !8, baseType: !22, size: 32, align: 32, offset: 32, flags: DIFlagPrivate)
!512 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !502, file: !8, baseType: !37, size: 8, align: 8, offset: 64, flags: DIFlagPrivate)
!513 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !502, file: !8, baseType: !28, size: 32, align: 32, offset: 96, flags: DIFlagPrivate)
!514 = !DIDerivedType(tag: DW_TAG_member, name: "cv", scope: !484, file: !8, baseType: !515, size: 32, align: 32, offset: 448, flags: DIFlagPublic)
!515 = !DICompositeType(tag: DW_TAG_structure_type, name: "Condvar", scope: !516, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !517, templateParams: !35, identifier: "8ea232f427728da899edf0a41f050ccc")
!516 = !DINamespace(name: "condvar", scope: !10)
!517 = !{!518}
!518 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !515, file: !8, baseType: !519, size: 32, align: 32, flags: DIFlagPrivate)
!519 = !DICompositeType(tag: DW_TAG_structure_type, name: "Condvar", scope: !520, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !522, templateParams: !35, identifier: "7126af1b3f743adc8bb7816e9697da14")
!520 = !DINamespace(name: "futex", scope: !521)
!521 = !DINamespace(name: "condvar", scope: !18)
!522 = !{!523}
!523 = !DIDerivedType(tag: DW_TAG_member, name: "futex", scope: !519, file: !8, baseType: !22, size: 32, align: 32, flags: DIFlagPrivate)
!524 = !{!525}
!525 = !DILocalVariable(name: "s", arg: 1, scope: !480, file: !3, line: 102, type: !483)
!526 = !DILocation(line: 0, scope: !480)
!527 = !DILocalVariable(name: "order", scope: !528, file: !198, line: 2842, type: !180, align: 8)
!528 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !487, file: !198, line: 2842, type: !529, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !532, retainedNodes: !533)
!529 = !DISubroutineType(types: !530)
!530 = !{!99, !531, !180}
!531 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicUsize", baseType: !487, size: 64, align: 64, dwarfAddressSpace: 0)
!532 = !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !487, file: !198, line: 2842, type: !529, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!533 = !{!534, !527}
!534 = !DILocalVariable(name: "self", arg: 1, scope: !528, file: !198, line: 2842, type: !531)
!535 = !DILocation(line: 0, scope: !528, inlinedAt: !536)
!536 = !DILocation(line: 103, column: 12, scope: !480)
!537 = !DILocation(line: 2842, column: 25, scope: !528, inlinedAt: !536)
!538 = !DILocalVariable(name: "self", arg: 1, scope: !539, file: !297, line: 2443, type: !543)
!539 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h04b1b191975c171fE", scope: !490, file: !297, line: 2443, type: !540, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !493, declaration: !544, retainedNodes: !545)
!540 = !DISubroutineType(types: !541)
!541 = !{!542, !543}
!542 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut usize", baseType: !99, size: 64, align: 64, dwarfAddressSpace: 0)
!543 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<usize>", baseType: !490, size: 64, align: 64, dwarfAddressSpace: 0)
!544 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h04b1b191975c171fE", scope: !490, file: !297, line: 2443, type: !540, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !493)
!545 = !{!538}
!546 = !DILocation(line: 2443, column: 22, scope: !539, inlinedAt: !547)
!547 = !DILocation(line: 2844, column: 45, scope: !528, inlinedAt: !536)
!548 = !DILocation(line: 2447, column: 9, scope: !539, inlinedAt: !547)
!549 = !DILocalVariable(name: "dst", arg: 1, scope: !550, file: !198, line: 3886, type: !553)
!550 = distinct !DISubprogram(name: "atomic_load<usize>", linkageName: "_ZN4core4sync6atomic11atomic_load17hf11592dee2300186E", scope: !23, file: !198, line: 3886, type: !551, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !493, retainedNodes: !554)
!551 = !DISubroutineType(types: !552)
!552 = !{!99, !553, !180}
!553 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const usize", baseType: !99, size: 64, align: 64, dwarfAddressSpace: 0)
!554 = !{!549, !555}
!555 = !DILocalVariable(name: "order", arg: 2, scope: !550, file: !198, line: 3886, type: !180)
!556 = !DILocation(line: 0, scope: !550, inlinedAt: !557)
!557 = distinct !DILocation(line: 2844, column: 26, scope: !528, inlinedAt: !536)
!558 = !DILocation(line: 3890, column: 24, scope: !550, inlinedAt: !557)
!559 = !DILocation(line: 104, column: 2, scope: !480)
!560 = distinct !DISubprogram(name: "run", linkageName: "_ZN7sharing3run17h690fdd3efc0cbda0E", scope: !2, file: !3, line: 116, type: !561, scopeLine: 116, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !563)
!561 = !DISubroutineType(types: !562)
!562 = !{!53}
!563 = !{!564, !569, !584, !589, !591, !593, !595, !597}
!564 = !DILocalVariable(name: "shared", scope: !565, file: !3, line: 117, type: !566, align: 64)
!565 = distinct !DILexicalBlock(scope: !560, file: !3, line: 117, column: 5)
!566 = !DICompositeType(tag: DW_TAG_structure_type, name: "MyAtomic", scope: !2, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !567, templateParams: !35, identifier: "8552357db5ae3e459bec0fe72d56fa6a")
!567 = !{!568}
!568 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !566, file: !8, baseType: !490, size: 64, align: 64, flags: DIFlagPrivate)
!569 = !DILocalVariable(name: "o", scope: !570, file: !3, line: 118, type: !571, align: 64)
!570 = distinct !DILexicalBlock(scope: !565, file: !3, line: 118, column: 5)
!571 = !DICompositeType(tag: DW_TAG_structure_type, name: "Outer", scope: !2, file: !8, size: 256, align: 64, flags: DIFlagPublic, elements: !572, templateParams: !35, identifier: "964c9aa9c809d13b73bef329a7942c5a")
!572 = !{!573, !574, !579}
!573 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !571, file: !8, baseType: !46, size: 8, align: 8, offset: 192, flags: DIFlagPublic)
!574 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !571, file: !8, baseType: !575, size: 128, align: 64, flags: DIFlagPublic)
!575 = !DICompositeType(tag: DW_TAG_structure_type, name: "Inner", scope: !2, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !576, templateParams: !35, identifier: "7a08b07cf2c05ae3ce8dd9b03fe30bbe")
!576 = !{!577, !578}
!577 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !575, file: !8, baseType: !32, size: 32, align: 32, offset: 64, flags: DIFlagPublic)
!578 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !575, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagPublic)
!579 = !DIDerivedType(tag: DW_TAG_member, name: "cells", scope: !571, file: !8, baseType: !580, size: 64, align: 16, offset: 128, flags: DIFlagPublic)
!580 = !DICompositeType(tag: DW_TAG_array_type, baseType: !581, size: 64, align: 16, elements: !582)
!581 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!582 = !{!583}
!583 = !DISubrange(count: 4, lowerBound: 0)
!584 = !DILocalVariable(name: "c", scope: !585, file: !3, line: 119, type: !586, align: 32)
!585 = distinct !DILexicalBlock(scope: !570, file: !3, line: 119, column: 5)
!586 = !DICompositeType(tag: DW_TAG_structure_type, name: "Cell<u32>", scope: !29, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !587, templateParams: !33, identifier: "f999d15df0d8f93d8c40b7ff1ea8692b")
!587 = !{!588}
!588 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !586, file: !8, baseType: !28, size: 32, align: 32, flags: DIFlagPrivate)
!589 = !DILocalVariable(name: "r", scope: !590, file: !3, line: 120, type: !238, align: 64)
!590 = distinct !DILexicalBlock(scope: !585, file: !3, line: 120, column: 5)
!591 = !DILocalVariable(name: "regs", scope: !592, file: !3, line: 121, type: !224, align: 32)
!592 = distinct !DILexicalBlock(scope: !590, file: !3, line: 121, column: 5)
!593 = !DILocalVariable(name: "word", scope: !594, file: !3, line: 122, type: !32, align: 32)
!594 = distinct !DILexicalBlock(scope: !592, file: !3, line: 122, column: 5)
!595 = !DILocalVariable(name: "s", scope: !596, file: !3, line: 123, type: !484, align: 64)
!596 = distinct !DILexicalBlock(scope: !594, file: !3, line: 123, column: 5)
!597 = !DILocalVariable(name: "total", scope: !598, file: !3, line: 128, type: !53, align: 64)
!598 = distinct !DILexicalBlock(scope: !596, file: !3, line: 128, column: 5)
!599 = !DILocation(line: 117, column: 9, scope: !565)
!600 = !DILocation(line: 118, column: 9, scope: !570)
!601 = !DILocation(line: 119, column: 9, scope: !585)
!602 = !DILocation(line: 120, column: 9, scope: !590)
!603 = !DILocation(line: 121, column: 9, scope: !592)
!604 = !DILocation(line: 122, column: 9, scope: !594)
!605 = !DILocation(line: 123, column: 9, scope: !596)
!606 = !DILocalVariable(name: "value", scope: !607, file: !297, line: 414, type: !32, align: 32)
!607 = distinct !DISubprogram(name: "new<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3new17h01c977daa68b72adE", scope: !586, file: !297, line: 414, type: !608, scopeLine: 414, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !33, declaration: !610, retainedNodes: !611)
!608 = !DISubroutineType(types: !609)
!609 = !{!586, !32}
!610 = !DISubprogram(name: "new<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3new17h01c977daa68b72adE", scope: !586, file: !297, line: 414, type: !608, scopeLine: 414, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !33)
!611 = !{!606}
!612 = !DILocation(line: 0, scope: !607, inlinedAt: !613)
!613 = !DILocation(line: 119, column: 13, scope: !570)
!614 = !DILocation(line: 117, column: 9, scope: !560)
!615 = !DILocation(line: 117, column: 18, scope: !560)
!616 = !DILocation(line: 118, column: 9, scope: !565)
!617 = !DILocation(line: 118, column: 13, scope: !565)
!618 = !DILocation(line: 119, column: 9, scope: !570)
!619 = !DILocation(line: 415, column: 9, scope: !607, inlinedAt: !613)
!620 = !DILocation(line: 120, column: 9, scope: !585)
!621 = !DILocalVariable(name: "layout", arg: 1, scope: !622, file: !623, line: 247, type: !628)
!622 = distinct !DISubprogram(name: "box_new_uninit", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit", scope: !624, file: !623, line: 247, type: !625, scopeLine: 247, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !637)
!623 = !DIFile(filename: "library/alloc/src/boxed.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "c2c961396e00891ae9e97f5dc112a35a")
!624 = !DINamespace(name: "boxed", scope: !256)
!625 = !DISubroutineType(types: !626)
!626 = !{!627, !628}
!627 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!628 = !DICompositeType(tag: DW_TAG_structure_type, name: "Layout", scope: !629, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !631, templateParams: !35, identifier: "ae6bead0f2b6a034e04e04a9846a76e3")
!629 = !DINamespace(name: "layout", scope: !630)
!630 = !DINamespace(name: "alloc", scope: !25)
!631 = !{!632, !633}
!632 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !628, file: !8, baseType: !99, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!633 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !628, file: !8, baseType: !634, size: 64, align: 64, flags: DIFlagPrivate)
!634 = !DICompositeType(tag: DW_TAG_structure_type, name: "Alignment", scope: !113, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !635, templateParams: !35, identifier: "5099570874743123f8e757e4da3ea37b")
!635 = !{!636}
!636 = !DIDerivedType(tag: DW_TAG_member, name: "_inner_repr_trick", scope: !634, file: !8, baseType: !112, size: 64, align: 64, flags: DIFlagPrivate)
!637 = !{!621, !638}
!638 = !DILocalVariable(name: "ptr", scope: !639, file: !623, line: 249, type: !640, align: 64)
!639 = distinct !DILexicalBlock(scope: !622, file: !623, line: 249, column: 9)
!640 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<[u8]>", scope: !271, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !641, templateParams: !47, identifier: "efe3e6a52bef0fc2baf8e9a8d6a6c8ea")
!641 = !{!642}
!642 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !640, file: !8, baseType: !643, size: 128, align: 64, flags: DIFlagPrivate)
!643 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const [u8]", file: !8, size: 128, align: 64, elements: !644, templateParams: !35, identifier: "a10360edaf335c418dbc95bccd0cb05d")
!644 = !{!645, !646}
!645 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !643, file: !8, baseType: !324, size: 64, align: 64)
!646 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !643, file: !8, baseType: !99, size: 64, align: 64, offset: 64)
!647 = !DILocation(line: 0, scope: !622, inlinedAt: !648)
!648 = distinct !DILocation(line: 317, column: 33, scope: !649, inlinedAt: !671)
!649 = distinct !DISubprogram(name: "new_uninit<[u8; 1]>", linkageName: "_ZN5alloc5boxed12Box$LT$T$GT$10new_uninit17hc19f13f6840585f4E", scope: !650, file: !623, line: 311, type: !651, scopeLine: 311, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !669)
!650 = !DINamespace(name: "{impl#0}", scope: !624)
!651 = !DISubroutineType(types: !652)
!652 = !{!653}
!653 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<core::mem::maybe_uninit::MaybeUninit<[u8; 1]>, alloc::alloc::Global>", baseType: !654, size: 64, align: 64, dwarfAddressSpace: 0)
!654 = !DICompositeType(tag: DW_TAG_union_type, name: "MaybeUninit<[u8; 1]>", scope: !76, file: !8, size: 8, align: 8, elements: !655, templateParams: !669, identifier: "763aab2685abdd2865928cc58ef72f4f")
!655 = !{!656, !657}
!656 = !DIDerivedType(tag: DW_TAG_member, name: "uninit", scope: !654, file: !8, baseType: !80, align: 8)
!657 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !654, file: !8, baseType: !658, size: 8, align: 8)
!658 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<[u8; 1]>", scope: !83, file: !8, size: 8, align: 8, flags: DIFlagPublic, elements: !659, templateParams: !669, identifier: "9a6fa98899829520b23186b00c579ffa")
!659 = !{!660}
!660 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !658, file: !8, baseType: !661, size: 8, align: 8, flags: DIFlagPrivate)
!661 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<[u8; 1]>", scope: !87, file: !8, size: 8, align: 8, flags: DIFlagPublic, elements: !662, templateParams: !667, identifier: "3c74d7a89430ba5c8618c2c2921f1d2e")
!662 = !{!663}
!663 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !661, file: !8, baseType: !664, size: 8, align: 8, flags: DIFlagPrivate)
!664 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 8, align: 8, elements: !665)
!665 = !{!666}
!666 = !DISubrange(count: 1, lowerBound: 0)
!667 = !{!668}
!668 = !DITemplateTypeParameter(name: "P", type: !664)
!669 = !{!670}
!670 = !DITemplateTypeParameter(name: "T", type: !664)
!671 = !DILocation(line: 120, column: 26, scope: !585)
!672 = !DILocalVariable(name: "layout", arg: 2, scope: !673, file: !674, line: 428, type: !628)
!673 = distinct !DISubprogram(name: "allocate", linkageName: "_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator8allocate", scope: !675, file: !674, line: 428, type: !676, scopeLine: 428, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !696)
!674 = !DIFile(filename: "library/alloc/src/alloc.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "57066d22da38e4b1f3bfd29f3d5ff5ae")
!675 = !DINamespace(name: "{impl#1}", scope: !284)
!676 = !DISubroutineType(types: !677)
!677 = !{!678, !695, !628}
!678 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::ptr::non_null::NonNull<[u8]>, core::alloc::AllocError>", scope: !350, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !679, templateParams: !35, identifier: "519a674418a5b51cf8bee27a967aa54e")
!679 = !{!680}
!680 = !DICompositeType(tag: DW_TAG_variant_part, scope: !678, file: !8, size: 128, align: 64, elements: !681, templateParams: !35, identifier: "3b104dde0538164c272d7f6e9ec8806f", discriminator: !694)
!681 = !{!682, !690}
!682 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !680, file: !8, baseType: !683, size: 128, align: 64)
!683 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !678, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !684, templateParams: !686, identifier: "30b736d771929d0b7715388dfe942406")
!684 = !{!685}
!685 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !683, file: !8, baseType: !640, size: 128, align: 64, flags: DIFlagPublic)
!686 = !{!687, !688}
!687 = !DITemplateTypeParameter(name: "T", type: !640)
!688 = !DITemplateTypeParameter(name: "E", type: !689)
!689 = !DICompositeType(tag: DW_TAG_structure_type, name: "AllocError", scope: !630, file: !8, align: 8, flags: DIFlagPublic, elements: !35, identifier: "111d797cdc779cf5e7833a8ef17b26ec")
!690 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !680, file: !8, baseType: !691, size: 128, align: 64, extraData: i64 0)
!691 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !678, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !692, templateParams: !686, identifier: "1f90ad7cc2064f8f568100f50e75d1fb")
!692 = !{!693}
!693 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !691, file: !8, baseType: !689, align: 8, flags: DIFlagPublic)
!694 = !DIDerivedType(tag: DW_TAG_member, scope: !678, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagArtificial)
!695 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::alloc::Global", baseType: !283, size: 64, align: 64, dwarfAddressSpace: 0)
!696 = !{!697, !672}
!697 = !DILocalVariable(name: "self", scope: !673, file: !674, line: 428, type: !695, align: 64)
!698 = !DILocation(line: 0, scope: !673, inlinedAt: !699)
!699 = distinct !DILocation(line: 248, column: 18, scope: !622, inlinedAt: !648)
!700 = !DILocalVariable(name: "layout", arg: 2, scope: !701, file: !674, line: 311, type: !628)
!701 = distinct !DISubprogram(name: "alloc_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global10alloc_impl", scope: !283, file: !674, line: 311, type: !702, scopeLine: 311, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !704, retainedNodes: !705)
!702 = !DISubroutineType(types: !703)
!703 = !{!678, !695, !628, !4}
!704 = !DISubprogram(name: "alloc_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global10alloc_impl", scope: !283, file: !674, line: 311, type: !702, scopeLine: 311, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!705 = !{!706, !700, !707}
!706 = !DILocalVariable(name: "self", scope: !701, file: !674, line: 311, type: !695, align: 64)
!707 = !DILocalVariable(name: "zeroed", scope: !701, file: !674, line: 311, type: !4, align: 8)
!708 = !DILocation(line: 0, scope: !701, inlinedAt: !709)
!709 = distinct !DILocation(line: 429, column: 14, scope: !673, inlinedAt: !699)
!710 = !DILocalVariable(name: "layout", arg: 1, scope: !711, file: !674, line: 185, type: !628)
!711 = distinct !DISubprogram(name: "alloc_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime", scope: !283, file: !674, line: 185, type: !712, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !714, retainedNodes: !715)
!712 = !DISubroutineType(types: !713)
!713 = !{!678, !628, !4}
!714 = !DISubprogram(name: "alloc_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime", scope: !283, file: !674, line: 185, type: !712, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!715 = !{!710, !716, !717, !719, !721, !723, !743}
!716 = !DILocalVariable(name: "zeroed", arg: 2, scope: !711, file: !674, line: 185, type: !4)
!717 = !DILocalVariable(name: "size", scope: !718, file: !674, line: 189, type: !99, align: 64)
!718 = distinct !DILexicalBlock(scope: !711, file: !674, line: 189, column: 13)
!719 = !DILocalVariable(name: "raw_ptr", scope: !720, file: !674, line: 190, type: !627, align: 64)
!720 = distinct !DILexicalBlock(scope: !718, file: !674, line: 190, column: 17)
!721 = !DILocalVariable(name: "ptr", scope: !722, file: !674, line: 191, type: !270, align: 64)
!722 = distinct !DILexicalBlock(scope: !720, file: !674, line: 191, column: 17)
!723 = !DILocalVariable(name: "residual", scope: !724, file: !674, line: 191, type: !725, align: 8)
!724 = distinct !DILexicalBlock(scope: !720, file: !674, line: 191, column: 66)
!725 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::convert::Infallible, core::alloc::AllocError>", scope: !350, file: !8, align: 8, flags: DIFlagPublic, elements: !726, templateParams: !35, identifier: "e93516a9a4d4ff61ba16dc75632d6fe")
!726 = !{!727}
!727 = !DICompositeType(tag: DW_TAG_variant_part, scope: !725, file: !8, align: 8, elements: !728, templateParams: !35, identifier: "f5e162db303eef1e33f578c71ec0a693")
!728 = !{!729, !739}
!729 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !727, file: !8, baseType: !730, align: 8)
!730 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !725, file: !8, align: 8, flags: DIFlagPublic, elements: !731, templateParams: !737, identifier: "f1d8e5af3a1dffc68ba77da64f0701a9")
!731 = !{!732}
!732 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !730, file: !8, baseType: !733, align: 8, flags: DIFlagPublic)
!733 = !DICompositeType(tag: DW_TAG_structure_type, name: "Infallible", scope: !734, file: !8, align: 8, flags: DIFlagPublic, elements: !735, templateParams: !35, identifier: "78cfd968ca0619bc6721ef3bf8e03805")
!734 = !DINamespace(name: "convert", scope: !25)
!735 = !{!736}
!736 = !DICompositeType(tag: DW_TAG_variant_part, scope: !733, file: !8, align: 8, elements: !35, identifier: "820520e070d3f01e1d1c030b6bcc9c0e")
!737 = !{!738, !688}
!738 = !DITemplateTypeParameter(name: "T", type: !733)
!739 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !727, file: !8, baseType: !740, align: 8)
!740 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !725, file: !8, align: 8, flags: DIFlagPublic, elements: !741, templateParams: !737, identifier: "e8d1b6dff9322dfb94e83992955f462f")
!741 = !{!742}
!742 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !740, file: !8, baseType: !689, align: 8, flags: DIFlagPublic)
!743 = !DILocalVariable(name: "val", scope: !744, file: !674, line: 191, type: !270, align: 64)
!744 = distinct !DILexicalBlock(scope: !720, file: !674, line: 191, column: 66)
!745 = !DILocation(line: 0, scope: !711, inlinedAt: !746)
!746 = distinct !DILocation(line: 312, column: 9, scope: !701, inlinedAt: !709)
!747 = !DILocalVariable(name: "layout", arg: 1, scope: !748, file: !674, line: 89, type: !628)
!748 = distinct !DISubprogram(name: "alloc", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5alloc5alloc", scope: !284, file: !674, line: 89, type: !625, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !749)
!749 = !{!747}
!750 = !DILocation(line: 0, scope: !748, inlinedAt: !751)
!751 = distinct !DILocation(line: 190, column: 73, scope: !718, inlinedAt: !746)
!752 = !DILocation(line: 0, scope: !718, inlinedAt: !746)
!753 = !DILocation(line: 93, column: 9, scope: !748, inlinedAt: !751)
!754 = !DILocation(line: 95, column: 9, scope: !748, inlinedAt: !751)
!755 = !DILocation(line: 248, column: 11, scope: !622, inlinedAt: !648)
!756 = !DILocation(line: 248, column: 5, scope: !622, inlinedAt: !648)
!757 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!758 = !DILocation(line: 250, column: 19, scope: !622, inlinedAt: !648)
!759 = !DILocalVariable(name: "value", arg: 1, scope: !760, file: !297, line: 971, type: !254)
!760 = distinct !DISubprogram(name: "new<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell16RefCell$LT$T$GT$3new17h137b5182219d7328E", scope: !238, file: !297, line: 971, type: !761, scopeLine: 971, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !290, declaration: !763, retainedNodes: !764)
!761 = !DISubroutineType(types: !762)
!762 = !{!238, !254}
!763 = !DISubprogram(name: "new<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell16RefCell$LT$T$GT$3new17h137b5182219d7328E", scope: !238, file: !297, line: 971, type: !761, scopeLine: 971, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !290)
!764 = !{!759}
!765 = !DILocation(line: 0, scope: !760, inlinedAt: !766)
!766 = !DILocation(line: 120, column: 13, scope: !585)
!767 = !DILocation(line: 972, column: 9, scope: !760, inlinedAt: !766)
!768 = !DILocation(line: 121, column: 9, scope: !590)
!769 = !DILocation(line: 121, column: 16, scope: !590)
!770 = !DILocation(line: 122, column: 9, scope: !592)
!771 = !DILocation(line: 122, column: 20, scope: !592)
!772 = !DILocation(line: 123, column: 9, scope: !594)
!773 = !DILocation(line: 123, column: 13, scope: !594)
!774 = !DILocation(line: 125, column: 14, scope: !596)
!775 = !DILocation(line: 126, column: 5, scope: !596)
!776 = !DILocation(line: 127, column: 5, scope: !596)
!777 = !DILocation(line: 128, column: 17, scope: !596)
!778 = !DILocation(line: 128, column: 39, scope: !596)
!779 = !DILocation(line: 128, column: 54, scope: !596)
!780 = !DILocation(line: 128, column: 76, scope: !596)
!781 = !DILocalVariable(arg: 1, scope: !782, file: !454, line: 805, type: !785)
!782 = distinct !DISubprogram(name: "drop_in_place<core::cell::UnsafeCell<alloc::vec::Vec<u8, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr76drop_in_place$LT$core..cell..UnsafeCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h4c027f700e8edba1E", scope: !114, file: !454, line: 805, type: !783, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !787, retainedNodes: !786)
!783 = !DISubroutineType(types: !784)
!784 = !{null, !785}
!785 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::cell::UnsafeCell<alloc::vec::Vec<u8, alloc::alloc::Global>>", baseType: !251, size: 64, align: 64, dwarfAddressSpace: 0)
!786 = !{!781}
!787 = !{!788}
!788 = !DITemplateTypeParameter(name: "T", type: !251)
!789 = !DILocation(line: 0, scope: !782, inlinedAt: !790)
!790 = distinct !DILocation(line: 805, column: 1, scope: !791, inlinedAt: !799)
!791 = distinct !DISubprogram(name: "drop_in_place<std::sync::poison::mutex::Mutex<alloc::vec::Vec<u8, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr85drop_in_place$LT$std..sync..poison..mutex..Mutex$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h5ed43dbe1486393bE", scope: !114, file: !454, line: 805, type: !792, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !797, retainedNodes: !795)
!792 = !DISubroutineType(types: !793)
!793 = !{null, !794}
!794 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sync::poison::mutex::Mutex<alloc::vec::Vec<u8, alloc::alloc::Global>>", baseType: !496, size: 64, align: 64, dwarfAddressSpace: 0)
!795 = !{!796}
!796 = !DILocalVariable(arg: 1, scope: !791, file: !454, line: 805, type: !794)
!797 = !{!798}
!798 = !DITemplateTypeParameter(name: "T", type: !496)
!799 = distinct !DILocation(line: 805, column: 1, scope: !800, inlinedAt: !808)
!800 = distinct !DISubprogram(name: "drop_in_place<sharing::Shared>", linkageName: "_ZN4core3ptr36drop_in_place$LT$sharing..Shared$GT$17hf73556dd3b65f71eE", scope: !114, file: !454, line: 805, type: !801, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !806, retainedNodes: !804)
!801 = !DISubroutineType(types: !802)
!802 = !{null, !803}
!803 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut sharing::Shared", baseType: !484, size: 64, align: 64, dwarfAddressSpace: 0)
!804 = !{!805}
!805 = !DILocalVariable(arg: 1, scope: !800, file: !454, line: 805, type: !803)
!806 = !{!807}
!807 = !DITemplateTypeParameter(name: "T", type: !484)
!808 = distinct !DILocation(line: 133, column: 1, scope: !594)
!809 = !DILocalVariable(arg: 1, scope: !810, file: !454, line: 805, type: !813)
!810 = distinct !DISubprogram(name: "drop_in_place<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr46drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$17h474f9a9cbc8bc022E", scope: !114, file: !454, line: 805, type: !811, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !290, retainedNodes: !814)
!811 = !DISubroutineType(types: !812)
!812 = !{null, !813}
!813 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::vec::Vec<u8, alloc::alloc::Global>", baseType: !254, size: 64, align: 64, dwarfAddressSpace: 0)
!814 = !{!809}
!815 = !DILocation(line: 0, scope: !810, inlinedAt: !816)
!816 = distinct !DILocation(line: 805, column: 1, scope: !782, inlinedAt: !790)
!817 = !DILocalVariable(arg: 1, scope: !818, file: !454, line: 805, type: !821)
!818 = distinct !DISubprogram(name: "drop_in_place<alloc::raw_vec::RawVec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17he02803ea70653b3fE", scope: !114, file: !454, line: 805, type: !819, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !823, retainedNodes: !822)
!819 = !DISubroutineType(types: !820)
!820 = !{null, !821}
!821 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::raw_vec::RawVec<u8, alloc::alloc::Global>", baseType: !259, size: 64, align: 64, dwarfAddressSpace: 0)
!822 = !{!817}
!823 = !{!824}
!824 = !DITemplateTypeParameter(name: "T", type: !259)
!825 = !DILocation(line: 0, scope: !818, inlinedAt: !826)
!826 = distinct !DILocation(line: 805, column: 1, scope: !810, inlinedAt: !816)
!827 = !DILocalVariable(name: "self", arg: 1, scope: !828, file: !829, line: 421, type: !833)
!828 = distinct !DISubprogram(name: "drop<u8, alloc::alloc::Global>", linkageName: "_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h64da87b6aedb7f8fE", scope: !830, file: !829, line: 421, type: !831, scopeLine: 421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !288, retainedNodes: !834)
!829 = !DIFile(filename: "library/alloc/src/raw_vec/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "78584250230dfe0aae92794a07566ae7")
!830 = !DINamespace(name: "{impl#3}", scope: !260)
!831 = !DISubroutineType(types: !832)
!832 = !{null, !833}
!833 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::raw_vec::RawVec<u8, alloc::alloc::Global>", baseType: !259, size: 64, align: 64, dwarfAddressSpace: 0)
!834 = !{!827}
!835 = !DILocation(line: 0, scope: !828, inlinedAt: !836)
!836 = distinct !DILocation(line: 805, column: 1, scope: !818, inlinedAt: !826)
!837 = !DILocalVariable(name: "self", arg: 1, scope: !838, file: !829, line: 870, type: !841)
!838 = distinct !DISubprogram(name: "deallocate<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17h8d83d330ecb41dc6E", scope: !263, file: !829, line: 870, type: !839, scopeLine: 870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !285, declaration: !842, retainedNodes: !843)
!839 = !DISubroutineType(types: !840)
!840 = !{null, !841, !628}
!841 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::raw_vec::RawVecInner<alloc::alloc::Global>", baseType: !263, size: 64, align: 64, dwarfAddressSpace: 0)
!842 = !DISubprogram(name: "deallocate<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17h8d83d330ecb41dc6E", scope: !263, file: !829, line: 870, type: !839, scopeLine: 870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !285)
!843 = !{!837, !844, !845, !847}
!844 = !DILocalVariable(name: "elem_layout", arg: 2, scope: !838, file: !829, line: 870, type: !628)
!845 = !DILocalVariable(name: "ptr", scope: !846, file: !829, line: 872, type: !270, align: 64)
!846 = distinct !DILexicalBlock(scope: !838, file: !829, line: 872, column: 82)
!847 = !DILocalVariable(name: "layout", scope: !846, file: !829, line: 872, type: !628, align: 64)
!848 = !DILocation(line: 0, scope: !838, inlinedAt: !849)
!849 = distinct !DILocation(line: 423, column: 29, scope: !828, inlinedAt: !836)
!850 = !DILocalVariable(arg: 1, scope: !851, file: !454, line: 805, type: !854)
!851 = distinct !DISubprogram(name: "drop_in_place<core::cell::RefCell<alloc::vec::Vec<u8, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr73drop_in_place$LT$core..cell..RefCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h27773335d01e6feeE", scope: !114, file: !454, line: 805, type: !852, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !856, retainedNodes: !855)
!852 = !DISubroutineType(types: !853)
!853 = !{null, !854}
!854 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::cell::RefCell<alloc::vec::Vec<u8, alloc::alloc::Global>>", baseType: !238, size: 64, align: 64, dwarfAddressSpace: 0)
!855 = !{!850}
!856 = !{!857}
!857 = !DITemplateTypeParameter(name: "T", type: !238)
!858 = !DILocation(line: 0, scope: !851, inlinedAt: !859)
!859 = distinct !DILocation(line: 133, column: 1, scope: !585)
!860 = !DILocation(line: 0, scope: !782, inlinedAt: !861)
!861 = distinct !DILocation(line: 805, column: 1, scope: !851, inlinedAt: !859)
!862 = !DILocation(line: 0, scope: !810, inlinedAt: !863)
!863 = distinct !DILocation(line: 805, column: 1, scope: !782, inlinedAt: !861)
!864 = !DILocation(line: 0, scope: !818, inlinedAt: !865)
!865 = distinct !DILocation(line: 805, column: 1, scope: !810, inlinedAt: !863)
!866 = !DILocation(line: 0, scope: !828, inlinedAt: !867)
!867 = distinct !DILocation(line: 805, column: 1, scope: !818, inlinedAt: !865)
!868 = !DILocation(line: 0, scope: !838, inlinedAt: !869)
!869 = distinct !DILocation(line: 423, column: 29, scope: !828, inlinedAt: !867)
!870 = !DILocation(line: 0, scope: !846, inlinedAt: !869)
!871 = !DILocalVariable(name: "self", arg: 1, scope: !872, file: !674, line: 440, type: !695)
!872 = distinct !DISubprogram(name: "deallocate", linkageName: "_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate", scope: !675, file: !674, line: 440, type: !873, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !875)
!873 = !DISubroutineType(types: !874)
!874 = !{null, !695, !270, !628}
!875 = !{!871, !876, !877}
!876 = !DILocalVariable(name: "ptr", arg: 2, scope: !872, file: !674, line: 440, type: !270)
!877 = !DILocalVariable(name: "layout", arg: 3, scope: !872, file: !674, line: 440, type: !628)
!878 = !DILocation(line: 0, scope: !872, inlinedAt: !879)
!879 = distinct !DILocation(line: 874, column: 28, scope: !846, inlinedAt: !869)
!880 = !DILocalVariable(name: "self", arg: 1, scope: !881, file: !674, line: 323, type: !695)
!881 = distinct !DISubprogram(name: "deallocate_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global15deallocate_impl", scope: !283, file: !674, line: 323, type: !873, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !882, retainedNodes: !883)
!882 = !DISubprogram(name: "deallocate_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global15deallocate_impl", scope: !283, file: !674, line: 323, type: !873, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!883 = !{!880, !884, !885}
!884 = !DILocalVariable(name: "ptr", arg: 2, scope: !881, file: !674, line: 323, type: !270)
!885 = !DILocalVariable(name: "layout", arg: 3, scope: !881, file: !674, line: 323, type: !628)
!886 = !DILocation(line: 0, scope: !881, inlinedAt: !887)
!887 = distinct !DILocation(line: 442, column: 23, scope: !872, inlinedAt: !879)
!888 = !DILocalVariable(name: "ptr", arg: 1, scope: !889, file: !674, line: 199, type: !270)
!889 = distinct !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global23deallocate_impl_runtime", scope: !283, file: !674, line: 199, type: !890, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !892, retainedNodes: !893)
!890 = !DISubroutineType(types: !891)
!891 = !{null, !270, !628}
!892 = !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global23deallocate_impl_runtime", scope: !283, file: !674, line: 199, type: !890, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!893 = !{!888, !894}
!894 = !DILocalVariable(name: "layout", arg: 2, scope: !889, file: !674, line: 199, type: !628)
!895 = !DILocation(line: 0, scope: !889, inlinedAt: !896)
!896 = distinct !DILocation(line: 324, column: 9, scope: !881, inlinedAt: !887)
!897 = !DILocalVariable(name: "layout", arg: 2, scope: !898, file: !674, line: 114, type: !628)
!898 = distinct !DISubprogram(name: "dealloc", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5alloc7dealloc", scope: !284, file: !674, line: 114, type: !899, scopeLine: 114, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !901)
!899 = !DISubroutineType(types: !900)
!900 = !{null, !627, !628}
!901 = !{!902, !897}
!902 = !DILocalVariable(name: "ptr", arg: 1, scope: !898, file: !674, line: 114, type: !627)
!903 = !DILocation(line: 0, scope: !898, inlinedAt: !904)
!904 = distinct !DILocation(line: 209, column: 22, scope: !889, inlinedAt: !896)
!905 = !DILocation(line: 115, column: 14, scope: !898, inlinedAt: !904)
!906 = !DILocation(line: 116, column: 1, scope: !560)
!907 = !DILocation(line: 129, column: 11, scope: !596)
!908 = !DILocation(line: 129, column: 39, scope: !596)
!909 = !DILocation(line: 129, column: 64, scope: !596)
!910 = !DILocation(line: 130, column: 11, scope: !596)
!911 = !DILocation(line: 0, scope: !598)
!912 = !DILocation(line: 131, column: 5, scope: !598)
!913 = !DILocation(line: 133, column: 1, scope: !594)
!914 = !DILocation(line: 133, column: 1, scope: !592)
!915 = !DILocation(line: 133, column: 1, scope: !590)
!916 = !DILocation(line: 0, scope: !851, inlinedAt: !917)
!917 = distinct !DILocation(line: 133, column: 1, scope: !585)
!918 = !DILocation(line: 0, scope: !782, inlinedAt: !919)
!919 = distinct !DILocation(line: 805, column: 1, scope: !851, inlinedAt: !917)
!920 = !DILocation(line: 0, scope: !810, inlinedAt: !921)
!921 = distinct !DILocation(line: 805, column: 1, scope: !782, inlinedAt: !919)
!922 = !DILocation(line: 0, scope: !818, inlinedAt: !923)
!923 = distinct !DILocation(line: 805, column: 1, scope: !810, inlinedAt: !921)
!924 = !DILocation(line: 0, scope: !828, inlinedAt: !925)
!925 = distinct !DILocation(line: 805, column: 1, scope: !818, inlinedAt: !923)
!926 = !DILocation(line: 0, scope: !838, inlinedAt: !927)
!927 = distinct !DILocation(line: 423, column: 29, scope: !828, inlinedAt: !925)
!928 = !DILocation(line: 0, scope: !846, inlinedAt: !927)
!929 = !DILocation(line: 0, scope: !872, inlinedAt: !930)
!930 = distinct !DILocation(line: 874, column: 28, scope: !846, inlinedAt: !927)
!931 = !DILocation(line: 0, scope: !881, inlinedAt: !932)
!932 = distinct !DILocation(line: 442, column: 23, scope: !872, inlinedAt: !930)
!933 = !DILocation(line: 0, scope: !889, inlinedAt: !934)
!934 = distinct !DILocation(line: 324, column: 9, scope: !881, inlinedAt: !932)
!935 = !DILocation(line: 0, scope: !898, inlinedAt: !936)
!936 = distinct !DILocation(line: 209, column: 22, scope: !889, inlinedAt: !934)
!937 = !DILocation(line: 115, column: 14, scope: !898, inlinedAt: !936)
!938 = !DILocation(line: 133, column: 1, scope: !585)
!939 = !DILocation(line: 133, column: 1, scope: !570)
!940 = !DILocation(line: 133, column: 1, scope: !565)
!941 = !DILocation(line: 133, column: 1, scope: !560)
!942 = !DILocation(line: 133, column: 2, scope: !560)
!943 = distinct !DISubprogram(name: "bump", linkageName: "_ZN7sharing4bump17hfa3d0c27c09d0ab0E", scope: !2, file: !3, line: 55, type: !944, scopeLine: 55, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35)
!944 = !DISubroutineType(types: !945)
!945 = !{null}
!946 = !DILocation(line: 57, column: 9, scope: !943)
!947 = !DILocation(line: 59, column: 2, scope: !943)
!948 = distinct !DISubprogram(name: "my_load", linkageName: "_ZN7sharing7my_load17hcb6ee0933feb2a4dE", scope: !2, file: !3, line: 72, type: !949, scopeLine: 72, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !952)
!949 = !DISubroutineType(types: !950)
!950 = !{!99, !951}
!951 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&sharing::MyAtomic", baseType: !566, size: 64, align: 64, dwarfAddressSpace: 0)
!952 = !{!953}
!953 = !DILocalVariable(name: "a", arg: 1, scope: !948, file: !3, line: 72, type: !951)
!954 = !DILocation(line: 0, scope: !948)
!955 = !DILocation(line: 73, column: 14, scope: !948)
!956 = !DILocation(line: 74, column: 2, scope: !948)
!957 = distinct !DISubprogram(name: "statics", linkageName: "_ZN7sharing7statics17hc9c8e9360af66e42E", scope: !2, file: !3, line: 112, type: !194, scopeLine: 112, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35)
!958 = !DILocation(line: 114, column: 2, scope: !957)
!959 = distinct !DISubprogram(name: "cell_get", linkageName: "_ZN7sharing8cell_get17h8be7071736d6c258E", scope: !2, file: !3, line: 77, type: !960, scopeLine: 77, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !963)
!960 = !DISubroutineType(types: !961)
!961 = !{!32, !962}
!962 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::Cell<u32>", baseType: !586, size: 64, align: 64, dwarfAddressSpace: 0)
!963 = !{!964}
!964 = !DILocalVariable(name: "c", arg: 1, scope: !959, file: !3, line: 77, type: !962)
!965 = !DILocation(line: 0, scope: !959)
!966 = !DILocalVariable(name: "self", arg: 1, scope: !967, file: !297, line: 552, type: !962)
!967 = distinct !DISubprogram(name: "get<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17h2e795790fb52da5eE", scope: !586, file: !297, line: 552, type: !960, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !33, declaration: !968, retainedNodes: !969)
!968 = !DISubprogram(name: "get<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17h2e795790fb52da5eE", scope: !586, file: !297, line: 552, type: !960, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !33)
!969 = !{!966}
!970 = !DILocation(line: 0, scope: !967, inlinedAt: !971)
!971 = !DILocation(line: 78, column: 7, scope: !959)
!972 = !DILocation(line: 555, column: 18, scope: !967, inlinedAt: !971)
!973 = !DILocation(line: 79, column: 2, scope: !959)
!974 = distinct !DISubprogram(name: "nested_b", linkageName: "_ZN7sharing8nested_b17h77e41f91ddd90e91E", scope: !2, file: !3, line: 67, type: !975, scopeLine: 67, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !978)
!975 = !DISubroutineType(types: !976)
!976 = !{!53, !977}
!977 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&sharing::Outer", baseType: !571, size: 64, align: 64, dwarfAddressSpace: 0)
!978 = !{!979}
!979 = !DILocalVariable(name: "o", arg: 1, scope: !974, file: !3, line: 67, type: !977)
!980 = !DILocation(line: 0, scope: !974)
!981 = !DILocation(line: 68, column: 5, scope: !974)
!982 = !DILocation(line: 68, column: 17, scope: !974)
!983 = !DILocation(line: 69, column: 2, scope: !974)
!984 = distinct !DISubprogram(name: "poll_mut", linkageName: "_ZN7sharing8poll_mut17h339096898aafa4d5E", scope: !2, file: !3, line: 95, type: !985, scopeLine: 95, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !988)
!985 = !DISubroutineType(types: !986)
!986 = !{null, !987}
!987 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u32", baseType: !32, size: 64, align: 64, dwarfAddressSpace: 0)
!988 = !{!989}
!989 = !DILocalVariable(name: "p", arg: 1, scope: !984, file: !3, line: 95, type: !987)
!990 = !DILocation(line: 0, scope: !984)
!991 = !DILocation(line: 97, column: 15, scope: !984)
!992 = !DILocation(line: 99, column: 2, scope: !984)
!993 = distinct !DISubprogram(name: "plain_sum", linkageName: "_ZN7sharing9plain_sum17hc3d779fe67b4c073E", scope: !2, file: !3, line: 107, type: !994, scopeLine: 107, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !997)
!994 = !DISubroutineType(types: !995)
!995 = !{!53, !996}
!996 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&sharing::Inner", baseType: !575, size: 64, align: 64, dwarfAddressSpace: 0)
!997 = !{!998}
!998 = !DILocalVariable(name: "v", arg: 1, scope: !993, file: !3, line: 107, type: !996)
!999 = !DILocation(line: 0, scope: !993)
!1000 = !DILocation(line: 108, column: 5, scope: !993)
!1001 = !DILocation(line: 108, column: 18, scope: !993)
!1002 = !DILocation(line: 109, column: 2, scope: !993)
!1003 = distinct !DISubprogram(name: "wait_flag", linkageName: "_ZN7sharing9wait_flag17hf94bd1f785e54155E", scope: !2, file: !3, line: 48, type: !944, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35)
!1004 = !{i8 0, i8 2}
!1005 = !DILocation(line: 50, column: 16, scope: !1003)
!1006 = !DILocation(line: 52, column: 2, scope: !1003)
