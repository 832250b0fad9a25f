package io.arangoconsole.sandbox.conformance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs a test once over HTTP/1.1 ({@code HTTP_JSON}) and once over h2c ({@code HTTP2_JSON}). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(value = com.arangodb.Protocol.class, names = {"HTTP_JSON", "HTTP2_JSON"})
public @interface BothProtocols {
}
