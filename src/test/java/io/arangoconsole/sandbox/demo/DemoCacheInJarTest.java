package io.arangoconsole.sandbox.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console runs from a jar: the generator's fingerprint must find every class file there, not only in a folder. */
class DemoCacheInJarTest {

    @Test
    void everyGeneratorClassFileIsFoundInsideAJar(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("console.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : DemoCache.generatorResources()) {
                out.putNextEntry(new JarEntry(name.substring(1)));
                try (InputStream in = DemoCache.class.getResourceAsStream(name)) {
                    assertNotNull(in, name + " on the test class path");
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            for (String name : DemoCache.generatorResources()) {
                try (InputStream in = loader.getResourceAsStream(name.substring(1))) {
                    assertNotNull(in, name + " inside the jar");
                }
            }
            assertEquals(16, DemoCache.generatorResources().size(), "every generator class is fingerprinted");
        }
    }
}
