package io.arangoconsole.sandbox.aql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The read side of AQL: FOR, FILTER, SORT, LIMIT, LET, subqueries, COLLECT, RETURN and expressions. */
class AqlQueryTest extends AqlTestBase {

    @Test
    void forOverArraysRangesAndNestedLoops() {
        assertEquals("[1,2,3]", result("FOR x IN [1, 2, 3] RETURN x"));
        assertEquals("[1,2,3,4,5]", result("FOR x IN 1..5 RETURN x"));
        assertEquals("[[1,'a'],[1,'b'],[2,'a'],[2,'b']]",
                result("FOR x IN 1..2 FOR y IN ['a', 'b'] RETURN [x, y]"));
        assertEquals("[3,2,1]", result("FOR x IN RANGE(3, 1) RETURN x"));
    }

    @Test
    void filterOperatorsAndLogic() {
        assertEquals("[3,4]", result("FOR x IN 1..5 FILTER x > 2 && x <= 4 RETURN x"));
        assertEquals("[1,5]", result("FOR x IN 1..5 FILTER x < 2 OR x >= 5 RETURN x"));
        assertEquals("[2,4]", result("FOR x IN 1..5 FILTER NOT (x % 2 == 1) RETURN x"));
        assertEquals("[1,3]", result("FOR x IN 1..4 FILTER x IN [1, 3, 7] RETURN x"));
        assertEquals("[2,4]", result("FOR x IN 1..4 FILTER x NOT IN [1, 3] RETURN x"));
        assertEquals("[1]", result("FOR x IN 1..4 filter !(x != 1) return x"));
        assertEquals("['apple','maple']",
                result("FOR s IN ['apple', 'maple', 'pear', 'ap'] FILTER s LIKE '%ple' RETURN s"));
        assertEquals("['ap']", result("FOR s IN ['apple', 'ap', 'a'] FILTER s LIKE 'a_' RETURN s"));
        assertEquals("[true,false]", result("FOR s IN ['a%c', 'abc'] RETURN s LIKE 'a\\\\%c'"));
    }

    @Test
    void arithmeticTernaryAndConversions() {
        assertEquals("[7,-3,2.5,1,-4,14]", result("RETURN [3 + 4, 1 - 4, 10 / 4, 10 % 3, -(2 * 2), (3 + 4) * 2]")
                .replace("[[", "[").replace("]]", "]"));
        assertEquals("[[1,3,0,1]]", result("RETURN [null + 1, '2' + 1, 'x' * 3, true * 1]"));
        assertEquals("['big','small']", result("FOR x IN [10, 1] RETURN x > 5 ? 'big' : 'small'"));
        assertEquals("[5]", result("RETURN null ?: 5"));
        assertEquals("[[2,0]]", result("RETURN [1 && 2, 0 && 2]"));
    }

    @Test
    void divisionByZeroIsNullWithAWarning() {
        try (QueryRun run = start("RETURN 1 / 0", null)) {
            assertEquals("null", run.next().toString());
            run.forEachRemaining(x -> { });
            assertEquals("[{\"code\":1562,\"message\":\"division by zero\"}]",
                    run.extra().get("warnings").toString());
        }
    }

    @Test
    void sortHasSeveralKeysIsStableAndUsesTypeOrder() {
        assertEquals("[null,false,true,0,1,'','a',[],[1],{}]",
                result("FOR x IN [{}, [1], 'a', 1, true, null, [], '', 0, false] SORT x RETURN x"));
        assertEquals("[{'a':2,'b':1},{'a':1,'b':1},{'a':1,'b':2}]",
                result("FOR d IN [{a:1,b:2},{a:2,b:1},{a:1,b:1}] SORT d.b ASC, d.a DESC SORT d.b RETURN d"));
        assertEquals("['x','y','z']",
                result("FOR d IN [{k:1,n:'x'},{k:0,n:'w'},{k:1,n:'y'},{k:1,n:'z'}] FILTER d.k == 1 SORT d.k "
                        + "RETURN d.n"));
    }

