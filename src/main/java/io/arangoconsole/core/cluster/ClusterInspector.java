package io.arangoconsole.core.cluster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import io.arangoconsole.core.FailureLog;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link ClusterReport} from one or more coordinators of the same cluster: asks each for its role, reads
 * health and shards from the first that answers (the next one when a call fails), and writes one sentence per
 * problem: an endpoint that did not answer or is not a coordinator, a node not GOOD, a shard not in sync.
 */
public final class ClusterInspector {

    /** Polled every few seconds: a lasting failure is logged with its trace once, then counted. */
    private static final FailureLog LOG = new FailureLog(LoggerFactory.getLogger(ClusterInspector.class));

    /**
     * Blocking.
     *
     * @param databases the databases whose shards to read; empty: every database the user can see
     */
    public ClusterReport inspect(List<ClusterSource> sources, List<String> databases) {
        List<String> problems = new ArrayList<>();
        List<ClusterSource> coordinators = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        for (ClusterSource source : sources) {
            try {
                String role = source.role();
                if ("COORDINATOR".equals(role)) {
                    coordinators.add(source);
                } else {
                    problems.add(notCoordinator(source.endpoint(), role));
                }
            } catch (ClusterException e) {
                LOG.warn("Cluster role of " + source.endpoint(), e);
                unreachable.add(trimPeriod(e.getMessage()));
            }
        }
        String others = coordinators.isEmpty() ? "." : "; the other coordinators were used.";
        unreachable.forEach(sentence -> problems.add(sentence + others));
        if (coordinators.isEmpty()) {
            return new ClusterReport(false, List.of(), List.of(), 0, problems);
        }
        List<ClusterNode> nodes = first(coordinators, ClusterSource::health, problems);
        List<ShardState> shards = new ArrayList<>();
        List<String> names = databases.isEmpty() ? first(coordinators, ClusterSource::databases, problems) : databases;
        for (String database : names == null ? List.<String>of() : names) {
            List<ShardState> found = first(coordinators, s -> s.shards(database), problems);
            if (found != null) {
                shards.addAll(withProgress(coordinators.get(0), database, found));
            }
        }
        if (nodes != null) {
            nodes.stream().filter(n -> !n.good()).forEach(n -> problems.add(nodeProblem(n)));
        }
        shards.stream().filter(s -> !s.inSync()).forEach(s -> problems.add(shardProblem(s)));
        return new ClusterReport(true, nodes == null ? List.of() : nodes, shards, coordinators.size(), problems);
    }

    /** The first coordinator's answer; on failure the next one's; null (and a problem) when none answers. */
    private static <T> T first(List<ClusterSource> coordinators, Function<ClusterSource, T> call,
                               List<String> problems) {
        ClusterException last = null;
        for (ClusterSource source : coordinators) {
            try {
                return call.apply(source);
            } catch (ClusterException e) {
                LOG.warn("Cluster call on " + source.endpoint(), e);
                last = e;
            }
        }
        problems.add(last.getMessage());
        return null;
    }

    /** Out-of-sync shards get the follower's progress from collectionShardDistribution; without it they stay. */
    private static List<ShardState> withProgress(ClusterSource source, String database, List<ShardState> shards) {
        Set<String> behind = new LinkedHashSet<>();
        shards.stream().filter(s -> !s.inSync()).forEach(s -> behind.add(s.collection()));
        if (behind.isEmpty()) {
            return shards;
        }
        List<ShardState> out = new ArrayList<>(shards);
        for (String collection : behind) {
            try {
                for (ShardState detailed : source.collectionShards(database, collection)) {
                    if (detailed.progress() == null) {
                        continue;
                    }
                    out.replaceAll(s -> s.id().equals(detailed.id()) ? s.withProgress(detailed.progress()) : s);
                }
            } catch (ClusterException e) {
                LOG.warn("Catching-up progress of " + database + "/" + collection, e);
            }
        }
        return out;
    }

    static String notCoordinator(String endpoint, String role) {
        return switch (role) {
            case "SINGLE" -> endpoint + " is a single server, not a cluster coordinator: give a coordinator's URL.";
            case "PRIMARY" -> endpoint + " is a DB-Server, not a coordinator: give a coordinator's URL.";
            case "AGENT" -> endpoint + " is an agent, not a coordinator: give a coordinator's URL.";
            default -> endpoint + " did not say it is a coordinator (role " + role + "): give a coordinator's URL.";
        };
    }

    static String nodeProblem(ClusterNode n) {
        String status = ClusterNode.UNKNOWN.equals(n.status()) ? "of unknown status" : n.status();
        return n.roleLabel().substring(0, 1).toUpperCase(Locale.ROOT) + n.roleLabel().substring(1) + " " + n.name()
                + " (" + n.endpoint() + ") is " + status + ".";
    }

    static String shardProblem(ShardState s) {
        String where = "Shard " + s.shard() + " of " + s.database() + "/" + s.collection();
        if (s.currentLeader() == null) {
            return where + " has no current leader (planned on " + s.leader() + ").";
        }
        if (!s.currentLeader().equals(s.leader())) {
            return where + " is led by " + s.currentLeader() + ", planned on " + s.leader() + ".";
        }
        String sentence = where + " is not in sync: " + String.join(", ", s.catchingUp()) + " catching up";
        if (s.progress() != null) {
            sentence += String.format(Locale.ROOT, " (%,d of %,d documents)", s.progress().current(),
                    s.progress().total());
        }
        return sentence + ".";
    }

    private static String trimPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
