package io.arangoconsole.sandbox.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.IndexSpec;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.Store;
import io.arangoconsole.sandbox.store.WriteOptions;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A second demo schema, unrelated to the survey records: an online shop's {@code orders} (ISO {@code placed_at},
 * a skewed {@code state}), {@code customers} ({@code signed_up_at} in epoch seconds), {@code events} (a click
 * stream, {@code ts} in epoch milliseconds, the largest collection) and {@code products} (a catalogue with no date).
 * Dates spread over 18 months with growing volume; the collections carry the indexes a shop's DBA would have made.
 * Same seed, same data; nothing depends on the clock.
 */
public final class ShopData {
    public static final String ORDERS = "orders";
    public static final String CUSTOMERS = "customers";
    public static final String EVENTS = "events";
    public static final String PRODUCTS = "products";

    /** 2025-01-01T00:00Z to 2026-07-01T00:00Z. */
    static final long START_MILLIS = 1_735_689_600_000L;
    static final long END_MILLIS = 1_782_864_000_000L;

    private static final String[] STATES = {"delivered", "shipped", "paid", "placed", "cancelled", "returned",
        "refunded"};
    private static final int[] STATE_CUMULATIVE = {62, 76, 85, 91, 96, 99, 100};
    private static final String[] EVENT_TYPES = {"page_view", "add_to_cart", "checkout", "purchase", "login"};
    private static final int[] EVENT_CUMULATIVE = {70, 85, 93, 98, 100};
    private static final String[] SEGMENTS = {"consumer", "business", "vip"};
    private static final int[] SEGMENT_CUMULATIVE = {80, 95, 100};
    private static final String[] COUNTRIES = {"DE", "FR", "NL", "IT", "ES", "AT", "BE", "PL", "SE", "DK"};
    private static final String[] CHANNELS = {"web", "app", "store"};
    private static final String[] CATEGORIES = {"kitchen", "garden", "toys", "books", "audio", "sport"};
    private static final String[] FIRST = {"Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hugo", "Ines",
        "Jonas", "Karla", "Lukas", "Mia", "Noah", "Olivia", "Paul"};
    private static final String[] LAST = {"Schmidt", "Martin", "de Vries", "Rossi", "Garcia", "Huber", "Peeters",
        "Nowak", "Lindqvist", "Jensen"};
    private static final String[] PATHS = {"/", "/search", "/cart", "/checkout", "/account", "/product"};
    private static final int PRODUCT_COUNT = 200;

    private ShopData() {
    }

    /**
     * Creates database {@code database} (if missing) with the shop's collections: {@code records} events (the
     * largest), a quarter as many orders, a twentieth as many customers (at least one each when records > 0) and
     * 200 products; {@code records} 0 leaves them empty. Their indexes are created before the documents.
     */
    public static void populate(Store store, String database, int records, long seed) {
        if (records < 0) {
            throw new IllegalArgumentException("records must not be negative: " + records);
        }
        Database db = store.databaseNames().contains(database) ? store.database(database)
                : store.createDatabase(database);
        Collection orders = db.create(ORDERS, 2, false);
        Collection customers = db.create(CUSTOMERS, 2, false);
        Collection events = db.create(EVENTS, 2, false);
        Collection products = db.create(PRODUCTS, 2, false);
        index(orders, "placed_at");
        index(orders, "state");
        index(orders, "customer_key", "placed_at");
        index(customers, "signed_up_at");
        index(customers, "segment");
        index(events, "ts");
        index(events, "type");
        if (records == 0) {
            return;
        }
        SplittableRandom root = new SplittableRandom(seed);
        writeProducts(products, root.split());
        int customerCount = Math.max(1, records / 20);
        writeCustomers(customers, customerCount, root.split());
        writeOrders(orders, Math.max(1, records / 4), customerCount, root.split());
        writeEvents(events, records, customerCount, root.split());
    }

    private static void index(Collection c, String... fields) {
        c.createIndex(IndexSpec.persistent(List.of(fields), false, false));
    }

    private static void writeProducts(Collection products, SplittableRandom random) {
        for (int i = 1; i <= PRODUCT_COUNT; i++) {
            ObjectNode p = Json.object();
            p.put("_key", sku(i));
            p.put("name", CATEGORIES[i % CATEGORIES.length] + " item " + i);
            p.put("category", CATEGORIES[i % CATEGORIES.length]);
            p.put("price", cents(random, 299, 24_999));
            p.put("stock", random.nextInt(500));
            products.insert(p, WriteOptions.DEFAULT);
        }
    }

