lexer grammar LLVMLexer;
WS: [ \t\r\n]+ -> skip;
