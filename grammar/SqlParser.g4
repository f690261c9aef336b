// Parser for the Sql2Dbsp SQL dialect (standard SQL, Calcite/PostgreSQL flavour, as Feldera documents it).
// Regenerate the C# with grammar/gen.sh; see grammar/README.md for the dialect decisions.
//
// SqlScriptParser splits the token stream at ';' and parses each statement on its own with `singleStatement`,
// so one bad statement never hides the errors of the next. AstBuilder (compiler/.../Parsing) turns the parse
// tree into the AST records of compiler/.../Syntax; rule and label names here are what it visits.
parser grammar SqlParser;

options { tokenVocab = SqlLexer; }

// ===============================================================================================================
// Statements
// ===============================================================================================================

/** One statement and its optional terminating ';' (the driver hands the parser one statement at a time). */
singleStatement
    : statement SEMI? EOF
    ;

statement
    : createTable
    | createView
    | declareRecursiveView
    | createIndex
    | dropStatement
    | insertStatement
    | deleteStatement
    | updateStatement
    | setStatement
    | query
    ;

createTable
    : CREATE TABLE identifier LPAREN tableElement (COMMA tableElement)* RPAREN withProperties?
    ;

tableElement
    : columnDefinition
    | tableConstraint
    ;

columnDefinition
    : identifier typeName columnConstraint*
    ;

/** UNIQUE and [FOREIGN KEY] REFERENCES are accepted and ignored (integrity constraints are not enforced); CHECK is reported as unsupported. */
columnConstraint
    : NOT NULL                                                          # notNullConstraint
    | NULL                                                              # nullConstraint
    | PRIMARY KEY                                                       # primaryKeyColumnConstraint
    | DEFAULT expression                                                # defaultConstraint
    | UNIQUE                                                            # uniqueColumnConstraint
    | (FOREIGN KEY)? REFERENCES qualifiedName (LPAREN identifierList RPAREN)? # referencesColumnConstraint
    | CHECK LPAREN expression RPAREN                                    # checkColumnConstraint
    ;

tableConstraint
    : (CONSTRAINT identifier)? tableConstraintBody
    ;

tableConstraintBody
    : PRIMARY KEY LPAREN identifierList RPAREN                                                          # primaryKeyTableConstraint
    | UNIQUE LPAREN identifierList RPAREN                                                               # uniqueTableConstraint
    | FOREIGN KEY LPAREN identifierList RPAREN REFERENCES qualifiedName (LPAREN identifierList RPAREN)? # foreignKeyTableConstraint
    | CHECK LPAREN expression RPAREN                                                                    # checkTableConstraint
    ;

/** WITH ('key' = 'value', ...) after a table's column list or a view's name. */
withProperties
    : WITH LPAREN property (COMMA property)* RPAREN
    ;

property
    : key=STRING EQ value=STRING
    ;

createView
    : CREATE kind=(MATERIALIZED | LOCAL)? VIEW identifier (LPAREN identifierList RPAREN)? withProperties? AS query
    ;

declareRecursiveView
    : DECLARE RECURSIVE VIEW identifier LPAREN columnDefinition (COMMA columnDefinition)* RPAREN
    ;

createIndex
    : CREATE UNIQUE? INDEX identifier ON qualifiedName LPAREN indexColumn (COMMA indexColumn)* RPAREN
    ;

indexColumn
    : identifier (ASC | DESC)?
    ;

dropStatement
    : DROP kind=(TABLE | VIEW | INDEX) (IF EXISTS)? qualifiedName
    ;

insertStatement
    : INSERT INTO qualifiedName (LPAREN identifierList RPAREN)? query
    ;

deleteStatement
    : DELETE FROM qualifiedName (AS? identifier)? (WHERE expression)?
    ;

updateStatement
    : UPDATE qualifiedName (AS? identifier)? SET assignment (COMMA assignment)* (WHERE expression)?
    ;

assignment
    : identifier EQ expression
    ;

/** SET option = ON | OFF | literal: a compiler option (the binder accepts the ones it knows and ignores Feldera's). */
setStatement
    : SET option=identifier EQ (ON | literal | word=identifier)
    ;

// ===============================================================================================================
// Queries
// ===============================================================================================================

/** A query body with its optional WITH, ORDER BY and LIMIT/OFFSET/FETCH (AstBuilder wraps it only when present). */
query
    : withClause? queryBody orderByClause? limitClause?
    ;

withClause
    : WITH RECURSIVE? commonTableExpression (COMMA commonTableExpression)*
    ;

commonTableExpression
    : identifier (LPAREN identifierList RPAREN)? AS LPAREN query RPAREN
    ;

/** UNION and EXCEPT: left-associative, binding looser than INTERSECT. */
queryBody
    : queryTerm (unionOperator queryTerm)*
    ;

unionOperator
    : op=(UNION | EXCEPT) quantifier=(ALL | DISTINCT)?
    ;

queryTerm
    : queryPrimary (intersectOperator queryPrimary)*
    ;

intersectOperator
    : INTERSECT quantifier=(ALL | DISTINCT)?
    ;

