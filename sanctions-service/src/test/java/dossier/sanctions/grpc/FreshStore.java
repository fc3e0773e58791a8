package dossier.sanctions.grpc;

import java.util.HashMap;
import java.util.Map;

/**
 * Settings for a test profile that needs an empty store of its own: a fresh in-memory H2, or on the
 * PostgreSQL profile (-Dquarkus.test.profile=test,pg) the schema dropped and created anew.
 */
final class FreshStore {
    private FreshStore() {
    }

    static Map<String, String> config(String name, Map<String, String> more) {
        Map<String, String> config = new HashMap<>(more);
        if (System.getProperty("quarkus.test.profile", "").contains("pg")) {
            config.put("quarkus.hibernate-orm.schema-management.strategy", "drop-and-create");
        } else {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
        return config;
    }
}