    private static void writeCustomers(Collection customers, int count, SplittableRandom random) {
        long[] times = times(count, random.split());
        for (int i = 0; i < count; i++) {
            SplittableRandom r = random.split();
            String first = FIRST[r.nextInt(FIRST.length)];
            String last = LAST[r.nextInt(LAST.length)];
            ObjectNode c = Json.object();
            c.put("_key", customerKey(i));
            c.put("name", first + " " + last);
            c.put("email", (first + "." + last).toLowerCase(Locale.ROOT).replace(' ', '-') + i + "@example.com");
            c.put("country", pick(COUNTRIES, r));
            c.put("segment", weighted(SEGMENTS, SEGMENT_CUMULATIVE, r));
            c.put("signed_up_at", times[i] / 1000);
            customers.insert(c, WriteOptions.DEFAULT);
        }
    }

    private static void writeOrders(Collection orders, int count, int customers, SplittableRandom random) {
        long[] times = times(count, random.split());
        for (int i = 0; i < count; i++) {
            SplittableRandom r = random.split();
            ObjectNode o = Json.object();
            o.put("_key", String.format(Locale.ROOT, "o%08d", i + 1));
            o.put("customer_key", customerKey(skewedCustomer(customers, r)));
            o.put("placed_at", DemoClock.iso(times[i] + r.nextInt(1000)));
            String state = weighted(STATES, STATE_CUMULATIVE, r);
            // recent orders have not got far yet
            if (END_MILLIS - times[i] < 3L * 86_400_000 && state.equals("delivered")) {
                state = r.nextBoolean() ? "shipped" : "paid";
            }
            o.put("state", state);
            o.put("channel", weighted(CHANNELS, new int[] {64, 90, 100}, r));
            ArrayNode items = o.putArray("items");
            int lines = 1 + (r.nextInt(10) < 7 ? 0 : r.nextInt(4));
            double total = 0;
            for (int l = 0; l < lines; l++) {
                int qty = 1 + (r.nextInt(10) < 8 ? 0 : r.nextInt(3));
                double price = cents(r, 299, 24_999);
                items.addObject().put("sku", sku(1 + r.nextInt(PRODUCT_COUNT))).put("qty", qty).put("price", price);
                total += qty * price;
            }
            o.put("total", Math.round(total * 100) / 100.0);
            o.put("currency", "EUR");
            if (state.equals("delivered")) {
                o.put("delivered_at", DemoClock.iso(times[i] + (2 + r.nextInt(5)) * 86_400_000L));
            }
            orders.insert(o, WriteOptions.DEFAULT);
        }
    }

    private static void writeEvents(Collection events, int count, int customers, SplittableRandom random) {
        long[] times = times(count, random.split());
        for (int i = 0; i < count; i++) {
            SplittableRandom r = random.split();
            ObjectNode e = Json.object();
            e.put("_key", String.format(Locale.ROOT, "e%09d", i + 1));
            e.put("ts", times[i] + r.nextInt(1000));
            String type = weighted(EVENT_TYPES, EVENT_CUMULATIVE, r);
            e.put("type", type);
            e.put("session", Long.toHexString(r.nextLong() & 0xFFFFFFFFFFL));
            if (r.nextInt(10) < 6 || !type.equals("page_view")) {
                e.put("customer_key", customerKey(skewedCustomer(customers, r)));
            } else {
                e.putNull("customer_key");
            }
            String path = pick(PATHS, r);
            e.put("path", path.equals("/product") ? path + "/" + sku(1 + r.nextInt(PRODUCT_COUNT)) : path);
            events.insert(e, WriteOptions.DEFAULT);
        }
    }

    /** {@code count} ascending instants over the span, volume growing threefold towards its end. */
    static long[] times(int count, SplittableRandom random) {
        long[] out = new long[count];
        double a = 1.0;
        long span = END_MILLIS - START_MILLIS;
        for (int i = 0; i < count; i++) {
            double u = random.nextDouble() * (1 + a);
            double t = (-1 + Math.sqrt(1 + 4 * a * u)) / (2 * a);
            long day = (long) (t * (span / 86_400_000L));
            long secondOfDay = random.nextInt(10) < 8 ? 8 * 3600 + random.nextInt(14 * 3600)
                    : random.nextInt(24 * 3600);
            out[i] = Math.min(END_MILLIS - 1000, START_MILLIS + day * 86_400_000L + secondOfDay * 1000L);
        }
        java.util.Arrays.sort(out);
        return out;
    }

    /** A few customers order much more than the rest. */
    private static int skewedCustomer(int customers, SplittableRandom r) {
        double x = r.nextDouble();
        return (int) Math.min(customers - 1, Math.floor(customers * x * x * x));
    }

    private static String customerKey(int i) {
        return String.format(Locale.ROOT, "c%07d", i + 1);
    }

    private static String sku(int i) {
        return String.format(Locale.ROOT, "SKU-%04d", i);
    }

    private static double cents(SplittableRandom r, int min, int max) {
        return (min + r.nextInt(max - min)) / 100.0;
    }

    private static String pick(String[] values, SplittableRandom r) {
        return values[r.nextInt(values.length)];
    }

    private static String weighted(String[] values, int[] cumulative, SplittableRandom r) {
        int p = r.nextInt(100);
        for (int i = 0; i < values.length; i++) {
            if (p < cumulative[i]) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
