; Older spellings LLVM 19 still reads: typed pointers (i32*, %T**, addrspace(N)*, function pointer types), untyped alias aliasees, old attributes, llvm.dbg.value calls, numbered entities.
%T = type { i32, %T* }
%1 = type { i8 addrspace(1)*, void (i32)* }

@p = global i32* null
@pp = global %T** null
@fp = global void (i32)* @f
@as = global i8 addrspace(1)* null
@vt = constant { [3 x i8*] } zeroinitializer
@gep = global i8** getelementptr inbounds ({ [3 x i8*] }, { [3 x i8*] }* @vt, i32 0, i32 0, i32 1)
@a1 = alias void (i32), void (i32)* @f
@a2 = alias i8, bitcast (void (i32)* @f to i8*)
@0 = private constant i32 1
@1 = global i32* @0

define void @f(i32 %x) {
  ret void
}

define i32 @g(i32* nocapture readonly %p, %T* %t, i8 addrspace(1)* %q) #0 {
entry:
  %0 = load i32, i32* %p, align 4
  %1 = getelementptr inbounds %T, %T* %t, i64 0, i32 1
  %2 = load %T*, %T** %1, align 8
  %3 = bitcast %T* %2 to i8*
  call void @llvm.dbg.value(metadata i32 %0, metadata !5, metadata !DIExpression()), !dbg !8
  call void bitcast (void (i32)* @f to void (i64)*)(i64 1)
  %4 = call i32 (i32*, ...) bitcast (i32 (i32*, %T*, i8 addrspace(1)*)* @g to i32 (i32*, ...)*)(i32* %p)
  %5 = addrspacecast i8 addrspace(1)* %q to i8*
  %6 = icmp eq i8* %3, %5
  br i1 %6, label %yes, label %2000
yes:
  ret i32 %0
2000:
  ret i32 %4
}

declare void @llvm.dbg.value(metadata, metadata, metadata)

attributes #0 = { readonly argmemonly nounwind "less-precise-fpmad"="false" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3}
!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "clang", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "t.c", directory: "/")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = distinct !DISubprogram(name: "g", scope: !1, file: !1, line: 1, type: !6, spFlags: DISPFlagDefinition, unit: !0)
!5 = !DILocalVariable(name: "v", arg: 1, scope: !4, file: !1, line: 1, type: !7)
!6 = !DISubroutineType(types: !{!7})
!7 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!8 = !DILocation(line: 2, column: 3, scope: !4)
