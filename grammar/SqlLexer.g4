// Lexer for the Sql2Dbsp SQL dialect (standard SQL, Calcite/PostgreSQL flavour, as Feldera documents it).
// Regenerate the C# with grammar/gen.sh; see grammar/README.md for the dialect decisions.
//
// The lexer never fails: malformed input becomes one of the ERROR-kind tokens at the end of this file
// (UNTERMINATED_*, ERROR_CHARACTER), which SqlScriptParser reports as SQL0001 with the token's span.
lexer grammar SqlLexer;

options { caseInsensitive = true; }

// ---------------------------------------------------------------------------------------------------------------
// Keywords. Whether a keyword is reserved (cannot be used as an unquoted identifier) is decided by the parser's
// `nonReserved` rule, not here: every keyword listed there is also a valid identifier.
// ---------------------------------------------------------------------------------------------------------------
ALL               : 'ALL';
AND               : 'AND';
ANY               : 'ANY';
AS                : 'AS';
ASC               : 'ASC';
ASYMMETRIC        : 'ASYMMETRIC';
BETWEEN           : 'BETWEEN';
BOTH              : 'BOTH';
BY                : 'BY';
CASE              : 'CASE';
CAST              : 'CAST';
CHAR              : 'CHAR';
CHARACTER         : 'CHARACTER';
CHECK             : 'CHECK';
CONSTRAINT        : 'CONSTRAINT';
CREATE            : 'CREATE';
CROSS             : 'CROSS';
CURRENT           : 'CURRENT';
CURRENT_DATE      : 'CURRENT_DATE';
CURRENT_TIME      : 'CURRENT_TIME';
CURRENT_TIMESTAMP : 'CURRENT_TIMESTAMP';
DATE              : 'DATE';
DAY               : 'DAY';
DAYS              : 'DAYS';
DECLARE           : 'DECLARE';
DEFAULT           : 'DEFAULT';
DELETE            : 'DELETE';
DESC              : 'DESC';
DESCRIPTOR        : 'DESCRIPTOR';
DISTINCT          : 'DISTINCT';
DOUBLE            : 'DOUBLE';
DROP              : 'DROP';
ELSE              : 'ELSE';
END               : 'END';
ESCAPE            : 'ESCAPE';
EXCEPT            : 'EXCEPT';
EXISTS            : 'EXISTS';
EXTRACT           : 'EXTRACT';
FALSE             : 'FALSE';
FETCH             : 'FETCH';
FILTER            : 'FILTER';
FIRST             : 'FIRST';
FOLLOWING         : 'FOLLOWING';
FOR               : 'FOR';
FOREIGN           : 'FOREIGN';
FROM              : 'FROM';
FULL              : 'FULL';
GROUP             : 'GROUP';
HAVING            : 'HAVING';
HOUR              : 'HOUR';
HOURS             : 'HOURS';
IF                : 'IF';
ILIKE             : 'ILIKE';
IN                : 'IN';
INDEX             : 'INDEX';
INNER             : 'INNER';
INSERT            : 'INSERT';
INTERSECT         : 'INTERSECT';
INTERVAL          : 'INTERVAL';
INTO              : 'INTO';
IS                : 'IS';
JOIN              : 'JOIN';
KEY               : 'KEY';
LAST              : 'LAST';
LATENESS          : 'LATENESS';
LEADING           : 'LEADING';
LEFT              : 'LEFT';
LIKE              : 'LIKE';
LIMIT             : 'LIMIT';
LOCAL             : 'LOCAL';
LOCALTIME         : 'LOCALTIME';
LOCALTIMESTAMP    : 'LOCALTIMESTAMP';
MATERIALIZED      : 'MATERIALIZED';
MINUTE            : 'MINUTE';
MINUTES           : 'MINUTES';
MONTH             : 'MONTH';
MONTHS            : 'MONTHS';
NATURAL           : 'NATURAL';
NEXT              : 'NEXT';
NOT               : 'NOT';
NULL              : 'NULL';
NULLS             : 'NULLS';
OFFSET            : 'OFFSET';
ON                : 'ON';
ONLY              : 'ONLY';
OR                : 'OR';
ORDER             : 'ORDER';
OUTER             : 'OUTER';
OVER              : 'OVER';
PARTITION         : 'PARTITION';
POSITION          : 'POSITION';
PRECEDING         : 'PRECEDING';
PRECISION         : 'PRECISION';
PRIMARY           : 'PRIMARY';
RANGE             : 'RANGE';
RECURSIVE         : 'RECURSIVE';
REFERENCES        : 'REFERENCES';
RIGHT             : 'RIGHT';
ROW               : 'ROW';
ROWS              : 'ROWS';
SECOND            : 'SECOND';
SECONDS           : 'SECONDS';
SELECT            : 'SELECT';
SET               : 'SET';
SOME              : 'SOME';
SUBSTRING         : 'SUBSTRING';
SYMMETRIC         : 'SYMMETRIC';
TABLE             : 'TABLE';
THEN              : 'THEN';
TIME              : 'TIME';
TIMESTAMP         : 'TIMESTAMP';
TO                : 'TO';
TRAILING          : 'TRAILING';
TRIM              : 'TRIM';
TRUE              : 'TRUE';
UNBOUNDED         : 'UNBOUNDED';
UNION             : 'UNION';
UNIQUE            : 'UNIQUE';
UNKNOWN           : 'UNKNOWN';
UPDATE            : 'UPDATE';
USING             : 'USING';
VALUES            : 'VALUES';
VARYING           : 'VARYING';
VIEW              : 'VIEW';
WATERMARK         : 'WATERMARK';
WEEK              : 'WEEK';
WEEKS             : 'WEEKS';
WHEN              : 'WHEN';
WHERE             : 'WHERE';
WITH              : 'WITH';
YEAR              : 'YEAR';
YEARS             : 'YEARS';