    @Test
    void limitWithAndWithoutOffset() {
        assertEquals("[1,2]", result("FOR x IN 1..10 LIMIT 2 RETURN x"));
        assertEquals("[4,5,6]", result("FOR x IN 1..10 LIMIT 3, 3 RETURN x"));
        assertEquals("[]", result("FOR x IN 1..3 LIMIT 5, 2 RETURN x"));
    }

    @Test
    void letAndSubqueries() {
        collection("va_table", "{'a':1}", "{'a':2}", "{'a':3}");
        assertEquals("[3]", result("LET totalCount = LENGTH(FOR doc IN va_table RETURN 1) RETURN totalCount"));
        assertEquals("[[2,3]]", result("LET big = (FOR d IN va_table FILTER d.a > 1 SORT d.a RETURN d.a) RETURN big"));
        assertEquals("[{'x':1,'n':2},{'x':2,'n':1}]",
                result("FOR x IN 1..2 LET n = LENGTH(FOR d IN va_table FILTER d.a > x RETURN d) RETURN {x, n}"));
        assertEquals("[3]", result("RETURN LENGTH(va_table)"));
        assertEquals("[6]", result("RETURN SUM(FOR d IN va_table RETURN d.a)"));
    }

    @Test
    void collectGroupsCountsAndAggregates() {
        String data = "[{g:'b',v:1},{g:'a',v:5},{g:'b',v:3},{g:'a',v:null},{g:'c',v:2}]";
        assertEquals("[{'g':'a','n':2},{'g':'b','n':2},{'g':'c','n':1}]",
                result("FOR d IN " + data + " COLLECT g = d.g WITH COUNT INTO n RETURN {g, n}"));
        assertEquals("[5]", result("FOR d IN " + data + " COLLECT WITH COUNT INTO n RETURN n"));
        assertEquals("[0]", result("FOR d IN [] COLLECT WITH COUNT INTO n RETURN n"));
        assertEquals("[{'g':'a','lo':5,'hi':5,'s':5,'c':2,'avg':5},{'g':'b','lo':1,'hi':3,'s':4,'c':2,'avg':2},"
                        + "{'g':'c','lo':2,'hi':2,'s':2,'c':1,'avg':2}]",
                result("FOR d IN " + data + " COLLECT g = d.g AGGREGATE lo = MIN(d.v), hi = MAX(d.v), s = SUM(d.v),"
                        + " c = COUNT(d.v), avg = AVERAGE(d.v) RETURN {g, lo, hi, s, c, avg}"));
        assertEquals("[{'g':'b','grp':[{'d':{'g':'b','v':1}},{'d':{'g':'b','v':3}}]}]",
                result("FOR d IN " + data + " FILTER d.g == 'b' COLLECT g = d.g INTO grp RETURN {g, grp}"));
        assertEquals("[{'g':'b','vs':[1,3]}]",
                result("FOR d IN " + data + " FILTER d.g == 'b' COLLECT g = d.g INTO vs = d.v RETURN {g, vs}"));
        assertEquals("[{'g':'a','h':true},{'g':'b','h':false}]",
                result("FOR d IN [{g:'a',h:true},{g:'b',h:false}] COLLECT g = d.g, h = d.h RETURN {g, h}"));
        assertEquals("[{'total':11,'m':5}]",
                result("FOR d IN " + data + " COLLECT AGGREGATE total = SUM(d.v), m = MAX(d.v) RETURN {total, m}"));
    }

    @Test
    void returnDistinctLiteralsAndAccess() {
        assertEquals("[1,2]", result("FOR x IN [1, 2, 1, 2] RETURN DISTINCT x"));
        assertEquals("[{'a':1,'b':2,'x':3,'dyn':4}]",
                result("LET x = 3 RETURN {a: 1, 'b': 2, x, [CONCAT('d', 'yn')]: 4}"));
        assertEquals("[[3,'c',null,2,3]]",
                result("LET d = {a: {b: 3}, l: [1, 2, 3], k: 'c'} RETURN [d.a.b, d['k'], d.nope.deeper, d.l[1],"
                        + " d.l[-1]]"));
    }

