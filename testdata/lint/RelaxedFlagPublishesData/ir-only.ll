; RUN: lint
; RelaxedFlagPublishesData: a loop waits on an atomic flag loaded Relaxed (monotonic, or
; core::sync::atomic::atomic_load(ptr, i8 0) before inlining, as at -C no-prepopulate-passes),
; then reads with plain loads the data the flag publishes: a field next to the flag, or what
; the pointer it loaded points to. Acquire, SeqCst, an Acquire fence after the loop, or no
; data read at all give no finding.

; what rustc emits for core::sync::atomic::atomic_load<u8> (the panicking cases shortened)
define internal noundef i8 @_ZN4core4sync6atomic11atomic_load17h0000000000000001E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr {
start:
  %_3 = zext i8 %order to i64
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb1
    i64 2, label %bb5
    i64 3, label %bb1
    i64 4, label %bb4
  ]

bb1:
  unreachable

bb6:
  %0 = load atomic i8, ptr %dst monotonic, align 1
  br label %bb7

bb5:
  %1 = load atomic i8, ptr %dst acquire, align 1
  br label %bb7

bb4:
  %2 = load atomic i8, ptr %dst seq_cst, align 1
  br label %bb7

bb7:
  %r = phi i8 [ %0, %bb6 ], [ %1, %bb5 ], [ %2, %bb4 ]
  ret i8 %r
}

; the same for AtomicPtr<T>::load
define internal noundef ptr @_ZN4core4sync6atomic11atomic_load17h0000000000000002E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr {
start:
  %_3 = zext i8 %order to i64
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 2, label %bb5
  ]

bb1:
  unreachable

bb6:
  %0 = load atomic ptr, ptr %dst monotonic, align 8
  ret ptr %0

bb5:
  %1 = load atomic ptr, ptr %dst acquire, align 8
  ret ptr %1
}

declare void @_RNvNtNtCs1234567890_4core4sync6atomic5fence(i8 noundef)

declare void @llvm.x86.sse2.pause()

; positive: Mailbox { data: [u64; 4], ready: AtomicBool } waited on with Relaxed (call form)
define noundef i64 @consume_relaxed(ptr noundef nonnull align 8 %self) unnamed_addr {
start:
  br label %bb1

bb1:
  %ready = getelementptr inbounds i8, ptr %self, i64 32
  %f = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h0000000000000001E(ptr noundef %ready, i8 noundef 0)
  %c = icmp eq i8 %f, 0
  br i1 %c, label %bb3, label %bb2

bb3:
  call void @llvm.x86.sse2.pause()
  br label %bb1

bb2:
; LINT: RelaxedFlagPublishesData error: Ordering::Relaxed
  %d0 = load i64, ptr %self, align 8
  %p1 = getelementptr inbounds nuw i64, ptr %self, i64 1
  %d1 = load i64, ptr %p1, align 8
  %s = add i64 %d0, %d1
  ret i64 %s
}

; negative: the same with Acquire (i8 2)
define noundef i64 @consume_acquire(ptr noundef nonnull align 8 %self) unnamed_addr {
start:
  br label %bb1

bb1:
  %ready = getelementptr inbounds i8, ptr %self, i64 32
  %f = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h0000000000000001E(ptr noundef %ready, i8 noundef 2)
  %c = icmp eq i8 %f, 0
  br i1 %c, label %bb1, label %bb2

bb2:
  %d0 = load i64, ptr %self, align 8
  ret i64 %d0
}

; negative: Relaxed, then fence(Ordering::Acquire) before the data is read
define noundef i64 @consume_relaxed_fence(ptr noundef nonnull align 8 %self) unnamed_addr {
start:
  br label %bb1

bb1:
  %ready = getelementptr inbounds i8, ptr %self, i64 32
  %f = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h0000000000000001E(ptr noundef %ready, i8 noundef 0)
  %c = icmp eq i8 %f, 0
  br i1 %c, label %bb1, label %bb2

bb2:
  call void @_RNvNtNtCs1234567890_4core4sync6atomic5fence(i8 noundef 2)
  %d0 = load i64, ptr %self, align 8
  ret i64 %d0
}

; positive: an AtomicPtr<Msg> loaded Relaxed, then the message read through it
define noundef i64 @take_relaxed(ptr noundef nonnull align 8 %slot) unnamed_addr {
start:
  %p = alloca [8 x i8], align 8
  %0 = call noundef ptr @_ZN4core4sync6atomic11atomic_load17h0000000000000002E(ptr noundef %slot, i8 noundef 0)
  store ptr %0, ptr %p, align 8
  br label %bb1

bb1:
  %q = load ptr, ptr %p, align 8
  %n = icmp eq ptr %q, null
  br i1 %n, label %bb2, label %bb3

bb2:
  %1 = call noundef ptr @_ZN4core4sync6atomic11atomic_load17h0000000000000002E(ptr noundef %slot, i8 noundef 0)
  store ptr %1, ptr %p, align 8
  br label %bb1

bb3:
  %m = load ptr, ptr %p, align 8
; LINT: RelaxedFlagPublishesData error
  %a = load i64, ptr %m, align 8
  ret i64 %a
}

; positive: the inlined form, `load atomic ... monotonic`, then a field next to the flag
define noundef i32 @read_relaxed(ptr noundef nonnull align 4 %self) unnamed_addr {
start:
  %full = getelementptr inbounds i8, ptr %self, i64 8
  br label %bb1

bb1:
  %f = load atomic i8, ptr %full monotonic, align 1
  %c = icmp eq i8 %f, 0
  br i1 %c, label %bb1, label %bb2

bb2:
; LINT: RelaxedFlagPublishesData
  %v = load i32, ptr %self, align 4
  ret i32 %v
}

; negative: SeqCst in the inlined form
define noundef i32 @read_seqcst(ptr noundef nonnull align 4 %self) unnamed_addr {
start:
  %full = getelementptr inbounds i8, ptr %self, i64 8
  br label %bb1

bb1:
  %f = load atomic i8, ptr %full seq_cst, align 1
  %c = icmp eq i8 %f, 0
  br i1 %c, label %bb1, label %bb2

bb2:
  %v = load i32, ptr %self, align 4
  ret i32 %v
}

; negative: a Relaxed wait that publishes nothing (std_atomic_relaxed::reader)
define void @wait_relaxed(ptr noundef nonnull align 1 %a) unnamed_addr {
start:
  br label %bb1

bb1:
  %f = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h0000000000000001E(ptr noundef %a, i8 noundef 0)
  %c = icmp eq i8 %f, 0
  br i1 %c, label %bb1, label %bb2

bb2:
  ret void
}

; negative: what follows the Relaxed wait reads only a local and an immutable argument
define noundef i64 @wait_then_locals(ptr noundef nonnull align 1 %a, ptr noalias noundef readonly align 8 dereferenceable(8) %cfg) unnamed_addr {
start:
  %x = alloca [8 x i8], align 8
  store i64 7, ptr %x, align 8
  br label %bb1

bb1:
  %f = load atomic i8, ptr %a monotonic, align 1
  %c = icmp eq i8 %f, 0
  br i1 %c, label %bb1, label %bb2

bb2:
  %l = load i64, ptr %x, align 8
  %k = load i64, ptr %cfg, align 8
  %s = add i64 %l, %k
  ret i64 %s
}
