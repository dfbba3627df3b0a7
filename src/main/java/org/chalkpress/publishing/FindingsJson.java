package org.chalkpress.publishing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.chalkpress.policy.ClauseId;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.Severity;
import org.chalkpress.policy.TextSpan;

/** Findings as stored with a draft and in the audit log, and as the API returns them. */
public final class FindingsJson {

    private FindingsJson() {
    }

    public static JsonArray toJson(List<Finding> findings) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Finding f : findings) {
            array.add(Json.createObjectBuilder()
                    .add("clause", f.clause().code())
                    .add("rule", f.rule())
                    .add("severity", f.severity().name().toLowerCase())
                    .add("start", f.span().start())
                    .add("end", f.span().end())
                    .add("excerpt", f.excerpt())
                    .add("message", f.message())
                    .add("fix", f.fix()));
        }
        return array.build();
    }

    public static String write(List<Finding> findings) {
        return toJson(findings).toString();
    }

    public static List<Finding> read(String json) {
        List<Finding> findings = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return findings;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonObject o : reader.readArray().getValuesAs(JsonObject.class)) {
                findings.add(new Finding(ClauseId.fromCode(o.getString("clause")), o.getString("rule"),
                        Severity.valueOf(o.getString("severity").toUpperCase()),
                        new TextSpan(o.getInt("start"), o.getInt("end")), o.getString("excerpt", ""),
                        o.getString("message"), o.getString("fix", "")));
            }
        }
        return findings;
    }
}