    @Test
    void bindParametersCommentsCaseAndLiterals() {
        collection("users", "{'_key':'u1','name':'ann'}");
        assertEquals("['ann']", result("for u in @@c filter u.name == @n return u.name",
                binds("{'@c':'users','n':'ann'}")));
        assertEquals("[[1.5,150,0.25,'it's','q\\'','a\\nb',true,false,null]]",
                result("RETURN /* block */ [1.5, 1.5e2, 25E-2, 'it\\'s', \"q\\\"\", 'a\\nb', TRUE, false, Null]"
                        + " // trailing"));
    }

    @Test
    void functions() {
        assertEquals("[[3,2,1,3,6,2,1,3]]", result("LET a = [1, 2, 3] RETURN [LENGTH(a), COUNT([1, 2]), MIN(a),"
                + " MAX(a), SUM(a), AVERAGE(a), FIRST(a), LAST(a)]"));
        assertEquals("[['ab','a-b','ABC','abc','bc','b',true,1]]", result("RETURN [CONCAT('a', null, 'b'),"
                + " CONCAT_SEPARATOR('-', 'a', 'b'), UPPER('abc'), LOWER('ABC'), SUBSTRING('abc', 1),"
                + " SUBSTRING('abc', 1, 1), CONTAINS('abc', 'b'), CONTAINS('abc', 'b', true)]"));
        assertEquals("[[12,'12',true,true,true,false]]", result("RETURN [TO_NUMBER('12'), TO_STRING(12),"
                + " TO_BOOL(1), IS_NULL(null), HAS({a: 1}, 'a'), HAS({a: 1}, 'b')]"));
        assertEquals("[[{'a':1},{'b':2},{'a':1,'b':3},['a','b'],[1,2]]]", result("LET d = {a: 1, b: 2} RETURN"
                + " [KEEP(d, 'a'), UNSET(d, 'a'), MERGE(d, {b: 3}), ATTRIBUTES(d), VALUES(d)]"));
        assertEquals("[[[1,2],[1,2,3],[1,2,3],[1,2,3,4],[2,3],[1,2,3]]]", result("RETURN [UNIQUE([1, 2, 1]),"
                + " SORTED([3, 1, 2]), PUSH([1, 2], 3), APPEND([1, 2], [3, 4]), SLICE([1, 2, 3], 1), RANGE(1, 3)]"));
        assertEquals("[[3,2,3,2,'x']]", result("RETURN [ROUND(2.5), FLOOR(2.7), CEIL(2.1), ABS(-2),"
                + " NOT_NULL(null, 'x')]"));
    }

    @Test
    void documentFunction() {
        collection("users", "{'_key':'u1','name':'ann'}");
        assertEquals("[['ann','ann',null]]", result("RETURN [DOCUMENT(users, 'u1').name,"
                + " DOCUMENT('users/u1').name, DOCUMENT('users', 'nope')]"));
    }

    @Test
    void dateFunctions() {
        assertEquals("[['2024-03-05T10:20:30.000Z',1709634030000,2024,3,5,10,'2024/03/05']]",
                result("LET d = '2024-03-05T10:20:30Z' RETURN [DATE_ISO8601(d), DATE_TIMESTAMP(d), DATE_YEAR(d),"
                        + " DATE_MONTH(d), DATE_DAY(d), DATE_HOUR(d), DATE_FORMAT(d, '%yyyy/%mm/%dd')]"));
        assertEquals("[['2024-03-06T10:20:30.000Z','2024-02-05T10:20:30.000Z',2,48]]",
                result("LET d = '2024-03-05T10:20:30Z' RETURN [DATE_ADD(d, 1, 'day'), DATE_SUBTRACT(d, 1, 'month'),"
                        + " DATE_DIFF(d, '2024-03-07T10:20:30Z', 'days'), DATE_DIFF(d, '2024-03-07T10:20:30Z', 'h')]"));
        assertEquals("[true]", result("RETURN DATE_NOW() > 1700000000000"));
    }
}
