package io.arangoconsole.ui.overview;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Builds the node of one collection card; plain layout, all text comes from the {@link CollectionCard}. */
final class CardNodes {
    private CardNodes() {
    }

    static Node of(CollectionCard card) {
        VBox box = new VBox();
        box.getStyleClass().add("overview-card");
        box.setId("card-" + card.collection());
        Label title = label(card.collection(), "overview-card-title");
        Label count = label(card.count(), "overview-card-count");
        count.setId("count-" + card.collection());
        Label documents = label("documents", "overview-muted");
        Label sizes = label(card.sizes(), "overview-muted");
        box.getChildren().addAll(title, count, documents, sizes);
        if (card.watermarkNote() == null) {
            Label earliest = label(card.earliest(), "overview-card-value");
            earliest.setId("earliest-" + card.collection());
            Label latest = label(card.latest(), "overview-card-value");
            latest.setId("latest-" + card.collection());
            box.getChildren().addAll(label("earliest / latest " + card.watermark(), "overview-muted"), earliest,
                    latest);
        } else {
            box.getChildren().add(label(card.watermarkNote(), "overview-card-warning"));
        }
        Label source = label(card.source(), card.fromFallback() ? "overview-card-warning" : "overview-muted");
        source.setId("source-" + card.collection());
        box.getChildren().add(source);
        return box;
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }
}