// ---------------------------------------------------------------------------------------------------------------
// Punctuation and operators
// ---------------------------------------------------------------------------------------------------------------
SEMI         : ';';
COMMA        : ',';
DOT          : '.';
LPAREN       : '(';
RPAREN       : ')';
STAR         : '*';
PLUS         : '+';
MINUS        : '-';
SLASH        : '/';
PERCENT      : '%';
CONCAT       : '||';
DOUBLE_COLON : '::';
EQ           : '=';
NEQ          : '<>';
BANG_EQ      : '!=';
LT           : '<';
LTE          : '<=';
GT           : '>';
GTE          : '>=';

// ---------------------------------------------------------------------------------------------------------------
// Literals and identifiers
// ---------------------------------------------------------------------------------------------------------------

/** An unsigned integer: 42. */
INTEGER_VALUE : DIGIT+;

/** An unsigned exact or approximate number with a point or an exponent: 4.2, 5., .5, 1e10, 1.5E-3. */
DECIMAL_VALUE
    : DIGIT+ '.' DIGIT* EXPONENT?
    | '.' DIGIT+ EXPONENT?
    | DIGIT+ EXPONENT
    ;

/** 'text' with '' standing for one quote. */
STRING : '\'' ( ~'\'' | '\'\'' )* '\'';

/** X'0A1B': the hex digits are checked by the AST builder (SQL0002). */
BINARY_STRING : 'X\'' ~'\''* '\'';

IDENTIFIER : IDENTIFIER_START IDENTIFIER_PART*;

/** "Name" with "" standing for one double quote: case-sensitive. */
QUOTED_IDENTIFIER : '"' ( ~'"' | '""' )* '"';

/** `Name` (MySQL style) with `` standing for one backquote: treated like a double-quoted identifier. */
BACKQUOTED_IDENTIFIER : '`' ( ~'`' | '``' )* '`';

fragment DIGIT            : [0-9];
fragment EXPONENT         : 'E' [+-]? DIGIT+;
/** Letters are Unicode letters (\p{L} includes A-Z); digits are Unicode decimal digits (\p{Nd} includes 0-9). */
fragment IDENTIFIER_START : [_\p{L}];
fragment IDENTIFIER_PART  : [_$\p{L}\p{Nd}];

// ---------------------------------------------------------------------------------------------------------------
// Trivia
// ---------------------------------------------------------------------------------------------------------------
WHITESPACE    : [ \t\r\n\f\u000B\u00A0]+ -> skip;
LINE_COMMENT  : '--' ~[\r\n]* -> skip;
BLOCK_COMMENT : '/*' .*? '*/' -> skip;

// ---------------------------------------------------------------------------------------------------------------
// Error tokens: they win only when nothing above matches (an unterminated construct runs to the end of the text,
// so it is always shorter than a terminated one). The parser never expects them; SqlScriptParser reports them.
// ---------------------------------------------------------------------------------------------------------------
UNTERMINATED_STRING                : '\'' ( ~'\'' | '\'\'' )*;
UNTERMINATED_QUOTED_IDENTIFIER     : '"' ( ~'"' | '""' )*;
UNTERMINATED_BACKQUOTED_IDENTIFIER : '`' ( ~'`' | '``' )*;
/** The longest prefix that contains no star-slash, so a terminated comment (which ends with one) is always longer. */
UNTERMINATED_COMMENT               : '/*' ( ~'*' | '*'+ ~[*/] )* '*'*;
ERROR_CHARACTER                    : .;
