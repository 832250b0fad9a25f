package io.arangoconsole.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cluster answers in the shapes recorded in the reference (sections 1.1, 1.2, 1.5), and odd ones. */
class ClusterJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T10:00:10Z"), ZoneOffset.UTC);

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void healthListsCoordinatorsThenDbServersThenAgentsWithTheirFields() throws Exception {
        List<ClusterNode> nodes = ClusterJson.health(json("{'error':false,'code':200,'ClusterId':'8f4c','Health':{"
                + "'PRMR-6909':{'ShortName':'DBServer0001','Endpoint':'tcp://10.0.0.11:8530','Host':'4a1f',"
                + "'SyncStatus':'SERVING','Status':'GOOD','Version':'3.12.10','Engine':'rocksdb',"
                + "'Timestamp':'2025-06-01T10:00:00Z','SyncTime':'2025-06-01T09:59:59Z',"
                + "'LastAckedTime':'2025-06-01T10:00:00Z','Role':'DBServer','CanBeDeleted':false},"
                + "'AGNT-1b3c':{'Role':'Agent','Endpoint':'tcp://10.0.0.1:8531','CanBeDeleted':false,'Leading':true,"
                + "'LastAckedTime':0.12,'Engine':'rocksdb','Version':'3.12.10','Leader':'AGNT-1b3c','Status':'GOOD'},"
                + "'CRDN-77':{'ShortName':'Coordinator0001','Endpoint':'tcp://10.0.0.21:8529',"
                + "'AdvertisedEndpoint':'tcp://public:8529','SyncStatus':'SERVING','Status':'BAD',"
                + "'Version':'3.12.10','LastAckedTime':'2025-06-01T10:00:04Z','Role':'Coordinator'}}}"), CLOCK);
        assertEquals(List.of("CRDN-77", "PRMR-6909", "AGNT-1b3c"), nodes.stream().map(ClusterNode::id).toList());
        ClusterNode coordinator = nodes.get(0);
        assertEquals("Coordinator0001", coordinator.shortName());
        assertEquals("BAD", coordinator.status());
        assertEquals("tcp://public:8529", coordinator.endpoint(), "the advertised endpoint is what clients use");
        ClusterNode db = nodes.get(1);
        assertEquals(new ClusterNode("PRMR-6909", "DBServer0001", "DBServer", "GOOD", "SERVING", "3.12.10",
                "tcp://10.0.0.11:8530", Instant.parse("2025-06-01T10:00:00Z")), db);
        ClusterNode agent = nodes.get(2);
        assertEquals("Agent", agent.role());
        assertEquals("unknown", agent.shortName());
        assertEquals("AGNT-1b3c", agent.name(), "an agent has no short name: its id stands in");
        assertEquals(Instant.parse("2025-06-01T10:00:09.880Z"), agent.lastHeartbeat(),
                "an agent's LastAckedTime is seconds ago");
    }

    @Test
    void unknownRolesStatusesAndMissingFieldsReadUnknownNeverFail() throws Exception {
        List<ClusterNode> nodes = ClusterJson.health(json("{'Health':{"
                + "'X-1':{'Role':'Sentinel','Status':'SLEEPY','LastAckedTime':'1970-01-01T00:00:00Z'},"
                + "'X-2':{'Role':42,'ShortName':['odd'],'Status':null},"
                + "'X-3':'not an object',"
                + "'PRMR-2':{'Role':'PRIMARY','Status':'failed','ShortName':'DBServer0002','SyncStatus':'UNKNOWN'}}}"),
                CLOCK);
        assertEquals(3, nodes.size(), "an entry that is not an object is skipped");
        ClusterNode db = nodes.get(0);
        assertEquals("DBServer", db.role(), "the docs' spelling PRIMARY is the same role");
        assertEquals("FAILED", db.status());
        ClusterNode sentinel = nodes.stream().filter(n -> n.id().equals("X-1")).findFirst().orElseThrow();
        assertEquals("unknown", sentinel.role());
        assertEquals("unknown", sentinel.status());
        assertEquals("unknown", sentinel.version());
        assertNull(sentinel.lastHeartbeat(), "1970 means never heard of");
        ClusterNode odd = nodes.stream().filter(n -> n.id().equals("X-2")).findFirst().orElseThrow();
        assertEquals("unknown", odd.shortName());
        assertEquals("unknown", odd.role());
        assertFalse(odd.good());
        assertTrue(ClusterJson.health(json("{'error':false}"), CLOCK).isEmpty());
    }

    @Test
    void shardDistributionComparesPlanWithCurrent() throws Exception {
        List<ShardState> shards = ClusterJson.shards("mydb", json("{'error':false,'code':200,'results':{"
                + "'orders':{'Plan':{'s1010':{'leader':'DBServer0001','followers':['DBServer0002','DBServer0003']},"
                + "'s1011':{'leader':'DBServer0002','followers':['DBServer0003']},"
                + "'s1012':{'leader':'DBServer0003','followers':[]}},"
                + "'Current':{'s1010':{'leader':'DBServer0001','followers':['DBServer0002']},"
                + "'s1011':{'leader':'DBServer0002','followers':['DBServer0003']}}}}}"));
        assertEquals(List.of("s1010", "s1011", "s1012"), shards.stream().map(ShardState::shard).toList());
        ShardState behind = shards.get(0);
        assertFalse(behind.inSync());
        assertEquals(List.of("DBServer0003"), behind.catchingUp());
        assertEquals("mydb/orders/s1010", behind.id());
        assertTrue(shards.get(1).inSync());
        ShardState empty = shards.get(2);
        assertNull(empty.currentLeader(), "an empty Current shard is omitted by the server");
        assertFalse(empty.inSync());
    }

    @Test
    void collectionShardDistributionKeepsTheProgressOfACatchingUpFollower() throws Exception {
        List<ShardState> shards = ClusterJson.shards("mydb", json("{'results':{'orders':{"
                + "'Plan':{'s1010':{'leader':'DBServer0001','followers':['DBServer0002','DBServer0003'],"
                + "'progress':{'total':100000,'current':41250}}},"
                + "'Current':{'s1010':{'leader':'DBServer0001','followers':['DBServer0002']}}}}}"));
        assertEquals(new ShardState.Progress(41_250, 100_000), shards.get(0).progress());
    }

    @Test
    void aNewLeaderAfterFailoverIsNotInSyncUntilThePlanFollows() throws Exception {
        List<ShardState> shards = ClusterJson.shards("d", json("{'results':{'c':{"
                + "'Plan':{'s1':{'leader':'DBServer0001','followers':['DBServer0002']}},"
                + "'Current':{'s1':{'leader':'DBServer0002','followers':['DBServer0001']}}}}}"));
        assertFalse(shards.get(0).inSync());
    }

    @Test
    void roleAndDatabases() throws Exception {
        assertEquals("COORDINATOR", ClusterJson.role(json("{'error':false,'code':200,'role':'COORDINATOR',"
                + "'mode':'default'}")));
        assertEquals("unknown", ClusterJson.role(json("{'error':false}")));
        assertEquals(List.of("_system", "demo"), ClusterJson.databases(json("{'result':['_system','demo']}")));
    }
}
