package dossier.entity.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.ArrayList;
import java.util.List;

/** Short string lists (countries, dates, datasets) in one column, one value per line: no child table, no N+1. */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null || values.isEmpty() ? "" : String.join("\n", values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        List<String> out = new ArrayList<>();
        if (column != null && !column.isEmpty()) {
            for (String v : column.split("\n")) {
                if (!v.isEmpty()) out.add(v);
            }
        }
        return out;
    }
}
