; RUN: parse --print
; Legacy spellings that llvm-as-19 still accepts: typed pointers (`i32*`, `i8**`,
; `%struct*`, `i8 addrspace(1)*`, function pointer types), which are read as opaque `ptr`
; (irscope prints them as `ptr`); the old function attributes `readonly`/`readnone`/
; `writeonly`/`argmemonly`/`inaccessiblememonly`/`inaccessiblemem_or_argmemonly`, which LLVM
; 19 upgrades to memory(...) but irscope keeps as written; `nocapture` on parameters; typed
; GEP/load/store/call operands and bitcasts between pointer types.
target triple = "x86_64-unknown-linux-gnu"

%struct.node = type { %struct.node*, i32 }
; CHECK: %struct.node = type { ptr, i32 }

@head = global %struct.node* null
; CHECK: @head = global ptr null
@table = global [2 x i8*] [i8* null, i8* bitcast (i32* @value to i8*)]
; CHECK: @table = global [2 x ptr] [ptr null, ptr @value]
@value = global i32 0
; CHECK: @value = global i32 0
@fnptr = global i32 (i32)* @inc
; CHECK: @fnptr = global ptr @inc

; old memory attributes on declarations and a definition
declare i32 @pure(i32) readnone
; CHECK: declare i32 @pure(
declare i32 @reads(i32* nocapture) readonly argmemonly
; CHECK: declare i32 @reads(
declare void @writes(i8*) writeonly inaccessiblememonly
; CHECK: declare void @writes(
declare void @mixed(i8*) inaccessiblemem_or_argmemonly
; CHECK: declare void @mixed(

define i32 @inc(i32 %x) readnone {
; CHECK: define i32 @inc(
  %r = add i32 %x, 1
  ; CHECK: %r = add i32 %x, 1
  ret i32 %r
  ; CHECK: ret i32 %r
}

; typed pointers in loads, stores, GEPs, bitcasts and calls
define i32 @walk(%struct.node* nocapture readonly %n, i8 addrspace(1)* %q) {
; CHECK: define i32 @walk(
  %next.addr = getelementptr inbounds %struct.node, %struct.node* %n, i64 0, i32 0
  ; CHECK: %next.addr = getelementptr inbounds %struct.node, ptr %n, i64 0, i32 0
  %next = load %struct.node*, %struct.node** %next.addr, align 8
  ; CHECK: %next = load ptr, ptr %next.addr, align 8
  %val.addr = getelementptr inbounds %struct.node, %struct.node* %next, i64 0, i32 1
  ; CHECK: %val.addr = getelementptr inbounds %struct.node, ptr %next, i64 0, i32 1
  %val = load i32, i32* %val.addr, align 4
  ; CHECK: %val = load i32, ptr %val.addr, align 4
  %raw = bitcast %struct.node* %n to i8*
  ; CHECK: %raw = bitcast ptr %n to ptr
  store i8 0, i8* %raw, align 1
  ; CHECK: store i8 0, ptr %raw, align 1
  %f = load i32 (i32)*, i32 (i32)** @fnptr, align 8
  ; CHECK: %f = load ptr, ptr @fnptr, align 8
  %r = call i32 %f(i32 %val)
  ; CHECK: %r = call i32 %f(i32 %val)
  %as = addrspacecast i8 addrspace(1)* %q to i8*
  ; CHECK: %as = addrspacecast ptr addrspace(1) %q to ptr
  %r2 = call i32 @reads(i32* %val.addr)
  ; CHECK: %r2 = call i32 @reads(ptr %val.addr)
  ret i32 %r
  ; CHECK: ret i32 %r
}
