package io.arangoconsole.sandbox.aql;

import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.UnsupportedFeature;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Calling user functions from AQL: an unknown one is 404/1582, a registered one an unsupported feature. */
class AqlUserFunctionTest extends AqlTestBase {

    @Test
    void unknownUserFunctionIs1582() {
        assertError(404, 1582, "user function 'MYFUNCS::NOPE()' not found", error("RETURN myfuncs::nope(1)", null));
    }

    @Test
    void registeredUserFunctionCannotRunAndSaysWhy() {
        db.userFunctions().put("myfuncs::double", "function (x) { return x * 2; }", true);
        ApiError e = error("FOR i IN 1..3 RETURN myfuncs::double(i)", null);
        assertInstanceOf(UnsupportedFeature.class, e);
        assertEquals("the AQL user function 'MYFUNCS::DOUBLE()' cannot run in the sandbox, which has no JavaScript"
                + " engine", e.getMessage());
    }
}