queryPrimary
    : select                                                            # selectQuery
    | valuesClause                                                      # valuesQuery
    | LPAREN query RPAREN                                               # parenthesizedQuery
    ;

select
    : SELECT quantifier=(ALL | DISTINCT)? selectItem (COMMA selectItem)*
      (FROM tableReference (COMMA tableReference)*)?
      whereClause?
      groupByClause?
      havingClause?
    ;

whereClause
    : WHERE expression
    ;

groupByClause
    : GROUP BY expression (COMMA expression)*
    ;

havingClause
    : HAVING expression
    ;

valuesClause
    : VALUES valuesRow (COMMA valuesRow)*
    ;

valuesRow
    : LPAREN expression (COMMA expression)* RPAREN
    ;

selectItem
    : STAR                                                              # starSelectItem
    | qualifiedName DOT STAR                                            # qualifiedStarSelectItem
    | expression (AS? identifier | AS alias=STRING)?                    # expressionSelectItem
    ;

orderByClause
    : ORDER BY orderItem (COMMA orderItem)*
    ;

orderItem
    : expression direction=(ASC | DESC)? (NULLS nulls=(FIRST | LAST))?
    ;

/** LIMIT n [OFFSET m], OFFSET m [LIMIT n | FETCH ...], or FETCH FIRST|NEXT [n] ROW|ROWS ONLY. */
limitClause
    : limitPart offsetPart?                                             # limitThenOffset
    | offsetPart (limitPart | fetchPart)?                               # offsetThenLimit
    | fetchPart                                                         # fetchOnly
    ;

limitPart
    : LIMIT expression
    ;

offsetPart
    : OFFSET expression (ROW | ROWS)?
    ;

fetchPart
    : FETCH (FIRST | NEXT) expression? (ROW | ROWS) ONLY
    ;

// ---------------------------------------------------------------------------------------------------------------
// FROM
// ---------------------------------------------------------------------------------------------------------------

/** A table primary followed by joins, folded left-deep. */
tableReference
    : tablePrimary joinClause*
    ;

joinClause
    : CROSS JOIN tablePrimary                                           # crossJoin
    | NATURAL joinType? JOIN tablePrimary                               # naturalJoin
    | joinType? JOIN tablePrimary joinCondition                         # qualifiedJoin
    ;

joinType
    : INNER
    | kind=(LEFT | RIGHT | FULL) OUTER?
    ;

joinCondition
    : ON expression                                                     # onCondition
    | USING LPAREN identifierList RPAREN                                # usingCondition
    ;

tablePrimary
    : qualifiedName tableAlias?                                         # namedTable
    | LPAREN query RPAREN tableAlias?                                   # derivedTable
    | LPAREN tableReference RPAREN                                      # parenthesizedTableReference
    ;

tableAlias
    : AS? identifier (LPAREN identifierList RPAREN)?
    ;

// ===============================================================================================================
// Expressions, loosest to tightest:
// OR; AND; NOT; comparison, IS, BETWEEN, IN, LIKE (left-associative, one level); ||; + -; * / %; unary + -; ::
// ===============================================================================================================

expression
    : orExpression
    ;

orExpression
    : andExpression (OR andExpression)*
    ;

andExpression
    : notExpression (AND notExpression)*
    ;

notExpression
    : NOT notExpression                                                 # logicalNot
    | predicate                                                         # predicated
    ;

/** A value followed by any number of comparison-level suffixes, applied left to right. */
predicate
    : valueExpression predicateSuffix*
    ;

predicateSuffix
    : comparisonOperator (valueExpression | quantifier=(ALL | ANY | SOME) LPAREN query RPAREN)  # comparisonPredicate
    | IS NOT? (NULL | TRUE | FALSE | UNKNOWN | DISTINCT FROM valueExpression)                   # isPredicate
    | NOT? BETWEEN (SYMMETRIC | ASYMMETRIC)? low=valueExpression AND high=valueExpression      # betweenPredicate
    | NOT? IN LPAREN (query | (expression (COMMA expression)*)?) RPAREN                        # inPredicate
    | NOT? op=(LIKE | ILIKE) pattern=valueExpression (ESCAPE escape=valueExpression)?          # likePredicate
    ;

comparisonOperator
    : EQ | NEQ | BANG_EQ | LT | LTE | GT | GTE
    ;

/** String concatenation `||`. */
valueExpression
    : additiveExpression (CONCAT additiveExpression)*
    ;

additiveExpression
    : multiplicativeExpression ((PLUS | MINUS) multiplicativeExpression)*
    ;

multiplicativeExpression
    : unaryExpression ((STAR | SLASH | PERCENT) unaryExpression)*
    ;

unaryExpression
    : op=(PLUS | MINUS) unaryExpression                                 # signedExpression
    | postfixExpression                                                 # unsignedExpression
    ;

/** PostgreSQL-style casts `x::type`, binding tighter than unary minus. */
postfixExpression
    : primaryExpression (DOUBLE_COLON typeName)*
    ;

