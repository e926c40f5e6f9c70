package se.webbgranskning.app.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.municipality.Municipality;
import se.webbgranskning.municipality.SizeClass;
import se.webbgranskning.scoring.AreaFulfilment;
import se.webbgranskning.scoring.MunicipalityRanking;

/** The result table as JSON: full-precision numbers plus the one-decimal score as published; unknowns are null. */
public final class ResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() {
    }

    public static String render(Checklist checklist, MunicipalityRanking.Table table) {
        return write(tree(checklist, table));
    }

    /** The result document as a tree, for callers that add to it (the review round's export). */
    public static ObjectNode tree(Checklist checklist, MunicipalityRanking.Table table) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode edition = root.putObject("checklist");
        edition.put("id", checklist.id());
        edition.put("title", checklist.title());
        edition.put("year", checklist.year());
        root.put("municipalityCount", table.entries().size());
        root.put("sizeClassRanksComputed", table.sizeClassRanksComputed());
        if (!table.sizeClassRanksComputed()) {
            root.put("note", ResultNotes.sizeClassRanksMissing(table));
        }
        ArrayNode results = root.putArray("results");
        table.entries().forEach(entry -> results.add(row(entry)));
        return root;
    }

    public static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not render results as JSON", e);
        }
    }

    private static ObjectNode row(MunicipalityRanking.RankedEntry entry) {
        Municipality municipality = entry.municipality();
        ObjectNode row = MAPPER.createObjectNode();
        row.put("kommunkod", municipality.code());
        row.put("name", municipality.name());
        row.put("county", municipality.county());
        row.put("sizeClass", municipality.sizeClass().map(SizeClass::label).orElse(null));
        if (municipality.population().isPresent()) {
            row.put("population", municipality.population().get().inhabitants());
            row.put("populationYear", municipality.population().get().year());
        } else {
            row.putNull("population");
            row.putNull("populationYear");
        }
        ObjectNode areas = row.putObject("areaFulfilmentPercent");
        for (AreaFulfilment area : entry.result().areas()) {
            if (area.percent().isPresent()) {
                areas.put(area.areaId(), area.percent().get());
            } else {
                areas.putNull(area.areaId());
            }
        }
        row.put("delindex1", entry.result().score());
        row.put("delindex1Rounded", entry.result().displayScore());
        row.put("rank", entry.rank());
        if (entry.sizeClassRank().isPresent()) {
            row.put("sizeClassRank", entry.sizeClassRank().getAsInt());
        } else {
            row.putNull("sizeClassRank");
        }
        return row;
    }
}
