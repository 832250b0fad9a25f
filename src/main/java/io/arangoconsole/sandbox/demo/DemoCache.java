package io.arangoconsole.sandbox.demo;

import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Store;
import io.arangoconsole.sandbox.store.StoreSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * The generated demo data kept between starts in a directory (the console's data directory), so that a start reads
 * the documents back instead of generating them again (docs/decisions/0034). A file holds one dataset for one record
 * count and seed, and names a fingerprint of the generator's own classes: a console whose generator changed never
 * reads a file an older one wrote. Same seed, same data, whether generated or read back: only the revisions are new,
 * as they would be after generating. Anything wrong with a file (missing, unreadable, from another version) means
 * generating as before, and the file is written anew.
 */
public final class DemoCache {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCache.class);
    private static final String PREFIX = "sandbox-data-";
    /** The classes whose code decides the generated documents and their stored form. */
    private static final List<String> GENERATOR = List.of("DemoData", "SurveyRecords", "SurveyRecords$Survey",
            "CcvaResults", "CcvaResults$Cause", "SystemConfigs", "Narratives", "Person", "Symptoms",
            "Symptoms$Question", "Vocabulary", "Vocabulary$Region", "DemoClock", "ShopData",
            "../store/Documents", "../store/StoreSnapshot");

    private DemoCache() {
    }

    /** Where the data of {@code dataset} with {@code records} and {@code seed} is kept in {@code dir}. */
    public static Path file(Path dir, String dataset, int records, long seed) {
        return file(dir, dataset, records, seed, fingerprint());
    }

    private static Path file(Path dir, String dataset, int records, long seed, String fingerprint) {
        return dir.resolve(PREFIX + dataset.toLowerCase(Locale.ROOT) + "-" + records + "-" + seed + "-"
                + fingerprint + ".bin");
    }

    /**
     * Fills {@code database} as {@link #populate(Store, String, Path, Runnable)} does with the file of
     * {@code dataset}, {@code records} and {@code seed} in {@code dir}. When the generator's fingerprint cannot be
     * computed (a class file missing or unreadable), no file can be trusted or named: the data is generated and not
     * kept, logged once at WARN; the sandbox starts as it would without a data directory.
     */
    public static Filled populate(Store store, String database, Path dir, String dataset, int records, long seed,
                                  Runnable generate) {
        return populate(store, database, dir, dataset, records, seed, generate, () -> { });
    }

    /** As above, the file written after {@code beforeWriting} has run on the writing thread. */
    public static Filled populate(Store store, String database, Path dir, String dataset, int records, long seed,
                                  Runnable generate, Runnable beforeWriting) {
        return populate(store, database, dir, dataset, records, seed, generate, DemoCache::fingerprint,
                beforeWriting);
    }

    static Filled populate(Store store, String database, Path dir, String dataset, int records, long seed,
                           Runnable generate, Supplier<String> fingerprint) {
        return populate(store, database, dir, dataset, records, seed, generate, fingerprint, () -> { });
    }

    private static Filled populate(Store store, String database, Path dir, String dataset, int records, long seed,
                                   Runnable generate, Supplier<String> fingerprint, Runnable beforeWriting) {
        String print;
        try {
            print = fingerprint.get();
        } catch (RuntimeException e) {
            LOG.warn("The demo data's generator could not be fingerprinted; generating the data, which is not kept"
                    + " in {} this time", dir, e);
            generate.run();
            return new Filled(false, null);
        }
        return populate(store, database, file(dir, dataset, records, seed, print), generate, beforeWriting);
    }

    /** How {@link #populate} filled the database, and the thread writing the file (null when none). */
    public record Filled(boolean readBack, Thread writer) {
        /** Waits at most {@code millis} for the file to be written; a closing sandbox need not wait longer. */
        public void awaitWritten(long millis) {
            if (writer != null) {
                try {
                    writer.join(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * Fills {@code database} of {@code store}: from {@code file} when it holds the data, else with {@code generate},
     * after which the file is written on a background thread (the caller does not wait for it).
     */
    public static Filled populate(Store store, String database, Path file, Runnable generate) {
        return populate(store, database, file, generate, () -> { });
    }

    /**
     * As above; the writing thread first runs {@code beforeWriting}, which may wait (the console waits for its first
     * data to be shown, so the writing does not compete with it: decision 0086).
     */
    public static Filled populate(Store store, String database, Path file, Runnable generate,
                                  Runnable beforeWriting) {
        List<StoreSnapshot.Part> parts = read(file);
        if (parts != null) {
            Database db = store.databaseNames().contains(database) ? store.database(database)
                    : store.createDatabase(database);
            StoreSnapshot.load(parts, db, store.revisions());
            LOG.info("Demo data read back from {}", file);
            return new Filled(true, null);
        }
        generate.run();
        Database db = store.database(database);
        if (StoreSnapshot.supports(db)) {
            List<StoreSnapshot.Part> taken = StoreSnapshot.take(db);
            Thread writer = new Thread(() -> {
                beforeWriting.run();
                write(file, taken);
            }, "sandbox-demo-cache");
            writer.setDaemon(true);
            writer.start();
            return new Filled(false, writer);
        }
        return new Filled(false, null);
    }

    private static List<StoreSnapshot.Part> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return StoreSnapshot.read(in);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Demo data in {} could not be read back; generating it instead", file, e);
            return null;
        }
    }

    /** Writes the file through a temporary one and a move, so no reader ever sees half of it. */
    static void write(Path file, List<StoreSnapshot.Part> parts) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                StoreSnapshot.write(parts, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            removeOthers(file);
            LOG.info("Demo data kept in {} for the next start", file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Demo data could not be kept in {}; the next start generates it again", file, e);
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do: the next write replaces it
            }
        }
    }

    /** Older files of the same dataset (another count, seed or generator) are not needed any more. */
    private static void removeOthers(Path kept) throws IOException {
        String name = kept.getFileName().toString();
        String dataset = name.substring(0, name.indexOf('-', PREFIX.length()) + 1);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(kept.getParent(), dataset + "*.bin")) {
            for (Path f : files) {
                if (!f.equals(kept)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /**
     * The generator's class files as absolute resource names: a relative name with {@code ..} finds the file in a class directory
     * but not inside a jar, where the console runs from.
     */
    static List<String> generatorResources() {
        return GENERATOR.stream().map(DemoCache::resource).toList();
    }

    private static String resource(String name) {
        String base = "/" + DemoCache.class.getPackageName().replace('.', '/') + "/";
        return java.net.URI.create(base + name.replace("$", "%24") + ".class").normalize().getPath();
    }

    /** A CRC of the generator's class files, in hex. */
    static String fingerprint() {
        CRC32 crc = new CRC32();
        for (String name : generatorResources()) {
            try (InputStream in = DemoCache.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("generator class missing: " + name);
                }
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("generator class unreadable: " + name, e);
            }
        }
        return Long.toHexString(crc.getValue());
    }
}