primaryExpression
    : literal                                                                       # literalExpression
    | LPAREN query RPAREN                                                           # scalarSubquery
    | LPAREN expression (COMMA expression)* RPAREN                                  # parenthesizedExpression
    | EXISTS LPAREN query RPAREN                                                    # existsExpression
    | CASE operand=expression? whenClause+ (ELSE elseResult=expression)? END        # caseExpression
    | CAST LPAREN expression AS typeName RPAREN                                     # castExpression
    | EXTRACT LPAREN identifier FROM expression RPAREN                              # extractExpression
    | POSITION LPAREN valueExpression IN expression RPAREN                          # positionExpression
    | SUBSTRING LPAREN expression (FROM expression (FOR expression)? | FOR expression) RPAREN # substringExpression
    | TRIM LPAREN trimMode=(BOTH | LEADING | TRAILING)? (characters=expression? FROM)? operand=expression RPAREN # trimExpression
    | name=(CURRENT_DATE | CURRENT_TIME | CURRENT_TIMESTAMP | LOCALTIME | LOCALTIMESTAMP) # niladicFunction
    | functionName LPAREN functionArguments? RPAREN filterClause? overClause?       # functionCall
    | qualifiedName                                                                 # columnReference
    ;

whenClause
    : WHEN condition=expression THEN result=expression
    ;

/** Keywords that are also function names (LEFT(s, n), SOME(condition)) stay callable. */
functionName
    : identifier
    | LEFT
    | RIGHT
    | SOME
    ;

functionArguments
    : STAR                                                              # starArgument
    | quantifier=(ALL | DISTINCT)? expression (COMMA expression)*       # expressionArguments
    ;

filterClause
    : FILTER LPAREN WHERE expression RPAREN
    ;

overClause
    : OVER LPAREN windowSpecification RPAREN
    ;

windowSpecification
    : (PARTITION BY expression (COMMA expression)*)? (ORDER BY orderItem (COMMA orderItem)*)? windowFrame?
    ;

windowFrame
    : (ROWS | RANGE) (BETWEEN frameBound AND frameBound | frameBound)
    ;

frameBound
    : UNBOUNDED (PRECEDING | FOLLOWING)
    | CURRENT ROW
    | valueExpression (PRECEDING | FOLLOWING)
    ;

literal
    : INTEGER_VALUE                                                     # integerLiteral
    | DECIMAL_VALUE                                                     # decimalLiteral
    | STRING                                                            # stringLiteral
    | BINARY_STRING                                                     # binaryLiteral
    | (TRUE | FALSE)                                                    # booleanLiteral
    | NULL                                                              # nullLiteral
    | kind=(DATE | TIME | TIMESTAMP) STRING                             # typedLiteral
    | INTERVAL sign=(PLUS | MINUS)? (STRING | INTEGER_VALUE) intervalQualifier # intervalLiteral
    ;

intervalQualifier
    : start=intervalUnit (TO end=intervalUnit)?
    ;

intervalUnit
    : YEAR | YEARS | MONTH | MONTHS | WEEK | WEEKS | DAY | DAYS | HOUR | HOURS | MINUTE | MINUTES | SECOND | SECONDS
    ;

// ===============================================================================================================
// Types and names
// ===============================================================================================================

typeName
    : DOUBLE PRECISION                                                  # doublePrecisionType
    | (CHARACTER | CHAR) VARYING (LPAREN INTEGER_VALUE RPAREN)?         # characterVaryingType
    | INTERVAL intervalQualifier?                                       # intervalType
    | typeIdentifier (LPAREN INTEGER_VALUE (COMMA INTEGER_VALUE)? RPAREN)? # namedType
    ;

/** Type names are not keywords (the binder reports unknown ones), except where they are multi-word. */
typeIdentifier
    : IDENTIFIER
    | nonReserved
    ;

qualifiedName
    : identifier (DOT identifier)*
    ;

identifierList
    : identifier (COMMA identifier)*
    ;

identifier
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | BACKQUOTED_IDENTIFIER
    | nonReserved
    ;

/**
 * Keywords usable as unquoted identifiers. The rest are reserved because they can follow an expression or a
 * table reference (where an alias without AS could otherwise swallow them: FROM, JOIN, LEFT, LIMIT, UNION, ...)
 * or start an expression (CASE, CAST, EXISTS, NULL, TRUE, ...).
 */
nonReserved
    : ASC | BY | CHAR | CHARACTER | CURRENT | DATE | DAY | DAYS | DECLARE | DEFAULT | DELETE | DESC | DOUBLE | DROP
    | ESCAPE | EXTRACT | FILTER | FIRST | FOLLOWING | FOR | HOUR | HOURS | IF | INDEX | INSERT | INTERVAL | INTO
    | KEY | LAST | LOCAL | MATERIALIZED | MINUTE | MINUTES | MONTH | MONTHS | NEXT | NULLS | ONLY | OVER | PARTITION
    | POSITION | PRECEDING | PRECISION | RANGE | RECURSIVE | ROW | ROWS | SECOND | SECONDS | SET | SUBSTRING | TABLE
    | TIME | TIMESTAMP | TO | TRIM | UNBOUNDED | UNKNOWN | UPDATE | VARYING | VIEW | WEEK | WEEKS | YEAR | YEARS
    ;
