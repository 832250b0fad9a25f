package io.arangoconsole.ui.overview;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Builds the node of one collection card; plain layout, all text comes from the {@link CollectionCard}. */
final class CardNodes {
    private CardNodes() {
    }

    static Node of(CollectionCard card) {
        return of(card, c -> { }, c -> { });
    }

    /** A card whose "freshness" and "breakdown" links hand the card to {@code onFreshness} / {@code onBreakdown}. */
    static Node of(CollectionCard card, Consumer<CollectionCard> onFreshness, Consumer<CollectionCard> onBreakdown) {
        VBox box = new VBox();
        box.getStyleClass().add("overview-card");
        box.setId("card-" + card.collection());
        Label title = label(card.collection(), "overview-card-title");
        Label count = label(card.count(), "overview-card-count");
        count.setId("count-" + card.collection());
        Label documents = label("documents", "overview-muted");
        Label sizes = label(card.sizes(), "overview-muted");
        box.getChildren().addAll(title, count, documents, sizes);
        if (card.shards() != null) {
            box.getChildren().addAll(shardLines(card.collection(), card.shards()));
        }
        if (card.watermarkNote() == null) {
            Label earliest = label(card.earliest(), "overview-card-value");
            earliest.setId("earliest-" + card.collection());
            tip(earliest, card.earliestTip());
            Label latest = label(card.latest() + (card.latestAge() == null ? "" : "  (" + card.latestAge() + ")"),
                    "overview-card-value");
            latest.setId("latest-" + card.collection());
            tip(latest, card.latestTip());
            box.getChildren().addAll(label("earliest / latest " + card.watermark(), "overview-muted"), earliest,
                    latest);
        } else {
            Label note = label(card.watermarkNote(), "overview-card-warning");
            note.setId("freshness-note-" + card.collection());
            box.getChildren().add(note);
        }
        Label breakdown = label(card.breakdown(), "overview-muted");
        breakdown.setId("breakdown-" + card.collection());
        box.getChildren().add(breakdown);
        Hyperlink freshness = link("freshness…", "change-freshness-" + card.collection(),
                card.freshnessWhy() == null ? "No freshness attribute; choose one" : card.freshnessWhy());
        freshness.setOnAction(e -> onFreshness.accept(card));
        Hyperlink split = link("breakdown…", "change-breakdown-" + card.collection(), card.breakdown());
        split.setOnAction(e -> onBreakdown.accept(card));
        box.getChildren().add(new HBox(4, freshness, split));
        Label source = label(card.source(), card.fromFallback() ? "overview-card-warning" : "overview-muted");
        source.setId("source-" + card.collection());
        box.getChildren().add(source);
        return box;
    }

    /** "3 shards · replication 2 · write concern 1" and "in sync: 6 of 6 shard copies", red when not all are. */
    private static List<Node> shardLines(String collection, ShardLine line) {
        Label placement = label(line.placement(), "overview-muted");
        placement.setId("shards-" + collection);
        Label sync = label("in sync: " + line.inSync() + " shard copies", line.ok() ? "overview-muted"
                : "overview-card-danger");
        sync.setId("insync-" + collection);
        sync.setTooltip(new Tooltip(line.why()));
        return List.of(placement, sync);
    }

    private static Hyperlink link(String text, String id, String tip) {
        Hyperlink link = new Hyperlink(text);
        link.setId(id);
        link.setTooltip(new Tooltip(tip));
        return link;
    }

    private static void tip(Label label, String text) {
        if (text != null) {
            label.setTooltip(new Tooltip(text));
        }
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }
}
